/**
 * Blocking: only records sharing a strict key are compared, so the work grows with the rows, not with their
 * square. A block larger than the cap (a very common name) is skipped and reported; the narrower keys (name with
 * birth year, with commune) still pair its members where they agree on those.
 */
import { BLOCKING_RULES, BlockingRule, KeySink, Part } from './blocking-rules';
import { keyTable } from './key-table';
import type { MatchRecord } from './normalize';

/** Mixes one part of a key into the two FNV-1a states `h` (a string: its characters, but the one at `skip`). */
function mix(h: Int32Array, part: Part, skip: number): void {
  let h1 = h[0] as number;
  let h2 = h[1] as number;
  if (typeof part === 'number') {
    h1 = Math.imul(h1 ^ part, 16777619);
    h2 = Math.imul(h2 ^ part, 16777619);
  } else {
    for (let i = 0; i < part.length; i++) {
      if (i === skip) continue;
      const ch = part.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 16777619);
      h2 = Math.imul(h2 ^ ch, 16777619);
    }
    h1 = Math.imul(h1 ^ 0x1f, 16777619);
    h2 = Math.imul(h2 ^ 0x1f, 16777619);
  }
  h[0] = h1;
  h[1] = h2;
}

/** A typed array twice as long, holding the same values. */
function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Blocks larger than this are not compared pairwise (40 rows would already be 780 pairs). */
export const MAX_BLOCK_SIZE = 40;

export { BLOCKING_RULES } from './blocking-rules';
export type { BlockingRule } from './blocking-rules';

export interface SkippedBlock {
  rule: string;
  size: number;
  /** A member's name as written, to say which name was too common. */
  sample: string;
}

export interface BlockingStats {
  records: number;
  /** Distinct pairs compared. */
  candidates: number;
  blocks: number;
  /** Oversized blocks, largest first (at most `MAX_REPORTED`), and how many there were. */
  skipped: SkippedBlock[];
  skippedCount: number;
}

const MAX_REPORTED = 20;

export interface BlockingOptions {
  rules?: readonly BlockingRule[];
  maxBlockSize?: number;
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

  // Pass 1: every record's keys, in record order, hashed (FNV-1a, two seeds), never built as strings. Entries
  // `recordStart[p] … recordStart[p + 1]` are record p's, each with its rule.
  const recordStart = new Int32Array(n + 1);
  let keyH1 = new Int32Array(Math.max(16, n * 8));
  let keyH2 = new Int32Array(keyH1.length);
  let keyRule = new Int32Array(keyH1.length);
  let used = 0;
  let p = 0;
  let ri = 0;
  // The two hash states, passed to `mix` and back in one small typed array (no object per key).
  const h = new Int32Array(2);
  const sink: KeySink = (a, b, c, skip) => {
    h[0] = Math.imul(0x811c9dc5 ^ ri, 16777619);
    h[1] = Math.imul(0x050c5d1f ^ ri, 16777619);
    mix(h, a, skip ?? -1);
    if (b !== undefined) mix(h, b, -1);
    if (c !== undefined) mix(h, c, -1);
    // FNV's low bits cluster; a final avalanche (murmur3's) spreads them before they pick a slot.
    let h1 = h[0] as number;
    h1 ^= h1 >>> 16;
    h1 = Math.imul(h1, 0x85ebca6b);
    h1 ^= h1 >>> 13;
    h1 = Math.imul(h1, 0xc2b2ae35);
    h1 ^= h1 >>> 16;
    const h2 = h[1] as number;
    // A record whose key spellings coincide is put in a block once.
    for (let s = recordStart[p] as number; s < used; s++) if (keyH1[s] === h1 && keyH2[s] === h2) return;
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
    recordStart[p] = used;
    const r = records[p] as MatchRecord;
    for (ri = 0; ri < rules.length; ri++) (rules[ri] as BlockingRule).keys(r, sink);
  }
  recordStart[n] = used;

  // Pass 2: keys → block numbers, in order of first sight. The table is large and read at random; in a loop of its
  // own, apart from the hashing, its lookups overlap instead of each waiting for the last.
  const ids = keyTable(1 << Math.max(10, Math.ceil(Math.log2(used + 1))));
  const recordBlocks = new Int32Array(used);
  const blockRule = new Int32Array(used);
  const blockFirst = new Int32Array(used);
  const blockSize = new Int32Array(used);
  for (p = 0; p < n; p++) {
    for (let s = recordStart[p] as number; s < (recordStart[p + 1] as number); s++) {
      const before = ids.size();
      const block = ids.id(keyH1[s] as number, keyH2[s] as number);
      if (block === before) {
        blockRule[block] = keyRule[s] as number;
        blockFirst[block] = p;
      }
      blockSize[block] = (blockSize[block] as number) + 1;
      recordBlocks[s] = block;
    }
  }

  // Pass 3: members of each block, in record order, and where each record stands among its blocks' members.
  const blockCount = ids.size();
  const memberStart = new Int32Array(blockCount + 1);
  for (let b = 0; b < blockCount; b++) memberStart[b + 1] = (memberStart[b] as number) + (blockSize[b] as number);
  const members = new Int32Array(used);
  const memberAt = new Int32Array(used);
  const cursor = memberStart.slice(0, blockCount);
  for (p = 0; p < n; p++) {
    for (let s = recordStart[p] as number; s < (recordStart[p + 1] as number); s++) {
      const b = recordBlocks[s] as number;
      const at = cursor[b] as number;
      members[at] = p;
      memberAt[s] = at;
      cursor[b] = at + 1;
    }
  }

  const skipped: SkippedBlock[] = [];
  let blocks = 0;
  for (let b = 0; b < blockCount; b++) {
    const size = blockSize[b] as number;
    if (size < 2) continue;
    blocks++;
    if (size > max)
      skipped.push({ rule: rules[blockRule[b] as number]?.id ?? '', size, sample: records[blockFirst[b] as number]?.display ?? '' });
  }

  // Pairs: each record with the later members of its usable blocks, each partner once.
  const stamp = new Int32Array(n).fill(-1);
  let candidates = 0;
  for (p = 0; p < n; p++) {
    const a = records[p] as MatchRecord;
    for (let s = recordStart[p] as number; s < (recordStart[p + 1] as number); s++) {
      const b = recordBlocks[s] as number;
      const size = blockSize[b] as number;
      if (size < 2 || size > max) continue;
      const accept = (rules[blockRule[b] as number] as BlockingRule).accept;
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
  }
  skipped.sort((a, b) => b.size - a.size);
  return { records: n, candidates, blocks, skipped: skipped.slice(0, MAX_REPORTED), skippedCount: skipped.length };
}
