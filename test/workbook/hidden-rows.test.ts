/**
 * A row a unit hid in its own list rather than delete it (and the rows under it renumbered): taken out, as a struck
 * row is. It counts for no quota, the ceremony list leaves it off with the reason, and a short unit's QUOTA_SHORT
 * says that rows it took out were not counted. Read so from .xlsx; the open workbook (Office.js cannot tell such a
 * row from one folded in a collapsed outline group, trial 17a class 1) counts them and names them instead. Near
 * misses: a filtered sheet (rows out of view only), a list compiled from several units, a hidden unit of the list.
 */
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../src/domain/grid';
import { consolidate } from '../../src/domain/ceremony/consolidate';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { readOpenWorkbook } from '../../src/workbook/office/read-workbook';
import { install } from '../e2e/fake-office';
import { seedFromWorkbook } from '../addin/seed';
import { roundTrip, Row, sheetWith } from '../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 1 };
const HEAD = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'];
const TITLE: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN']];
/** The header is row 3: the first person is on row 4. */
const FIRST = 4;
const PEOPLE: [string, number, string][] = [
  ['Võ Văn Ba', 1979, 'Bí thư Chi bộ ấp Bình Thạnh'],
  ['Lê Thị Tư', 1960, 'Chi hội trưởng Phụ nữ ấp'],
  ['Trần Văn Năm', 1966, 'Trưởng ấp Bình Hòa'],
  ['Phạm Thị Sáu', 1985, 'Bí thư Chi đoàn ấp'],
];

function unitsBook(hideUnit = false): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = sheetWith(wb, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
    ['X01', 'Đảng ủy xã An Bình', 'Đảng bộ xã'],
    ['X02', 'Đảng ủy xã Phú Hữu', 'Đảng bộ xã'],
    ['H01', 'Hội Nông dân huyện', 'Đoàn thể huyện'],
  ]);
  if (hideUnit) ws.getRow(3).hidden = true;
  return wb;
}

/**
 * The unit's own list, the rows `hidden` (0-based among the people) hidden and the others numbered as the unit sees
 * them; `filter` puts an AutoFilter on the table.
 */
function unitBook(hidden: number[], people = PEOPLE, filter = false): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  let seen = 0;
  const rows = people.map((p, i) => [hidden.includes(i) ? seen : ++seen, ...p]);
  const ws = sheetWith(wb, 'DS', [...TITLE, HEAD, ...rows]);
  for (const i of hidden) ws.getRow(FIRST + i).hidden = true;
  if (filter) ws.autoFilter = `A3:D${FIRST + people.length - 1}`;
  return wb;
}

/** A list compiled from several units, one of its rows hidden by the one who compiled it. */
function compiledBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = sheetWith(wb, 'Tổng hợp', [
    ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN CỦA CÁC ĐƠN VỊ'],
    [],
    ['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị'],
    [1, 'Võ Văn Ba', 1979, 'Đảng ủy xã An Bình'],
    [2, 'Lê Thị Tư', 1960, 'Đảng ủy xã An Bình'],
    [3, 'Trần Văn Năm', 1966, 'Đảng ủy xã Phú Hữu'],
    [4, 'Phạm Thị Sáu', 1985, 'Hội Nông dân huyện'],
  ]);
  ws.getRow(5).hidden = true;
  return wb;
}

const asXlsx = (wb: ExcelJS.Workbook, name: string) => roundTrip(wb, name);
async function asOpenWorkbook(wb: ExcelJS.Workbook, name: string): Promise<WorkbookGrid> {
  install(seedFromWorkbook(wb, name));
  return (await readOpenWorkbook()).grid;
}
type Reader = (wb: ExcelJS.Workbook, name: string) => Promise<WorkbookGrid>;
const READERS: [string, Reader][] = [
  ['.xlsx', asXlsx],
  ['the open workbook', asOpenWorkbook],
];

async function outcome(file: WorkbookGrid, units = unitsBook()) {
  const read = readWorkbooks([await roundTrip(units, 'don-vi.xlsx'), file], { profile: defaultProfile() });
  const report = buildReport(read, AS_OF, 2);
  const book = consolidate(read, report, '2023');
  return {
    hidden: read.registrations.filter((r) => r.hidden).map((r) => r.name),
    quota: Object.fromEntries(report.quota.map((q) => [q.unit, q.registered])),
    short: report.findings.filter((f) => f.code === 'QUOTA_SHORT' && f.unit === 'Đảng ủy xã An Bình').map((f) => f.message),
    listed: book.selection.individuals.map((e) => e.name),
    leftOff: book.selection.excluded.map((x) => [x.name, x.reason]),
  };
}

describe('a row a unit hid in its own list', () => {
  const shapes: [string, number[]][] = [
    ['a row in the middle, the rows under it renumbered', [1]],
    ['the last row', [3]],
    ['two rows', [0, 2]],
  ];
  for (const [reader, read] of READERS.slice(0, 1))
    it.each(shapes)(`${reader}: %s is taken out, not counted, left off the list with the reason`, async (_, hidden) => {
      const o = await outcome(await read(unitBook(hidden), 'DU An Binh.xlsx'));
      const names = hidden.map((i) => (PEOPLE[i] as [string, number, string])[0]);
      expect(o.hidden).toEqual(names);
      expect(o.quota['Đảng ủy xã An Bình']).toBe(PEOPLE.length - hidden.length);
      expect(o.listed).toEqual(PEOPLE.map((p) => p[0]).filter((n) => !names.includes(n)));
      expect(o.leftOff).toEqual(names.map((n) => [n, expect.stringMatching(/đang bị ẩn/)]));
    });

  it('a unit short of its quota is told that the rows it took out were not counted', async () => {
    const o = await outcome(await asXlsx(unitBook([1], PEOPLE.slice(0, 2)), 'DU An Binh.xlsx'));
    expect(o.quota['Đảng ủy xã An Bình']).toBe(1);
    expect(o.short).toEqual([expect.stringContaining('Không tính: 1 dòng đơn vị đã rút (ghi chú rút tên, gạch ngang tên hoặc ẩn dòng)')]);
  });

  it.each(shapes)('the open workbook: %s counts (Excel does not say why it is hidden), and the reader names it', async (_, hidden) => {
    const grid = await asOpenWorkbook(unitBook(hidden), 'DU An Binh.xlsx');
    const o = await outcome(grid);
    expect(o.hidden).toEqual([]);
    expect(o.quota['Đảng ủy xã An Bình']).toBe(PEOPLE.length);
  });

  it('each reader says which rows are hidden', async () => {
    expect((await asXlsx(unitBook([1, 3]), 'a.xlsx')).sheets[0]?.hiddenRows).toEqual([FIRST + 1, FIRST + 3]);
    install(seedFromWorkbook(unitBook([1, 3]), 'a.xlsx'));
    const open = await readOpenWorkbook();
    expect(open.grid.sheets[0]?.hiddenRows).toBeUndefined();
    expect(open.hiddenRows).toEqual([{ sheet: 'DS', rows: [FIRST + 1, FIRST + 3] }]);
  });
});

describe('hidden rows that are not taken out', () => {
  for (const [reader, read] of READERS) {
    it(`${reader}: a filtered sheet's hidden rows are only out of view, and count`, async () => {
      const grid = await read(unitBook([1], PEOPLE, true), 'DU An Binh.xlsx');
      expect(grid.sheets[0]?.hiddenRows).toBeUndefined();
      const o = await outcome(grid);
      expect(o.hidden).toEqual([]);
      expect(o.quota['Đảng ủy xã An Bình']).toBe(4);
      expect(o.listed).toContain('Lê Thị Tư');
    });

    it(`${reader}: a list compiled from several units counts the rows its compiler hid`, async () => {
      const o = await outcome(await read(compiledBook(), 'Tong hop.xlsx'));
      expect(o.hidden).toEqual([]);
      expect(o.quota).toMatchObject({ 'Đảng ủy xã An Bình': 2, 'Đảng ủy xã Phú Hữu': 1, 'Hội Nông dân huyện': 1 });
      expect(o.listed).toContain('Lê Thị Tư');
    });
  }

  it('nothing hidden: every row counts, and a short unit is told of no row taken out', async () => {
    const o = await outcome(await asXlsx(unitBook([], PEOPLE.slice(0, 1)), 'DU An Binh.xlsx'));
    expect(o.hidden).toEqual([]);
    expect(o.quota['Đảng ủy xã An Bình']).toBe(1);
    expect(o.short).toEqual([expect.not.stringContaining('đã rút')]);
  });

  it('a unit hidden in the units list stays in the quota table', async () => {
    const o = await outcome(await asXlsx(unitBook([]), 'DU An Binh.xlsx'), unitsBook(true));
    expect(Object.keys(o.quota)).toEqual(['Đảng ủy xã An Bình', 'Đảng ủy xã Phú Hữu', 'Hội Nông dân huyện']);
  });
});

describe('hidden rows out of view, not taken out', () => {
  it.each(READERS)('%s: an Excel table on the sheet (its filter may hide them): the rows count', async (_, read) => {
    const wb = unitBook([1]);
    const ws = wb.getWorksheet('DS') as ExcelJS.Worksheet;
    ws.addTable({ name: 'DS', ref: 'F1', columns: [{ name: 'x' }], rows: [['a']] });
    const grid = await read(wb, 'DU An Binh.xlsx');
    expect(grid.sheets[0]?.hiddenRows).toBeUndefined();
    expect((await outcome(grid)).quota['Đảng ủy xã An Bình']).toBe(4);
  });

  it('rows folded in a collapsed outline group: the rows count', async () => {
    const wb = unitBook([1]);
    const ws = wb.getWorksheet('DS') as ExcelJS.Worksheet;
    ws.getRow(FIRST + 1).outlineLevel = 1;
    const grid = await asXlsx(wb, 'DU An Binh.xlsx');
    expect(grid.sheets[0]?.hiddenRows).toBeUndefined();
    expect((await outcome(grid)).quota['Đảng ủy xã An Bình']).toBe(4);
  });
});
