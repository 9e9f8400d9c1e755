/**
 * A bounded cache for pure functions of one string: lists repeat the same names, units, kinds, words and headers.
 * Made inside a run (a table read, a rule, the analysis) and dropped with it, never at module level: a module's
 * cache would keep people's names after the check is over. Results are never undefined (use null), so one lookup
 * tells a hit from a miss.
 */
export function memoize<T extends NonNullable<unknown> | null>(fn: (s: string) => T, max = 200_000): (s: string) => T {
  const cache = new Map<string, T>();
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
