/**
 * A unit's workbook with, beside its list, a sheet of its selection meeting's minutes (the vote table) or of its
 * plan's tasks: those tables list no registrations, by their title or their sheet's name. Near miss: the list itself.
 */
import { checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Đảng bộ xã An Bình'],
];
const LIST: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH'], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [1, 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1'], [2, 'Đỗ Thị Lan', 1970, 'Nông dân']];
const VOTES: Row[] = [['STT', 'Họ và tên', 'Chức vụ', 'Số phiếu đồng ý', 'Tỷ lệ (%)'], [1, 'Nguyễn Văn Tâm', 'Bí thư Chi bộ ấp 1', '15/15', 100], [3, 'Trần Văn Út', 'Trưởng ấp 3', '6/15', 40]];

describe('a sheet of minutes beside the list', () => {
  it.each([
    ['titled in the sheet', 'Sheet2', [['ĐẢNG ỦY XÃ AN BÌNH'], ['BIÊN BẢN HỌP XÉT CHỌN ĐIỂN HÌNH TIÊN TIẾN'], ...VOTES]],
    ['named by its sheet', 'Biên bản xét chọn', VOTES],
  ])('%s: its votes are no registrations, and it is said to be skipped', async (_, name, rows) => {
    const book = { fileName: 'AnBinh.xlsx', sheets: [{ name: 'Danh sách', rows: LIST }, { name, rows: rows as Row[] }] };
    const { read, report } = await checkBooks([{ fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }] }, book]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm', 'Đỗ Thị Lan']);
    expect(codes(report, 'DUPLICATE')).toEqual([]);
    expect(codes(report, 'SHEET_SKIPPED')).toHaveLength(1);
  });

  it.each<[string, string, Row[]]>([
    ['a sheet named «Báo cáo»', 'Báo cáo', LIST],
    ['a sheet named «Kế hoạch»', 'Kế hoạch', LIST],
    ['a report of the registrations', 'DS', [['BÁO CÁO'], ['Kết quả đăng ký điển hình tiên tiến giai đoạn 2021-2023'], ...LIST.slice(2)]],
    ['one title line «BÁO CÁO DANH SÁCH ĐĂNG KÝ …»', 'DS', [['BÁO CÁO DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ...LIST.slice(2)]],
    ['a notice heading the list', 'DS', [['THÔNG BÁO'], ['Danh sách đăng ký điển hình tiên tiến'], ...LIST.slice(2)]],
  ])('near miss: %s is still read as the list', async (_, name, rows) => {
    const book = { fileName: 'AnBinh.xlsx', sheets: [{ name, rows }] };
    const { read } = await checkBooks([{ fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }] }, book]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm', 'Đỗ Thị Lan']);
  });

  it('near miss: a registration list that gives its nominees’ votes in a column is read', async () => {
    const rows: Row[] = [['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Số phiếu tín nhiệm'], [1, 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', '15/15'], [2, 'Đỗ Thị Lan', 1970, 'Nông dân', '14/15']];
    const { read } = await checkBooks([{ fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }] }, { fileName: 'AnBinh.xlsx', sheets: [{ name: 'DS', rows }] }]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm', 'Đỗ Thị Lan']);
  });

  it('near miss: a units list under a notice of quotas is read', async () => {
    const units: Row[] = [['THÔNG BÁO'], ['Phân bổ chỉ tiêu đăng ký điển hình tiên tiến'], ...UNITS];
    const { read } = await checkBooks([{ fileName: 'don-vi.xlsx', sheets: [{ name: 'Kế hoạch', rows: units }] }, { fileName: 'AnBinh.xlsx', sheets: [{ name: 'DS', rows: LIST }] }]);
    expect(read.units.map((u) => u.name)).toEqual(['Đảng bộ xã An Bình']);
  });

  it('near miss: a list whose sheet is named «Danh sách kèm theo Kế hoạch» is read', async () => {
    const book = { fileName: 'AnBinh.xlsx', sheets: [{ name: 'DS kèm theo Kế hoạch', rows: LIST }] };
    const { read } = await checkBooks([{ fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }] }, book]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm', 'Đỗ Thị Lan']);
  });
});
