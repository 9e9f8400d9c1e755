/**
 * A units list that logs receipts without dates: a tick or "Đã nộp" says the list or the plan came (nothing is
 * missing, no INVALID_DATE), "Nộp trễ" that it came late. Near misses: a real date, "Chưa nộp", a typo of a date.
 */
import { sentStatus } from '../../../src/domain/reading/sent-status';
import { checkBooks, oneSheet, person, PERSON_HEADER, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

describe('sentStatus', () => {
  it.each(['x', 'X', '✓', 'Đã nộp', 'đã gửi', 'Có', 'Đã nhận'])('«%s» says it was sent', (t) => expect(sentStatus(t)).toBe('sent'));
  it.each(['Nộp trễ', 'Trễ hạn', 'Quá hạn', 'Nộp muộn', 'đã gửi trễ'])('«%s» says it came late', (t) => expect(sentStatus(t)).toBe('late'));
  it.each(['Chưa nộp', 'Không', '20/02/2023', '30/02/2023', 'Xã An Bình', 'Ghi chú'])('near miss: «%s» says neither', (t) => expect(sentStatus(t)).toBeUndefined());
});

describe('in the units list', () => {
  const ON_TIME = new Date(Date.UTC(2022, 0, 10));
  const units = (plan: unknown, list: unknown): Row[] => [
    ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Ngày gửi kế hoạch', 'Ngày gửi danh sách'],
    [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã', plan as Row[number], list as Row[number]],
    [2, 'Đảng bộ xã Phú Hữu', 'Đảng bộ xã', ON_TIME, new Date(Date.UTC(2023, 1, 20))],
  ];
  const rows = (unit: string): Row[] => [[unit], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], PERSON_HEADER, person(1, 'Kiều Văn Một'), person(2, 'Kiều Thị Hai', 1971)];
  /** An Bình's deadline findings; Phú Hữu's list is always among the files, An Bình's when `withList`. */
  const run = async (plan: unknown, list: unknown, withList = true) => {
    const files = [unitsBook(units(plan, list)), oneSheet('b.xlsx', rows('ĐẢNG ỦY XÃ PHÚ HỮU')), ...(withList ? [oneSheet('a.xlsx', rows('ĐẢNG ỦY XÃ AN BÌNH'))] : [])];
    const { report } = await checkBooks(files);
    return report.findings
      .filter((f) => f.unit === 'Đảng bộ xã An Bình' && ['INVALID_DATE', 'PLAN_MISSING', 'PLAN_LATE', 'REGISTRATION_MISSING', 'REGISTRATION_LATE'].includes(f.code))
      .map((f) => f.code);
  };

  it.each(['x', 'Đã nộp', '✓'])('«%s»: sent, nothing missing and nothing unreadable', async (mark) => {
    expect(await run(mark, mark)).toEqual([]);
  });

  it('«Nộp trễ»: late, though no date is written', async () => {
    expect((await run('Nộp trễ', 'Nộp trễ')).sort()).toEqual(['PLAN_LATE', 'REGISTRATION_LATE']);
  });

  it('a unit the list ticks as sent, though its rows are not among the files: not missing', async () => {
    expect(await run('x', 'x', false)).toEqual([]);
  });

  it('near miss: «Đã nộp ngày 27/02/2023» gives its date, which is late', async () => {
    expect(await run(ON_TIME, 'Đã nộp ngày 27/02/2023')).toEqual(['REGISTRATION_LATE']);
  });

  it('near miss: «Chưa nộp» after the deadline is missing; a mistyped date is INVALID_DATE', async () => {
    expect(await run('Chưa nộp', new Date(Date.UTC(2023, 1, 20)))).toEqual(['PLAN_MISSING']);
    expect(await run('30/02/2022', new Date(Date.UTC(2023, 1, 20)))).toEqual(['INVALID_DATE']);
  });
});
