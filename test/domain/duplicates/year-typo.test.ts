import { yearTypo } from '../../../src/domain/duplicates/year-typo';

describe('yearTypo: one digit different or two neighbouring digits swapped', () => {
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
    expect(yearTypo(a, b)).toBe(expected);
    expect(yearTypo(b, a)).toBe(expected);
  });
});
