/**
 * Trial 21b #2: a master's subtotal numbered like a row, its count in the STT column and a bare «Cộng» / «Cộng:» /
 * «Tổng cộng» / «Tổng» in the name column (the unit maybe in the unit column), is a total: no exemplar «Cộng», no
 * MISSING_VALUE, UNKNOWN_UNIT or DUPLICATE, in .xlsx and .xls alike. The totals already read right stay so; near
 * misses: a collective or a person whose name merely begins or ends with such a word is an exemplar.
 */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { readXls } from '../../../src/workbook/sheetjs/read-xls';
import { checkBooks, codes, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';
import { Row, sheetWith, toBytes } from '../../fixtures/workbooks';

const AB = 'Đảng bộ xã An Bình';
const TL = 'Đảng bộ xã Tân Lập';
const HEADER: Row = ['STT', 'Đơn vị đề xuất', 'Tập thể/Cá nhân', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ'];
const AB_ROWS: Row[] = [
  [1, 'ĐU xã An Bình', 'Tập thể', 'Chi bộ ấp 3', null, null],
  [2, 'ĐU xã An Bình', 'Cá nhân', 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
];
const TL_ROWS: Row[] = [
  [3, 'ĐU xã Tân Lập', 'Cá nhân', 'Trần Văn Tư', 1962, 'Nông dân ấp 1'],
  [4, 'ĐU xã Tân Lập', 'Cá nhân', 'Lê Thị Mai', 1982, 'Chủ tịch Hội LHPN xã'],
];
const EXPECTED = { 'Chi bộ ấp 3': AB, 'Nguyễn Văn Hùng': AB, 'Trần Văn Tư': TL, 'Lê Thị Mai': TL };
const TROUBLE = ['MISSING_VALUE', 'UNKNOWN_UNIT', 'DUPLICATE', 'INVALID_DATE'];

/** A master with a unit column: `total(unit, count)` under each unit's rows, `grand` at the end. */
function master(total: (unit: string, count: number) => Row, grand?: Row): Row[] {
  return [
    ['TỔNG HỢP DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    [],
    HEADER,
    ...AB_ROWS,
    total('ĐU xã An Bình', 2),
    ...TL_ROWS,
    total('ĐU xã Tân Lập', 2),
    ...(grand ? [grand] : []),
  ];
}

function masterBook(rows: Row[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Tổng hợp', rows);
  return wb;
}

const checkXlsx = (rows: Row[]) => checkBooks([unitsBook(), { fileName: 'tong-hop.xlsx', sheets: [{ name: 'Tổng hợp', rows }] }]);

async function checkXls(rows: Row[]): ReturnType<typeof checkXlsx> {
  const x = XLSX.read(await toBytes(masterBook(rows)), { type: 'array' });
  return checkBooks([unitsBook(), readXls(new Uint8Array(XLSX.write(x, { type: 'array', bookType: 'biff8' }) as ArrayBuffer), 'tong-hop.xls')]);
}

// The forms trial 21b found read as an exemplar «Cộng» (every tuple full: jest takes a missing last one for `done`).
const NUMBERED_TOTALS: [string, (unit: string, count: number) => Row, Row | undefined][] = [
  ['«Cộng» with the count in STT, «Tổng cộng» with the grand total', (_u, k) => [k, null, null, 'Cộng'], [4, null, null, 'Tổng cộng']],
  ['the unit, «Cộng:» and the count in STT', (u, k) => [k, u, null, 'Cộng:'], undefined],
  ['«CỘNG :» in capitals', (_u, k) => [k, null, null, 'CỘNG :'], undefined],
  ['«Tổng» and «Tổng cộng:»', (_u, k) => [k, null, null, 'Tổng'], [4, null, null, 'Tổng cộng:']],
  ['«cộng» and a count under the birth year too', (u, k) => [k, u, null, 'cộng', k], undefined],
  ['«Cộng» with the count in STT and «02 cá nhân» in the position column', (_u, k) => [k, null, null, 'Cộng', null, `0${k} cá nhân`], undefined],
];

describe('a subtotal numbered like a row is no exemplar', () => {
  it.each(NUMBERED_TOTALS)('.xlsx: %s', async (_label, total, grand) => {
    const { read, report } = await checkXlsx(master(total, grand));
    expect(unitsByName(read)).toEqual(EXPECTED);
    expect(codes(report, ...TROUBLE)).toEqual([]);
  });

  it.each(NUMBERED_TOTALS.slice(0, 2))('.xls: %s', async (_label, total, grand) => {
    const { read, report } = await checkXls(master(total, grand));
    expect(unitsByName(read)).toEqual(EXPECTED);
    expect(codes(report, ...TROUBLE)).toEqual([]);
  });

  it('the same in a master grouped by unit rows, without a unit column', async () => {
    const rows: Row[] = [
      ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
      ['I', AB],
      [1, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
      [2, 'Lê Thị Mai', 1982, 'Chủ tịch Hội LHPN xã'],
      [2, 'Cộng:'],
      ['II', TL],
      [1, 'Trần Văn Tư', 1962, 'Nông dân ấp 1'],
      [1, 'Cộng'],
      [3, 'Tổng cộng'],
    ];
    const { read, report } = await checkXlsx(rows);
    expect(unitsByName(read)).toEqual({ 'Nguyễn Văn Hùng': AB, 'Lê Thị Mai': AB, 'Trần Văn Tư': TL });
    expect(codes(report, ...TROUBLE)).toEqual([]);
  });
});

describe('totals already read right stay right', () => {
  it.each<[string, (unit: string, count: number) => Row]>([
    ['«Cộng: 2» in the unit column', (_u, k) => [null, `Cộng: ${k}`]],
    ['«Cộng ĐU xã An Bình: 2» in the unit column', (u, k) => [null, `Cộng ${u}: ${k}`]],
    ['«Cộng: 1 tập thể, 1 cá nhân» in the name column', (u) => [null, u, null, 'Cộng: 1 tập thể, 1 cá nhân']],
    ['«Cộng» with the count under the birth year', (_u, k) => [null, null, null, 'Cộng', k]],
    ['«Cộng: 2» in the name column', (u, k) => [null, u, null, `Cộng: ${k}`]],
    ['«Cộng» in the STT column', (_u, k) => ['Cộng', null, null, null, k]],
    ['«Cộng 2 điển hình»', (_u, k) => [null, null, null, `Cộng ${k} điển hình`]],
    ['«Tổng số: 2»', (_u, k) => [null, null, null, `Tổng số: ${k}`]],
  ])('%s', async (_label, total) => {
    const { read, report } = await checkXlsx(master(total, [null, 'Tổng cộng: 4']));
    expect(unitsByName(read)).toEqual(EXPECTED);
    expect(codes(report, ...TROUBLE)).toEqual([]);
  });
});

describe('near misses: names that begin or end like a total are exemplars', () => {
  it.each<[string, Row]>([
    ['a collective «Tổ Cộng đồng …»', [5, 'ĐU xã Tân Lập', 'Tập thể', 'Tổ Cộng đồng ấp Hà Bao', null, 'Xây dựng nông thôn mới']],
    ['a collective «Cộng đồng dân cư …»', [5, 'ĐU xã Tân Lập', 'Tập thể', 'Cộng đồng dân cư ấp 3', null, null]],
    ['a collective «Tổng đội Thanh niên xung phong …»', [5, 'ĐU xã Tân Lập', 'Tập thể', 'Tổng đội Thanh niên xung phong An Phú', null, null]],
    ['a person «Nguyễn Văn Cộng»', [5, 'ĐU xã Tân Lập', 'Cá nhân', 'Nguyễn Văn Cộng', 1975, 'Nông dân']],
    ['a person «Lê Văn Tổng» with no other cell', [5, 'ĐU xã Tân Lập', null, 'Lê Văn Tổng']],
  ])('%s', async (_label, row) => {
    const rows = [...master((_u, k) => [null, `Cộng: ${k}`]).slice(0, -1), row, [null, 'Cộng: 3']];
    const { read } = await checkXlsx(rows);
    expect(unitsByName(read)).toEqual({ ...EXPECTED, [row[3] as string]: TL });
  });
});
