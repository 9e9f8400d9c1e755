/**
 * Sizes of what the add-in page loads, gzipped, from dist/chunks.json (written by the webpack build): the task
 * pane's initial JavaScript (entry, custom functions, UI; budget 300 KB), the functions chunk, and, for reference,
 * the engine worker (loaded on first use) and Microsoft's office.js served from the build.
 * Standalone: `node lib/bench/bundle-size.js` (after `npm run build`); from another bench: printBundleSizes().
 */
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';

export const INITIAL_BUDGET_KB = 300;

export interface BundleSizes {
  initialKb: number;
  functionsKb: number;
  workerKb: number;
  officeJsKb: number;
  files: Record<string, number>;
}

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

export function bundleSizes(dist = path.join(__dirname, '..', '..', 'dist')): BundleSizes {
  const listFile = path.join(dist, 'chunks.json');
  if (!fs.existsSync(listFile)) throw new Error(`${listFile} not found: run npm run build first`);
  const groups = JSON.parse(fs.readFileSync(listFile, 'utf8')) as Record<string, string[]>;
  const files: Record<string, number> = {};
  const sum = (names: string[]) =>
    [...new Set(names)].reduce((s, f) => {
      files[f] ??= gzipSize(path.join(dist, f));
      return s + (files[f] ?? 0);
    }, 0);
  // In Excel the page loads its entry, then the functions chunk, then the UI and the workbook adapter.
  const initial = ['taskpane', 'functions', 'ui', 'office-workspace'].flatMap((g) => groups[g] ?? []);
  const worker = fs.readdirSync(dist).filter((f) => f === 'engine-worker.js' || f.startsWith('worker-'));
  return {
    initialKb: kb(sum(initial)),
    functionsKb: kb(sum(groups.functions ?? [])),
    workerKb: kb(sum(worker)),
    officeJsKb: kb(gzipSize(path.join(dist, 'office-js', 'office.js'))),
    files,
  };
}

export function printBundleSizes(dist?: string): BundleSizes {
  const s = bundleSizes(dist);
  const ok = s.initialKb <= INITIAL_BUDGET_KB;
  console.log('Add-in bundle (gzip -9)');
  console.log(`  task pane initial JS   ${s.initialKb.toFixed(1).padStart(7)} KB  (budget ${INITIAL_BUDGET_KB} KB: ${ok ? 'ok' : 'OVER'})`);
  console.log(`  functions chunk        ${s.functionsKb.toFixed(1).padStart(7)} KB`);
  console.log(`  engine worker (lazy)   ${s.workerKb.toFixed(1).padStart(7)} KB  (ExcelJS included; loaded on first check)`);
  console.log(`  office.js (Microsoft)  ${s.officeJsKb.toFixed(1).padStart(7)} KB  (served from the build)`);
  if (!ok) process.exitCode = 1;
  return s;
}

if (require.main === module) printBundleSizes();
