/**
 * Two columns with one header, one of them hidden (an old column kept out of sight, the corrected one beside it):
 * the visible column is read, whichever comes first, in .xlsx, .xls and the open workbook alike. A hidden column
 * that no visible one repeats is still read: hiding is not deleting.
 */
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../src/domain/grid';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { readOpenWorkbook } from '../../src/workbook/office/read-workbook';
import { readXls } from '../../src/workbook/sheetjs/read-xls';
import { install } from '../e2e/fake-office';
import { seedFromWorkbook } from '../addin/seed';
import { readXlsx, Row, sheetWith, toBytes } from '../fixtures/workbooks';

const UNITS: Row[] = [['STT', 'Tên đơn vị', 'Loại đơn vị'], [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã']];
const TITLE: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], []];

interface Shape {
  label: string;
  header: Row;
  rows: Row[];
  hidden: number[];
  /** What each row must read: birth year, position. */
  expected: [number | undefined, string | undefined][];
}

const SHAPES: Shape[] = [
  {
    label: 'the hidden year column first',
    header: ['STT', 'Họ và tên', 'Năm sinh', 'Năm sinh', 'Chức vụ'],
    rows: [[1, 'Nguyễn Văn Một', 1907, 1970, 'Trưởng ấp'], [2, 'Trần Thị Hai', null, 1971, 'Hội viên']],
    hidden: [3],
    expected: [[1970, 'Trưởng ấp'], [1971, 'Hội viên']],
  },
  {
    label: 'the hidden year column second',
    header: ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Năm sinh'],
    rows: [[1, 'Nguyễn Văn Một', 1970, 'Trưởng ấp', 1907], [2, 'Trần Thị Hai', 1971, 'Hội viên', null]],
    hidden: [5],
    expected: [[1970, 'Trưởng ấp'], [1971, 'Hội viên']],
  },
  {
    label: 'a hidden old position column before the corrected one',
    header: ['TT', 'Họ và tên', 'Chức vụ', 'Chức vụ', 'Năm sinh'],
    rows: [[1, 'Lê Văn Ba', 'Phó Bí thư', 'Bí thư Chi bộ', 1965], [2, 'Phạm Thị Tư', 'Ủy viên', 'Chi hội trưởng', 1980]],
    hidden: [3],
    expected: [[1965, 'Bí thư Chi bộ'], [1980, 'Chi hội trưởng']],
  },
  {
    label: 'near miss: a hidden column that nothing repeats is read',
    header: ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
    rows: [[1, 'Nguyễn Văn Một', 1970, 'Trưởng ấp'], [2, 'Trần Thị Hai', 1971, 'Hội viên']],
    hidden: [3],
    expected: [[1970, 'Trưởng ấp'], [1971, 'Hội viên']],
  },
  {
    label: 'near miss: nothing hidden, the first of two columns is read as before',
    header: ['STT', 'Họ và tên', 'Năm sinh', 'Năm sinh', 'Chức vụ'],
    rows: [[1, 'Nguyễn Văn Một', 1970, 1907, 'Trưởng ấp'], [2, 'Trần Thị Hai', 1971, null, 'Hội viên']],
    hidden: [],
    expected: [[1970, 'Trưởng ấp'], [1971, 'Hội viên']],
  },
];

function unitFile(shape: Shape): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = sheetWith(wb, 'DS', [...TITLE, shape.header, ...shape.rows]);
  for (const c of shape.hidden) ws.getColumn(c).hidden = true;
  return wb;
}

function unitsFile(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', UNITS);
  return wb;
}

/** The same sheet as Excel 97–2003 writes it, its hidden columns kept. */
function asXls(shape: Shape): WorkbookGrid {
  const ws = XLSX.utils.aoa_to_sheet([...TITLE, shape.header, ...shape.rows]);
  ws['!cols'] = shape.header.map((_, i) => (shape.hidden.includes(i + 1) ? { hidden: true } : {}));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'DS');
  return readXls(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer), 'DS.xls');
}

async function asOpenWorkbook(shape: Shape): Promise<WorkbookGrid> {
  install(seedFromWorkbook(unitFile(shape), 'DS.xlsx'));
  return (await readOpenWorkbook()).grid;
}

const asXlsx = async (shape: Shape) => readXlsx(await toBytes(unitFile(shape)), 'DS.xlsx');

async function readAs(grid: WorkbookGrid) {
  const units = await readXlsx(await toBytes(unitsFile()), 'Đơn vị.xlsx');
  const read = readWorkbooks([units, grid], { profile: defaultProfile() });
  return read.registrations.map((r) => [r.birthYear, r.position]);
}

describe('a hidden column with the header of a visible one', () => {
  const readers: [string, (s: Shape) => Promise<WorkbookGrid> | WorkbookGrid][] = [
    ['.xlsx', asXlsx],
    ['.xls', asXls],
    ['the open workbook', asOpenWorkbook],
  ];
  for (const [reader, read] of readers)
    it.each(SHAPES.map((s) => [s.label, s]))(`${reader}: %s`, async (_, shape) => {
      expect(await readAs(await read(shape))).toEqual(shape.expected);
    });

  it('each reader says which columns are hidden, within the table', async () => {
    const shape = SHAPES[0] as Shape;
    expect((await asXlsx(shape)).sheets[0]?.hiddenColumns).toEqual([3]);
    expect(asXls(shape).sheets[0]?.hiddenColumns).toEqual([3]);
    expect((await asOpenWorkbook(shape)).sheets[0]?.hiddenColumns).toEqual([3]);
  });
});
