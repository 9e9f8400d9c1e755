/**
 * A large sheet is parsed in two halves, the second on a worker thread: the halves must give back exactly the rows
 * of the whole, and the command line built on it must report exactly what the in-process reading reports.
 */
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { promisify } from 'util';
import { generateBenchWorkbook } from '../../bench/generate';
import { readParts } from '../../src/workbook/exceljs/read-xlsx-parts';
import { readXlsx } from '../../src/workbook/exceljs/read-xlsx';
import { cutSheet } from '../../src/workbook/exceljs/sheet-cut';
import { CellKind, parseSheetRows, SheetRows } from '../../src/workbook/exceljs/sheet-rows';
import { runCli, tempDir } from '../cli/run-cli';

const ROOT = path.join(__dirname, '..', '..');

const sheet = (rows: string, tail = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="1" max="2" width="9"/></cols><sheetData>${rows}</sheetData>${tail}</worksheet>`;
const row = (r: number, text: string) => `<row r="${r}" spans="1:2"><c r="A${r}" t="inlineStr"><is><t>${text}</t></is></c><c r="B${r}"><v>${r}</v></c></row>`;
const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i + 1, `Nguyễn Văn ${i + 1} &lt;row r=&quot;9&quot;&gt;`)).join('');

/** Rows as [row number, [column, kind, value]...] lists, to compare pieces with the whole. */
const listed = (pieces: SheetRows[]) =>
  pieces.flatMap((p) =>
    [...p.rowNumbers].map((n, r) => {
      const cells = [];
      for (let i = p.cellFrom[r] ?? 0; i < (p.cellFrom[r + 1] ?? 0); i++) {
        const v = p.values[i] ?? 0;
        cells.push([p.cols[i], p.kinds[i], p.kinds[i] === CellKind.Text ? p.texts[v] : v]);
      }
      return [n, cells];
    }),
  );

describe('cutting a worksheet part in two', () => {
  it('gives pieces that parse to the rows of the whole, merged ranges kept with the first', () => {
    const xml = Buffer.from(sheet(rows(40), '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'));
    const whole = parseSheetRows([xml.toString('utf8')]);
    for (const share of [0.1, 0.5, 0.9]) {
      const cut = cutSheet(xml, share);
      expect(cut).toBeDefined();
      if (!cut) continue;
      const first = parseSheetRows(cut.first.map(([from, to]) => xml.toString('utf8', from, to)));
      const rest = parseSheetRows(['<sheetData>', xml.toString('utf8', ...cut.rest), '</sheetData>']);
      expect(first.rowNumbers.length).toBeGreaterThan(0);
      expect(rest.rowNumbers.length).toBeGreaterThan(0);
      expect(listed([first, rest])).toEqual(listed([whole]));
      expect(first.merges).toEqual(['A1:B1']);
    }
  });

  it('refuses parts it cannot cut safely', () => {
    const cut = (xml: string, share?: number) => cutSheet(Buffer.from(xml), share);
    expect(cut(sheet(''))).toBeUndefined();
    expect(cut(sheet(rows(3) + '<!-- <row r="9"/> -->' + rows(3)))).toBeUndefined();
    expect(cut(`<worksheet><sheetData/></worksheet>`)).toBeUndefined();
    expect(cut(sheet(row(1, 'a')), 0.5)).toBeUndefined();
    expect(cut(sheet('<!-- first -->' + rows(6)))).toBeUndefined();
    expect(cut(sheet(rows(3) + '<![CDATA[<row r="9"/>]]>' + rows(3)))).toBeUndefined();
  });

  it('cuts a part whose cells hold "!" in their text or error values', () => {
    const xml = Buffer.from(sheet(rows(3) + '<row r="4"><c r="A4" t="e"><v>#REF!</v></c></row>' + row(5, 'Chúc mừng!') + rows(3)));
    expect(cutSheet(xml, 0.5)).toBeDefined();
  });
});

describe('a workbook with a sheet large enough to be cut', () => {
  let file: string;
  let bytes: Buffer;
  beforeAll(async () => {
    file = path.join(await tempDir(), 'dang-ky-lon.xlsx');
    await generateBenchWorkbook({ rows: 15_000, units: 300, seed: 7, path: file });
    bytes = await fs.readFile(file);
    const part = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet2.xml')?.async('string');
    expect(part?.length).toBeGreaterThan(4 * 1024 * 1024);
  }, 60_000);

  it('reads the same grid as ExcelJS load', async () => {
    expect(await readParts(bytes, 'dang-ky-lon.xlsx')).toStrictEqual(await readXlsx(bytes, 'dang-ky-lon.xlsx'));
  }, 60_000);

  it('reads the same grid with the built worker thread, without falling back', async () => {
    // The compiled fast path alone: it throws where `readXlsxParts` would fall back to ExcelJS load.
    const built = (await import(path.join(ROOT, 'lib', 'src', 'workbook', 'exceljs', 'read-xlsx-parts.js'))) as { readParts: typeof readParts };
    expect(await built.readParts(bytes, 'dang-ky-lon.xlsx')).toStrictEqual(await readXlsx(bytes, 'dang-ky-lon.xlsx'));
  }, 60_000);

  it('falls back to ExcelJS load when the built worker thread fails, without waiting for it', async () => {
    // A copy of the build whose worker dies as it starts; inside the project, so that it finds node_modules.
    const copy = path.join(ROOT, '.tmp', `broken-worker-${process.pid}`);
    await fs.cp(path.join(ROOT, 'lib'), copy, { recursive: true });
    try {
      await fs.writeFile(path.join(copy, 'src', 'workbook', 'exceljs', 'sheet-parse-worker.js'), "throw new Error('broken');\n");
      const built = (await import(path.join(copy, 'src', 'workbook', 'exceljs', 'read-xlsx-parts.js'))) as {
        readParts: typeof readParts;
        readXlsxParts: typeof readParts;
      };
      await expect(built.readParts(bytes, 'dang-ky-lon.xlsx')).rejects.toThrow();
      expect(await built.readXlsxParts(bytes, 'dang-ky-lon.xlsx')).toStrictEqual(await readXlsx(bytes, 'dang-ky-lon.xlsx'));
    } finally {
      await fs.rm(copy, { recursive: true, force: true });
    }
  }, 60_000);

  it('gives the same report from the built command line (second half on a worker thread)', async () => {
    const bin = path.join(ROOT, 'bin', 'dienhinh.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'check', file, '--json', '--as-of', '2023-03-01'], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    }).catch((e: { stdout?: string; code?: number }) => {
      // Exit code 1 means findings were reported, which this workbook has.
      if (e.code !== 1 || !e.stdout) throw e;
      return { stdout: e.stdout };
    });
    const inProcess = await runCli(['check', file, '--json', '--as-of', '2023-03-01']);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(inProcess.out));
  }, 120_000);
});
