/**
 * Trial 22b #2 (team decision): a unit's phase-1 list sent in time, then replaced by its correction («(SỬA LẠI)»,
 * «(LẦN 2)», «(THAY THẾ)», or the same list sent again unmarked, later) dated after the registration deadline: the
 * correction is still taken, but said — REGISTRATION_LATE names the correction's file and date, and that the first
 * list was on time — and a person it adds after the 2023 ceremony (19/5/2023) is left off the 2023 list, saying why.
 * Near misses: a correction dated before the deadline replaces silently (its reason given); «(SỬA LẠI)» dated 2024
 * under «Giai đoạn 2021 – 2025» is an addition of phase 2.
 */
import type { CalendarDate } from '../../../src/domain/dates';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import { groupsOf } from '../../../src/domain/ceremony/consolidate';
import type { Row } from '../../fixtures/workbooks';
import { book, units } from '../../fixtures/trial22-units';
import { HEADER } from '../../fixtures/trial12-fix12-lists';

const AS_OF: CalendarDate = { y: 2024, m: 6, d: 1 };
const TITLE = 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN';

const TAM: Row = [1, 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', 'Vận động làm đường'];
const HOA: Row = [2, 'Lê Thị Hoa', 1975, 'Hội viên phụ nữ', 'Nuôi bò giỏi'];
const DANH: Row = [3, 'Võ Công Danh', 1972, 'Trưởng ấp 3', 'Làm cầu'];
const BAY: Row = [3, 'Trần Văn Bảy', 1980, 'Trưởng ấp 2', 'Dạy nghề'];

const list = (file: string, title: string, period: string, rows: Row[], dateLine: string) =>
  book(file, [['ĐẢNG ỦY XÃ AN BÌNH'], [title], [period], HEADER, ...rows, [], ['', '', '', dateLine]]);

async function checked(second: { file?: string; title: string; period?: string; date: string }, listDate?: string) {
  const file = second.file ?? 'an-binh-2.xlsx';
  const grids = [
    await units(listDate),
    await list('an-binh.xlsx', TITLE, 'Giai đoạn 2021 – 2023', [TAM, HOA, DANH], 'An Bình, ngày 20 tháng 02 năm 2023'),
    await list(file, second.title, second.period ?? 'Giai đoạn 2021 – 2023', [TAM, HOA, BAY], `An Bình, ${second.date}`),
  ];
  const read = readWorkbooks(grids, { profile: defaultProfile(), asOf: AS_OF });
  const report = buildReport(read, AS_OF, grids.length);
  const first = selectEntries(read, report.findings, groupsOf(report), read.profile.ceremonies[0]!);
  const late = report.findings.filter((f) => f.unit === 'Đảng bộ xã An Bình' && (f.code === 'REGISTRATION_LATE' || f.code === 'INVALID_DATE'));
  return {
    late,
    listed2023: first.individuals.map((e) => e.name).sort(),
    whyOff: new Map(first.excluded.map((x) => [x.name, x.reason])),
    phases: read.registrations.filter((r) => r.source.file === file).map((r) => r.phase),
    registered: report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered,
  };
}

const MARKED = [`${TITLE} (SỬA LẠI)`, `${TITLE} (LẦN 2)`, `${TITLE} (THAY THẾ)`];
const LATE: [string, string, boolean][] = [
  ['ngày 10 tháng 03 năm 2023', '10/03/2023', false],
  ['ngày 15 tháng 06 năm 2023', '15/06/2023', true],
  ['ngày 10 tháng 03 năm 2024', '10/03/2024', true],
];

function expectLateCorrection(r: Awaited<ReturnType<typeof checked>>, date: string, file = 'an-binh-2.xlsx') {
  expect(r.late.map((f) => f.code)).toEqual(['REGISTRATION_LATE']);
  const m = r.late[0]?.message ?? '';
  expect(m).toContain(`gửi danh sách thay thế (tệp ${file}, «DS»), lập ngày ${date}, trễ hạn`);
  expect(m).toContain('Danh sách gửi lần đầu ngày 20/02/2023');
  expect(m).toContain('là đúng hạn');
}

describe('a correction dated after the deadline (trial22b #2)', () => {
  describe.each(MARKED)('«%s»', (title) => {
    it.each(LATE)('%s: taken, REGISTRATION_LATE naming it; the newcomer off the 2023 list only after the ceremony', async (date, shown, afterCeremony) => {
      for (const listDate of [undefined, '20/02/2023']) {
        const r = await checked({ title, date }, listDate);
        expectLateCorrection(r, shown);
        expect(r.registered).toBe(3);
        expect(r.whyOff.get('Võ Công Danh')).toContain('an-binh-2.xlsx');
        if (afterCeremony) {
          expect(r.listed2023).toEqual(['Lê Thị Hoa', 'Nguyễn Văn Tâm']);
          expect(r.whyOff.get('Trần Văn Bảy')).toContain(`danh sách thay thế lập ngày ${shown}, sau lễ tuyên dương 2023 (19/05/2023)`);
          expect(r.whyOff.get('Trần Văn Bảy')).toContain('cần kiểm tra lại');
        } else expect(r.listed2023).toEqual(['Lê Thị Hoa', 'Nguyễn Văn Tâm', 'Trần Văn Bảy']);
      }
    });
  });

  it('the same list sent again unmarked, later (10/03/2023), one person replaced: taken and said late', async () => {
    const r = await checked({ title: TITLE, date: 'ngày 10 tháng 03 năm 2023' });
    expectLateCorrection(r, '10/03/2023');
    expect(r.listed2023).toEqual(['Lê Thị Hoa', 'Nguyễn Văn Tâm', 'Trần Văn Bảy']);
  });

  it('a correction marked by its file name alone («An Bình (sửa).xlsx»), 15/06/2023', async () => {
    const r = await checked({ file: 'An Bình (sửa).xlsx', title: TITLE, date: 'ngày 15 tháng 06 năm 2023' }, '20/02/2023');
    expectLateCorrection(r, '15/06/2023', 'An Bình (sửa).xlsx');
    expect(r.listed2023).toEqual(['Lê Thị Hoa', 'Nguyễn Văn Tâm']);
  });

  it.each(MARKED)('near miss «%s» dated 24/02/2023 (before the deadline): replaces silently, with its reason', async (title) => {
    const r = await checked({ title, date: 'ngày 24 tháng 02 năm 2023' }, '20/02/2023');
    expect(r.late).toEqual([]);
    expect(r.listed2023).toEqual(['Lê Thị Hoa', 'Nguyễn Văn Tâm', 'Trần Văn Bảy']);
    expect(r.whyOff.get('Võ Công Danh')).toContain('an-binh-2.xlsx');
  });

  it.each(MARKED)('near miss «%s» dated 15/06/2023 changing nothing (the same list sent again): on time by the first', async (title) => {
    const grids = [
      await units(),
      await list('an-binh.xlsx', TITLE, 'Giai đoạn 2021 – 2023', [TAM, HOA, DANH], 'An Bình, ngày 20 tháng 02 năm 2023'),
      await list('an-binh-2.xlsx', title, 'Giai đoạn 2021 – 2023', [TAM, HOA, DANH], 'An Bình, ngày 15 tháng 06 năm 2023'),
    ];
    const read = readWorkbooks(grids, { profile: defaultProfile(), asOf: AS_OF });
    const report = buildReport(read, AS_OF, grids.length);
    expect(report.findings.filter((f) => f.code === 'REGISTRATION_LATE' || f.code === 'INVALID_DATE')).toEqual([]);
    expect(selectEntries(read, report.findings, groupsOf(report), read.profile.ceremonies[0]!).individuals.map((e) => e.name).sort()).toEqual(['Lê Thị Hoa', 'Nguyễn Văn Tâm', 'Võ Công Danh']);
  });

  it('near miss: «(SỬA LẠI)» dated 2024 under «Giai đoạn 2021 – 2025» is an addition of phase 2', async () => {
    const r = await checked({ title: `${TITLE} (SỬA LẠI)`, period: 'Giai đoạn 2021 – 2025', date: 'ngày 10 tháng 03 năm 2024' }, '20/02/2023');
    expect(r.phases).toEqual([2, 2, 2]);
    expect(r.late).toEqual([]);
    expect(r.registered).toBe(3);
    expect(r.listed2023).toEqual(['Lê Thị Hoa', 'Nguyễn Văn Tâm', 'Võ Công Danh']);
  });
});
