/**
 * A name weighs by how common it is in the data at hand (issue 15): a common name agreeing says little, a rare one
 * much; two spellings each borne by many people are two names, not a typo.
 */
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { normalizeRegistrations } from '../../../src/domain/duplicates/normalize';
import { nameFrequencies, PairScorer } from '../../../src/domain/duplicates/score';
import type { Registration } from '../../../src/domain/records';
import { person, UNITS } from './factory';

const male = { gender: 'male' as const };

/** The outcome of rows i and j scored among all the rows (frequencies are the rows'). */
function among(rows: Registration[], i: number, j: number) {
  const records = normalizeRegistrations(rows, UNITS);
  const scorer = new PairScorer(records, nameFrequencies(records));
  scorer.verdict(i, j);
  return scorer.outcome();
}

/**
 * `n` more bearers of the name, born the same year as the pair (namesakes of other years do not count: trial 14 #8),
 * in the district offices.
 */
const bearers = (name: string, n: number) =>
  Array.from({ length: n }, (_, k) => person(name, 1975, { ...male, unitId: 'UB', position: 'Chuyên viên', workplace: `Phòng ${k} huyện` }));

describe('name frequency', () => {
  const pair = (name: string) => [
    person(name, 1975, { ...male, unitId: 'UB', position: 'Hội viên', workplace: 'Hợp tác xã Phú Thạnh' }),
    person(name, 1975, { ...male, unitId: 'ND', position: 'Nông dân' }),
  ];

  it('takes more points off a name the more rows bear it', () => {
    const off = (n: number) => among([...pair('Khúc Thừa Dụ'), ...bearers('Khúc Thừa Dụ', n)], 0, 1).score;
    expect(off(0)).toBeGreaterThan(off(4));
    expect(off(4)).toBeGreaterThan(off(40));
  });

  it('a rare name and a birth year alone, from two units, are probable at most; a common one not even that', () => {
    expect(among(pair('Khúc Thừa Dụ'), 0, 1).confidence).toBe('probable');
    const common = [...pair('Nguyễn Văn Hùng'), ...bearers('Nguyễn Văn Hùng', 120)];
    expect(among(common, 0, 1).confidence).toBeUndefined();
    expect(among(common, 0, 1).evidence).toEqual([]);
    // Near miss: the same commune placing both, the common name is certain again.
    const placed = [pair('Nguyễn Văn Hùng')[0] as Registration, person('Nguyễn Văn Hùng', 1975, { ...male, unitId: 'X01', workplace: 'Hợp tác xã Phú Thạnh' })];
    expect(among([...placed, ...bearers('Nguyễn Văn Hùng', 120)], 0, 1).confidence).toBe('certain');
  });

  it('shows the discount in the evidence, next to the name', () => {
    const rows = [...pair('Nguyễn Văn Hùng'), ...bearers('Nguyễn Văn Hùng', 20)];
    rows[1] = { ...(rows[1] as Registration), workplace: 'Hợp tác xã Phú Thạnh' };
    const o = among(rows, 0, 1);
    const fields = o.evidence.map((e) => e.field);
    expect(fields.indexOf('nameFrequency')).toBe(fields.indexOf('name') + 1);
    expect(o.evidence.find((e) => e.field === 'nameFrequency')?.points).toBeLessThanOrEqual(-4);
    expect(o.score).toBe(o.evidence.reduce((s, e) => s + e.points, 0));
  });

  it('"Hạnh" / "Hằng" borne by several people each are two names; once each, one may be a typo', () => {
    const at = { gender: 'female' as const, unitId: 'X01', workplace: 'Thôn 2, xã An Bình' };
    const twoRows = [person('Nguyễn Thị Hạnh', 1980, at), person('Nguyễn Thị Hằng', 1980, at)];
    expect(matchRegistrations(twoRows, UNITS).groups[0]?.confidence).toBe('probable');
    const many = (given: string) => Array.from({ length: 4 }, (_, k) => person(`Lê Thị ${given}`, 1940 + 7 * k, { ...at, unitId: 'UB' }));
    const rows = [...twoRows, ...many('Hạnh'), ...many('Hằng')];
    expect(matchRegistrations(rows, UNITS).groups).toEqual([]);
    // Near miss: a typo's spelling is rare even where the name is common ("Hằg").
    const typo = [person('Nguyễn Thị Hằng', 1980, at), person('Nguyễn Thị Hằg', 1980, at), ...many('Hằng')];
    expect(matchRegistrations(typo, UNITS).groups[0]?.confidence).toBe('probable');
  });
});
