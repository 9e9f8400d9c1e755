/**
 * Blocking: only records sharing a strict key are compared, so the work grows with the rows, not with their
 * square. A block larger than the cap (a very common name, the same person proposed by many units) is split by finer
 * facts (refine.ts) until its parts are small, so that its real duplicates are still compared; rows that could not
 * be compared within the bound are counted and said (`skipped`), never left out silently.
 */
import { BLOCKING_RULES, BlockingRule, KeySink, Part } from './blocking-rules';
import { numberKeys } from './key-table';
import { PairList, refineBlock } from './refine';
import type { MatchRecord } from './normalize';

/** Mixes the characters of `s` into the two FNV-1a states `h`, but the one at `skip`. */
function mixText(h: Int32Array, s: string, skip: number): void {
  let h1 = h[0] as number;
  let h2 = h[1] as number;
  for (let i = 0; i < s.length; i++) {
    if (i === skip) continue;
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 16777619);
    h2 = Math.imul(h2 ^ ch, 16777619);
  }
  h[0] = h1;
  h[1] = h2;
}

/** Mixes one character (or a number) into the two FNV-1a states `h`. */
function mixOne(h: Int32Array, x: number): void {
  h[0] = Math.imul((h[0] as number) ^ x, 16777619);
  h[1] = Math.imul((h[1] as number) ^ x, 16777619);
}

/** Mixes one part of a key into the two FNV-1a states `h` (a string: its characters, but the one at `skip`). */
function mix(h: Int32Array, part: Part, skip: number): void {
  if (typeof part === 'number') {
    mixOne(h, part);
    return;
  }
  if (typeof part === 'string') mixText(h, part, skip);
  else {
    // Words: as their text joined by spaces.
    for (let w = 0; w < part.length; w++) {
      if (w > 0) mixOne(h, 0x20);
      mixText(h, part[w] as string, -1);
    }
  }
  mixOne(h, 0x1f);
}

/** A typed array twice as long, holding the same values. */
function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Blocks larger than this are not compared pairwise (40 rows would already be 780 pairs): they are split. */
const MAX_BLOCK_SIZE = 40;

export { BLOCKING_RULES } from './blocking-rules';
export type { BlockingRule } from './blocking-rules';

/** A block too large to compare whole, some of whose rows could not be compared with each other even split. */
export interface SkippedBlock {
  rule: string;
  size: number;
  /** Its rows left without some of their comparisons. */
  rows: number;
  /** A member's name as written, to say which name was too common. */
  sample: string;
}

export interface BlockingStats {
  records: number;
  /** Distinct pairs compared. */
  candidates: number;
  blocks: number;
  /** Oversized blocks that split could not compare whole, largest first (at most `MAX_REPORTED`), and how many. */
  skipped: SkippedBlock[];
  skippedCount: number;
  /** Rows of those blocks left without some of their comparisons (a row of several such blocks counted once). */
  skippedRows: number;
}

const MAX_REPORTED = 20;

export interface BlockingOptions {
  rules?: readonly BlockingRule[];
  maxBlockSize?: number;
}

/** Every record's keys, hashed: entries `start[p] … start[p + 1]` are record p's, each with its rule. */
interface Keys {
  start: Int32Array;
  h1: Int32Array;
  h2: Int32Array;
  rule: Int32Array;
  count: number;
}

/** The blocks: each key's block, and each block's rule, first record, size and members (in record order). */
interface Blocks {
  ofKey: Int32Array;
  rule: Int32Array;
  first: Int32Array;
  size: Int32Array;
  count: number;
  /** Members of block b are `members[memberStart[b] … memberStart[b + 1])`; key s's record is at `memberAt[s]`. */
  memberStart: Int32Array;
  members: Int32Array;
  memberAt: Int32Array;
}

// Each pass below is a function of its own, named for what it does.

/** Pass 1: every record's keys, in record order, hashed (FNV-1a, two seeds), never built as strings. */
function hashKeys(records: readonly MatchRecord[], rules: readonly BlockingRule[]): Keys {
  const n = records.length;
  const start = new Int32Array(n + 1);
  let keyH1 = new Int32Array(Math.max(16, n * 8));
  let keyH2 = new Int32Array(keyH1.length);
  let keyRule = new Int32Array(keyH1.length);
  let used = 0;
  let p = 0;
  let ri = 0;
  // Where the keys of the current record's current rule begin.
  let ruleStart = 0;
  // The two hash states, passed to `mix` and back in one small typed array (no object per key).
  const h = new Int32Array(2);
  const sink: KeySink = (a, b, c, d, skip) => {
    h[0] = Math.imul(0x811c9dc5 ^ ri, 16777619);
    h[1] = Math.imul(0x050c5d1f ^ ri, 16777619);
    mix(h, a, skip ?? -1);
    if (b !== undefined) mix(h, b, -1);
    if (c !== undefined) mix(h, c, -1);
    if (d !== undefined) mix(h, d, -1);
    // FNV's low bits cluster; a final avalanche (murmur3's) spreads them before they pick a slot.
    let h1 = h[0] as number;
    h1 ^= h1 >>> 16;
    h1 = Math.imul(h1, 0x85ebca6b);
    h1 ^= h1 >>> 13;
    h1 = Math.imul(h1, 0xc2b2ae35);
    h1 ^= h1 >>> 16;
    const h2 = h[1] as number;
    // A record whose key spellings coincide is put in a block once (only keys of one rule can: each rule seeds its
    // hashes differently).
    for (let s = ruleStart; s < used; s++) if (keyH1[s] === h1 && keyH2[s] === h2) return;
    if (used === keyH1.length) {
      keyH1 = grown(keyH1);
      keyH2 = grown(keyH2);
      keyRule = grown(keyRule);
    }
    keyH1[used] = h1;
    keyH2[used] = h2;
    keyRule[used] = ri;
    used++;
  };
  for (p = 0; p < n; p++) {
    start[p] = used;
    const r = records[p] as MatchRecord;
    for (ri = 0; ri < rules.length; ri++) {
      ruleStart = used;
      (rules[ri] as BlockingRule).keys(r, sink);
    }
  }
  start[n] = used;
  return { start, h1: keyH1, h2: keyH2, rule: keyRule, count: used };
}

/** Pass 2: keys → block numbers, in order of first sight (key-table.ts), and each block's rule, first record, size. */
function numberBlocks(keys: Keys, n: number): Blocks {
  const { start, rule: keyRule, count: used } = keys;
  const ofKey = new Int32Array(used);
  const count = numberKeys(keys.h1, keys.h2, used, ofKey);
  const rule = new Int32Array(count);
  const first = new Int32Array(count);
  const size = new Int32Array(count);
  for (let p = 0; p < n; p++) {
    for (let s = start[p] as number; s < (start[p + 1] as number); s++) {
      const b = ofKey[s] as number;
      if (size[b] === 0) {
        rule[b] = keyRule[s] as number;
        first[b] = p;
      }
      size[b] = (size[b] as number) + 1;
    }
  }
  const memberStart = new Int32Array(count + 1);
  return { ofKey, rule, first, size, count, memberStart, members: new Int32Array(used), memberAt: new Int32Array(used) };
}

/** Pass 3: members of each block, in record order, and where each record stands among its blocks' members. */
function placeMembers(keys: Keys, blocks: Blocks, n: number): void {
  const { start } = keys;
  const { ofKey, size, count, memberStart, members, memberAt } = blocks;
  for (let b = 0; b < count; b++) memberStart[b + 1] = (memberStart[b] as number) + (size[b] as number);
  const cursor = memberStart.slice(0, count);
  for (let p = 0; p < n; p++) {
    for (let s = start[p] as number; s < (start[p + 1] as number); s++) {
      const b = ofKey[s] as number;
      const at = cursor[b] as number;
      members[at] = p;
      memberAt[s] = at;
      cursor[b] = at + 1;
    }
  }
}

/**
 * Calls `visit` once for every distinct pair of records (by position in `records`, i < j) that share a block.
 * Blocks are numbered and stored as flat integer arrays (members of each block, blocks of each record), so memory
 * stays linear and each record meets only the later members of its own blocks, each once.
 */
export function forEachCandidate(
  records: readonly MatchRecord[],
  visit: (i: number, j: number) => void,
  options: BlockingOptions = {},
): BlockingStats {
  const rules = options.rules ?? BLOCKING_RULES;
  const max = options.maxBlockSize ?? MAX_BLOCK_SIZE;
  const n = records.length;
  const keys = hashKeys(records, rules);
  const blocks = numberBlocks(keys, n);
  placeMembers(keys, blocks, n);

  const skipped: SkippedBlock[] = [];
  const extra = new PairList();
  const left = new Uint8Array(n);
  let count = 0;
  for (let b = 0; b < blocks.count; b++) {
    const size = blocks.size[b] as number;
    if (size < 2) continue;
    count++;
    if (size <= max) continue;
    const start = blocks.memberStart[b] as number;
    const members = Array.from(blocks.members.subarray(start, start + size));
    const ruleIndex = blocks.rule[b] as number;
    const uncompared = refineBlock(records, members, max, (p, q) => extra.add(p, q, ruleIndex));
    if (!uncompared.length) continue;
    for (const p of uncompared) left[p] = 1;
    skipped.push({ rule: rules[ruleIndex]?.id ?? '', size, rows: uncompared.length, sample: records[blocks.first[b] as number]?.display ?? '' });
  }
  const candidates = visitPairs(records, rules, keys, blocks, max, extra.byFirst(n), visit);
  skipped.sort((a, b) => b.size - a.size);
  let skippedRows = 0;
  for (let p = 0; p < n; p++) skippedRows += left[p] as number;
  return { records: n, candidates, blocks: count, skipped: skipped.slice(0, MAX_REPORTED), skippedCount: skipped.length, skippedRows };
}

/**
 * Pairs: each record with the later members of its usable blocks, then with its partners in the split oversized
 * blocks (`extra`), each partner once. Returns how many.
 */
function visitPairs(
  records: readonly MatchRecord[],
  rules: readonly BlockingRule[],
  keys: Keys,
  blocks: Blocks,
  max: number,
  extra: ReturnType<PairList['byFirst']>,
  visit: (i: number, j: number) => void,
): number {
  const { start } = keys;
  const { ofKey, size, rule, memberStart, members, memberAt } = blocks;
  const n = records.length;
  const stamp = new Int32Array(n).fill(-1);
  let candidates = 0;
  for (let p = 0; p < n; p++) {
    const a = records[p] as MatchRecord;
    for (let s = start[p] as number; s < (start[p + 1] as number); s++) {
      const b = ofKey[s] as number;
      const bs = size[b] as number;
      if (bs < 2 || bs > max) continue;
      const accept = (rules[rule[b] as number] as BlockingRule).accept;
      const end = memberStart[b + 1] as number;
      for (let k = (memberAt[s] as number) + 1; k < end; k++) {
        const q = members[k] as number;
        if (stamp[q] === p) continue;
        if (accept && !accept(a, records[q] as MatchRecord)) continue;
        stamp[q] = p;
        candidates++;
        visit(p, q);
      }
    }
    for (let k = extra.start[p] as number; k < (extra.start[p + 1] as number); k++) {
      const q = extra.second[k] as number;
      if (stamp[q] === p) continue;
      const accept = (rules[extra.rule[k] as number] as BlockingRule).accept;
      if (accept && !accept(a, records[q] as MatchRecord)) continue;
      stamp[q] = p;
      candidates++;
      visit(p, q);
    }
  }
  return candidates;
}
