/** Numbering hashed keys in parts: equal keys equal numbers, in order of first sight, hash collisions apart. */
import { numberKeys } from '../../../src/domain/duplicates/key-table';

/** The numbers a map of the pairs as strings gives. */
function naive(h1: readonly number[], h2: readonly number[]): number[] {
  const seen = new Map<string, number>();
  return h1.map((x, s) => {
    const key = `${x} ${h2[s]}`;
    if (!seen.has(key)) seen.set(key, seen.size);
    return seen.get(key) as number;
  });
}

function numbered(h1: readonly number[], h2: readonly number[]): number[] {
  const ids = new Int32Array(h1.length);
  const n = numberKeys(Int32Array.from(h1), Int32Array.from(h2), h1.length, ids);
  expect(n).toBe(new Set(h1.map((x, s) => `${x} ${h2[s]}`)).size);
  return [...ids];
}

describe('numberKeys', () => {
  it('numbers equal keys alike, in order of first sight, across parts', () => {
    const h1 = [7, -3, 7, 2 ** 31 - 1, -(2 ** 31), -3, 0, 7];
    const h2 = [1, 1, 1, 5, 5, 1, 0, 1];
    expect(numbered(h1, h2)).toEqual([0, 1, 0, 2, 3, 1, 4, 0]);
  });

  it('tells apart keys whose first hashes collide', () => {
    const h1 = [9, 9, 9, 4, 9, 9, 4];
    const h2 = [1, 2, 1, 3, 3, 2, 3];
    expect(numbered(h1, h2)).toEqual(naive(h1, h2));
  });

  it('agrees with a map on many keys', () => {
    let x = 12345;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) | 0);
    const h1 = Array.from({ length: 20000 }, () => (next() & 0xf0000fff) | 0);
    const h2 = h1.map((v) => (v + (next() & 1)) | 0);
    expect(numbered(h1, h2)).toEqual(naive(h1, h2));
  });
});
