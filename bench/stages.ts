/**
 * One measured run, in a fresh process as a user's run would be: `node lib/bench/stages.js baseline|check FILE`
 * prints one JSON line. `baseline` is a bare ExcelJS streaming read visiting every cell value (the floor any reader
 * pays); `check` is the whole check the command line runs, timed stage by stage. No collection is forced between
 * stages: after a forced full GC V8 runs the following code two to three times slower here, which no real run sees.
 */
import ExcelJS from 'exceljs';
import type { CalendarDate } from '../src/domain/dates';
import { analyze } from '../src/domain/analysis/analyze';
import { defaultProfile } from '../src/domain/profile';
import type { WorkbookGrid } from '../src/domain/grid';
import { readViewedBooks, ViewedBook, viewBooks } from '../src/domain/reading/read-workbooks';
import { reportOf } from '../src/domain/report/report';
import { readWorkbookFile } from '../src/workbook/exceljs/read-file';
import { Peak, PeakMemory } from './memory';

const AS_OF: CalendarDate = { y: 2023, m: 3, d: 1 };

export interface StageTime {
  label: string;
  ms: number;
  peak: Peak;
}

export interface BaselineRun {
  ms: number;
  peak: Peak;
  sheets: number;
  rows: number;
  cells: number;
}

export interface CheckRun {
  stages: StageTime[];
  peak: Peak;
  /** The process's peak resident memory as the system counts it (the sampler's figure is a lower bound). */
  maxRssMb: number;
  tables: string[];
  units: number;
  registrations: number;
  findings: { errors: number; warnings: number; infos: number; byCode: [string, number][] };
}

async function baseline(file: string): Promise<BaselineRun> {
  const mem = new PeakMemory();
  mem.start();
  const t0 = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  let sheets = 0;
  let rows = 0;
  let cells = 0;
  for await (const sheet of reader) {
    sheets++;
    for await (const row of sheet) {
      rows++;
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== null && cell.value !== undefined) cells++;
      });
    }
  }
  const ms = performance.now() - t0;
  return { ms, peak: mem.stop(), sheets, rows, cells };
}

async function check(file: string): Promise<CheckRun> {
  const mem = new PeakMemory();
  mem.start();
  const stages: StageTime[] = [];
  async function stage<T>(label: string, run: () => T | Promise<T>): Promise<T> {
    mem.beginStage();
    const t0 = performance.now();
    const value = await run();
    stages.push({ label, ms: performance.now() - t0, peak: mem.endStage() });
    return value;
  }
  let grid: WorkbookGrid | undefined = await stage('read (readWorkbookFile)', () => readWorkbookFile(file));
  let views: ViewedBook[] | undefined = await stage('decode (viewBooks)', () => viewBooks([grid as WorkbookGrid]));
  const read = await stage('recognise (readViewedBooks)', () => readViewedBooks(views as ViewedBook[], { profile: defaultProfile() }));
  // The records are all that later stages use: the command line lets the grid go once read (readInputs), and so does this.
  grid = views = undefined;
  // Matched on its own first, so its time shows; the DUPLICATE rule then reuses the analysis's groups.
  const analysis = analyze(read, AS_OF);
  await stage('duplicates (matchRead)', () => analysis.duplicates());
  const report = await stage('check (buildReport)', () => reportOf(analysis, 1));
  const byCode = new Map<string, number>();
  for (const f of report.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  const s = report.summary;
  return {
    stages,
    peak: mem.stop(),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    tables: read.tables.map((t) => `«${t.sheet}» as ${t.kind}`),
    units: read.units.length,
    registrations: read.registrations.length,
    findings: { errors: s.errors, warnings: s.warnings, infos: s.infos, byCode: [...byCode.entries()].sort((a, b) => b[1] - a[1]) },
  };
}

if (require.main === module) {
  const [what, file] = process.argv.slice(2);
  const run = what === 'baseline' ? baseline : what === 'check' ? check : undefined;
  if (!run || !file) {
    console.error('usage: node lib/bench/stages.js baseline|check FILE');
    process.exitCode = 2;
  } else {
    run(file).then(
      (result) => console.log(JSON.stringify(result)),
      (e: unknown) => {
        console.error(e);
        process.exitCode = 1;
      },
    );
  }
}
