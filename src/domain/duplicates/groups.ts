/**
 * Groups from scored links. Certain links, strongest first, join rows into merged groups ("certain": one exemplar),
 * refusing a merge that would put two rows that can never be one exemplar (`keptApart`: a veto, different names)
 * together, or two rows that give a fact differently (`differ`: two communes, villages, given names) unless the user
 * said so. A row certain with two such rows could be either: its links are only probable (`bridges`). A merged group stays one exemplar whatever probable link reaches it: a near row is reviewed in a
 * "probable" group with the whole merged group (an identical pair is never printed twice because a third row is
 * near). Probable groups never chain different people: each is a set of exemplars every two of which are linked
 * (1967 ~ 1987 by a digit and 1987 ~ 1988 by a year are two groups, not one), so a row may be in several. When every
 * two exemplars of a connected set are linked, the set is one group, as it always was (its key unchanged).
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
   * weakest certain link, whose score is the group's; for a probable one the weakest link between its exemplars,
   * which keeps it from certain).
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
  certainLinks: readonly ScoredPair[],
  probableLinks: readonly ScoredPair[],
  keptApart: (i: number, j: number) => boolean,
  differ: (i: number, j: number) => boolean = () => false,
  firm: (e: ScoredPair) => boolean = () => false,
): RawGroup[] {
  // Rows the user said are one (their «Trùng» on a link) are not told apart by a fact they give differently.
  const said = new Set(certainLinks.filter(firm).map((e) => pairOf(e.i, e.j)));
  const unlike = (x: number, y: number) => keptApart(x, y) || (differ(x, y) && !said.has(pairOf(x, y)));
  const doubtful = bridges(certainLinks, unlike, firm);
  const certain = doubtful.size ? certainLinks.filter((e) => !doubtful.has(e)) : certainLinks;
  const probable = doubtful.size ? [...probableLinks, ...doubtful] : probableLinks;
  // Merged groups: certain links, strongest first, each merge's link then the weakest of the group it forms.
  const merged = new Components(size);
  const weakestCertain = new Map<number, ScoredPair>();
  for (const e of [...certain].sort(strongestFirst)) {
    const ra = merged.find(e.i);
    const rb = merged.find(e.j);
    if (ra === rb) continue;
    const xs = merged.membersOf(ra);
    const ys = merged.membersOf(rb);
    // Refused: the link still joins the two in a probable group below. The user's «Trùng» joins rows that differ.
    const apart = firm(e) ? keptApart : unlike;
    if (xs.some((x) => ys.some((y) => apart(x, y)))) continue;
    const root = merged.union(ra, rb);
    weakestCertain.set(root, e);
    weakestCertain.delete(ra === root ? rb : ra);
  }
  const groups: RawGroup[] = [];
  for (const [root, list] of merged.roots()) {
    groups.push({ members: [...list].sort(ascending), confidence: 'certain', explain: weakestCertain.get(root) as ScoredPair });
  }

  // The review graph: exemplars (a merged group's root, or a row alone) joined by the links between two of them.
  const exemplarOf = (row: number) => merged.find(row);
  const adjacent = new Map<number, Set<number>>();
  const sets = new Components(size);
  const between: ScoredPair[] = [];
  for (const e of [...certain, ...probable]) {
    const a = exemplarOf(e.i);
    const b = exemplarOf(e.j);
    if (a === b) continue;
    between.push(e);
    neighbours(adjacent, a).add(b);
    neighbours(adjacent, b).add(a);
    const ra = sets.find(a);
    const rb = sets.find(b);
    if (ra !== rb) sets.union(ra, rb);
  }
  const linksOf = new Map<number, ScoredPair[]>();
  for (const e of between.sort(strongestFirst)) {
    const root = sets.find(exemplarOf(e.i));
    const list = linksOf.get(root);
    if (list) list.push(e);
    else linksOf.set(root, [e]);
  }
  for (const [root, nodes] of sets.roots()) {
    const links = linksOf.get(root) ?? [];
    for (const clique of cliquesOf(nodes, adjacent, links, exemplarOf)) {
      const members = clique.flatMap((n) => merged.membersOf(n)).sort(ascending);
      groups.push({ members, confidence: 'probable', explain: explainOf(clique, links, exemplarOf) });
    }
  }
  return groups.sort(
    (a, b) =>
      (a.members[0] ?? 0) - (b.members[0] ?? 0) ||
      (a.confidence === b.confidence ? 0 : a.confidence === 'certain' ? -1 : 1) ||
      a.members.length - b.members.length ||
      lexicographic(a.members, b.members),
  );
}

const ascending = (a: number, b: number) => a - b;
const pairOf = (a: number, b: number) => (a < b ? `${a},${b}` : `${b},${a}`);

/**
 * The certain links of a row that is certain with two rows kept apart (a district body's row giving no commune,
 * certain with a man of one commune and a namesake of another): the row could be either, so none of its links
 * merges; they are reviewed as probable. A link the user marked «Trùng» (`firm`) stays. Only rows with two certain
 * links or more are looked at: few.
 */
function bridges(certain: readonly ScoredPair[], keptApart: (i: number, j: number) => boolean, firm: (e: ScoredPair) => boolean): Set<ScoredPair> {
  const out = new Set<ScoredPair>();
  const byRow = new Map<number, ScoredPair[]>();
  for (const e of certain) {
    for (const row of [e.i, e.j]) {
      const list = byRow.get(row);
      if (list) list.push(e);
      else byRow.set(row, [e]);
    }
  }
  const other = (e: ScoredPair, row: number) => (e.i === row ? e.j : e.i);
  for (const [row, links] of byRow) {
    for (let a = 0; a < links.length; a++) {
      for (let b = a + 1; b < links.length; b++) {
        const x = links[a] as ScoredPair;
        const y = links[b] as ScoredPair;
        if (!keptApart(other(x, row), other(y, row))) continue;
        if (!firm(x)) out.add(x);
        if (!firm(y)) out.add(y);
      }
    }
  }
  return out;
}

function lexicographic(a: readonly number[], b: readonly number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return (a[k] as number) - (b[k] as number);
  return a.length - b.length;
}

function neighbours(adjacent: Map<number, Set<number>>, node: number): Set<number> {
  let set = adjacent.get(node);
  if (!set) adjacent.set(node, (set = new Set()));
  return set;
}

/** Steps of the clique search per connected set of exemplars before a greedy cover is settled for. */
const CLIQUE_STEPS = 20_000;

/**
 * The probable groups of a connected set of exemplars: the set itself when every two are linked (most sets), else
 * its maximal cliques (every link in one at least), found by Bron–Kerbosch; a set too tangled for that within
 * `CLIQUE_STEPS` is covered greedily, strongest link first.
 */
function cliquesOf(nodes: readonly number[], adjacent: ReadonlyMap<number, Set<number>>, links: readonly ScoredPair[], exemplarOf: (row: number) => number): number[][] {
  const sorted = [...nodes].sort(ascending);
  let ends = 0;
  for (const n of sorted) ends += adjacent.get(n)?.size ?? 0;
  if (ends === sorted.length * (sorted.length - 1)) return [sorted];
  return maximalCliques(sorted, adjacent) ?? greedyCliques(sorted, adjacent, links, exemplarOf);
}

function maximalCliques(nodes: readonly number[], adjacent: ReadonlyMap<number, Set<number>>): number[][] | undefined {
  const out: number[][] = [];
  let steps = 0;
  const near = (n: number) => adjacent.get(n) as Set<number>;
  const expand = (r: number[], p: number[], x: number[]): boolean => {
    if (++steps > CLIQUE_STEPS) return false;
    if (!p.length) {
      if (!x.length) out.push([...r].sort(ascending));
      return true;
    }
    // Pivot: the node with most neighbours among the candidates; only its non-neighbours are branched on.
    let pivot = p[0] as number;
    let most = -1;
    for (const u of [...p, ...x]) {
      const nu = near(u);
      let count = 0;
      for (const v of p) if (nu.has(v)) count++;
      if (count > most) [most, pivot] = [count, u];
    }
    const np = near(pivot);
    for (const v of p.filter((w) => !np.has(w))) {
      const nv = near(v);
      if (!expand([...r, v], p.filter((w) => nv.has(w)), x.filter((w) => nv.has(w)))) return false;
      p = p.filter((w) => w !== v);
      x = [...x, v];
    }
    return true;
  };
  return expand([], [...nodes], []) ? out : undefined;
}

function greedyCliques(nodes: readonly number[], adjacent: ReadonlyMap<number, Set<number>>, links: readonly ScoredPair[], exemplarOf: (row: number) => number): number[][] {
  const out: number[][] = [];
  const covered = new Set<string>();
  for (const e of links) {
    const a = exemplarOf(e.i);
    const b = exemplarOf(e.j);
    if (covered.has(pairOf(a, b))) continue;
    const clique = [a, b];
    for (const w of nodes) if (!clique.includes(w) && clique.every((c) => adjacent.get(c)?.has(w))) clique.push(w);
    for (const x of clique) for (const y of clique) if (x < y) covered.add(pairOf(x, y));
    out.push(clique.sort(ascending));
  }
  return out;
}

/**
 * The link that explains a probable group: of the links between its exemplars (strongest first), the last one that
 * joins two not yet joined (the weakest that holds the group together), never a merged group's own certain link.
 */
function explainOf(clique: readonly number[], links: readonly ScoredPair[], exemplarOf: (row: number) => number): ScoredPair {
  const parent = new Map(clique.map((n) => [n, n]));
  const find = (x: number) => {
    while (parent.get(x) !== x) x = parent.get(x) as number;
    return x;
  };
  let last: ScoredPair | undefined;
  for (const e of links) {
    const a = exemplarOf(e.i);
    const b = exemplarOf(e.j);
    if (!parent.has(a) || !parent.has(b)) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    parent.set(ra, rb);
    last = e;
  }
  return last as ScoredPair;
}
