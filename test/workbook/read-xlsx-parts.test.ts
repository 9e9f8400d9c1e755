/**
 * The command line's fast reading path must see exactly what ExcelJS's `load` sees, whatever program wrote the file
 * and in whatever order it stored the parts. (Every workbook built by `roundTrip` is also compared both ways.)
 */
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import path from 'path';
import { InputError } from '../../src/domain/errors';
import { readParts, readXlsxParts } from '../../src/workbook/exceljs/read-xlsx-parts';
import { readXlsx } from '../../src/workbook/exceljs/read-xlsx';

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
const sheetsLast = (names: string[]) => [...names.filter((n) => !n.startsWith('xl/worksheets/')), ...names.filter((n) => n.startsWith('xl/worksheets/'))];

describe('reading parts directly', () => {
  it('reads every bundled sample exactly as ExcelJS load does', async () => {
    const files = await assetFiles();
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const bytes = await fs.readFile(file);
      const name = path.basename(file);
      const grid = await readParts(bytes, name);
      expect(grid).toStrictEqual(await readXlsx(bytes, name));
      expect(grid.sheets.some((s) => s.rows.length > 5)).toBe(true);
    }
  });

  it('does not depend on the order in which the parts are stored', async () => {
    const bytes = await fs.readFile(path.join(ASSETS, 'vi-du-huyen-an-phu.xlsx'));
    const expected = await readXlsx(bytes, 'a.xlsx');
    for (const order of [sheetsFirst, sheetsLast, (n: string[]) => [...n].reverse()]) {
      expect(await readParts(await rezip(bytes, order), 'a.xlsx')).toStrictEqual(expected);
    }
  });

  it('leaves what it does not handle to ExcelJS load, which words the damage in Vietnamese', async () => {
    const bytes = await fs.readFile(path.join(ASSETS, 'mau-dien-hinh.xlsx'));
    const noStyles = await rezip(bytes, (n) => n, ['xl/styles.xml']);
    await expect(readParts(noStyles, 'x.xlsx')).rejects.toThrow();
    await expect(readXlsxParts(noStyles, 'thieu.xlsx')).rejects.toThrow(new InputError(
      'Tệp thieu.xlsx bị hỏng hoặc không đọc được: hãy mở thử bằng Excel, lưu lại dưới dạng .xlsx rồi chọn lại.',
    ));

    const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
    const err = await readXlsxParts(cut, 'hong.xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/hong\.xlsx/);
  });
});
