/**
 * Trial 22b #3: a unit's second list whose date line is after the day of the check (2024 typed for 2023, checked in
 * 2023) gets the INVALID_DATE «ngày chưa đến … có thể gõ nhầm năm» its only list would get, and its phase is not taken
 * from that impossible date: its period line or phase cells say it, else phase 1 (as a list dated in time is). Near
 * misses: the same list dated in 2023 (phase 1, no finding); a genuine 2024 addition checked in 2024 (phase 2).
 */
import type { CalendarDate } from '../../../src/domain/dates';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import type { Row } from '../../fixtures/workbooks';
import { book, units } from '../../fixtures/trial22-units';
import { HEADER } from '../../fixtures/trial12-fix12-lists';

const AS_OF_2023: CalendarDate = { y: 2023, m: 3, d: 1 };
const AS_OF_2024: CalendarDate = { y: 2024, m: 6, d: 1 };

const FIRST: Row[] = [
  [1, 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', 'Vận động làm đường'],
  [2, 'Lê Thị Hoa', 1975, 'Hội viên phụ nữ', 'Nuôi bò giỏi'],
];
const SECOND: Row[] = [
  [1, 'Trần Văn Bảy', 1980, 'Trưởng ấp 2', 'Làm cầu'],
  [2, 'Phạm Thị Thu', 1985, 'Giáo viên', 'Dạy lớp tình thương'],
  [3, 'Võ Văn Chín', 1979, 'Nông dân', 'Sản xuất giỏi'],
];

const list = (file: string, title: string, period: string | undefined, rows: Row[], dateLine: string) =>
  book(file, [['ĐẢNG ỦY XÃ AN BÌNH'], [title], ...(period ? [[period]] : []), HEADER, ...rows, [], ['', '', '', dateLine]]);

async function checked(second: { title: string; period?: string; dateLine: string }, asOf: CalendarDate, listDate?: string) {
  const grids = [
    await units(listDate),
    await list('an-binh.xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', 'Giai đoạn 2021 – 2023', FIRST, 'An Bình, ngày 20 tháng 02 năm 2023'),
    await list('an-binh-2.xlsx', second.title, second.period, SECOND, second.dateLine),
  ];
  const read = readWorkbooks(grids, { profile: defaultProfile(), asOf });
  const report = buildReport(read, asOf, grids.length);
  const phases = read.registrations.filter((r) => r.source.file === 'an-binh-2.xlsx').map((r) => r.phase);
  const anBinh = report.findings.filter((f) => f.unit === 'Đảng bộ xã An Bình' && f.severity !== 'info');
  return { phases, anBinh, registered: report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered };
}

const TITLES = ['DANH SÁCH ĐĂNG KÝ BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN (ĐỢT 2)', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'];
const AHEAD = ['An Bình, ngày 24 tháng 02 năm 2024', 'An Bình, ngày 24/02/2024', 'An Bình, ngày 10 tháng 01 năm 2025'];

describe('a second list dated after the day of the check (trial22b #3)', () => {
  describe.each(TITLES)('«%s»', (title) => {
    it.each(AHEAD)('«%s», checked on 01/03/2023: phase 1, counted, and INVALID_DATE «ngày chưa đến» (units list dated or not)', async (dateLine) => {
      for (const listDate of [undefined, '20/02/2023']) {
        const r = await checked({ title, period: 'Giai đoạn 2021 – 2023', dateLine }, AS_OF_2023, listDate);
        expect(r.phases).toEqual([1, 1, 1]);
        expect(r.registered).toBe(5);
        expect(r.anBinh.map((f) => f.code)).toEqual(['INVALID_DATE']);
        expect(r.anBinh[0]?.message).toContain('an-binh-2.xlsx');
        expect(r.anBinh[0]?.message).toContain('sau ngày kiểm tra 01/03/2023: danh sách không thể gửi vào một ngày chưa đến');
        expect(r.anBinh[0]?.message).toContain('có thể gõ nhầm năm');
      }
    });
  });

  it('its own period line still says phase 2 («Giai đoạn 2023 – 2025»): phase 2, not counted, and the date is said', async () => {
    const r = await checked({ title: 'DANH SÁCH ĐĂNG KÝ BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN', period: 'Giai đoạn 2023 – 2025', dateLine: AHEAD[0]! }, AS_OF_2023);
    expect(r.phases).toEqual([2, 2, 2]);
    expect(r.registered).toBe(2);
  });

  it('near miss: the same list dated in 2023 is phase 1, with no finding', async () => {
    const r = await checked({ title: TITLES[0]!, period: 'Giai đoạn 2021 – 2023', dateLine: 'An Bình, ngày 24 tháng 02 năm 2023' }, AS_OF_2023, '20/02/2023');
    expect(r).toEqual({ phases: [1, 1, 1], anBinh: [], registered: 5 });
  });

  it.each([TITLES[0]!, TITLES[2]!])('near miss: a genuine addition «%s» dated 15/03/2024, checked on 01/06/2024, stays phase 2', async (title) => {
    const r = await checked({ title, dateLine: 'An Bình, ngày 15 tháng 03 năm 2024' }, AS_OF_2024, '20/02/2023');
    expect(r.phases).toEqual([2, 2, 2]);
    expect(r.registered).toBe(2);
    expect(r.anBinh.filter((f) => f.code === 'INVALID_DATE' || f.code === 'REGISTRATION_LATE')).toEqual([]);
  });
});
