/** Each veto rules a pair out (not even "probable"), and a pair close to it still matches. */
import { collective, compare, person, verdict } from './factory';

describe('vetoes', () => {
  it('different numbers in collective names: "Thôn 3" ≠ "Thôn 4"', () => {
    const o = compare(collective('Chi bộ Thôn 3'), collective('Chi bộ Thôn 4'));
    expect(o.vetoes).toContain('number');
    expect(o.confidence).toBeUndefined();
    expect(verdict(collective('Chi bộ Thôn 3'), collective('Chi bộ Thôn 4'))).toBeUndefined();
    expect(verdict(collective('Chi bộ Thôn 3'), collective('Chi bộ thôn 03'))).toBe('certain');
  });

  it('different places for otherwise equal collective names', () => {
    const a = collective('Chi bộ thôn 1, xã An Bình', { unitId: 'UB' });
    const b = collective('Chi bộ thôn 1, xã Tân Lập', { unitId: 'UB' });
    const o = compare(a, b);
    expect(o.vetoes).toContain('place');
    expect(verdict(a, b)).toBeUndefined();
    // The commune a commune's party committee implies is the same commune written out.
    expect(verdict(a, collective('Chi bộ Thôn 1', { unitId: 'X01' }))).toBe('certain');
    // Implied on both sides, and different: two villages that share a number.
    expect(compare(collective('Chi bộ Thôn 1', { unitId: 'X01' }), collective('Chi bộ Thôn 1', { unitId: 'X02' })).vetoes).toContain('place');
  });

  it('different organisations: "Hội Nông dân xã An Bình" ≠ "Hội Phụ nữ xã An Bình"', () => {
    const o = compare(collective('Hội Nông dân xã An Bình'), collective('Hội Phụ nữ xã An Bình'));
    expect(o.vetoes).toContain('organisation');
    expect(o.confidence).toBeUndefined();
    expect(verdict(collective('Hội Phụ nữ xã An Bình'), collective('Hội LHPN xã An Bình'))).toBe('certain');
    // The school and its party cell are two exemplars.
    expect(compare(collective('Chi bộ Trường THPT An Phú'), collective('Trường THPT An Phú')).vetoes).toContain('organisation');
  });

  it('leave a vetoed pair of collectives its score: the names still count, or reject it', () => {
    // Vetoed before the names are read; the outcome reads them when asked for.
    const sameName = compare(collective('Chi bộ Thôn 1', { unitId: 'X01' }), collective('Chi bộ Thôn 1', { unitId: 'X02' }));
    expect(sameName).toEqual({ score: 3, evidence: [], vetoes: ['place'], confidence: undefined });
    expect(compare(collective('Hội Nông dân xã An Bình'), collective('Hội Phụ nữ xã An Bình'))).toEqual({
      score: 0,
      evidence: [],
      vetoes: ['organisation'],
    });
  });

  it('birth years more than one apart, unless position and workplace agree', () => {
    const o = compare(person('Lê Văn Hoà', 1968), person('Lê Văn Hoà', 1975));
    expect(o.vetoes).toEqual(['birthYear']);
    expect(verdict(person('Lê Văn Hoà', 1968), person('Lê Văn Hoà', 1975))).toBeUndefined();
    // One year apart is a near miss, not a veto.
    expect(verdict(person('Lê Văn Hoà', 1968), person('Lê Văn Hoà', 1969))).toBe('probable');
    // Strong evidence lifts the veto where a typo explains the year (a digit mistyped, two swapped): the same
    // specific workplace. Still never "certain".
    const job = { position: 'Trưởng thôn Tân Phú', workplace: 'UBND xã Tân Lập' };
    for (const typo of [1978, 1986, 1958, 1966]) {
      const lifted = compare(person('Lê Văn Hoà', 1968, job), person('Lê Văn Hoà', typo, job));
      expect([typo, lifted.vetoes, lifted.confidence]).toEqual([typo, [], 'probable']);
    }
    // Years no typo explains are two people, whatever else agrees.
    expect(compare(person('Lê Văn Hoà', 1968, job), person('Lê Văn Hoà', 1975, job)).vetoes).toEqual(['birthYear']);
  });

  it('a gender conflict, unless position and workplace agree', () => {
    const a = person('Nguyễn Thanh Tâm', 1980, { gender: 'male' });
    const b = person('Nguyễn Thanh Tâm', 1980, { gender: 'female' });
    expect(compare(a, b).vetoes).toEqual(['gender']);
    expect(verdict(a, b)).toBeUndefined();
    const job = { position: 'Giáo viên Trường THCS An Bình' };
    expect(verdict({ ...a, ...job }, { ...b, ...job })).toBeDefined();
    expect(verdict(a, person('Nguyễn Thanh Tâm', 1980, { gender: 'male' }))).toBe('certain');
  });
});
