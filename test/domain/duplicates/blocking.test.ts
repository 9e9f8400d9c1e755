/** Blocking keeps the work linear: a bounded number of candidate pairs per row, and oversized blocks reported. */
import { BLOCKING_RULES, forEachCandidate } from '../../../src/domain/duplicates/blocking';
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { normalizeRegistrations } from '../../../src/domain/duplicates/normalize';
import { generateDistrict } from './generate';
import { person, UNITS } from './factory';

describe('blocking', () => {
  const district = generateDistrict(5000, 11);
  const result = matchRegistrations(district.registrations, district.units);

  it('keeps candidate pairs within 30 per row on a generated district of 5,000 rows', () => {
    expect(result.stats.records).toBe(5000);
    expect(result.stats.candidates).toBeGreaterThan(0);
    expect(result.stats.candidates).toBeLessThanOrEqual(30 * 5000);
  });

  it('still finds every row planted twice with a variant spelling by another unit', () => {
    const group = new Map<number, string>();
    for (const g of result.groups) if (g.confidence === 'certain') for (const m of g.members) group.set(m.index, g.key);
    const missed = district.planted.filter(([i, j]) => group.get(i) === undefined || group.get(i) !== group.get(j));
    expect(district.planted.length).toBeGreaterThan(50);
    expect(missed).toEqual([]);
  });

  it('splits a block over the cap by birth year: namesakes of other years are not paired, and nothing is skipped', () => {
    const rows = Array.from({ length: 12 }, (_, k) => person('Nguyễn Thị Lan', 1960 + k * 3));
    const records = normalizeRegistrations(rows, UNITS);
    const pairs: [number, number][] = [];
    const stats = forEachCandidate(records, (i, j) => pairs.push([i, j]), { maxBlockSize: 10 });
    expect(stats.skippedCount).toBe(0);
    expect(stats.skippedRows).toBe(0);
    expect(pairs).toEqual([]);
  });

  it('says which rows of a block over the cap it could not compare, each pair it did once', () => {
    // Six years, six rows without one: too many to join every year's part (trial 18b #1: said, never silent).
    const rows = [
      ...Array.from({ length: 6 }, (_, k) => person('Nguyễn Thị Lan', 1960 + k * 3)),
      ...Array.from({ length: 6 }, () => person('Nguyễn Thị Lan')),
    ];
    const records = normalizeRegistrations(rows, UNITS);
    const pairs: [number, number][] = [];
    const stats = forEachCandidate(records, (i, j) => pairs.push([i, j]), { maxBlockSize: 10 });
    expect(stats.skippedCount).toBeGreaterThanOrEqual(1);
    expect(stats.skipped[0]).toEqual({ rule: 'name', size: 12, rows: 6, sample: 'Nguyễn Thị Lan' });
    expect(stats.skippedRows).toBe(6);
    // The rows without a year are still compared among themselves, each pair once.
    expect(pairs).toContainEqual([6, 7]);
    expect(new Set(pairs.map((p) => p.join())).size).toBe(pairs.length);
    expect(stats.candidates).toBe(pairs.length);
  });

  it('compares each pair once however many keys it shares', () => {
    const rows = [person('Trần Văn Nam', 1970), person('Trần Văn Nam', 1970), person('Trần Nam', 1970)];
    const records = normalizeRegistrations(rows, UNITS);
    const seen: string[] = [];
    forEachCandidate(records, (i, j) => seen.push(`${i}-${j}`));
    expect(seen.sort()).toEqual(['0-1', '0-2', '1-2']);
    expect(BLOCKING_RULES.map((r) => r.id)).toContain('surname-given-year');
  });
});
