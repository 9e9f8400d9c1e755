/** Certain pairs merge transitively into one group; probable pairs are reported and never merged. */
import { buildGroups, ScoredPair } from '../../../src/domain/duplicates/groups';
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { normalizeRegistrations } from '../../../src/domain/duplicates/normalize';
import { nameFrequencies, PairScorer } from '../../../src/domain/duplicates/score';
import type { PairOutcome } from '../../../src/domain/duplicates/score';
import { person, UNITS } from './factory';

const female = { gender: 'female' as const };

describe('groups', () => {
  it('merges certain pairs transitively, even where one link alone is only probable', () => {
    const job = { position: 'Bí thư Chi bộ Thôn 1 xã An Bình' };
    const a = person('Trần Thị Thủy', 1979, { ...female, unitId: 'X01' });
    const b = person('Trần Thị Thuỷ', 1979, { ...female, unitId: 'UB', ...job });
    const c = person('Trần Thủy', 1979, { ...female, unitId: 'PN', ...job });
    // Scored among the three rows (how common a name is depends on the rows at hand).
    const records = normalizeRegistrations([a, b, c], UNITS);
    const scorer = new PairScorer(records, nameFrequencies(records));
    const confidence = (i: number, j: number) => (scorer.verdict(i, j), scorer.outcome().confidence);
    expect(confidence(0, 2)).toBe('probable');
    expect(confidence(0, 1)).toBe('certain');
    expect(confidence(1, 2)).toBe('certain');
    const { groups } = matchRegistrations([a, b, c], UNITS);
    expect(groups).toHaveLength(1);
    const [g] = groups;
    expect(g?.confidence).toBe('certain');
    expect(g?.members.map((m) => m.registration)).toEqual([a, b, c]);
    expect(g?.crossBloc).toBe(true);
    // The group's score is its weakest certain link; its evidence sums to it.
    expect(g?.score).toBe(g?.evidence.reduce((s, e) => s + e.points, 0));
  });

  it('reports probably linked rows as one group to review, never merged', () => {
    const rows = [person('Lê Văn Hòa', 1970), person('Lê Văn Hoa', 1970), person('Lê Văn Hóa', 1970)];
    const { groups } = matchRegistrations(rows, UNITS);
    expect(groups.map((g) => [g.confidence, g.members.map((m) => m.index)])).toEqual([['probable', [0, 1, 2]]]);
  });

  it('a probable link between two certain groups makes one group to review, not a merge', () => {
    const rows = [
      person('Nguyễn Văn Hùng', 1975, { gender: 'male' }),
      person('Nguyễn Văn Hùng', 1975, { gender: 'male', unitId: 'UB', position: 'Nông dân xã An Bình' }),
      person('Nguyễn Văn Hưng', 1975, { gender: 'male' }),
      person('Nguyễn Văn Hưng', 1975, { gender: 'male', unitId: 'ND', position: 'Nông dân xã An Bình' }),
    ];
    const { groups } = matchRegistrations(rows, UNITS);
    // Each certain pair stays merged; the two pairs are reviewed together.
    expect(groups.map((g) => [g.confidence, g.members.map((m) => m.index)])).toEqual([
      ['certain', [0, 1]],
      ['probable', [0, 1, 2, 3]],
      ['certain', [2, 3]],
    ]);
    // Its explanation is the link that keeps it from certain.
    expect(groups[1]?.levels.name).toBe('diacriticsGiven');
  });

  it('refuses a merge that would put two rows a veto keeps apart in one group', () => {
    const o = (score: number): PairOutcome => ({ score, evidence: [], vetoes: [], confidence: 'certain' });
    const certain: ScoredPair[] = [
      { i: 0, j: 1, outcome: o(14) },
      { i: 1, j: 2, outcome: o(13) },
      { i: 2, j: 3, outcome: o(12) },
    ];
    const apart = (i: number, j: number) => (i === 0 && j === 3) || (i === 3 && j === 0);
    const groups = buildGroups(4, certain, [], apart);
    // The chain merged as far as it may; row 3, which can never be one exemplar with row 0, is reviewed against it.
    expect(groups.map((g) => [g.confidence, g.members])).toEqual([
      ['certain', [0, 1, 2]],
      ['probable', [0, 1, 2, 3]],
    ]);
    expect(groups[1]?.explain).toBe(certain[2]);
    expect(buildGroups(4, certain, [], () => false).map((g) => [g.confidence, g.members])).toEqual([['certain', [0, 1, 2, 3]]]);
  });

  it('a row certain with two rows kept apart could be either: none of its links merges (trial 17 #1)', () => {
    const o = (score: number): PairOutcome => ({ score, evidence: [], vetoes: [], confidence: 'certain' });
    const certain: ScoredPair[] = [
      { i: 0, j: 1, outcome: o(14) },
      { i: 1, j: 2, outcome: o(13) },
    ];
    const apart = (i: number, j: number) => (i === 0 && j === 2) || (i === 2 && j === 0);
    for (const [keptApart, differ] of [
      [apart, () => false],
      [() => false, apart],
    ] as const) {
      expect(buildGroups(3, certain, [], keptApart, differ).map((g) => [g.confidence, g.members])).toEqual([
        ['probable', [0, 1]],
        ['probable', [1, 2]],
      ]);
    }
    // The user's «Trùng» on a link holds; a fact given differently does not refuse it.
    const firm = (e: ScoredPair) => e === certain[1];
    expect(buildGroups(3, certain, [], () => false, apart, firm).map((g) => [g.confidence, g.members])).toEqual([
      ['probable', [0, 1, 2]],
      ['certain', [1, 2]],
    ]);
  });
});
