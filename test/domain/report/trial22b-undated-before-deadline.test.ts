/**
 * Trial 22b #11: before the deadline, a list already received with no date is on time, whatever its day: the per-unit
 * view says «Đúng hạn» and the report's «Đã gửi, chưa rõ ngày … chưa biết có gửi đúng hạn hay không» does not name it.
 * After the deadline that sentence stays. Near misses: an unreadable date or one after the as-of date stays «chưa rõ
 * ngày» (its INVALID_DATE is to be corrected); a unit that sent nothing is «Chưa gửi» before the deadline.
 */
import { unitsView } from '../../../src/domain/report/by-unit';
import { renderText } from '../../../src/domain/report/render-text';
import { buildReport } from '../../../src/domain/report/report';
import type { CalendarDate } from '../../../src/domain/dates';
import { Book, checkBooks, oneSheet } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const FEB_20 = { y: 2023, m: 2, d: 20 };
const DEADLINE_DAY = { y: 2023, m: 2, d: 24 };
const MARCH = { y: 2023, m: 3, d: 1 };

/** The units list: An Bình and Tân Lập, with a «Ngày gửi danh sách» column when `sent` gives An Bình's cell. */
const units = (sent?: unknown): Book =>
  oneSheet(
    'don-vi.xlsx',
    [
      ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', ...(sent !== undefined ? ['Ngày gửi danh sách'] : [])],
      ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã', ...(sent !== undefined ? [sent] : [])],
      ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã', ...(sent !== undefined ? [D(2023, 2, 15)] : [])],
    ] as Row[],
    'Đơn vị',
  );

const list = (file: string, unit: string): Book =>
  oneSheet(file, [
    [`ĐẢNG ỦY XÃ ${unit.toUpperCase()}`],
    ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
    [1, `Nguyễn Văn ${unit}`, 1970, 'Trưởng ấp 1'],
    [2, `Lê Văn ${unit}`, 1971, 'Trưởng ấp 2'],
  ]);

async function anBinh(books: Book[], asOf: CalendarDate) {
  const { read } = await checkBooks(books);
  const report = buildReport(read, asOf, books.length);
  const view = unitsView(read, report, asOf).units.find((u) => u.name === 'Đảng bộ xã An Bình');
  return { timeliness: view?.timeliness, undated: (report.summary.undatedLists ?? []).filter((u) => u.unit === 'Đảng bộ xã An Bình').map((u) => u.why), text: renderText(report) };
}

describe('received with no date, before the deadline: on time', () => {
  it.each([
    ['no date anywhere', undefined, FEB_20],
    ['no date anywhere, on the last day before the deadline', undefined, DEADLINE_DAY],
    ['the units list notes «Đã nộp» without a day', 'Đã nộp', FEB_20],
  ])('%s', async (_, sent, asOf) => {
    const got = await anBinh([units(sent), list('an-binh.xlsx', 'An Bình'), list('tan-lap.xlsx', 'Tân Lập')], asOf);
    expect(got.timeliness).toBe('on-time');
    expect(got.undated).toEqual([]);
    expect(got.text).not.toContain('Đảng bộ xã An Bình (X01): Đã gửi, chưa rõ ngày');
  });
});

describe('near misses', () => {
  it('after the deadline, the same list is still «Đã gửi, chưa rõ ngày»', async () => {
    const got = await anBinh([units(), list('an-binh.xlsx', 'An Bình'), list('tan-lap.xlsx', 'Tân Lập')], MARCH);
    expect(got.timeliness).toBe('unknown');
    expect(got.undated).toEqual(['no-date']);
    expect(got.text).toContain('Đảng bộ xã An Bình (X01): Đã gửi, chưa rõ ngày');
  });

  it('an unreadable date, or one after the as-of date, stays «chưa rõ ngày» before the deadline', async () => {
    for (const [sent, why] of [['31/02/2023', 'invalid'], [D(2023, 7, 1), 'ahead']] as const) {
      const got = await anBinh([units(sent), list('an-binh.xlsx', 'An Bình'), list('tan-lap.xlsx', 'Tân Lập')], FEB_20);
      expect(got.timeliness).toBe('unknown');
      expect(got.undated).toEqual([why]);
    }
  });

  it('a unit that sent nothing is «Chưa gửi» before the deadline', async () => {
    const got = await anBinh([units(), list('tan-lap.xlsx', 'Tân Lập')], FEB_20);
    expect(got.timeliness).toBe('pending');
  });
});
