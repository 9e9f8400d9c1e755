/**
 * Whole birth dates (trial 10 #7): two rows of the same name and year whose whole dates differ («12/05/1970»,
 * «03/11/1970») are at most "probable", never merged on their own, and the message says the dates differ. The day
 * is read from a real date or text (a serial without a date format is no date). Near misses: the same date, or a year alone on
 * one side, match as before.
 */
import { checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';
import { compare, levelOf, person, verdict } from './factory';

const SAME = { position: 'Hội viên', workplace: 'xã An Bình' };

describe('whole birth dates in matching', () => {
  it('the same year, other days: "probable", the level says so', () => {
    const a = person('Nguyễn Văn Hùng', 1970, { ...SAME, birthDay: 512 });
    const b = person('Nguyễn Văn Hùng', 1970, { ...SAME, birthDay: 1103, unitId: 'ND' });
    expect(levelOf(compare(a, b), 'birthYear')).toBe('otherDay');
    expect(verdict(a, b)).toBe('probable');
  });

  it.each<[string, number | undefined, number | undefined]>([
    ['the same day', 512, 512],
    ['day and month swapped (a machine set to US dates)', 512, 1205],
    ['a year alone on one side', 512, undefined],
    ['years alone on both', undefined, undefined],
  ])('near miss: %s stays "certain"', (_label, d1, d2) => {
    const a = person('Nguyễn Văn Hùng', 1970, { ...SAME, ...(d1 ? { birthDay: d1 } : {}) });
    const b = person('Nguyễn Văn Hùng', 1970, { ...SAME, ...(d2 ? { birthDay: d2 } : {}), unitId: 'ND' });
    expect(verdict(a, b)).toBe('certain');
  });
});

describe('the day of a whole birth date as cells give it', () => {
  const UNITS: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình'], [2, 'Hội Nông dân huyện']];
  const book = (first: Row[number], second: Row[number]) => ({
    fileName: 'tong-hop.xlsx',
    sheets: [
      { name: 'Đơn vị', rows: UNITS },
      {
        name: 'Đăng ký',
        rows: [
          ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Ngày sinh', 'Chức vụ, đơn vị công tác'],
          [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Hùng', first, 'Hội viên, xã An Bình'],
          [2, 'Hội Nông dân huyện', 'Nguyễn Văn Hùng', second, 'Hội viên, xã An Bình'],
        ] as Row[],
      },
    ],
  });

  it.each<[string, Row[number], Row[number]]>([
    ['text dates', '12/05/1970', '03/11/1970'],
    ['real dates', new Date(Date.UTC(1970, 4, 12)), new Date(Date.UTC(1970, 10, 3))],
    // A serial without a date format is no date (trial 16b #7): an unreadable year, in trial16-year-numbers.test.ts.
  ])('%s: the days differ, a probable duplicate saying so, two rows read', async (_label, first, second) => {
    const { read, report } = await checkBooks([book(first, second)]);
    expect(read.registrations.map((r) => [r.birthYear, r.birthDay !== undefined])).toEqual([
      [1970, true],
      [1970, true],
    ]);
    const dup = report.findings.filter((f) => f.code === 'DUPLICATE');
    expect(dup.map((f) => f.confidence)).toEqual(['probable']);
    expect(dup[0]?.message).toContain('ngày sinh ghi khác nhau');
  });

  it.each<[string, Row[number]]>([
    ['text', '01/01/1970'],
    ['a real date', new Date(Date.UTC(1970, 0, 1))],
  ])('near miss: 1 January (%s) stands in for an unknown day: no day, certain', async (_label, first) => {
    const { read, report } = await checkBooks([book(first, '15/06/1970')]);
    expect(read.registrations[0]?.birthDay).toBeUndefined();
    expect(report.findings.filter((f) => f.code === 'DUPLICATE').map((f) => f.confidence)).toEqual(['certain']);
  });

  it('near miss: the same date in two forms is one person, certain', async () => {
    const { report } = await checkBooks([book(new Date(Date.UTC(1970, 4, 12)), '12/5/1970')]);
    expect(report.findings.filter((f) => f.code === 'DUPLICATE').map((f) => f.confidence)).toEqual(['certain']);
    expect(codes(report, 'INVALID_DATE')).toEqual([]);
  });
});
