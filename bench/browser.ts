/**
 * The browser worker's whole check of a workbook, in headless Chromium against the built page (dist/): the file's
 * bytes go to the engine's Web Worker as the task pane sends them ("readFiles"), the grids come back, and go again
 * to be checked ("analyze"), as the standalone page does. Each run is a fresh worker in a fresh page.
 * `node lib/bench/browser.js FILE` prints one run as JSON; run.ts calls `browserRuns`.
 */
import { execFileSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import { launch } from '../test/e2e/browser';
import { serveDirectory } from '../test/e2e/static-server';

/** The project's root, from the sources or from their build in lib/. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** dist/ as `npx webpack --mode production` builds it; built here when missing (BENCH_REBUILD=1 to rebuild). */
function builtPage(): string {
  const root = projectRoot();
  const dist = path.join(root, 'dist');
  if (process.env.BENCH_REBUILD || !existsSync(path.join(dist, 'engine-worker.js')))
    execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: root, stdio: 'ignore' });
  return dist;
}

export interface BrowserRun {
  /** readFiles, its grids back on the page included. */
  readMs: number;
  analyzeMs: number;
  totalMs: number;
  findings: number;
}

interface PageResult {
  readMs: number;
  analyzeMs: number;
  findings: number;
  error?: string;
}

/** Runs in the page: one whole check through the engine's worker. */
async function checkInPage(args: { name: string; asOf: string }): Promise<PageResult> {
  const bytes = await (await fetch('/bench-input.xlsx')).arrayBuffer();
  const worker = new Worker('/engine-worker.js');
  let next = 0;
  const call = (op: Record<string, unknown>, transfer: Transferable[] = []) =>
    new Promise<{ ok: boolean; value?: unknown; message?: string }>((resolve) => {
      const id = ++next;
      const onMessage = (e: MessageEvent<{ id: number; reply: { ok: boolean; value?: unknown; message?: string } }>) => {
        if (e.data.id !== id) return;
        worker.removeEventListener('message', onMessage);
        resolve(e.data.reply);
      };
      worker.addEventListener('message', onMessage);
      worker.postMessage({ id, call: op }, transfer);
    });
  try {
    const t0 = performance.now();
    const read = await call({ op: 'readFiles', files: [{ name: args.name, bytes }] }, [bytes]);
    const t1 = performance.now();
    const grids = (read.value as { grids?: unknown[] } | undefined)?.grids;
    if (!read.ok || !grids?.length) return { readMs: 0, analyzeMs: 0, findings: 0, error: read.message ?? 'no grid' };
    const analyzed = await call({ op: 'analyze', req: { grids, asOf: args.asOf } });
    const t2 = performance.now();
    const value = analyzed.value as { report?: { findings: unknown[] } } | undefined;
    if (!analyzed.ok || !value?.report) return { readMs: 0, analyzeMs: 0, findings: 0, error: analyzed.message ?? 'no report' };
    return { readMs: t1 - t0, analyzeMs: t2 - t1, findings: value.report.findings.length };
  } finally {
    worker.terminate();
  }
}

export async function browserRuns(file: string, rounds: number): Promise<BrowserRun[]> {
  const dist = builtPage();
  const body = await fs.readFile(file);
  const server = await serveDirectory(dist);
  const browser = await launch();
  try {
    const runs: BrowserRun[] = [];
    for (let i = 0; i < rounds; i++) {
      const page = await browser.newPage();
      try {
        await page.route('**/bench-input.xlsx', (route) => route.fulfill({ body, contentType: 'application/octet-stream' }));
        // Any page of the server's origin will do: the worker is the engine's, loaded from dist/.
        await page.goto(`${server.url}/chunks.json`);
        const r = await page.evaluate(checkInPage, { name: path.basename(file), asOf: '2023-03-01' });
        if (r.error) throw new Error(`browser check failed: ${r.error}`);
        runs.push({ readMs: r.readMs, analyzeMs: r.analyzeMs, totalMs: r.readMs + r.analyzeMs, findings: r.findings });
      } finally {
        await page.close();
      }
    }
    return runs;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (require.main === module) {
  const [file] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node lib/bench/browser.js FILE');
    process.exitCode = 2;
  } else {
    browserRuns(file, 1).then(
      (runs) => console.log(JSON.stringify(runs[0])),
      (e: unknown) => {
        console.error(e);
        process.exitCode = 1;
      },
    );
  }
}
