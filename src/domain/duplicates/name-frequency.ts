/** How common each name is in the data at hand (Splink's term frequencies): distinct bearers per folded name. */
import { NAME_FREQUENCY } from './comparison-levels';
import type { MatchRecord } from './normalize';
import { foldWord } from './tokens';

export interface NameFrequencies {
  /** Distinct birth years seen with the record's full name (a person's, folded): 1 at least. */
  personYears(r: MatchRecord): number;
  /** Distinct communes seen with the record's name (a collective's word set, folded): 1 at least. */
  collectivePlaces(r: MatchRecord): number;
}

/** Name frequencies among records of one normalisation run (their texts' numbers are that run's: keys.ts). */
export function nameFrequencies(records: readonly MatchRecord[]): NameFrequencies {
  const years = new Distinct();
  const places = new Distinct();
  for (let k = 0; k < records.length; k++) {
    const r = records[k] as MatchRecord;
    if (r.person && r.birthYear !== undefined) years.add(r.keys.fold, r.birthYear);
    if (r.collective && r.placeKeys) places.add(r.keys.setFold, r.placeKeys.ascii);
  }
  return { personYears: (r) => years.count(r.keys.fold), collectivePlaces: (r) => places.count(r.keys.setFold) };
}

/**
 * How many distinct values are seen with each key (a text's number: small, dense), counted as they come in arrays
 * indexed by key. Most names have one bearer: a key keeps a list of its other values only once it meets a second.
 */
class Distinct {
  private counts = new Int32Array(1024);
  private first = new Float64Array(1024);
  private readonly more = new Map<number, number[]>();

  add(key: number, value: number): void {
    if (key >= this.counts.length) this.grow(key);
    const n = this.counts[key] as number;
    if (n === 0) {
      this.counts[key] = 1;
      this.first[key] = value;
      return;
    }
    if (sameValueZero(this.first[key] as number, value)) return;
    const more = this.more.get(key);
    if (!more) this.more.set(key, [value]);
    else if (more.includes(value)) return;
    else more.push(value);
    this.counts[key] = n + 1;
  }

  count(key: number): number {
    return Math.max(1, key >= 0 && key < this.counts.length ? (this.counts[key] as number) : 0);
  }

  private grow(key: number): void {
    const size = Math.max(this.counts.length * 2, key + 1);
    const counts = new Int32Array(size);
    const first = new Float64Array(size);
    counts.set(this.counts);
    first.set(this.first);
    this.counts = counts;
    this.first = first;
  }
}

/** Equality as a Set sees it (NaN is NaN). */
const sameValueZero = (a: number, b: number) => a === b || (a !== a && b !== b);

const fold = (w: string) => foldWord(w).fold;
const COMMON_SURNAMES = new Set(NAME_FREQUENCY.commonSurnames.map(fold));
const COMMON_GIVEN = new Set(NAME_FREQUENCY.commonGivenNames.map(fold));

/** Both surname and given name are among the country's most frequent. */
export function isCommonName(surnameFold: string, givenFold: string): boolean {
  return COMMON_SURNAMES.has(surnameFold) && COMMON_GIVEN.has(givenFold);
}
