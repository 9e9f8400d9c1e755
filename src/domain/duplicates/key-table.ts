/**
 * Dense numbers for hashed keys: an open-addressing table of typed integers (no key strings kept, no per-entry
 * objects). Each slot holds the number and both hashes side by side, so a lookup mostly touches one cache line;
 * the second hash tells apart keys whose first hashes collide.
 */
export interface KeyTable {
  /** The key's number: 0, 1, 2… in order of first sight. */
  id(h1: number, h2: number): number;
  size(): number;
}

export function keyTable(initialSlots = 1 << 16): KeyTable {
  let slots = new Int32Array(initialSlots * 3).fill(-1);
  let mask = initialSlots - 1;
  let count = 0;

  const place = (table: Int32Array, m: number, id: number, h1: number, h2: number) => {
    let s = h1 & m;
    while (table[s * 3] !== -1) s = (s + 1) & m;
    table[s * 3] = id;
    table[s * 3 + 1] = h1;
    table[s * 3 + 2] = h2;
  };

  const grow = () => {
    const old = slots;
    const cap = (mask + 1) * 2;
    slots = new Int32Array(cap * 3).fill(-1);
    mask = cap - 1;
    for (let s = 0; s < old.length; s += 3) {
      const id = old[s] as number;
      if (id !== -1) place(slots, mask, id, old[s + 1] as number, old[s + 2] as number);
    }
  };

  return {
    id(h1, h2) {
      let s = h1 & mask;
      for (;;) {
        const id = slots[s * 3] as number;
        if (id === -1) break;
        if (slots[s * 3 + 1] === h1 && slots[s * 3 + 2] === h2) return id;
        s = (s + 1) & mask;
      }
      const id = count++;
      slots[s * 3] = id;
      slots[s * 3 + 1] = h1;
      slots[s * 3 + 2] = h2;
      if (count * 2 > mask + 1) grow();
      return id;
    },
    size: () => count,
  };
}
