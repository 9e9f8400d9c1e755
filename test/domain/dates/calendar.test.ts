import fc from 'fast-check';
import {
  CalendarDate,
  compareDates,
  dayNumber,
  formatDate,
  fromDayNumber,
  fromExcelSerial,
  isoDate,
  isValidDate,
  parseIsoDate,
  toExcelSerial,
} from '../../../src/domain/dates/calendar';

/** Days between 1900-01-01 and 1904-01-01: the offset between Excel's two date systems. */
const OFFSET_1904 = 1462;
const ymd = (y: number, m: number, d: number): CalendarDate => ({ y, m, d });

/** A valid date between the years given, built from a day number so every day is equally likely. */
const dateArb = (from: CalendarDate, to: CalendarDate) =>
  fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(fromDayNumber);

describe('isValidDate', () => {
  it('knows month lengths and leap years (every 4th year, not centuries, except every 400th)', () => {
    expect(isValidDate(2023, 1, 31)).toBe(true);
    expect(isValidDate(2023, 4, 31)).toBe(false);
    expect(isValidDate(2023, 4, 30)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2100, 2, 29)).toBe(false);
    expect(isValidDate(2023, 12, 31)).toBe(true);
  });

  it('rejects day or month 0, month 13, fractions and years outside 1000–9999', () => {
    expect(isValidDate(2023, 0, 1)).toBe(false);
    expect(isValidDate(2023, 1, 0)).toBe(false);
    expect(isValidDate(2023, 13, 1)).toBe(false);
    expect(isValidDate(2023, 1.5, 1)).toBe(false);
    expect(isValidDate(2023, 1, NaN)).toBe(false);
    expect(isValidDate(999, 1, 1)).toBe(false);
    expect(isValidDate(10000, 1, 1)).toBe(false);
    expect(isValidDate(23, 2, 20)).toBe(false);
  });

  it('accepts every day from the day-number calendar, and none past the month end', () => {
    fc.assert(
      fc.property(dateArb(ymd(1000, 1, 1), ymd(9999, 12, 31)), ({ y, m, d }) => {
        expect(isValidDate(y, m, d)).toBe(true);
        const next = fromDayNumber(dayNumber({ y, m, d }) + 1);
        if (next.m !== m) expect(isValidDate(y, m, d + 1)).toBe(false);
      }),
    );
  });
});

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber(ymd(1970, 1, 1))).toBe(0);
    expect(dayNumber(ymd(1970, 1, 2))).toBe(1);
    expect(dayNumber(ymd(1969, 12, 31))).toBe(-1);
    expect(dayNumber(ymd(2000, 3, 1)) - dayNumber(ymd(2000, 2, 28))).toBe(2);
    expect(dayNumber(ymd(1900, 3, 1)) - dayNumber(ymd(1900, 2, 28))).toBe(1);
  });

  it('fromDayNumber and dayNumber are inverse', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(ymd(1000, 1, 1)), max: dayNumber(ymd(9999, 12, 31)) }), (n) => {
        const date = fromDayNumber(n);
        expect(isValidDate(date.y, date.m, date.d)).toBe(true);
        expect(dayNumber(date)).toBe(n);
      }),
    );
  });

  it('compareDates orders like day numbers', () => {
    const arb = dateArb(ymd(1900, 1, 1), ymd(2100, 12, 31));
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        expect(Math.sign(compareDates(a, b))).toBe(Math.sign(dayNumber(a) - dayNumber(b)));
        expect(compareDates(a, b) + compareDates(b, a)).toBe(0);
      }),
    );
    expect(compareDates(ymd(2023, 2, 20), ymd(2023, 2, 25))).toBeLessThan(0);
    expect(compareDates(ymd(2023, 2, 20), ymd(2023, 2, 20))).toBe(0);
  });
});

describe('formatting', () => {
  it('writes dd/mm/yyyy and ISO', () => {
    expect(formatDate(ymd(2023, 2, 5))).toBe('05/02/2023');
    expect(isoDate(ymd(2023, 2, 5))).toBe('2023-02-05');
  });

  it('parseIsoDate reads isoDate back, and rejects impossible or malformed dates', () => {
    fc.assert(
      fc.property(dateArb(ymd(1000, 1, 1), ymd(9999, 12, 31)), (date) => {
        expect(parseIsoDate(isoDate(date))).toEqual(date);
      }),
    );
    expect(parseIsoDate(' 2023-2-5 ')).toEqual(ymd(2023, 2, 5));
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2023-13-01')).toBeUndefined();
    expect(parseIsoDate('20/02/2023')).toBeUndefined();
    expect(parseIsoDate('')).toBeUndefined();
  });
});

describe('Excel serial dates', () => {
  it('1900 system: known serials', () => {
    expect(fromExcelSerial(44977, false)).toEqual(ymd(2023, 2, 20));
    expect(fromExcelSerial(1, false)).toEqual(ymd(1900, 1, 1));
    expect(fromExcelSerial(59, false)).toEqual(ymd(1900, 2, 28));
    // 60 is Lotus's 29/02/1900, a day that never was.
    expect(fromExcelSerial(60, false)).toBeUndefined();
    expect(fromExcelSerial(61, false)).toEqual(ymd(1900, 3, 1));
    expect(fromExcelSerial(36526, false)).toEqual(ymd(2000, 1, 1));
    expect(fromExcelSerial(2958465, false)).toEqual(ymd(9999, 12, 31));
  });

  it('1900 system: no date before serial 1', () => {
    expect(fromExcelSerial(0, false)).toBeUndefined();
    expect(fromExcelSerial(-1, false)).toBeUndefined();
  });

  it('1904 system: serial 0 is 01/01/1904, and each serial is the 1900 serial less 1462', () => {
    expect(fromExcelSerial(0, true)).toEqual(ymd(1904, 1, 1));
    expect(fromExcelSerial(43515, true)).toEqual(ymd(2023, 2, 20));
    expect(fromExcelSerial(-1, true)).toBeUndefined();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2958465 - OFFSET_1904 }), (s) => {
        expect(fromExcelSerial(s, true)).toEqual(fromExcelSerial(s + OFFSET_1904, false));
      }),
    );
  });

  it('ignores the time of day', () => {
    expect(fromExcelSerial(44977.75, false)).toEqual(ymd(2023, 2, 20));
    expect(fromExcelSerial(44977.999, false)).toEqual(ymd(2023, 2, 20));
    expect(fromExcelSerial(43515.5, true)).toEqual(ymd(2023, 2, 20));
  });

  it('rejects non-numbers', () => {
    expect(fromExcelSerial(NaN, false)).toBeUndefined();
    expect(fromExcelSerial(Infinity, false)).toBeUndefined();
    expect(fromExcelSerial(NaN, true)).toBeUndefined();
  });

  it('consecutive serials are consecutive days, skipping only serial 60', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958464 }), (s) => {
        fc.pre(s !== 59 && s !== 60);
        const a = fromExcelSerial(s, false);
        const b = fromExcelSerial(s + 1, false);
        expect(a && b && dayNumber(b) - dayNumber(a)).toBe(1);
      }),
    );
    const before = fromExcelSerial(59, false);
    const after = fromExcelSerial(61, false);
    expect(before && after && dayNumber(after) - dayNumber(before)).toBe(1);
  });

  it('toExcelSerial is the inverse of fromExcelSerial (1900 system)', () => {
    expect(toExcelSerial(ymd(2023, 2, 20))).toBe(44977);
    expect(toExcelSerial(ymd(1900, 1, 1))).toBe(1);
    expect(toExcelSerial(ymd(1900, 2, 28))).toBe(59);
    expect(toExcelSerial(ymd(1900, 3, 1))).toBe(61);
    fc.assert(
      fc.property(dateArb(ymd(1900, 1, 1), ymd(9999, 12, 31)), (date) => {
        const serial = toExcelSerial(date);
        expect(serial).not.toBe(60);
        expect(fromExcelSerial(serial, false)).toEqual(date);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        fc.pre(serial !== 60);
        const date = fromExcelSerial(serial, false);
        expect(date && toExcelSerial(date)).toBe(serial);
      }),
      { numRuns: 1000 },
    );
  });
});
