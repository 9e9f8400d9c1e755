/** Text that looks like code: formulas stay text in every output, prototype keys are plain data. */
import ExcelJS from 'exceljs';
import { consolidate } from '../../src/domain/ceremony/consolidate';
import { defaultProfile, profileFromJson } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { writeXlsx } from '../../src/workbook/exceljs/write-xlsx';
import { roundTrip, sheetWith } from '../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 1 };
const HOSTILE = ['=1+1', '+84 912', '-2-3', '@SUM(A1)', '\t=cmd|"/c calc"!A1', '\r=HYPERLINK("x")'];

async function readHostile() {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', '__proto__', 'constructor'],
    ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã', 'polluted', 'x'],
  ]);
  sheetWith(wb, 'Đăng ký', [
    ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'prototype', '__proto__', 'Tóm tắt thành tích'],
    ...HOSTILE.map((name, i) => [i + 1, 'X01', 'Cá nhân', `${name} Nguyễn Văn ${String.fromCharCode(65 + i)}`, '__proto__', 'constructor', name]),
  ]);
  return readWorkbooks([await roundTrip(wb)], { profile: defaultProfile() });
}

describe('hostile text', () => {
  it('keeps every formula-looking name and achievement as text in the ceremony workbook', async () => {
    const read = await readHostile();
    const report = buildReport(read, AS_OF, 1);
    const book = consolidate(read, report, '2023');
    const out = new ExcelJS.Workbook();
    await out.xlsx.load((await writeXlsx(book.sheets)) as unknown as ArrayBuffer);
    const values: string[] = [];
    out.worksheets[0]!.eachRow((row) =>
      row.eachCell((c) => {
        expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof c.value === 'string') values.push(c.value);
      }),
    );
    for (const h of HOSTILE) expect(values).toContain(h.trim());
  });

  it('treats __proto__, constructor and prototype as plain headers and values', async () => {
    const read = await readHostile();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(read.units).toHaveLength(1);
    expect(read.registrations).toHaveLength(HOSTILE.length);
  });

  it('refuses __proto__ in a profile as an unknown key, without touching prototypes', () => {
    expect(() => profileFromJson('{"__proto__": {"polluted": true}, "district": "A"}', 'p.json')).toThrow(/khóa không được biết: «__proto__»/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('removes zero-width and bidi control characters from names before matching units', async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã']]);
    sheetWith(wb, 'Đăng ký', [
      ['Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể'],
      ['Đảng bộ\u200b xã An\u202e Bình', 'Cá nhân', 'Nguyễn\u200d Văn\u2066 A\u2069'],
    ]);
    const read = readWorkbooks([await roundTrip(wb)], { profile: defaultProfile() });
    expect(read.registrations[0]).toMatchObject({ name: 'Nguyễn Văn A', unitId: 'code:x01' });
    expect(read.findings.map((f) => [f.code, f.severity, f.row, f.column])).toEqual([
      ['HIDDEN_CHARACTERS', 'info', 2, 'C'],
      ['HIDDEN_CHARACTERS', 'info', 2, 'A'],
    ]);
  });
});
