import fc from 'fast-check';
import { yearTypo, yearTypoByText } from '../../../src/domain/duplicates/year-typo';

describe('yearTypo (digits read arithmetically) answers as yearTypoByText (the definition)', () => {
  const cases: [number, number, boolean][] = [
    [1968, 1978, true],
    [1968, 1986, true],
    [1968, 1969, true],
    [1968, 1968, false],
    [1968, 1987, false],
    [1968, 1896, false],
    [1968, 968, false],
    [968, 1968, false],
    [1968, 2068, false],
    [1968, 2069, false],
    [1986, 1968, true],
    [1998, 1989, true],
    [1989, 1899, true],
    [1900, 1090, true],
    [1900, 9100, true],
    [10, 1, false],
    [0, 1, true],
    [0, 10, false],
    [1968.5, 1968, false],
    [-1968, 1968, false],
  ];
  test.each(cases)('%p / %p → %p', (a, b, expected) => {
    expect(yearTypoByText(a, b)).toBe(expected);
    expect(yearTypo(a, b)).toBe(expected);
    expect(yearTypo(b, a)).toBe(expected);
  });

  test('any two years, near or far', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (a, b) => yearTypo(a, b) === yearTypoByText(a, b)),
      { numRuns: 20000 },
    );
  });

  test('every year one digit or one swap away from another', () => {
    for (const a of [1900, 1947, 1968, 1975, 1986, 1999, 2000, 2011]) {
      const s = String(a);
      for (let k = 0; k < s.length; k++) {
        for (let d = 0; d <= 9; d++) {
          const b = Number(s.slice(0, k) + d + s.slice(k + 1));
          expect(yearTypo(a, b)).toBe(yearTypoByText(a, b));
        }
        if (k + 1 < s.length) {
          const b = Number(s.slice(0, k) + s[k + 1] + s[k] + s.slice(k + 2));
          expect(yearTypo(a, b)).toBe(yearTypoByText(a, b));
        }
      }
    }
  });

  test('large, fractional and negative numbers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true })), fc.oneof(fc.integer(), fc.double({ noNaN: true })), (a, b) => yearTypo(a, b) === yearTypoByText(a, b)),
      { numRuns: 5000 },
    );
  });
});
