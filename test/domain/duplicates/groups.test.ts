/** Certain pairs merge transitively into one group; probable pairs are reported and never merged. */
import { buildGroups, ScoredPair } from '../../../src/domain/duplicates/groups';
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import type { PairOutcome } from '../../../src/domain/duplicates/score';
import { compare, person, UNITS } from './factory';

const female = { gender: 'female' as const };

describe('groups', () => {
  it('merges certain pairs transitively, even where one link alone is only probable', () => {
    const job = { position: 'Bí thư Chi bộ Thôn 1 xã An Bình' };
    const a = person('Trần Thị Thủy', 1979, { ...female, unitId: 'X01' });
    const b = person('Trần Thị Thuỷ', 1979, { ...female, unitId: 'UB', ...job });
    const c = person('Trần Thủy', 1979, { ...female, unitId: 'PN', ...job });
    expect(compare(a, c).confidence).toBe('probable');
    expect(compare(a, b).confidence).toBe('certain');
    expect(compare(b, c).confidence).toBe('certain');
    const { groups } = matchRegistrations([a, b, c], UNITS);
    expect(groups).toHaveLength(1);
    const [g] = groups;
    expect(g?.confidence).toBe('certain');
    expect(g?.members.map((m) => m.registration)).toEqual([a, b, c]);
    expect(g?.crossBloc).toBe(true);
    // The group's score is its weakest certain link; its evidence sums to it.
    expect(g?.score).toBe(g?.evidence.reduce((s, e) => s + e.points, 0));
  });

  it('reports probable pairs one by one and never merges them', () => {
    const rows = [person('Lê Văn Hòa', 1970), person('Lê Văn Hoa', 1970), person('Lê Văn Hóa', 1970)];
    const { groups } = matchRegistrations(rows, UNITS);
    expect(groups.length).toBe(3);
    for (const g of groups) {
      expect(g.confidence).toBe('probable');
      expect(g.members).toHaveLength(2);
    }
  });

  it('a probable pair between two certain groups is one finding, not a merge', () => {
    const rows = [
      person('Nguyễn Văn Hùng', 1975, { gender: 'male' }),
      person('Nguyễn Văn Hùng', 1975, { gender: 'male', unitId: 'UB', position: 'Nông dân xã An Bình' }),
      person('Nguyễn Văn Hưng', 1975, { gender: 'male' }),
      person('Nguyễn Văn Hưng', 1975, { gender: 'male', unitId: 'ND', position: 'Nông dân xã An Bình' }),
    ];
    const { groups } = matchRegistrations(rows, UNITS);
    const certain = groups.filter((g) => g.confidence === 'certain');
    const probable = groups.filter((g) => g.confidence === 'probable');
    expect(certain.map((g) => g.members.map((m) => m.index))).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(probable).toHaveLength(1);
    expect(probable[0]?.members).toHaveLength(2);
  });

  it('refuses a merge that would put two rows a veto keeps apart in one group', () => {
    const o = (score: number): PairOutcome => ({ score, evidence: [], vetoes: [], confidence: 'certain' });
    const certain: ScoredPair[] = [
      { i: 0, j: 1, outcome: o(14) },
      { i: 1, j: 2, outcome: o(13) },
    ];
    const vetoed = new Map([
      [0, [2]],
      [2, [0]],
    ]);
    const groups = buildGroups(3, certain, [], vetoed);
    expect(groups.map((g) => [g.confidence, g.members])).toEqual([
      ['certain', [0, 1]],
      ['probable', [1, 2]],
    ]);
  });
});
