/**
 * Zip bombs are refused by compression ratio, by the sizes the directory declares (and inflating stops where they
 * are exceeded), and by the count of cells; a legitimate large table is not refused for its size alone.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { InputError } from '../../src/domain/errors';
import { assertZipWithinLimits, LIMITS } from '../../src/workbook/exceljs/zip-limits';
import { nodeInflate } from '../../src/workbook/xlsx/node-inflate';
import { webInflate } from '../../src/workbook/xlsx/inflate';
import { readWorkbookBytes } from '../../src/workbook/xlsx/read-workbook';
import { zipDirectory } from '../../src/workbook/xlsx/zip-directory';
import { sheetWith, toBytes } from '../fixtures/workbooks';

const MB = 1024 * 1024;

/** A copy of the zip whose directory declares other sizes for the named entry. */
function declare(zip: Uint8Array, name: string, sizes: { compressed?: number; uncompressed?: number }): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const names = new TextDecoder();
  for (let p = 0; p + 46 <= out.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const len = view.getUint16(p + 28, true);
    if (names.decode(out.subarray(p + 46, p + 46 + len)) !== name) continue;
    if (sizes.compressed !== undefined) view.setUint32(p + 20, sizes.compressed, true);
    if (sizes.uncompressed !== undefined) view.setUint32(p + 24, sizes.uncompressed, true);
    return out;
  }
  throw new Error(`no entry ${name}`);
}

async function listBytes(rows = 50): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  sheetWith(
    wb,
    'Đăng ký',
    Array.from({ length: rows }, (_, i) => [i + 1, `Nguyễn Văn ${i + 1}`, 1970 + (i % 30)]),
  );
  return toBytes(wb);
}

const messageOf = (run: () => unknown) => {
  try {
    run();
    return 'accepted';
  } catch (e) {
    return e instanceof InputError ? e.message : `not an InputError: ${String(e)}`;
  }
};

describe('workbook limits', () => {
  it('accepts a sheet of 700 MB of XML at an ordinary ratio, which the old cap of 600 MB refused', async () => {
    const zip = await listBytes();
    const sheet = zipDirectory(zip)?.find((e) => e.name === 'xl/worksheets/sheet1.xml');
    expect(sheet).toBeDefined();
    expect(messageOf(() => assertZipWithinLimits(declare(zip, 'xl/worksheets/sheet1.xml', { compressed: 60 * MB, uncompressed: 700 * MB }), 'quoc-gia.xlsx'))).toBe('accepted');
    // A Word document is still read whole, and held to the smaller cap.
    expect(messageOf(() => assertZipWithinLimits(declare(zip, 'xl/worksheets/sheet1.xml', { compressed: 60 * MB, uncompressed: 700 * MB }), 'a.docx', 'word'))).toMatch(/quá lớn/);
  });

  it('refuses a part that inflates far beyond its stored size, or a workbook beyond 3 GB', async () => {
    const zip = await listBytes();
    const bomb = declare(zip, 'xl/worksheets/sheet1.xml', { compressed: 100_000, uncompressed: 400 * MB });
    expect(messageOf(() => assertZipWithinLimits(bomb, 'bom.xlsx'))).toMatch(/^Tệp bom\.xlsx nén bất thường/);
    const huge = declare(zip, 'xl/worksheets/sheet1.xml', { compressed: 0xfffffff0, uncompressed: 0xffffffff });
    expect(messageOf(() => assertZipWithinLimits(huge, 'lon.xlsx'))).toMatch(/quá lớn/);
    // Near miss: a ratio of 200 on a large part is an ordinary, very repetitive sheet.
    expect(messageOf(() => assertZipWithinLimits(declare(zip, 'xl/worksheets/sheet1.xml', { compressed: 2 * MB, uncompressed: 400 * MB }), 'ok.xlsx'))).toBe('accepted');
  });

  it('stops inflating a part that gives more than its directory declares, with either inflater', async () => {
    const zip = await listBytes();
    const real = zipDirectory(zip)?.find((e) => e.name === 'xl/worksheets/sheet1.xml')?.uncompressed ?? 0;
    expect(real).toBeGreaterThan(100);
    const lying = declare(zip, 'xl/worksheets/sheet1.xml', { uncompressed: real - 1 });
    for (const inflate of [nodeInflate, webInflate])
      await expect(readWorkbookBytes(lying, 'doi.xlsx', inflate)).rejects.toThrow(/^Tệp doi\.xlsx bị hỏng hoặc không đọc được/);
    // Near miss: the size it declares exactly.
    const exact = declare(zip, 'xl/worksheets/sheet1.xml', { uncompressed: real });
    expect((await readWorkbookBytes(exact, 'dung.xlsx', nodeInflate)).sheets[0]?.rows).toHaveLength(50);
  });

  it('refuses more cells than the limit, and reads a workbook of exactly the limit', async () => {
    const zip = await listBytes(10);
    const saved = LIMITS.cells;
    try {
      LIMITS.cells = 29;
      await expect(readWorkbookBytes(zip, 'nhieu.xlsx', nodeInflate)).rejects.toThrow(/^Tệp nhieu\.xlsx quá lớn để xử lý \(hơn 29 ô\)/);
      LIMITS.cells = 30;
      expect((await readWorkbookBytes(zip, 'du.xlsx', nodeInflate)).sheets[0]?.rows).toHaveLength(10);
    } finally {
      LIMITS.cells = saved;
    }
  });

  it('refuses damaged zips and parts in Vietnamese', async () => {
    const zip = await listBytes();
    const src = await JSZip.loadAsync(zip);
    src.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>');
    const unclosed = await src.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    await expect(readWorkbookBytes(unclosed, 'hong.xlsx', nodeInflate)).rejects.toThrow(/^Tệp hong\.xlsx bị hỏng/);
    const noBook = await JSZip.loadAsync(zip);
    noBook.remove('xl/workbook.xml');
    noBook.file('xl/other.xml', '<x/>');
    await expect(readWorkbookBytes(await noBook.generateAsync({ type: 'uint8array' }), 'thieu.xlsx', webInflate)).rejects.toThrow(/^Tệp thieu\.xlsx bị hỏng/);
    await expect(readWorkbookBytes(zip.subarray(0, zip.length >> 1), 'cut.xlsx', nodeInflate)).rejects.toThrow(/^Tệp cut\.xlsx bị hỏng/);
  });
});
