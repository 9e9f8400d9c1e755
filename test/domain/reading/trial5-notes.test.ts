/**
 * Trial 5 #2 and #11: a "Ghi chú" column in a table with no phase or proposal column. A note about the phase only
 * ("Giai đoạn 2", "Bổ sung năm 2024", "GĐ II") makes the row phase 2: off the phase-1 quota and the 2023 list. A note
 * declining the proposal ("Không đề nghị khen") leaves the row off the 2025 list. Near misses: notes about other
 * things change nothing, and a phase or proposal column still decides over the note.
 */
import { checkShape, withUnits } from '../../fixtures/column-shapes';
import { checkBooks, unitsBook, wordList } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const HEAD: Row = ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Ghi chú'];

function twoRows(note: string, head: Row = HEAD, extra: (string | undefined)[] = []): Row[] {
  return [
    [...head],
    [1, 'X01', 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', '', ...extra],
    [2, 'X01', 'Đỗ Thị Lan', 1970, 'Nông dân', note, ...extra],
  ];
}

const listed = (sel: { individuals: { name: string }[] } | undefined) => (sel?.individuals ?? []).map((e) => e.name);
const anBinh = (report: { quota: { unit: string; registered: number }[] }) => report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered;

describe('a note that states the phase (#2)', () => {
  it.each([
    'Giai đoạn 2',
    'Bổ sung năm 2024',
    'GĐ II',
    'GĐ 2',
    'Đăng ký bổ sung',
    'Giai đoạn 2023 - 2025',
    'Bổ sung',
    'BỔ SUNG GIAI ĐOẠN 2',
    'Bổ sung đợt 2',
    'Dang ky bo sung',
  ])('«%s»: phase 2, not counted for phase 1, on the 2025 list only', async (note) => {
    const { read, report, lists } = await checkShape(withUnits(twoRows(note)));
    expect(read.registrations.map((r) => r.phase)).toEqual([1, 2]);
    expect(anBinh(report)).toBe(1);
    expect(listed(lists['2023'])).toEqual(['Nguyễn Văn Tâm']);
    expect(listed(lists['2025'])).toEqual(['Nguyễn Văn Tâm', 'Đỗ Thị Lan']);
  });

  it.each([
    'Bổ sung hồ sơ sau',
    'Giai đoạn 2021 - 2025',
    'Bổ sung năm 2022',
    'Giai đoạn 1',
    'Đã khen năm 2022',
    'Đảng viên 30 năm tuổi Đảng',
    'Bí thư chi bộ ấp 2 nhiệm kỳ 2020 - 2025',
    'Gương điển hình năm 2024',
    'Đợt 2',
  ])('near miss «%s»: phase 1 as before', async (note) => {
    const { read, report } = await checkShape(withUnits(twoRows(note)));
    expect(read.registrations.map((r) => r.phase)).toEqual([1, 1]);
    expect(anBinh(report)).toBe(2);
  });

  it('a phase column decides, not the note', async () => {
    const { read } = await checkShape(withUnits(twoRows('Giai đoạn 2', [...HEAD, 'Giai đoạn'], ['1'])));
    expect(read.registrations.map((r) => r.phase)).toEqual([1, 1]);
  });
});

describe('a note that declines the proposal (#11)', () => {
  it.each(['Không đề nghị khen', 'Không đề nghị khen thưởng năm 2025', 'Chưa đề nghị biểu dương', 'Không đề nghị', 'KHÔNG ĐỀ XUẤT', 'Chưa đề nghị'])(
    '«%s»: off the 2025 list with the note as reason, still counted and on the 2023 list',
    async (note) => {
      const { report, lists } = await checkShape(withUnits(twoRows(note)));
      expect(listed(lists['2025'])).toEqual(['Nguyễn Văn Tâm']);
      expect(lists['2025']?.excluded.map((x) => [x.name, x.reason])).toEqual([['Đỗ Thị Lan', expect.stringContaining(`«${note}»`)]]);
      expect(listed(lists['2023'])).toEqual(['Nguyễn Văn Tâm', 'Đỗ Thị Lan']);
      expect(anBinh(report)).toBe(2);
    },
  );

  it.each(['Không', 'Chưa có ảnh', 'Không có', 'Khen thưởng năm 2022', 'Chủ nhiệm HTX'])('near miss «%s»: on the 2025 list', async (note) => {
    const { lists } = await checkShape(withUnits(twoRows(note)));
    expect(listed(lists['2025'])).toEqual(['Nguyễn Văn Tâm', 'Đỗ Thị Lan']);
  });

  it('a proposal column decides, not the note', async () => {
    const { lists } = await checkShape(withUnits(twoRows('Không đề nghị khen', [...HEAD, 'Hình thức đề nghị'], ['Giấy khen'])));
    expect(listed(lists['2025'])).toEqual(['Nguyễn Văn Tâm', 'Đỗ Thị Lan']);
  });
});

describe('a Word list whose «Ghi chú» says the phase', () => {
  const UNITS: Row[] = [
    ['STT', 'Tên đơn vị'],
    [1, 'Đảng bộ xã An Bình'],
  ];
  const above = ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH', 'DANH SÁCH', 'Đăng ký điển hình tiên tiến'];
  const rows = (note: string): Row[] => [
    ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Ghi chú'],
    [1, 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', undefined],
    [2, 'Trần Thị Thu', 1990, 'Giáo viên', note],
  ];

  it.each([
    ['GĐ 2', [1, 2], 1],
    ['Bổ sung năm 2024', [1, 2], 1],
    ['Con của liệt sĩ', [1, 1], 2],
  ])('«%s»', async (note, phases, counted) => {
    const word = await wordList('an-binh.docx', above, rows(note), ['An Bình, ngày 20 tháng 02 năm 2023']);
    const { read, report } = await checkBooks([unitsBook(UNITS), word]);
    expect(read.registrations.map((r) => r.phase)).toEqual(phases);
    expect(anBinh(report)).toBe(counted);
  });
});
