/**
 * Review 18: ordinary lists the phase changes of trial 13 read wrongly, kept as they were. A bare «Mới»/«BS» note is
 * covered in trial13-phase-marks.test.ts.
 */
import type { Row } from '../../fixtures/workbooks';
import { byName, checkBooks, codes, oneSheet, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';

const H: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Thành tích'];
const dated: Row[] = [[], [null, null, null, 'An Bình, ngày 20 tháng 02 năm 2023']];

describe('review 18', () => {
  it.each(['(*) Bổ sung hồ sơ sau ngày 25/02/2023', '(*) Được bổ sung vào Ban Chấp hành năm 2024'])('a starred row whose footnote «%s» is about something else stays in phase 1', async (note) => {
    const rows = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], H, [1, 'Nguyễn Văn An', 1970, 'Bí thư', 'x'], ['2*', 'Võ Thị Phấn', 1979, 'Chi hội trưởng', 'x'], [], [note], ...dated];
    const { read } = await checkBooks([unitsBook(), oneSheet('dang-uy-xa-an-binh.xlsx', rows)]);
    expect(read.registrations.map((r) => r.phase)).toEqual([1, 1]);
  });

  it('a «Loại đăng ký» column of «Mới» and «Tái đăng ký» is no phase column', async () => {
    const rows: Row[] = [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Loại đăng ký'], [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn An', 1970, 'Mới'], [2, 'Đảng bộ xã An Bình', 'Trần Văn Ba', 1971, 'Tái đăng ký'], [3, 'Đảng bộ xã Tân Lập', 'Lê Thị Cúc', 1972, 'Tái đăng ký']];
    const { read, report } = await checkBooks([unitsBook(), oneSheet('tong-hop.xlsx', rows, 'Đăng ký')]);
    expect(read.registrations.map((r) => r.phase)).toEqual([1, 1, 1]);
    expect(codes(report, 'PHASE_UNREADABLE')).toEqual([]);
  });

  it('«- BS» after a doctor\'s name stays in the position', async () => {
    const rows = [['ĐẢNG ỦY XÃ AN BÌNH'], H, [1, 'Nguyễn Văn An - BS', 1970, 'Trưởng khoa Nội', 'x'], ...dated];
    const { read } = await checkBooks([unitsBook(), oneSheet('dang-uy-xa-an-binh.xlsx', rows)]);
    expect(byName(read, 'Nguyễn Văn An')?.position).toMatch(/^BS/);
    expect(byName(read, 'Nguyễn Văn An')?.phase).toBe(1);
  });

  it("a sheet whose letterhead names a unit the list lacks is not the other sheet's unit", async () => {
    const sheet = (unit: string, name: string): Row[] => [['ĐẢNG BỘ HUYỆN AN PHÚ'], [unit], [], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], H, [1, name, 1970, 'Nông dân', 'x'], ...dated];
    const { read, report } = await checkBooks([
      unitsBook(),
      { fileName: 'tong-hop.xlsx', sheets: [{ name: 'Tân Lập', rows: sheet('ĐẢNG ỦY XÃ TÂN LẬP', 'Nguyễn Văn An') }, { name: 'Mỹ Hòa', rows: sheet('ĐẢNG ỦY XÃ MỸ HÒA', 'Trần Văn Ba') }] },
    ]);
    expect(unitsByName(read)['Trần Văn Ba']).toBe('?ĐẢNG ỦY XÃ MỸ HÒA');
    expect(codes(report, 'UNKNOWN_UNIT').length).toBeGreaterThan(0);
  });

  it('review 19: a sheet without a letterhead beside sheets of two units, one the list lacks, is no listed unit\'s', async () => {
    const sheet = (unit: string, name: string): Row[] => [['ĐẢNG BỘ HUYỆN AN PHÚ'], [unit], [], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], H, [1, name, 1970, 'Nông dân', 'x'], ...dated];
    const bare: Row[] = [['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], H, [1, 'Đỗ Văn Lẻ', 1975, 'Nông dân', 'x']];
    const { read } = await checkBooks([
      unitsBook(),
      {
        fileName: 'danh-sach.xlsx',
        sheets: [
          { name: 'Tân Lập', rows: sheet('ĐẢNG ỦY XÃ TÂN LẬP', 'Nguyễn Văn An') },
          { name: 'Mỹ Hòa', rows: sheet('ĐẢNG ỦY XÃ MỸ HÒA', 'Trần Văn Ba') },
          { name: 'Sheet3', rows: bare },
        ],
      },
    ]);
    expect(unitsByName(read)['Đỗ Văn Lẻ']?.startsWith('?')).toBe(true);
  });

  it('review 19: a «Hình thức» column of «Trực tiếp», «Gửi văn bản» notes no unclear proposal; a column naming forms does', async () => {
    const rows = (values: string[]): Row[] => [['ĐẢNG ỦY XÃ AN BÌNH'], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Hình thức'], ...values.map((v, i): Row => [i + 1, ['Nguyễn Văn An', 'Trần Thị Bé'][i] ?? '', 1970 + i, 'Nông dân', v]), ...dated];
    const other = await checkBooks([unitsBook(), oneSheet('dang-uy-xa-an-binh.xlsx', rows(['Trực tiếp', 'Gửi văn bản']))]);
    expect(other.read.registrations.map((r) => r.proposalUnclear)).toEqual([undefined, undefined]);
    const forms = await checkBooks([unitsBook(), oneSheet('dang-uy-xa-an-binh.xlsx', rows(['Giấy khen', 'Năm 2025']))]);
    expect(forms.read.registrations.map((r) => r.proposalUnclear)).toEqual([undefined, 'Năm 2025']);
  });
});
