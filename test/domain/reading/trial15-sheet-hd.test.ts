/**
 * Trial 15 #6: a unit's sheet named «HĐ» (Huyện đoàn) was folded to «HD» (Hướng dẫn) and skipped, and its file
 * called unreadable with no word of the sheet. Instructions sheets are now told by the name with its «Đ», and a sheet
 * named as instructions whose table lists exemplars (a real name, not the form's «Nguyễn Văn A») is read. A file whose
 * only sheet is skipped as instructions says so beside its FILE_UNREADABLE. Near misses: «HD», «Hướng dẫn», «HD ghi»
 * holding the form's example beside the real list, and «Mẫu» beside it, are still skipped, with SHEET_SKIPPED.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes, oneSheet, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Huyện đoàn'],
  [2, 'Hội Nông dân huyện'],
];
const HEADER: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Thành tích'];
const LIST: Row[] = [['HUYỆN ĐOÀN AN PHÚ'], [], HEADER, [1, 'Nguyễn Thị Hồng', 1996, 'Bí thư', 'Tốt'], [2, 'Lê Văn Khánh', 1994, 'Đoàn viên', 'Tốt']];
const EXAMPLE: Row[] = [HEADER, ['VD', 'Nguyễn Văn A', '19xx', 'Bí thư Chi đoàn ấp X', '(Ghi tóm tắt thành tích)'], [2, 'Trần Thị B', '…', '…', '…']];
const skippedSheets = (findings: { code: string; sheet?: string }[]) => findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => f.sheet);

describe('a unit’s sheet named «HĐ» is read', () => {
  it.each(['HĐ', 'HĐ 2023', 'Hđ', 'HÐ'])('«%s»: both rows count for Huyện đoàn, nothing skipped', async (name) => {
    const { read, report } = await checkBooks([unitsBook(UNITS), oneSheet('huyen-doan.xlsx', LIST, name)]);
    expect(unitsByName(read)).toEqual({ 'Nguyễn Thị Hồng': 'Huyện đoàn', 'Lê Văn Khánh': 'Huyện đoàn' });
    expect(codes(report, 'SHEET_SKIPPED', 'FILE_UNREADABLE', 'QUOTA_SHORT')).toEqual(['QUOTA_SHORT']);
    expect(report.quota.find((q) => q.unit === 'Huyện đoàn')?.registered).toBe(2);
  });
});

describe('a sheet named as instructions that lists exemplars is read', () => {
  it.each(['HD', 'Hướng dẫn', 'HD ghi'])('«%s» holding a real list, alone in its file', async (name) => {
    const { read, report } = await checkBooks([unitsBook(UNITS), oneSheet('huyen-doan.xlsx', LIST, name)]);
    expect(unitsByName(read)).toEqual({ 'Nguyễn Thị Hồng': 'Huyện đoàn', 'Lê Văn Khánh': 'Huyện đoàn' });
    expect(codes(report, 'SHEET_SKIPPED', 'FILE_UNREADABLE')).toEqual([]);
  });
});

describe('near misses: instructions and templates still skipped', () => {
  it.each(['HD', 'Hướng dẫn', 'HD ghi', 'Mẫu'])('«%s» holding the form’s example beside the real list', async (name) => {
    const { read, report } = await checkBooks([
      unitsBook(UNITS),
      { fileName: 'huyen-doan.xlsx', sheets: [{ name, rows: EXAMPLE }, { name: 'Danh sách', rows: LIST }] },
    ]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Thị Hồng', 'Lê Văn Khánh']);
    expect(skippedSheets(report.findings)).toEqual([name]);
  });

  it('a file whose only sheet is instructions: unreadable, and the skipped sheet is named', async () => {
    const { read, report } = await checkBooks([unitsBook(UNITS), oneSheet('hoi-nong-dan.xlsx', [['HỘI NÔNG DÂN HUYỆN AN PHÚ'], [], ...EXAMPLE], 'HD'), oneSheet('huyen-doan.xlsx', LIST, 'HĐ')]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Thị Hồng', 'Lê Văn Khánh']);
    expect(codes(report, 'SHEET_SKIPPED', 'FILE_UNREADABLE')).toEqual(expect.arrayContaining(['SHEET_SKIPPED', 'FILE_UNREADABLE']));
    expect(report.findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => [f.file, f.sheet])).toEqual([['hoi-nong-dan.xlsx', 'HD']]);
  });
});
