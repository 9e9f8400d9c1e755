/** A bounded cache for pure string functions: lists repeat the same units, kinds, words and headers. */
export function memoize(fn: (s: string) => string, max = 200_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      // Dropping everything keeps the cost bounded without the bookkeeping of an LRU.
      if (cache.size >= max) cache.clear();
      cache.set(s, v);
    }
    return v;
  };
}
