/**
 * Review 17: a unit's 2023 list titled as its request to the district («DANH SÁCH ĐỀ NGHỊ BAN THƯỜNG VỤ HUYỆN ỦY BIỂU
 * DƯƠNG …») with a «Hình thức đề nghị» column, dated before the 2023 ceremony, is its registration, not the later
 * proposal list: its rows stay on the 2023 list and count for its quota. Near miss: the same list dated 2025 proposes.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const list = (title: string, year: number): Row[] => [
  ['ĐẢNG ỦY XÃ AN BÌNH'],
  [title],
  ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Hình thức đề nghị'],
  [1, 'Trương Văn Mười', 1969, 'Trưởng ấp', 'Giấy khen'],
  [2, 'Lê Thị Kim Chi', 1984, 'Chủ tịch Hội LHPN xã', 'Thư biểu dương'],
  [],
  [null, null, null, `An Bình, ngày 15 tháng 02 năm ${year}`],
];

describe('a list titled as a request to the district', () => {
  it.each(['DANH SÁCH ĐỀ NGHỊ BAN THƯỜNG VỤ HUYỆN ỦY BIỂU DƯƠNG ĐIỂN HÌNH TIÊN TIẾN', 'DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2023'])(
    'dated before the 2023 ceremony, «%s» is the unit\'s registration',
    async (title) => {
      const { read, report } = await checkBooks([unitsBook(), oneSheet('dang-uy-xa-an-binh.xlsx', list(title, 2023))]);
      expect(read.registrations.every((r) => !r.proposalList)).toBe(true);
      expect(report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered).toBe(2);
    },
  );

  it('near miss: dated 2025, it is the proposal list', async () => {
    const { read } = await checkBooks([unitsBook(), oneSheet('dang-uy-xa-an-binh.xlsx', list('DANH SÁCH ĐỀ NGHỊ BAN THƯỜNG VỤ HUYỆN ỦY BIỂU DƯƠNG ĐIỂN HÌNH TIÊN TIẾN', 2025))]);
    expect(read.registrations.every((r) => r.proposalList)).toBe(true);
  });
});
