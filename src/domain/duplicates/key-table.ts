/**
 * Dense numbers for hashed keys: an open-addressing table of typed integers (no key strings kept, no per-entry
 * objects). Each slot holds a key's first position and both hashes side by side, so a lookup mostly touches one
 * cache line; the second hash tells apart keys whose first hashes collide.
 */

/**
 * Keys → the position of the first key seen equal. Never more than half full (twice as many slots as the keys it is
 * given between two `clear`s), so it never grows; emptied slot by slot and reused part after part.
 */
class FirstTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The slots filled since the last `clear`. */
  private readonly taken: Int32Array;
  private takenCount = 0;

  constructor(maxKeys: number) {
    const size = 1 << Math.max(10, Math.ceil(Math.log2(2 * maxKeys + 1)));
    this.slots = new Int32Array(size * 3).fill(-1);
    this.mask = size - 1;
    this.taken = new Int32Array(maxKeys);
  }

  /** The first position of the key (h1, h2): `s` itself when it was not seen before (it is remembered then). */
  firstOf(h1: number, h2: number, s: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let i = h1 & mask;
    for (;;) {
      const first = slots[i * 3] as number;
      if (first === -1) break;
      if (slots[i * 3 + 1] === h1 && slots[i * 3 + 2] === h2) return first;
      i = (i + 1) & mask;
    }
    slots[i * 3] = s;
    slots[i * 3 + 1] = h1;
    slots[i * 3 + 2] = h2;
    this.taken[this.takenCount++] = i;
    return s;
  }

  clear(): void {
    for (let k = 0; k < this.takenCount; k++) this.slots[(this.taken[k] as number) * 3] = -1;
    this.takenCount = 0;
  }
}

// Keys are numbered in parts, by the top bits of their first hash: one table for half a million keys is larger than
// the processor's caches and every lookup would miss, while a part's table stays in them.
const PART_BITS = 5;
const PARTS = 1 << PART_BITS;

/** Positions of the keys, grouped by part, each part in order of position (a counting sort). */
function byPart(h1: Int32Array, count: number): { order: Int32Array; partStart: Int32Array } {
  const partStart = new Int32Array(PARTS + 1);
  for (let s = 0; s < count; s++) {
    const q = ((h1[s] as number) >>> (32 - PART_BITS)) + 1;
    partStart[q] = (partStart[q] as number) + 1;
  }
  for (let q = 0; q < PARTS; q++) partStart[q + 1] = (partStart[q + 1] as number) + (partStart[q] as number);
  const cursor = partStart.slice(0, PARTS);
  const order = new Int32Array(count);
  for (let s = 0; s < count; s++) {
    const q = (h1[s] as number) >>> (32 - PART_BITS);
    const at = cursor[q] as number;
    order[at] = s;
    cursor[q] = at + 1;
  }
  return { order, partStart };
}

/**
 * Numbers the keys `(h1[s], h2[s])`, s < count: equal keys get equal numbers, 0, 1, 2… in order of first sight.
 * Writes each key's number into `ids` and returns how many distinct keys there are.
 */
export function numberKeys(h1: Int32Array, h2: Int32Array, count: number, ids: Int32Array): number {
  const { order, partStart } = byPart(h1, count);
  let largest = 0;
  for (let q = 0; q < PARTS; q++) largest = Math.max(largest, (partStart[q + 1] as number) - (partStart[q] as number));
  const table = new FirstTable(largest);
  // Each key's first equal position, part by part (a part's keys in order of position).
  for (let q = 0; q < PARTS; q++) {
    for (let k = partStart[q] as number; k < (partStart[q + 1] as number); k++) {
      const s = order[k] as number;
      ids[s] = table.firstOf(h1[s] as number, h2[s] as number, s);
    }
    table.clear();
  }
  // Then numbers in order of first sight: a key's first equal comes before it (already numbered), or is itself.
  let n = 0;
  for (let s = 0; s < count; s++) {
    const f = ids[s] as number;
    ids[s] = f === s ? n++ : (ids[f] as number);
  }
  return n;
}
