/**
 * An oversized block (a very common name, or one person proposed by many units) split by finer facts, so that its
 * real duplicates are still compared while the pairs stay bounded: by birth year, commune, village, district,
 * gender, workplace, post and whole name in turn, each part small enough compared whole. A row that lacks a fact
 * (no birth year) may be any of the parts: it joins each of them while that stays cheap. Rows alike in every fact
 * are compared through one of them (one exemplar written the same way many times: its copies agree with each other
 * as with it). What the bound leaves uncompared is returned, to be said.
 */
import type { MatchRecord } from './normalize';

type Fact = (r: MatchRecord) => number | string | undefined;

const joinedWords = (words: readonly string[] | undefined) => (words?.length ? words.join(' ') : undefined);

/** The facts a block is split by, coarsest first; the name last, so that a rule's variants of it still meet. */
const FACTS: readonly Fact[] = [
  (r) => r.birthYear,
  // A collective placed in no commune is no wildcard: each unit has its own «Chi đoàn Thanh niên» (the rules keyed by
  // unit and district are there for it), so its unit stands for its place.
  (r) => r.placeKeys?.ascii ?? (r.collective ? `unit ${r.unitNumber}` : undefined),
  (r) => r.villageKeys?.ascii,
  (r) => r.districtKeys?.ascii,
  (r) => r.gender,
  (r) => joinedWords(r.job?.workplace),
  (r) => joinedWords(r.job?.position),
  (r) => r.nameAscii,
];

/** A row lacking a fact joins every part while (rows lacking it) × (parts) stays within this many per row of the block. */
const SPREAD_PER_ROW = 2;
/** Pairs a split block may give, per row of it. */
const PAIRS_PER_ROW = 64;

/** Pairs found while splitting: (first, second, rule), first < second, listed by first once all are in. */
export class PairList {
  private first = new Int32Array(64);
  private second = new Int32Array(64);
  private rule = new Int32Array(64);
  private used = 0;

  add(p: number, q: number, rule: number): void {
    if (this.used === this.first.length) {
      this.first = grown(this.first);
      this.second = grown(this.second);
      this.rule = grown(this.rule);
    }
    const k = this.used++;
    this.first[k] = Math.min(p, q);
    this.second[k] = Math.max(p, q);
    this.rule[k] = rule;
  }

  /** Pairs of record p are `second[k]`, `rule[k]` for k in `start[p] … start[p + 1]`. */
  byFirst(n: number): { start: Int32Array; second: Int32Array; rule: Int32Array } {
    const start = new Int32Array(n + 1);
    for (let k = 0; k < this.used; k++) {
      const at = (this.first[k] as number) + 1;
      start[at] = (start[at] as number) + 1;
    }
    for (let p = 0; p < n; p++) start[p + 1] = (start[p + 1] as number) + (start[p] as number);
    const cursor = start.slice(0, n);
    const second = new Int32Array(this.used);
    const rule = new Int32Array(this.used);
    for (let k = 0; k < this.used; k++) {
      const p = this.first[k] as number;
      const at = cursor[p] as number;
      cursor[p] = at + 1;
      second[at] = this.second[k] as number;
      rule[at] = this.rule[k] as number;
    }
    return { start, second, rule };
  }
}

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Splits one oversized block (`members`: positions in `records`) and gives its pairs to `pair`. Returns the rows
 * some of whose comparisons the bound left out (empty when the block was compared as its facts require).
 */
export function refineBlock(records: readonly MatchRecord[], members: readonly number[], max: number, pair: (p: number, q: number) => void): number[] {
  const left = new Set<number>();
  let budget = PAIRS_PER_ROW * members.length;
  const spread = SPREAD_PER_ROW * members.length;
  const whole = (part: readonly number[]) => {
    const pairs = (part.length * (part.length - 1)) / 2;
    if (pairs > budget) {
      for (const p of part) left.add(p);
      return;
    }
    budget -= pairs;
    for (let x = 0; x < part.length; x++) for (let y = x + 1; y < part.length; y++) pair(part[x] as number, part[y] as number);
  };
  const split = (part: readonly number[], level: number): void => {
    if (part.length <= max) return whole(part);
    if (level === FACTS.length) {
      // Alike in every fact (or lacking the same ones): each compared with the first, as each other would be.
      const rep = part[0] as number;
      for (let x = 1; x < part.length; x++) pair(rep, part[x] as number);
      budget -= part.length - 1;
      return;
    }
    const fact = FACTS[level] as Fact;
    const parts = new Map<number | string, number[]>();
    const lacking: number[] = [];
    for (const p of part) {
      const v = fact(records[p] as MatchRecord);
      if (v === undefined) {
        lacking.push(p);
        continue;
      }
      const list = parts.get(v);
      if (list) list.push(p);
      else parts.set(v, [p]);
    }
    if (parts.size <= 1) return split(part, level + 1);
    if (lacking.length * parts.size <= spread) {
      for (const list of parts.values()) split(lacking.length ? [...lacking, ...list] : list, level + 1);
      return;
    }
    // Too many rows lacking the fact to join every part: they are compared among themselves, not with the parts.
    for (const p of lacking) left.add(p);
    for (const list of parts.values()) split(list, level + 1);
    if (lacking.length > 1) split(lacking, level + 1);
  };
  split(members, 0);
  return [...left];
}
