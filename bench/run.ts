/**
 * `npm run bench`: generates a province-sized workbook, then times, in one process, a bare ExcelJS streaming read
 * of it (the floor any reader pays) and each stage of our check, with peak memory and counts that show the work was
 * real. Each thing runs once: the file is big, and the point is the ratio to the baseline, not a micro-benchmark.
 * Then the duplicate matcher's own figures, on a seeded province with ground truth (duplicates.ts).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import type { CalendarDate } from '../src/domain/dates';
import { matchRead } from '../src/domain/duplicates';
import { defaultProfile } from '../src/domain/profile';
import { readViewedBooks, ReadResult, viewBooks, ViewedBook } from '../src/domain/reading/read-workbooks';
import { buildReport, Report } from '../src/domain/report/report';
import { readWorkbookFile } from '../src/workbook/exceljs/read-file';
import { printBundleSizes } from './bundle-size';
import { duplicateReport, measureDuplicates } from './duplicates';
import { benchFilePath, benchSizes, generateBenchWorkbook, GenerateStats } from './generate';
import { collectGarbage, Peak, PeakMemory } from './memory';

const AS_OF: CalendarDate = { y: 2023, m: 3, d: 1 };

interface Timed<T> {
  label: string;
  ms: number;
  peak: Peak;
  value: T;
}

interface BaselineCounts {
  sheets: number;
  rows: number;
  cells: number;
}

/** Times one stage after a full collection, with its own memory peak. */
async function timed<T>(label: string, mem: PeakMemory, run: () => T | Promise<T>): Promise<Timed<T>> {
  collectGarbage();
  mem.beginStage();
  const t0 = performance.now();
  const value = await run();
  const ms = performance.now() - t0;
  return { label, ms, peak: mem.endStage(), value };
}

/** The floor: ExcelJS's streaming reader visiting every row and every cell value, building nothing. */
async function baselineRead(file: string): Promise<BaselineCounts> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  const counts: BaselineCounts = { sheets: 0, rows: 0, cells: 0 };
  for await (const sheet of reader) {
    counts.sheets++;
    for await (const row of sheet) {
      counts.rows++;
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== null && cell.value !== undefined) counts.cells++;
      });
    }
  }
  return counts;
}


// ---------------------------------------------------------------------------------------------------------------
// Printing

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const cols = (cells: string[], widths: number[]) =>
  cells
    .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
    .join('  ')
    .trimEnd();

function stageTable(baseline: Timed<unknown>, stages: Timed<unknown>[], overall: Peak): string[] {
  const widths = [30, 10, 12, 13];
  const total = stages.reduce((s, x) => s + x.ms, 0);
  const line = (t: Timed<unknown>) => cols([t.label, int(t.ms), int(t.peak.rssMb), int(t.peak.heapMb)], widths);
  return [
    cols(['stage', 'ms', 'peak RSS MB', 'peak heap MB'], widths),
    '-'.repeat(widths.reduce((s, w) => s + w + 2, -2)),
    line(baseline),
    ...stages.map(line),
    cols(['check total (read..check)', int(total), '', ''], widths),
    cols(['ratio total / baseline', `${(total / baseline.ms).toFixed(2)}×`, '', ''], widths),
    cols(['peak, whole measured run', '', int(overall.rssMb), int(overall.heapMb)], widths),
  ];
}

function findingCounts(report: Report): string[] {
  const byCode = new Map<string, number>();
  for (const f of report.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  const s = report.summary;
  return [
    `  findings   ${int(report.findings.length)} (errors ${int(s.errors)}, warnings ${int(s.warnings)}, infos ${int(s.infos)})`,
    ...[...byCode.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `    ${code.padEnd(24)}${int(n).padStart(8)}`),
  ];
}

function countLines(gen: GenerateStats, base: BaselineCounts, read: ReadResult, report: Report): string[] {
  return [
    'Counts',
    `  generated  ${int(gen.units)} units, ${int(gen.registrations)} registrations; legacy name cells ` +
      `${int(gen.legacy.tcvn3)} TCVN3 + ${int(gen.legacy.vni)} VNI; ${int(gen.nfdCells)} NFD cells`,
    `  baseline   ${base.sheets} sheets, ${int(base.rows)} rows, ${int(base.cells)} cell values`,
    `  recognised ${read.tables.map((t) => `«${t.sheet}» as ${t.kind}`).join(', ')}; ` +
      `${int(read.units.length)} units, ${int(read.registrations.length)} registrations`,
    ...findingCounts(report),
  ];
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

  const mem = new PeakMemory();
  mem.start();
  try {
    const baseline = await timed('baseline (ExcelJS stream)', mem, () => baselineRead(file));
    const read = await timed('read (readWorkbookFile)', mem, () => readWorkbookFile(file));
    const decode = await timed<ViewedBook[]>('decode (viewBooks)', mem, () => viewBooks([read.value]));
    const recognise = await timed('recognise (readViewedBooks)', mem, () =>
      readViewedBooks(decode.value, { profile: defaultProfile() }),
    );
    // Matched on its own first, so its time shows; the DUPLICATE rule in buildReport then reuses the groups.
    const duplicates = await timed('duplicates (matchRead)', mem, () => matchRead(recognise.value));
    const check = await timed('check (buildReport)', mem, () => buildReport(recognise.value, AS_OF, 1));
    const overall = mem.stop();
    const stages = [read, decode, recognise, duplicates, check];
    console.log(stageTable(baseline, stages, overall).join('\n'));
    console.log(`  (check (buildReport) reuses the duplicate groups of the stage above it)`);
    console.log('');
    console.log(countLines(gen, baseline.value, recognise.value, check.value).join('\n'));
    return stages.reduce((s, x) => s + x.ms, 0) / baseline.ms;
  } finally {
    mem.stop();
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
