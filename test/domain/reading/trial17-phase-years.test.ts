/**
 * Trial 17b #9 (in part): a phase cell that writes a year outside the period ("Giai đoạn 2, năm 2026" on the
 * 2021–2025 list) is PHASE_UNREADABLE, saying the year is outside it. Near misses: phase cells within the period, a
 * document's number in the cell, an empty cell whatever the row's date (phase 1, as issue 14 says), a stated phase 1.
 */
import { Book, checkBooks, oneSheet } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const units = (): Book => oneSheet('don-vi.xlsx', [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã']], 'Đơn vị');

const HEAD: Row = ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Giai đoạn', 'Ngày đăng ký'];
/** The district's master: two phase-1 rows, then one row of the phase cell and date given. */
const master = (phase: string | number | null, date: Date | null): Book =>
  oneSheet(
    'tong-hop.xlsx',
    [
      HEAD,
      [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn An', 1970, 'Trưởng ấp 1', 1, D(2023, 2, 20)],
      [2, 'Đảng bộ xã An Bình', 'Lê Văn Bình', 1971, 'Trưởng ấp 2', 1, D(2023, 2, 20)],
      [3, 'Đảng bộ xã An Bình', 'Trần Văn Ba', 1972, 'Trưởng ấp 3', phase, date],
    ],
    'Đăng ký',
  );

async function third(phase: string | number | null, date: Date | null = null) {
  const { read, report } = await checkBooks([units(), master(phase, date)]);
  const reg = read.registrations.find((r) => r.name === 'Trần Văn Ba');
  const unreadable = report.findings.filter((f) => f.code === 'PHASE_UNREADABLE');
  return { phase: reg?.phase, unreadable };
}

describe('a phase cell with a year outside the period', () => {
  it.each([['Giai đoạn 2, năm 2026'], ['Năm 2026'], ['Bổ sung năm 2026'], ['GĐ 2 (2026 - 2030)'], ['Giai đoạn 1, năm 2020'], ['2026']])(
    '%p: PHASE_UNREADABLE saying the year is outside 2021 – 2025',
    async (cell) => {
      const got = await third(cell);
      expect(got.phase).toBeUndefined();
      expect(got.unreadable.map((f) => f.row)).toEqual([4]);
      expect(got.unreadable[0]?.message).toMatch(/ghi năm 20(26|20), ngoài thời gian 2021 – 2025/);
    },
  );

  it.each([
    ['Giai đoạn 2, năm 2024', 2],
    ['Năm 2024', 2],
    ['Bổ sung', 2],
    ['Giai đoạn 2 (2023 - 2025)', 2],
    ['Đợt 1', 1],
    ['2022', 1],
    // A document's number is no year (review 26).
    ['Bổ sung theo CV 1520', 2],
    ['Bổ sung theo Công văn số 1520-CV/BTGHU', 2],
    ['Bổ sung (KH số 1025)', 2],
    ['Bổ sung theo Kế hoạch số 2045-KH/HU', 2],
  ] as const)('near miss %p: phase %p as before', async (cell, phase) => {
    const got = await third(cell);
    expect(got.phase).toBe(phase);
    expect(got.unreadable).toEqual([]);
  });

  it('near miss: a cell unreadable for another reason keeps its message', async () => {
    const got = await third('x');
    expect(got.unreadable[0]?.message).toContain('Không đọc được giai đoạn «x»');
  });
});

describe('an empty phase cell, the row dated', () => {
  // Issue 14: an empty phase cell is phase 1; a district's master typed in 2025 dates every row so (review 26).
  it.each([
    ['in phase 2’s years only', null, D(2024, 3, 1), 1],
    ['in 2025', null, D(2025, 2, 1), 1],
    ['in phase 1’s years', null, D(2023, 2, 20), 1],
    ['in 2023, the year both phases share', null, D(2023, 6, 1), 1],
    ['without a date', null, null, 1],
    ['a stated phase 1 is kept (not judged here)', 1, D(2024, 3, 1), 1],
  ] as const)('%s: phase 1', async (_, cell, date, phase) => {
    expect((await third(cell, date)).phase).toBe(phase);
  });
});
