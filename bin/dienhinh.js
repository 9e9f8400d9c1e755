#!/usr/bin/env node
'use strict';
// The command line is compiled to lib/ by `npm run build`.
let main;
try {
  ({ main } = require('../lib/src/cli/main.js'));
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('Chưa dựng chương trình: hãy chạy "npm run build" trong thư mục dự án rồi thử lại.\n');
    process.exit(2);
  }
  throw e;
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
