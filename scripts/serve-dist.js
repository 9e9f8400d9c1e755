/* global URL */
// Serves the built add-in (dist/) on http://localhost:3000/ for the standalone page in a browser; with --https, on
// https://localhost:3000/ for Office (sideloading), with the certificate office-addin-dev-certs installs in
// ~/.office-addin-dev-certs (npm run dev-server does both).
// Loopback only: nothing is reachable from other machines, and nothing is sent anywhere.
const fs = require('fs');
const http = require('http');
const https = require('https');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..', 'dist');
const port = Number(process.env.PORT || 3000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
};

if (!fs.existsSync(path.join(root, 'taskpane.html'))) {
  process.stderr.write('Chưa dựng add-in: hãy chạy "npm run build" trước.\n');
  process.exit(2);
}

const secure = process.argv.includes('--https');
const certDir = path.join(os.homedir(), '.office-addin-dev-certs');

function tlsOptions() {
  try {
    return { key: fs.readFileSync(path.join(certDir, 'localhost.key')), cert: fs.readFileSync(path.join(certDir, 'localhost.crt')) };
  } catch {
    process.stderr.write(`Chưa có chứng chỉ phát triển trong ${certDir}: hãy chạy "npm run dev-server".\n`);
    process.exit(2);
  }
}

const handler = (req, res) => {
  const url = new URL(req.url || '/', 'http://localhost');
  const wanted = url.pathname === '/' ? '/taskpane.html' : decodeURIComponent(url.pathname);
  const file = path.normalize(path.join(root, wanted));
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Không có trang này.');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
};

(secure ? https.createServer(tlsOptions(), handler) : http.createServer(handler)).listen(port, '127.0.0.1', () => {
  process.stdout.write(`Mở ${secure ? 'https' : 'http'}://localhost:${port}/ trong trình duyệt (Ctrl+C để dừng).\n`);
});
