/**
 * Trial 22b #4: a plan date after the as-of date («14/01/2024», «18/01/2202», or next week's) is no day the plan was
 * sent: an INVALID_DATE «… sau ngày kiểm tra …, ngày chưa đến … gõ nhầm năm» as for a list date, never PLAN_LATE
 * «trễ hạn 65736 ngày» — whether the units list or the plan document gives it. Near misses: a late date on or before
 * the as-of date is PLAN_LATE as before; an on-time date says nothing; a date before the period is its own INVALID_DATE.
 */
import { analyze } from '../../../src/domain/analysis/analyze';
import type { CalendarDate } from '../../../src/domain/dates';
import { planDeadline } from '../../../src/domain/rules/plan-deadline';
import { AFTER, ctx, date, readResult, unit } from './helpers';

const byUnitsList = (planDate: CalendarDate, asOf: CalendarDate = AFTER) =>
  planDeadline(ctx({ units: [unit('Đảng bộ xã Tân Lập', { planDate })], has: { planDate: true } }, asOf));

const byDocument = (planDate: CalendarDate, asOf: CalendarDate = AFTER, dayBlank = false) => {
  const u = unit('Đảng bộ xã Tân Lập');
  const document = { unitId: u.id, file: 'ke-hoach-tan-lap.docx', date: planDate, ...(dayBlank ? { dayBlank: true as const } : {}) };
  return planDeadline(analyze({ ...readResult({ units: [u] }), planDocuments: [document] }, asOf));
};

describe('a plan date not yet come: INVALID_DATE, not late', () => {
  it.each([
    ['a year typed wrong', date(14, 1, 2024), AFTER, '14/01/2024', '01/03/2023'],
    ['an absurd year', date(18, 1, 2202), AFTER, '18/01/2202', '01/03/2023'],
    ['next week, after the deadline', date(26, 1, 2022), date(20, 1, 2022), '26/01/2022', '20/01/2022'],
    ['next week, before the deadline', date(22, 1, 2022), date(20, 1, 2022), '22/01/2022', '20/01/2022'],
  ])('%s, in the units list or the plan sent', (_, planDate, asOf, shown, asOfShown) => {
    for (const [got, where] of [
      [byUnitsList(planDate, asOf), 'trong danh sách đơn vị'],
      [byDocument(planDate, asOf), 'ngày lấy từ văn bản kế hoạch ke-hoach-tan-lap.docx'],
    ] as const) {
      expect(got.map((f) => f.code)).toEqual(['INVALID_DATE']);
      expect(got[0]?.message).toContain(`ghi là ${shown} (${where}), sau ngày kiểm tra ${asOfShown}`);
      expect(got[0]?.message).toContain('ngày chưa đến');
      expect(got[0]?.message).not.toContain('trễ hạn');
    }
  });
});

describe('near misses', () => {
  it('a late date on or before the as-of date is PLAN_LATE', () => {
    expect(byUnitsList(date(1, 3, 2023)).map((f) => f.code)).toEqual(['PLAN_LATE']);
    expect(byDocument(date(26, 1, 2022)).map((f) => f.code)).toEqual(['PLAN_LATE']);
  });

  it('a plan dated «ngày … tháng 12 năm 2021», checked within that month, is on time', () => {
    expect(byDocument(date(31, 12, 2021), date(20, 12, 2021), true)).toEqual([]);
  });

  it('an on-time date says nothing; one before the period is said as such', () => {
    expect(byUnitsList(date(20, 1, 2022))).toEqual([]);
    const old = byUnitsList(date(18, 1, 2012));
    expect(old.map((f) => f.code)).toEqual(['INVALID_DATE']);
    expect(old[0]?.message).toContain('trước khi giai đoạn');
  });
});
