/**
 * The one reader (src/workbook/xlsx) against ExcelJS's `load` (the oracle of test/fixtures) on the bundled samples,
 * with both inflaters, whatever order the parts are stored in.
 */
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import path from 'path';
import { webInflate } from '../../src/workbook/xlsx/inflate';
import { nodeInflate } from '../../src/workbook/xlsx/node-inflate';
import { readWorkbookBytes } from '../../src/workbook/xlsx/read-workbook';
import { loadWithExcelJS } from '../fixtures/excel-load-oracle';

const ASSETS = path.join(__dirname, '..', '..', 'assets');

async function assetFiles(): Promise<string[]> {
  const top = (await fs.readdir(ASSETS)).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(ASSETS, f));
  const units = (await fs.readdir(path.join(ASSETS, 'don-vi'))).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(ASSETS, 'don-vi', f));
  return [...top, ...units];
}

/** The same workbook with its parts stored in another order (and deflated again). */
async function rezip(bytes: Uint8Array, order: (names: string[]) => string[], drop: string[] = []): Promise<Buffer> {
  const src = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]?.dir && !drop.includes(n));
  for (const n of order(names)) out.file(n, await src.file(n)!.async('uint8array'));
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const sheetsFirst = (names: string[]) => [...names.filter((n) => n.startsWith('xl/worksheets/')), ...names.filter((n) => !n.startsWith('xl/worksheets/'))];

describe('the one reader', () => {
  it('reads every bundled sample as ExcelJS load does, with either inflater', async () => {
    const files = await assetFiles();
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const bytes = await fs.readFile(file);
      const name = path.basename(file);
      const grid = await readWorkbookBytes(bytes, name, nodeInflate);
      expect(grid).toStrictEqual(await loadWithExcelJS(bytes, name));
      expect(await readWorkbookBytes(bytes, name, webInflate)).toStrictEqual(grid);
      expect(grid.sheets.some((s) => s.rows.length > 5)).toBe(true);
    }
  });

  it('does not depend on the order in which the parts are stored', async () => {
    const bytes = await fs.readFile(path.join(ASSETS, 'vi-du-huyen-an-phu.xlsx'));
    const expected = await loadWithExcelJS(bytes, 'a.xlsx');
    for (const order of [sheetsFirst, (n: string[]) => [...n].reverse()]) {
      expect(await readWorkbookBytes(await rezip(bytes, order), 'a.xlsx', nodeInflate)).toStrictEqual(expected);
    }
  });
});
