/**
 * `npm run bench`: generates a province-sized workbook, then measures, each in a fresh process (stages.ts), a bare
 * ExcelJS streaming read of it (the floor any reader pays) and our whole check, stage by stage, with peak memory and
 * counts that show the work was real. Each is run a few times, alternately, and the median run is shown: the point
 * is the ratio to the baseline, not a micro-benchmark. Then the duplicate matcher's own figures, on a seeded
 * province with ground truth (duplicates.ts), and the add-in's bundle sizes.
 */
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import { BrowserRun, browserRuns } from './browser';
import { printBundleSizes } from './bundle-size';
import { duplicateReport, measureDuplicates } from './duplicates';
import { benchFilePath, benchSizes, DEFAULT_SEED, generateBenchWorkbook, GenerateStats } from './generate';
import { Peak, PeakMemory } from './memory';
import type { BaselineRun, CheckRun, StageTime } from './stages';

// Five: the bare read's time varies by a fifth from run to run on a shared machine; the median of five steadies it.
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5) || 5);
/** The browser's runs (each a fresh headless Chromium); BENCH_BROWSER=0 leaves the browser out. */
const BROWSER = process.env.BENCH_BROWSER !== '0';

/** The bars of issue 16, against figures measured in the same run. */
const BAR = { checkOverBaseline: 1.5, browserOverCli: 2, millionMs: 60_000, millionRssMb: 2048 };
const bar = (met: boolean) => (met ? 'met' : 'MISSED');

async function measured<T>(what: 'baseline' | 'check', file: string, nodeArgs: string[] = []): Promise<T> {
  const script = path.join(__dirname, 'stages.js');
  const { stdout } = await promisify(execFile)(process.execPath, [...nodeArgs, script, what, file], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as T;
}

const total = (run: CheckRun) => run.stages.reduce((s, x) => s + x.ms, 0);

/** The run in the middle when sorted by time (the upper middle for an even count). */
function median<T>(runs: T[], ms: (run: T) => number): T {
  const sorted = [...runs].sort((a, b) => ms(a) - ms(b));
  const mid = sorted[Math.floor(sorted.length / 2)];
  if (mid === undefined) throw new Error('no runs');
  return mid;
}

// ---------------------------------------------------------------------------------------------------------------
// Printing

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const cols = (cells: string[], widths: number[]) =>
  cells
    .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
    .join('  ')
    .trimEnd();

function stageTable(baseline: BaselineRun, check: CheckRun, baselines: number[], checks: number[]): string[] {
  const widths = [30, 10, 12, 13];
  const line = (label: string, ms: number, peak: Peak) => cols([label, int(ms), int(peak.rssMb), int(peak.heapMb)], widths);
  const all = (xs: number[]) => xs.map(int).join(', ');
  return [
    cols(['stage', 'ms', 'peak RSS MB', 'peak heap MB'], widths),
    '-'.repeat(widths.reduce((s, w) => s + w + 2, -2)),
    line('baseline (ExcelJS stream)', baseline.ms, baseline.peak),
    ...check.stages.map((t: StageTime) => line(t.label, t.ms, t.peak)),
    cols(['check total (read..check)', int(total(check)), int(check.peak.rssMb), int(check.peak.heapMb)], widths),
    cols(['ratio total / baseline', `${(total(check) / baseline.ms).toFixed(2)}×`, '', ''], widths),
    `  medians of ${ROUNDS} runs each, every run in a fresh process; baseline runs ${all(baselines)} ms, check runs ${all(checks)} ms`,
    `  (check (buildReport) reuses the duplicate groups of the stage above it)`,
  ];
}

function countLines(gen: GenerateStats, base: BaselineRun, check: CheckRun): string[] {
  const f = check.findings;
  const findings = f.byCode.reduce((s, [, n]) => s + n, 0);
  return [
    'Counts',
    `  generated  ${int(gen.units)} units, ${int(gen.registrations)} registrations; legacy name cells ` +
      `${int(gen.legacy.tcvn3)} TCVN3 + ${int(gen.legacy.vni)} VNI; ${int(gen.nfdCells)} NFD cells`,
    `  baseline   ${base.sheets} sheets, ${int(base.rows)} rows, ${int(base.cells)} cell values`,
    `  recognised ${check.tables.join(', ')}; ${int(check.units)} units, ${int(check.registrations)} registrations`,
    `  findings   ${int(findings)} (errors ${int(f.errors)}, warnings ${int(f.warnings)}, infos ${int(f.infos)})`,
    ...f.byCode.map(([code, n]) => {
      const planted = gen.planted[code as keyof GenerateStats['planted']];
      return `    ${code.padEnd(24)}${int(n).padStart(8)}${planted === undefined ? '' : `  (planted ${int(planted)})`}`;
    }),
  ];
}

function browserLines(runs: BrowserRun[], cliMs: number): string[] {
  const m = median(runs, (r) => r.totalMs);
  return [
    'Browser worker (headless Chromium, the built dist/; readFiles then analyze, as the standalone page calls them)',
    `  read ${int(m.readMs)} ms + check ${int(m.analyzeMs)} ms = ${int(m.totalMs)} ms (${int(m.findings)} findings); ` +
      `${(m.totalMs / cliMs).toFixed(2)}× the CLI's whole check (${int(cliMs)} ms)`,
    `  median of ${runs.length} runs, each in a fresh page and worker: ${runs.map((r) => int(r.totalMs)).join(', ')} ms`,
  ];
}

/**
 * `--million` (npm run bench:million): a national roll-up of 1,000,000 registrations in one file, checked once by
 * the command line's stages in a fresh process: whole check ≤ 60 s and peak RSS ≤ 2 GB.
 */
async function millionBench(): Promise<void> {
  const rows = 1_000_000;
  const units = 30_000;
  const file = benchFilePath(DEFAULT_SEED, units, rows);
  const g0 = performance.now();
  const gen = await generateBenchWorkbook({ rows, units, seed: DEFAULT_SEED, path: file });
  console.log(`Million: generated ${file} (${(gen.bytes / 1e6).toFixed(1)} MB, ${int(gen.registrations)} registrations, ${int(gen.units)} units) in ${int(performance.now() - g0)} ms`);
  try {
    const run = await measured<CheckRun>('check', file);
    const ms = total(run);
    console.log(run.stages.map((t) => `  ${t.label.padEnd(30)}${int(t.ms).padStart(8)} ms  peak RSS ${int(t.peak.rssMb)} MB`).join('\n'));
    console.log(`  recognised ${int(run.registrations)} registrations, ${int(run.units)} units`);
    console.log(`Bar: 1,000,000 rows in one file, whole CLI check ${(ms / 1000).toFixed(1)} s (≤ 60 s): ${bar(ms <= BAR.millionMs)}`);
    console.log(`Bar: 1,000,000 rows in one file, peak RSS ${int(run.maxRssMb)} MB (≤ 2,048 MB): ${bar(run.maxRssMb <= BAR.millionRssMb)}`);
  } finally {
    if (!process.env.BENCH_KEEP) await fs.rm(file, { force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** The workbook's stages, printed; returns the whole check's ratio to the bare read. */
async function workbookStages(): Promise<number> {
  const { rows, units, seed } = benchSizes();
  const file = benchFilePath(seed, units, rows);
  const g0 = performance.now();
  const gen = await generateBenchWorkbook({ rows, units, seed, path: file });
  const genMs = performance.now() - g0;
  console.log(`Điển hình bench: ${int(units)} units, ${int(rows)} registrations, seed ${seed}`);
  console.log(`generated ${file} (${(gen.bytes / 1e6).toFixed(1)} MB) in ${int(genMs)} ms, not part of the stages below`);
  console.log('');
  try {
    const baselines: BaselineRun[] = [];
    const checks: CheckRun[] = [];
    const browsers: BrowserRun[] = [];
    // Alternated, so that a busy spell of the shared machine falls on every kind of run alike.
    for (let i = 0; i < ROUNDS; i++) {
      baselines.push(await measured<BaselineRun>('baseline', file));
      checks.push(await measured<CheckRun>('check', file));
      if (BROWSER) browsers.push(...(await browserRuns(file, 1)));
    }
    const baseline = median(baselines, (r) => r.ms);
    const check = median(checks, total);
    const table = stageTable(baseline, check, baselines.map((r) => r.ms), checks.map(total));
    console.log(table.join('\n'));
    console.log('');
    if (browsers.length) console.log(browserLines(browsers, total(check)).join('\n'));
    console.log('');
    console.log(countLines(gen, baseline, check).join('\n'));
    const ratio = total(check) / baseline.ms;
    console.log('');
    console.log(`Bar: whole CLI check / bare ExcelJS streaming read = ${ratio.toFixed(2)}× (≤ ${BAR.checkOverBaseline}×): ${bar(ratio <= BAR.checkOverBaseline)}`);
    if (browsers.length) {
      const b = median(browsers, (r) => r.totalMs).totalMs / total(check);
      console.log(`Bar: browser worker's whole check / CLI's = ${b.toFixed(2)}× (≤ ${BAR.browserOverCli}×): ${bar(b <= BAR.browserOverCli)}`);
    }
    return ratio;
  } finally {
    if (!process.env.BENCH_KEEP) await fs.rm(file, { force: true });
  }
}

/** The matcher on a province with ground truth, once the workbook's data are gone from the heap. */
function duplicateSection(wholeCheckRatio: number): void {
  const mem = new PeakMemory();
  mem.start();
  try {
    const figures = measureDuplicates(mem);
    console.log(duplicateReport(figures, wholeCheckRatio).join('\n'));
  } finally {
    mem.stop();
  }
}

/** The add-in's bundle sizes, from the build that `npm ci` (prepare) or `npm run build` made. */
function bundleSection(): void {
  try {
    printBundleSizes();
  } catch (e) {
    console.log(`Add-in bundle: not measured (${e instanceof Error ? e.message : String(e)})`);
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--million')) return millionBench();
  const ratio = await workbookStages();
  console.log('');
  duplicateSection(ratio);
  console.log('');
  bundleSection();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
