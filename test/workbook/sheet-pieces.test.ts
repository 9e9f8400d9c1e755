/**
 * A sheet is parsed in pieces cut at row boundaries as it inflates: the pieces must give back exactly the grid of
 * the whole, wherever the cuts fall, and the command line built on it must report what the in-process reading does.
 */
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import { generateBenchWorkbook } from '../../bench/generate';
import { SheetBuilder, CellContext } from '../../src/workbook/xlsx/sheet-builder';
import { sheetPieces } from '../../src/workbook/xlsx/sheet-pieces';
import { parseSheetRows } from '../../src/workbook/xlsx/sheet-rows';
import { nodeInflate } from '../../src/workbook/xlsx/node-inflate';
import { webInflate } from '../../src/workbook/xlsx/inflate';
import { readWorkbookBytes } from '../../src/workbook/xlsx/read-workbook';
import { loadWithExcelJS } from '../fixtures/excel-load-oracle';
import { runCli, tempDir } from '../cli/run-cli';

const ROOT = path.join(__dirname, '..', '..');

const sheet = (rows: string, tail = '', p = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}cols><${p}col min="1" max="2" width="9"/></${p}cols><${p}sheetData>${rows}</${p}sheetData>${tail}</${p}worksheet>`;
const row = (r: number, text: string, p = '') =>
  `<${p}row r="${r}" spans="1:2"><${p}c r="A${r}" t="inlineStr"><${p}is><${p}t>${text}</${p}t></${p}is></${p}c><${p}c r="B${r}"><${p}v>${r}</${p}v></${p}c></${p}row>`;
const rows = (n: number, p = '') => Array.from({ length: n }, (_, i) => row(i + 1, `Nguyễn Văn ${i + 1} &lt;row r=&quot;9&quot;&gt; Chúc mừng!`, p)).join('');

async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const ctx = (): CellContext => ({ styles: [], strings: [], date1904: false, cells: { count: 0, limit: 1e9 } });

async function pieces(xml: string, pieceBytes: number, chunk = 97): Promise<string[]> {
  const out: string[] = [];
  for await (const p of sheetPieces(chunked(new TextEncoder().encode(xml), chunk), pieceBytes)) out.push(p);
  return out;
}

function grid(texts: string[]) {
  const b = new SheetBuilder('S', ctx());
  for (const t of texts) b.add(parseSheetRows(t));
  return b.finish();
}

describe('a sheet in pieces', () => {
  it('gives the grid of the whole wherever the cuts fall, merged ranges included', async () => {
    for (const p of ['', 'x:']) {
      const xml = sheet(rows(60, p), `<${p}mergeCells count="1"><${p}mergeCell ref="A1:B1"/></${p}mergeCells>`, p);
      const whole = grid([xml]);
      expect(whole.rows).toHaveLength(60);
      expect(whole.rows[0]).toEqual([{ t: 's', v: 'Nguyễn Văn 1 <row r="9"> Chúc mừng!' }]);
      for (const size of [300, 1000, 3000]) {
        const cut = await pieces(xml, size);
        expect(cut.length).toBeGreaterThan(2);
        expect(grid(cut)).toStrictEqual(whole);
      }
    }
  });

  it('keeps the rest of the part whole once a comment, CDATA section or instruction could hide a "<row"', async () => {
    for (const hidden of ['<!-- <row r="99"/> -->', '<![CDATA[<row r="99"/>]]>', '<?pi <row r="99"/>?>']) {
      const xml = sheet(rows(30) + hidden.replace(/<(?=row)/, '<') + rows(30).replace(/r="(\d+)"/g, (_, n: string) => `r="${Number(n) + 30}"`));
      const cut = await pieces(xml, 300);
      const before = cut.slice(0, -1).join('');
      // Cut before the hidden markup, never after it.
      expect(cut.length).toBeGreaterThan(1);
      expect(before.includes(hidden)).toBe(false);
      expect(grid(cut)).toStrictEqual(grid([xml]));
    }
  });

  it('cuts after a head longer than a piece', async () => {
    const cols = Array.from({ length: 200 }, (_, i) => `<col min="${i + 1}" max="${i + 1}" width="9"/>`).join('');
    const xml = sheet(rows(60)).replace('<cols>', `<cols>${cols}`);
    const cut = await pieces(xml, 3000);
    expect(cut.length).toBeGreaterThan(2);
    expect(grid(cut)).toStrictEqual(grid([xml]));
  });

  it('leaves a part without rows in one piece, and reads a row longer than a piece whole', async () => {
    expect(await pieces(sheet(''), 10)).toHaveLength(1);
    const long = sheet(row(1, 'a'.repeat(5000)) + row(2, 'b'));
    const cut = await pieces(long, 100);
    expect(cut.length).toBeLessThanOrEqual(3);
    expect(grid(cut)).toStrictEqual(grid([long]));
    expect(grid(cut).rows[0]?.[0]).toEqual({ t: 's', v: 'a'.repeat(5000) });
  });
});

describe('a generated workbook with a sheet of many pieces', () => {
  let file: string;
  let bytes: Buffer;
  beforeAll(async () => {
    file = path.join(await tempDir(), 'dang-ky-lon.xlsx');
    await generateBenchWorkbook({ rows: 15_000, units: 300, seed: 7, path: file });
    bytes = await fs.readFile(file);
  }, 60_000);

  it('reads the same grid as ExcelJS load, with either inflater', async () => {
    const grid = await readWorkbookBytes(bytes, 'dang-ky-lon.xlsx', nodeInflate);
    expect(grid).toStrictEqual(await loadWithExcelJS(bytes, 'dang-ky-lon.xlsx'));
    expect(await readWorkbookBytes(bytes, 'dang-ky-lon.xlsx', webInflate)).toStrictEqual(grid);
    expect(grid.sheets.reduce((n, s) => n + s.rows.length, 0)).toBeGreaterThan(15_000);
  }, 60_000);

  it('reads the same grid with the built reader, whose worker thread parses some of the pieces', async () => {
    const built = (await import(path.join(ROOT, 'lib', 'src', 'workbook', 'xlsx', 'node-read.js'))) as typeof import('../../src/workbook/xlsx/node-read');
    expect(await built.readWorkbookNode(bytes, 'dang-ky-lon.xlsx')).toStrictEqual(await readWorkbookBytes(bytes, 'dang-ky-lon.xlsx', nodeInflate));
  }, 60_000);

  it('fails, without reading otherwise, when the built worker thread fails', async () => {
    // A copy of the build whose worker dies as it starts; inside the project, so that it finds node_modules.
    const copy = path.join(ROOT, '.tmp', `broken-worker-${process.pid}`);
    await fs.cp(path.join(ROOT, 'lib'), copy, { recursive: true });
    try {
      await fs.writeFile(path.join(copy, 'src', 'workbook', 'xlsx', 'rows-worker.js'), "throw new Error('broken');\n");
      const built = (await import(path.join(copy, 'src', 'workbook', 'xlsx', 'node-read.js'))) as typeof import('../../src/workbook/xlsx/node-read');
      const err = await built.readWorkbookNode(bytes, 'dang-ky-lon.xlsx').catch((e: unknown) => e);
      // The worker's error comes from another realm than the tests': compared by its message and its class's name.
      expect((err as Error).message).toMatch(/broken|worker/);
      expect((err as Error).constructor.name).not.toBe('InputError');
    } finally {
      await fs.rm(copy, { recursive: true, force: true });
    }
  }, 60_000);

  it('gives the same report from the built command line', async () => {
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
