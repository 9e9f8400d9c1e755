/**
 * Groups from scored pairs: "certain" pairs are merged transitively (union–find); "probable" pairs are reported
 * as they are, never merged. A merge that would put two records a veto keeps apart in one group is refused and
 * the pair is reported as "probable" instead.
 */
import type { PairOutcome } from './score';

export interface ScoredPair {
  i: number;
  j: number;
  outcome: PairOutcome;
}

export interface RawGroup {
  /** Positions of the members, ascending. */
  members: number[];
  confidence: 'certain' | 'probable';
  /** The pair that explains the group: for a certain group its weakest link, whose score is the group's. */
  explain: ScoredPair;
}

export function buildGroups(
  size: number,
  certain: readonly ScoredPair[],
  probable: readonly ScoredPair[],
  vetoed: ReadonlyMap<number, readonly number[]>,
): RawGroup[] {
  const parent = new Int32Array(size).map((_, k) => k);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[x] !== r) {
      const next = parent[x] as number;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const members = new Map<number, number[]>();
  const weakest = new Map<number, ScoredPair>();
  const membersOf = (root: number) => members.get(root) ?? [root];
  const demoted: ScoredPair[] = [];

  // Strongest first: each merge's edge is then the weakest link of the component it forms.
  for (const e of [...certain].sort((a, b) => b.outcome.score - a.outcome.score)) {
    const ra = find(e.i);
    const rb = find(e.j);
    if (ra === rb) continue;
    const [small, large] = membersOf(ra).length <= membersOf(rb).length ? [ra, rb] : [rb, ra];
    const conflict = membersOf(small).some((x) => vetoed.get(x)?.some((v) => find(v) === large));
    if (conflict) {
      demoted.push(e);
      continue;
    }
    parent[small] = large;
    members.set(large, [...membersOf(large), ...membersOf(small)]);
    members.delete(small);
    weakest.set(large, e);
    weakest.delete(small);
  }

  const groups: RawGroup[] = [];
  for (const [root, list] of members) {
    const explain = weakest.get(root);
    if (explain) groups.push({ members: [...list].sort((a, b) => a - b), confidence: 'certain', explain });
  }

  // One probable finding per pair of components, the best-scoring pair between them.
  const best = new Map<string, ScoredPair>();
  for (const e of [...probable, ...demoted]) {
    const ra = find(e.i);
    const rb = find(e.j);
    if (ra === rb) continue;
    const key = ra < rb ? `${ra} ${rb}` : `${rb} ${ra}`;
    const seen = best.get(key);
    if (!seen || e.outcome.score > seen.outcome.score) best.set(key, e);
  }
  for (const e of best.values()) {
    groups.push({ members: [Math.min(e.i, e.j), Math.max(e.i, e.j)], confidence: 'probable', explain: e });
  }
  return groups.sort((a, b) => (a.members[0] ?? 0) - (b.members[0] ?? 0) || (a.confidence === 'certain' ? -1 : 1));
}
