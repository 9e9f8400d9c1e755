/**
 * Trial 13, class 10: a unit's workbook whose second sheet («Bổ sung 2024», «Đợt 2», «2024») holds only a title
 * («DANH SÁCH ĐĂNG KÝ BỔ SUNG NĂM 2024») and its rows: the sheet is the unit's that the file's other sheets name, not
 * the file name's (UNKNOWN_UNIT «ds dien hinh»). Near misses: a second sheet under another unit's letterhead, a sheet
 * named by another unit, a file whose sheets name two units, and a file of one sheet.
 */
import type { Row } from '../../fixtures/workbooks';
import { Book, checkBooks, codes, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';

const H: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Thành tích'];
const letterhead = (unit: string): Row[] => [['ĐẢNG BỘ HUYỆN PHÚ TÂN', null, null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'], [unit], ['*'], []];
const first: Row[] = [
  ...letterhead('ĐẢNG ỦY XÃ PHÚ HỮU'),
  ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
  [],
  H,
  [1, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường'],
  [2, 'Trần Thị Bé', 1985, 'Giáo viên', 'Dạy học'],
  [],
  [null, null, null, 'Phú Hữu, ngày 20 tháng 02 năm 2023'],
];
const addition = (title: string): Row[] => [[title], [], H, [1, 'Lê Văn Cường', 1975, 'Nông dân', 'SXKD giỏi'], [2, 'Phạm Thị Dung', 1980, 'Y sĩ', 'Tiêm chủng']];
const book = (sheets: Book['sheets'], fileName = 'ds-dien-hinh.xlsx'): Book => ({ fileName, sheets });

const run = async (books: Book[]) => {
  const { read, report } = await checkBooks([unitsBook(), ...books]);
  return { units: unitsByName(read), phases: Object.fromEntries(read.registrations.map((r) => [r.name, r.phase])), codes: codes(report, 'UNKNOWN_UNIT') };
};

describe('a second sheet without a letterhead', () => {
  it.each<[string, string]>([
    ['Bổ sung 2024', 'DANH SÁCH ĐĂNG KÝ BỔ SUNG NĂM 2024'],
    ['BS 2024', 'DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN NĂM 2024'],
    ['Đợt 2', 'DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2023 - 2025'],
    ['2024', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN (LẦN 2)'],
  ])('sheet «%s» titled «%s» is the unit\'s of the other sheet', async (sheet, title) => {
    const r = await run([book([{ name: 'Đăng ký 2023', rows: first }, { name: sheet, rows: addition(title) }])]);
    expect(r.units['Lê Văn Cường']).toBe('Đảng bộ xã Phú Hữu');
    expect(r.units['Phạm Thị Dung']).toBe('Đảng bộ xã Phú Hữu');
    expect(r.codes).toEqual([]);
    expect(r.phases).toEqual({ 'Nguyễn Văn An': 1, 'Trần Thị Bé': 1, 'Lê Văn Cường': 2, 'Phạm Thị Dung': 2 });
  });

  it('the sheet without a letterhead may come first', async () => {
    const r = await run([book([{ name: 'Bổ sung 2024', rows: addition('DANH SÁCH ĐĂNG KÝ BỔ SUNG NĂM 2024') }, { name: 'Đăng ký 2023', rows: first }])]);
    expect(r.units['Lê Văn Cường']).toBe('Đảng bộ xã Phú Hữu');
  });

  it('near miss: a second sheet under another unit\'s letterhead is that unit\'s', async () => {
    const r = await run([book([{ name: 'Đăng ký 2023', rows: first }, { name: 'Bổ sung 2024', rows: [...letterhead('ĐẢNG ỦY XÃ TÂN LẬP'), ...addition('DANH SÁCH ĐĂNG KÝ BỔ SUNG')] }])]);
    expect(r.units['Lê Văn Cường']).toBe('Đảng bộ xã Tân Lập');
    expect(r.units['Nguyễn Văn An']).toBe('Đảng bộ xã Phú Hữu');
  });

  it('near miss: a sheet named by another unit is that unit\'s', async () => {
    const r = await run([book([{ name: 'Đăng ký 2023', rows: first }, { name: 'Huyện đoàn', rows: addition('DANH SÁCH ĐĂNG KÝ BỔ SUNG') }])]);
    expect(r.units['Lê Văn Cường']).toBe('Huyện đoàn');
  });

  it('near miss: other sheets naming two units give the third no unit', async () => {
    const second: Row[] = first.map((row) => (row[0] === 'ĐẢNG ỦY XÃ PHÚ HỮU' ? ['ĐẢNG ỦY XÃ AN BÌNH'] : row[1] === 'Nguyễn Văn An' ? [1, 'Đỗ Văn Hai', 1971, 'Bí thư', 'x'] : row[1] === 'Trần Thị Bé' ? [2, 'Đỗ Thị Ba', 1986, 'Giáo viên', 'x'] : row));
    const r = await run([book([{ name: 'Phú Hữu', rows: first }, { name: 'An Bình', rows: second }, { name: 'Bổ sung', rows: addition('DANH SÁCH ĐĂNG KÝ BỔ SUNG NĂM 2024') }])]);
    expect(r.units['Lê Văn Cường']).toMatch(/^\?/);
    expect(r.codes).toContain('UNKNOWN_UNIT');
  });

  it('near miss: a file named by its unit still gives it when no sheet names one', async () => {
    const r = await run([book([{ name: 'Bổ sung 2024', rows: addition('DANH SÁCH ĐĂNG KÝ BỔ SUNG NĂM 2024') }], 'Huyện đoàn.xlsx')]);
    expect(r.units['Lê Văn Cường']).toBe('Huyện đoàn');
  });
});
