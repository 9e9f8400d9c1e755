/**
 * Trial 17b #11: a list date later than the as-of date cannot be the day the list was sent (a year or month typed
 * wrong, a planned date): it is an INVALID_DATE «… sau ngày kiểm tra …», never REGISTRATION_LATE — from the units
 * list, a unit's date line, or its rows' registration dates. Near misses: a date after the deadline and on or before
 * the as-of date is late as before; an on-time date before the as-of date says nothing.
 */
import type { CalendarDate } from '../../../src/domain/dates';
import { unitsView } from '../../../src/domain/report/by-unit';
import { buildReport } from '../../../src/domain/report/report';
import { Book, checkBooks, oneSheet } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const units = (listDate?: Date): Book =>
  oneSheet(
    'don-vi.xlsx',
    [
      ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', ...(listDate ? ['Ngày gửi danh sách'] : [])],
      ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã', ...(listDate ? [listDate] : [])],
      ['DT', 'Huyện đoàn', 'Đoàn thể huyện'],
    ],
    'Đơn vị',
  );

const HEAD: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'];
const list = (line?: string, rowDate?: Date): Book =>
  oneSheet('an-binh.xlsx', [
    ['ĐẢNG ỦY XÃ AN BÌNH'],
    ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    rowDate ? [...HEAD, 'Ngày đăng ký'] : HEAD,
    [1, 'Nguyễn Văn An', 1970, 'Trưởng ấp 1', ...(rowDate ? [rowDate] : [])],
    [2, 'Lê Văn Bình', 1971, 'Trưởng ấp 2', ...(rowDate ? [rowDate] : [])],
    [],
    ...(line ? [['', '', '', line] as Row] : []),
  ]);

async function r4(books: Book[], asOf: CalendarDate) {
  const { read } = await checkBooks(books);
  return buildReport(read, asOf, 1).findings.filter((f) => f.unit === 'Đảng bộ xã An Bình' && f.code !== 'QUOTA_SHORT');
}

const FEB_20 = { y: 2023, m: 2, d: 20 };

describe('a list date after the as-of date: INVALID_DATE, not late', () => {
  it.each([
    ['on the deadline day', D(2023, 2, 25), '25/02/2023'],
    ['after the deadline', D(2023, 3, 5), '05/03/2023'],
    ['before the deadline', D(2023, 2, 22), '22/02/2023'],
  ])('units list, %s, five days before it', async (_, date, shown) => {
    const got = await r4([units(date), list()], FEB_20);
    expect(got.map((f) => [f.code, f.file, f.row])).toEqual([['INVALID_DATE', 'don-vi.xlsx', 2]]);
    expect(got[0]?.message).toContain(`ghi là ${shown} (trong danh sách đơn vị), sau ngày kiểm tra 20/02/2023`);
    expect(got[0]?.message).not.toContain('trễ hạn');
  });

  it('a year typed wrong (24/02/2024 checked on 25/02/2023) is not «trễ hạn 364 ngày»', async () => {
    const got = await r4([units(D(2024, 2, 24)), list()], { y: 2023, m: 2, d: 25 });
    expect(got.map((f) => f.code)).toEqual(['INVALID_DATE']);
    expect(got[0]?.message).toContain('24/02/2024');
    expect(got[0]?.message).toContain('gõ nhầm năm hoặc tháng');
  });

  it('a unit’s date line after the as-of date', async () => {
    const got = await r4([units(), list('An Bình, ngày 05 tháng 03 năm 2023')], FEB_20);
    expect(got.map((f) => [f.code, f.file, f.sheet])).toEqual([['INVALID_DATE', 'an-binh.xlsx', 'DS']]);
    expect(got[0]?.message).toContain('dòng ngày tháng của tệp an-binh.xlsx');
  });

  it('a month alone wholly after the as-of date', async () => {
    const got = await r4([units(), list('An Bình, tháng 3 năm 2023')], FEB_20);
    expect(got.map((f) => f.code)).toEqual(['INVALID_DATE']);
    expect(got[0]?.message).toContain('tháng 03/2023');
  });

  it('rows dated after the as-of date', async () => {
    const got = await r4([units(), list(undefined, D(2023, 3, 5))], FEB_20);
    expect(got.map((f) => f.code)).toEqual(['INVALID_DATE']);
    expect(got[0]?.message).toContain('ngày đăng ký muộn nhất');
  });
});

describe('near misses: as before', () => {
  it('after the deadline and before the as-of date: late', async () => {
    const got = await r4([units(D(2023, 3, 5)), list()], { y: 2023, m: 3, d: 10 });
    expect(got.map((f) => f.code)).toEqual(['REGISTRATION_LATE']);
    expect(got[0]?.message).toContain('trễ hạn 8 ngày');
  });

  it('on the as-of date itself, after the deadline: late', async () => {
    const got = await r4([units(), list('An Bình, ngày 05 tháng 03 năm 2023')], { y: 2023, m: 3, d: 5 });
    expect(got.map((f) => f.code)).toEqual(['REGISTRATION_LATE']);
  });

  it('on time and before the as-of date: nothing', async () => {
    expect(await r4([units(D(2023, 2, 15)), list()], FEB_20)).toEqual([]);
  });

  it('a month alone holding the as-of date, wholly on time: nothing', async () => {
    expect(await r4([units(), list('An Bình, tháng 01 năm 2023')], { y: 2023, m: 1, d: 10 })).toEqual([]);
  });
});

describe('the per-unit view agrees (the browser pane, the add-in, the phiếu)', () => {
  it.each([
    ['a units-list date after the as-of date: sent, its day unknown', D(2023, 3, 5), FEB_20, 'unknown'],
    ['after the deadline, before the as-of date: late', D(2023, 3, 5), { y: 2023, m: 3, d: 10 }, 'late'],
  ] as const)('%s', async (_, date, asOf, timeliness) => {
    const { read } = await checkBooks([units(date), list()]);
    const view = unitsView(read, buildReport(read, asOf, 1), asOf);
    expect(view.units.find((u) => u.name === 'Đảng bộ xã An Bình')?.timeliness).toBe(timeliness);
  });
});
