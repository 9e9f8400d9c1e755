/**
 * Trial 9, item 23: a sheet the workbook hides (a draft, an old copy kept out of sight) beside a list in sight is not
 * read as a list: SHEET_SKIPPED says so; its people are neither counted nor printed. So is another unit's sheet the
 * compiler hid (trial 16a #4: no row reaches the list out of sight). Near misses: a hidden sheet that is the file's
 * only list is read, and a hidden units list (a drop-down's source) is read.
 */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import { readXls } from '../../../src/workbook/sheetjs/read-xls';
import { roundTrip, sheetWith, toBytes } from '../../fixtures/workbooks';
import { checkBooks, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';
import type { WorkbookGrid } from '../../../src/domain/grid';
import { readOpenWorkbook } from '../../../src/workbook/office/read-workbook';
import { install } from '../../e2e/fake-office';
import { seedFromWorkbook } from '../../addin/seed';

const LIST = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Nguyễn Văn Hùng', 1970]];
const DRAFT = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ (bản nháp)'], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Phạm Văn Cũ', 1960], [2, 'Lê Văn Rút', 1961]];

function unitBook(state: ExcelJS.WorksheetState | undefined, withList = true): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  if (withList) sheetWith(wb, 'Đăng ký', LIST);
  const draft = sheetWith(wb, 'Bản cũ', DRAFT);
  if (state) draft.state = state;
  return wb;
}

async function check(grid: WorkbookGrid) {
  const { read } = await checkBooks([unitsBook(), grid]);
  return { read, report: buildReport(read, { y: 2023, m: 3, d: 1 }, 2) };
}

describe('a hidden sheet beside a list in sight', () => {
  it.each<ExcelJS.WorksheetState>(['hidden', 'veryHidden'])('%s: skipped with a word, its people not counted', async (state) => {
    const { read, report } = await check(await roundTrip(unitBook(state), 'dang-uy-xa-an-binh.xlsx'));
    expect(Object.keys(unitsByName(read))).toEqual(['Nguyễn Văn Hùng']);
    const skipped = report.findings.filter((f) => f.code === 'SHEET_SKIPPED');
    expect(skipped.map((f) => f.sheet)).toEqual(['Bản cũ']);
    expect(skipped[0]?.message).toContain('đang bị ẩn');
  });

  it.each<ExcelJS.WorksheetState>(['hidden', 'veryHidden'])('%s: the same in the workbook open in Excel (Office.js)', async (state) => {
    install(seedFromWorkbook(unitBook(state), 'dang-uy-xa-an-binh.xlsx'));
    const { grid } = await readOpenWorkbook();
    expect(grid.sheets.map((s) => Boolean(s.hidden))).toEqual([false, true]);
    const { read, report } = await check(grid);
    expect(Object.keys(unitsByName(read))).toEqual(['Nguyễn Văn Hùng']);
    expect(report.findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => f.sheet)).toEqual(['Bản cũ']);
  });

  it('near miss: in Excel, a sheet in sight stays in sight', async () => {
    install(seedFromWorkbook(unitBook(undefined), 'dang-uy-xa-an-binh.xlsx'));
    const { grid } = await readOpenWorkbook();
    expect(grid.sheets.map((s) => Boolean(s.hidden))).toEqual([false, false]);
  });

  it('the same in an .xls (Excel 97–2003)', async () => {
    const x = XLSX.read(await toBytes(unitBook('hidden')), { type: 'array' });
    x.Workbook = { ...x.Workbook, Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
    const grid = readXls(new Uint8Array(XLSX.write(x, { type: 'array', bookType: 'biff8' }) as ArrayBuffer), 'dang-uy-xa-an-binh.xls');
    expect(grid.sheets.map((s) => Boolean(s.hidden))).toEqual([false, true]);
    const read = readWorkbooks([grid], { profile: defaultProfile() });
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Hùng']);
  });
});

describe('near misses', () => {
  it('another unit’s sheet the compiler hid is not read out of sight either: said, with how to have it read (review 14, trial 16a #4)', async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'An Bình', LIST);
    sheetWith(wb, 'Tân Lập', [['ĐẢNG ỦY XÃ TÂN LẬP'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Trần Văn Tư', 1962]]).state = 'hidden';
    const { read, report } = await check(await roundTrip(wb, 'tong hop.xlsx'));
    expect(unitsByName(read)).toEqual({ 'Nguyễn Văn Hùng': 'Đảng bộ xã An Bình' });
    const skipped = report.findings.filter((f) => f.code === 'SHEET_SKIPPED');
    expect(skipped.map((f) => f.sheet)).toEqual(['Tân Lập']);
    expect(skipped[0]?.message).toContain('hãy bỏ ẩn trang');
  });

  it('a hidden sheet that is the file’s only list is read', async () => {
    const { read } = await check(await roundTrip(unitBook('hidden', false), 'dang-uy-xa-an-binh.xlsx'));
    expect(Object.keys(unitsByName(read))).toEqual(['Phạm Văn Cũ', 'Lê Văn Rút']);
  });

  it('a sheet in sight is read as before', async () => {
    const { read } = await check(await roundTrip(unitBook(undefined), 'dang-uy-xa-an-binh.xlsx'));
    expect(Object.keys(unitsByName(read))).toEqual(['Nguyễn Văn Hùng', 'Phạm Văn Cũ', 'Lê Văn Rút']);
  });

  it('a hidden units list beside a list in sight is read', async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Đăng ký', [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'], [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Hùng', 1970]]);
    sheetWith(wb, 'DM', [['STT', 'Tên đơn vị', 'Loại đơn vị'], [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã']]).state = 'hidden';
    const read = readWorkbooks([await roundTrip(wb, 'tong hop.xlsx')], { profile: defaultProfile() });
    expect(read.units.map((u) => u.name)).toEqual(['Đảng bộ xã An Bình']);
    expect(read.registrations[0]?.unitId).toBe(read.units[0]?.id);
  });
});
