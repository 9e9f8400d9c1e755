import fc from 'fast-check';
import { dayNumber, formatDate, fromDayNumber } from '../../../src/domain/dates/calendar';
import { parseDateText, parseYearText, plausibleYear } from '../../../src/domain/dates/parse-date';

const FEB_20 = { ok: true, date: { y: 2023, m: 2, d: 20 } };
const dateArb = fc.integer({ min: dayNumber({ y: 1000, m: 1, d: 1 }), max: dayNumber({ y: 9999, m: 12, d: 31 }) }).map(fromDayNumber);

describe('parseDateText', () => {
  it.each([
    '20/02/2023',
    '20-2-2023',
    '20.02.2023',
    '20/2/2023',
    ' 20 / 02 / 2023 ',
    '20/02/23',
    'ngày 20 tháng 02 năm 2023',
    'Ngày 20 tháng 2 năm 2023',
    'NGÀY 20 THÁNG 02 NĂM 2023',
    'Ngày 20 tháng 2 năm 2023'.normalize('NFD'),
    'ngay 20 thang 2 nam 2023',
    '20 tháng 02 năm 2023',
    'ngày 20/02/2023',
    'Ngày: 20/02/2023',
    '2023-02-20',
    '2023-02-20T08:30:00Z',
    '20/02/2023 08:30',
    '20/02/2023 8h30',
    // The month in words, as a date line writes it (trial19: a units list's cell said INVALID_DATE).
    'ngày 20 tháng Hai năm 2023',
    '20 tháng hai năm 2023',
    'NGÀY 20 THÁNG HAI NĂM 2023',
  ])('reads %j as 20/02/2023, day first', (text) => {
    expect(parseDateText(text)).toEqual(FEB_20);
  });

  it('reads day first even when the day could be a month', () => {
    expect(parseDateText('03/04/2023')).toEqual({ ok: true, date: { y: 2023, m: 4, d: 3 } });
    // Month 20 does not exist: reported, never swapped.
    expect(parseDateText('02/20/2023')).toEqual({ ok: false, reason: 'impossible' });
  });

  it.each(['31/02/2023', '29/02/2023', '13/13/2023', '00/01/2023', '31/04/2023', '29/02/1900', 'ngày 30 tháng 2 năm 2024', '2023-02-30'])(
    'reports %j as impossible',
    (text) => {
      expect(parseDateText(text)).toEqual({ ok: false, reason: 'impossible' });
    },
  );

  it.each([
    ['ngày 1 tháng Giêng năm 2023', 1],
    ['ngày 1 tháng Một năm 2023', 1],
    ['ngày 1 tháng Tư năm 2023', 4],
    ['ngày 1 tháng Bốn năm 2023', 4],
    ['ngày 1 tháng Năm năm 2023', 5],
    ['ngày 1 tháng Mười năm 2023', 10],
    ['ngày 1 tháng Mười Một năm 2023', 11],
    ['ngày 1 tháng Mười Hai năm 2023', 12],
    ['ngày 1 tháng Chạp năm 2023', 12],
    // In Roman numerals, as some date lines write the month.
    ['ngày 1 tháng II năm 2023', 2],
    ['1 tháng IV năm 2023', 4],
    ['ngày 1 tháng VIII năm 2023', 8],
    ['ngày 1 tháng XII năm 2023', 12],
  ])('reads the month of %j in words', (text, m) => {
    expect(parseDateText(text)).toEqual({ ok: true, date: { y: 2023, m, d: 1 } });
  });

  it.each(['ngày 30 tháng Hai năm 2023', 'ngày 31 tháng Tư năm 2023'])('reports %j, past its month\'s end, as impossible', (text) => {
    expect(parseDateText(text)).toEqual({ ok: false, reason: 'impossible' });
  });

  it.each(['ngày 20 tháng Hay năm 2023', 'ngày 20 tháng Mười Ba năm 2023', 'ngày 20 tháng Hai', 'ngày 20 tháng XIII năm 2023', 'ngày 20 tháng IIV năm 2023'])('reports %j as unreadable (no month, or no year)', (text) => {
    expect(parseDateText(text)).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('accepts 29/02 in leap years', () => {
    expect(parseDateText('29/02/2024')).toEqual({ ok: true, date: { y: 2024, m: 2, d: 29 } });
    expect(parseDateText('29/02/2000')).toEqual({ ok: true, date: { y: 2000, m: 2, d: 29 } });
  });

  it('reports a bare year as year-only', () => {
    expect(parseDateText('2023')).toEqual({ ok: false, reason: 'year-only' });
    expect(parseDateText(' 1975 ')).toEqual({ ok: false, reason: 'year-only' });
  });

  it.each(['abc', '20/02', '', '   ', '20/02/2023/1', '2023/02/20', '20 02 2023', '…, ngày … tháng … năm …', '#N/A'])(
    'reports %j as unreadable',
    (text) => {
      expect(parseDateText(text)).toEqual({ ok: false, reason: 'unreadable' });
    },
  );

  it('reads back every date written dd/mm/yyyy, d-m-yyyy, dd.mm.yyyy or in words', () => {
    fc.assert(
      fc.property(dateArb, ({ y, m, d }) => {
        const expected = { ok: true, date: { y, m, d } };
        expect(parseDateText(formatDate({ y, m, d }))).toEqual(expected);
        expect(parseDateText(`${d}-${m}-${y}`)).toEqual(expected);
        expect(parseDateText(`${d}.${String(m).padStart(2, '0')}.${y}`)).toEqual(expected);
        expect(parseDateText(`ngày ${d} tháng ${m} năm ${y}`)).toEqual(expected);
      }),
    );
  });

  it('never accepts a day past the end of its month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const monthLength = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
        const r = parseDateText(`${d}/${m}/${y}`);
        if (d <= monthLength) expect(r).toEqual({ ok: true, date: { y, m, d } });
        else expect(r).toEqual({ ok: false, reason: 'impossible' });
      }),
    );
  });
});

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

describe('parseYearText', () => {
  it.each([
    ['1975', 1975],
    ['SN 1975', 1975],
    ['sn1975', 1975],
    ['SN: 1975', 1975],
    ['Năm sinh 1975', 1975],
    ['12/05/1975', 1975],
    ['12-5-1975', 1975],
    ['ngày 12 tháng 5 năm 1975', 1975],
    [' 1975 ', 1975],
    ['năm 1985', 1985],
    ['Năm: 1985', 1985],
    ['sinh năm 1985', 1985],
    ['NS 1985', 1985],
    ["'1994", 1994],
    ['’1994', 1994],
    ['1985.', 1985],
    ['1997 (Nam)', 1997],
    ['1997 (nữ)', 1997],
    ['05/1992', 1992],
    ['5-1992', 1992],
    ['tháng 5/1992', 1992],
    ['T5/1992', 1992],
    // A posthumous exemplar's years of life: born in the first.
    ['1948-2024', 1948],
    ['1948 – 2024', 1948],
  ])('reads %j as %d', (text, year) => {
    expect(parseYearText(text)).toBe(year);
  });

  it.each(['19a5', '', 'abc', '31/02/1975', '1850', '12/05/1850', '3000', '13/1992', '00/1992', '1975 - 1980', '2024-1948', '2021-2023', '1975, 1980', 'năm 75', '1992/05', '(1997)x'])('finds no birth year in %j', (text) => {
    expect(parseYearText(text)).toBeUndefined();
  });

  it('reads a two-digit year past 30 as the 1900s (20yy would be after 2030), and guesses no other', () => {
    // parseDateText reads "/75" as 2075 (list dates are this century); a birth year cannot be after the period.
    expect(parseYearText('12/05/75')).toBe(1975);
    expect(parseYearText('19/5/80')).toBe(1980);
    expect(parseYearText('80')).toBe(1980);
    expect(parseYearText('12/05/05')).toBeUndefined();
    expect(parseYearText('25')).toBeUndefined();
    expect(parseYearText('31/02/75')).toBeUndefined();
  });

  it('gives the year of every plausible date, and nothing outside 1900–2100', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const expected = date.y >= 1900 && date.y <= 2100 ? date.y : undefined;
        expect(parseYearText(formatDate(date))).toBe(expected);
        expect(parseYearText(String(date.y))).toBe(expected);
      }),
    );
  });
});

describe('plausibleYear', () => {
  it('accepts whole years 1900–2100 only', () => {
    expect(plausibleYear(1900)).toBe(1900);
    expect(plausibleYear(2100)).toBe(2100);
    expect(plausibleYear(1899)).toBeUndefined();
    expect(plausibleYear(2101)).toBeUndefined();
    expect(plausibleYear(1975.5)).toBeUndefined();
  });
});
