/**
 * Dense numbers for hashed keys: an open-addressing table of typed integers (no key strings kept, no per-entry
 * objects). Each slot holds the number and both hashes side by side, so a lookup mostly touches one cache line;
 * the second hash tells apart keys whose first hashes collide.
 */
interface KeyTable {
  /** The key's number: 0, 1, 2… in order of first sight. */
  id(h1: number, h2: number): number;
  size(): number;
}

/** Puts a key's number and hashes in the first free slot from its first hash's. */
function place(table: Int32Array, mask: number, id: number, h1: number, h2: number): void {
  let s = h1 & mask;
  while (table[s * 3] !== -1) s = (s + 1) & mask;
  table[s * 3] = id;
  table[s * 3 + 1] = h1;
  table[s * 3 + 2] = h2;
}

/** The table is made once per check and asked half a million times. */
class OpenTable implements KeyTable {
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  constructor(initialSlots: number) {
    this.slots = new Int32Array(initialSlots * 3).fill(-1);
    this.mask = initialSlots - 1;
  }

  id(h1: number, h2: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let s = h1 & mask;
    for (;;) {
      const id = slots[s * 3] as number;
      if (id === -1) break;
      if (slots[s * 3 + 1] === h1 && slots[s * 3 + 2] === h2) return id;
      s = (s + 1) & mask;
    }
    const id = this.count++;
    slots[s * 3] = id;
    slots[s * 3 + 1] = h1;
    slots[s * 3 + 2] = h2;
    if (this.count * 2 > mask + 1) this.grow();
    return id;
  }

  size(): number {
    return this.count;
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Int32Array(cap * 3).fill(-1);
    this.mask = cap - 1;
    for (let s = 0; s < old.length; s += 3) {
      const id = old[s] as number;
      if (id !== -1) place(this.slots, this.mask, id, old[s + 1] as number, old[s + 2] as number);
    }
  }
}

function keyTable(initialSlots = 1 << 16): KeyTable {
  return new OpenTable(initialSlots);
}

// Keys are numbered in parts, by the top bits of their first hash: one table for half a million keys is larger than
// the processor's caches and every lookup would miss, while a part's table stays in them.
const PART_BITS = 4;
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

/** For the keys `order[from … to)` (one part, in order of position): each one's first equal, into `first`. */
function firstsOfPart(h1: Int32Array, h2: Int32Array, order: Int32Array, from: number, to: number, first: Int32Array): void {
  const table = keyTable(1 << Math.max(10, Math.ceil(Math.log2(to - from + 1))));
  const firstOf = new Int32Array(to - from);
  for (let k = from; k < to; k++) {
    const s = order[k] as number;
    const before = table.size();
    const id = table.id(h1[s] as number, h2[s] as number);
    if (id === before) firstOf[id] = s;
    first[s] = firstOf[id] as number;
  }
}

/**
 * Numbers the keys `(h1[s], h2[s])`, s < count: equal keys get equal numbers, 0, 1, 2… in order of first sight.
 * Writes each key's number into `ids` and returns how many distinct keys there are.
 */
export function numberKeys(h1: Int32Array, h2: Int32Array, count: number, ids: Int32Array): number {
  const { order, partStart } = byPart(h1, count);
  const first = new Int32Array(count);
  for (let q = 0; q < PARTS; q++) firstsOfPart(h1, h2, order, partStart[q] as number, partStart[q + 1] as number, first);
  return numberFirsts(first, count, ids);
}

/** Numbers in order of first sight: a key's first equal comes before it, or is itself. */
function numberFirsts(first: Int32Array, count: number, ids: Int32Array): number {
  let n = 0;
  for (let s = 0; s < count; s++) {
    const f = first[s] as number;
    ids[s] = f === s ? n++ : (ids[f] as number);
  }
  return n;
}
