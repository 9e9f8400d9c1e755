/**
 * Groups from scored links: a group is a connected component of links, whatever their confidence, so a person
 * copied into three units is one group, not two with different keys. Only a component joined by "certain" links
 * alone is merged ("certain"); one with any "probable" link is reviewed as one "probable" group. A certain link
 * that would put two rows that can never be one exemplar (`keptApart`: a veto, different names) in one merged group
 * is taken as probable instead.
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
  /**
   * The link that explains the group: the weakest of those that join it, strongest first (for a certain group its
   * weakest certain link, whose score is the group's; for a probable one the link that keeps it from certain).
   */
  explain: ScoredPair;
}

/** Union–find over positions, each root knowing its members. */
class Components {
  private readonly parent: Int32Array;
  private readonly members = new Map<number, number[]>();

  constructor(size: number) {
    this.parent = new Int32Array(size).map((_, k) => k);
  }

  find(x: number): number {
    const parent = this.parent;
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[x] !== r) {
      const next = parent[x] as number;
      parent[x] = r;
      x = next;
    }
    return r;
  }

  membersOf(root: number): number[] {
    return this.members.get(root) ?? [root];
  }

  /** Joins the two components; returns the new root. */
  union(ra: number, rb: number): number {
    const [small, large] = this.membersOf(ra).length <= this.membersOf(rb).length ? [ra, rb] : [rb, ra];
    this.parent[small] = large;
    this.members.set(large, [...this.membersOf(large), ...this.membersOf(small)]);
    this.members.delete(small);
    return large;
  }

  roots(): IterableIterator<[number, number[]]> {
    return this.members.entries();
  }
}

const strongestFirst = (a: ScoredPair, b: ScoredPair) => b.outcome.score - a.outcome.score || a.i - b.i || a.j - b.j;

export function buildGroups(
  size: number,
  certain: readonly ScoredPair[],
  probable: readonly ScoredPair[],
  keptApart: (i: number, j: number) => boolean,
): RawGroup[] {
  // Merged groups: certain links, strongest first, each merge's link then the weakest of the group it forms.
  const merged = new Components(size);
  const weakestCertain = new Map<number, ScoredPair>();
  for (const e of [...certain].sort(strongestFirst)) {
    const ra = merged.find(e.i);
    const rb = merged.find(e.j);
    if (ra === rb) continue;
    const xs = merged.membersOf(ra);
    const ys = merged.membersOf(rb);
    // Refused: the link still joins the review group below, which is then probable.
    if (xs.some((x) => ys.some((y) => keptApart(x, y)))) continue;
    const root = merged.union(ra, rb);
    weakestCertain.set(root, e);
    weakestCertain.delete(ra === root ? rb : ra);
  }

  // Review groups: every link, strongest first; a component is certain when it is one merged group.
  const all = new Components(size);
  const weakest = new Map<number, ScoredPair>();
  const links = [...certain, ...probable].sort(strongestFirst);
  for (const e of links) {
    const ra = all.find(e.i);
    const rb = all.find(e.j);
    if (ra === rb) continue;
    const root = all.union(ra, rb);
    weakest.set(root, e);
    weakest.delete(ra === root ? rb : ra);
  }

  const groups: RawGroup[] = [];
  for (const [root, list] of all.roots()) {
    const members = [...list].sort((a, b) => a - b);
    const mergedRoot = merged.find(members[0] as number);
    const whole = members.every((m) => merged.find(m) === mergedRoot);
    const certainLink = whole ? weakestCertain.get(mergedRoot) : undefined;
    if (certainLink) groups.push({ members, confidence: 'certain', explain: certainLink });
    else groups.push({ members, confidence: 'probable', explain: weakest.get(root) as ScoredPair });
  }
  return groups.sort((a, b) => (a.members[0] ?? 0) - (b.members[0] ?? 0));
}
