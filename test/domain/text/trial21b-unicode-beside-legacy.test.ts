/**
 * Trial 21b #4: a name pasted from an old .VnTime or VNI document keeps its legacy bytes, without the font, while the
 * row's other cells are typed in Unicode. A Unicode cell whose every character is also a legacy code («Nông dân») was
 * decoded with the row («Nụng dõn», «Nơng dân»). Only legacy cells are decoded now: in a row holding a cell typed in
 * Unicode, a cell is decoded by the row's prior only where that makes it more Vietnamese, and a text the same column
 * shows as typed in a row of no legacy cell stays as typed. Near misses: whole legacy rows, names whose codes are all
 * letters («Vâ Tó» = Võ Tú) beside a legacy position, mixed texts.
 */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import type { WorkbookGrid } from '../../../src/domain/grid';
import { encodeLegacy, LegacyEncoding } from '../../../src/domain/text/legacy';
import { readXls } from '../../../src/workbook/sheetjs/read-xls';
import { checkBooks, codes, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import { roundTrip, Row, sheetWith, toBytes } from '../../fixtures/workbooks';

const TYPED = 'Thành tích tiêu biểu';

/** A Unicode list of rows [name, position, achievements] as stored, as .xlsx or .xls (neither with a legacy font). */
async function list(rows: [string, string, string?][], ext: 'xlsx' | 'xls'): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Sheet1', [
    ['ĐẢNG ỦY XÃ AN BÌNH'],
    ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích'],
    ...rows.map(([name, position, achievements], i): Row => [i + 1, name, 1970 + i, position, achievements]),
  ]);
  if (ext === 'xlsx') return roundTrip(wb, 'dang-uy-xa-an-binh.xlsx');
  const x = XLSX.read(await toBytes(wb), { type: 'array' });
  return readXls(new Uint8Array(XLSX.write(x, { type: 'array', bookType: 'biff8' }) as ArrayBuffer), 'dang-uy-xa-an-binh.xls');
}

async function read(rows: [string, string, string?][], ext: 'xlsx' | 'xls') {
  const { read: r, report } = await checkBooks([unitsBook(), await list(rows, ext)]);
  return { rows: r.registrations.map((x) => [x.name, x.position]), legacy: codes(report, 'LEGACY_ENCODING').length };
}

const PASTED: [LegacyEncoding, string][] = [
  ['tcvn3', 'Lê Văn Đức'],
  ['tcvn3', 'Lê Hoa'],
  ['tcvn3', 'Hồ Nam'],
  ['tcvn3', 'Trần Thị Thu'],
  ['vni', 'Lê Hoa'],
  ['vni', 'Trần Thị Thu'],
];

describe('a legacy name beside Unicode cells whose characters are all legacy codes', () => {
  for (const ext of ['xlsx', 'xls'] as const) {
    it.each(PASTED)(`.${ext}: %s «%s» decoded, «Nông dân» beside it kept as typed`, async (enc, name) => {
      const r = await read([['Dương Thị Cẩm Tú', 'Trưởng Trạm Y tế', TYPED], [encodeLegacy(name, enc), 'Nông dân', TYPED]], ext);
      expect(r.rows).toEqual([
        ['Dương Thị Cẩm Tú', 'Trưởng Trạm Y tế'],
        [name, 'Nông dân'],
      ]);
      expect(r.legacy).toBe(1);
    });
  }

  it.each(['Nông dân', 'Dân quân'])('«%s», a row with no other Unicode cell: kept where the column shows it typed elsewhere', async (position) => {
    const r = await read([['Dương Thị Cẩm Tú', position], [encodeLegacy('Lê Văn Đức', 'tcvn3'), position]], 'xls');
    expect(r.rows).toEqual([
      ['Dương Thị Cẩm Tú', position],
      ['Lê Văn Đức', position],
    ]);
  });

  it.each([['xlsx'], ['xls']] as ['xlsx' | 'xls'][])('.%s: «Nông dân» typed beside a legacy name, where another row’s «N«ng d©n» decodes to it', async (ext) => {
    const r = await read(
      [
        [encodeLegacy('Trần Thị Thu', 'tcvn3'), encodeLegacy('Nông dân', 'tcvn3')],
        [encodeLegacy('Lê Văn Đức', 'tcvn3'), 'Nông dân', TYPED],
      ],
      ext,
    );
    expect(r.rows).toEqual([
      ['Trần Thị Thu', 'Nông dân'],
      ['Lê Văn Đức', 'Nông dân'],
    ]);
  });
});

describe('near misses', () => {
  it.each([['xlsx'], ['xls']] as ['xlsx' | 'xls'][])('.%s: a row pasted whole from TCVN3 beside a Unicode note decodes every legacy cell', async (ext) => {
    const r = await read(
      [
        [encodeLegacy('Lê Văn Đức', 'tcvn3'), encodeLegacy('Nông dân ấp Hòa Thuận', 'tcvn3'), TYPED],
        // «Vâ Tó»: codes that are all letters, no syllable as typed: Võ Tú.
        [encodeLegacy('Võ Tú', 'tcvn3'), encodeLegacy('Nông dân', 'tcvn3'), TYPED],
      ],
      ext,
    );
    expect(r.rows).toEqual([
      ['Lê Văn Đức', 'Nông dân ấp Hòa Thuận'],
      ['Võ Tú', 'Nông dân'],
    ]);
  });

  it('a whole legacy row (no Unicode cell): a cell whose codes are all letters still follows its row', async () => {
    const r = await read([[encodeLegacy('Tô Thị Hà', 'tcvn3'), encodeLegacy('Nông dân', 'tcvn3')], [encodeLegacy('Vũ Cúc', 'tcvn3'), encodeLegacy('Nông dân ấp 2', 'tcvn3')]], 'xls');
    expect(r.rows).toEqual([
      ['Tô Thị Hà', 'Nông dân'],
      ['Vũ Cúc', 'Nông dân ấp 2'],
    ]);
  });

  it('a position typed in Unicode with a letter no legacy font has, beside a legacy name: as typed', async () => {
    const r = await read([[encodeLegacy('Lê Văn Đức', 'tcvn3'), 'Nông dân, ấp Hà Bao', TYPED]], 'xlsx');
    expect(r.rows).toEqual([['Lê Văn Đức', 'Nông dân, ấp Hà Bao']]);
  });

  it('a Unicode list of no legacy cell is untouched', async () => {
    const r = await read([['Lê Văn Đức', 'Nông dân', TYPED], ['Võ Văn Tân', 'Giáo viên']], 'xls');
    expect(r.rows).toEqual([
      ['Lê Văn Đức', 'Nông dân'],
      ['Võ Văn Tân', 'Giáo viên'],
    ]);
    expect(r.legacy).toBe(0);
  });
});
