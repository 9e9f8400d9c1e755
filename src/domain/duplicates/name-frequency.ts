/**
 * How common each name is in the data at hand (Splink's term frequencies): a person's name by the rows that bear
 * it, a collective's by the communes it is found in.
 */
import type { MatchRecord, PersonName } from './normalize';
import type { Token } from './tokens';

export interface NameFrequencies {
  /** Rows of people bearing the record's full name (folded): 1 at least. */
  personRows(r: MatchRecord): number;
  /** Distinct communes seen with the record's name (a collective's word set, folded): 1 at least. */
  collectivePlaces(r: MatchRecord): number;
  /** Rows of people with the record's surname and given name, whatever their middle names: what a name without its
   * middle names ("Trần Thủy") could be. */
  shortRows(r: MatchRecord): number;
  /** Rows of people whose name has the word (folded) at the same place: surname, middle or given name. */
  wordRows(fold: string, at: 'surname' | 'middle' | 'given'): number;
}

/** Name frequencies among records of one normalisation run (their texts' numbers are that run's: keys.ts). */
export function nameFrequencies(records: readonly MatchRecord[]): NameFrequencies {
  let rows = new Int32Array(1024);
  const places = new Distinct();
  // Each distinct name once (rows share their name's facts), its words counted by its rows afterwards.
  const names: PersonName[] = [];
  for (let k = 0; k < records.length; k++) {
    const r = records[k] as MatchRecord;
    if (r.person) {
      const key = r.keys.fold;
      if (key >= rows.length) {
        const more = new Int32Array(Math.max(rows.length * 2, key + 1));
        more.set(rows);
        rows = more;
      }
      if (rows[key] === 0) names[key] = r.person;
      rows[key] = (rows[key] as number) + 1;
    }
    if (r.collective && r.placeKeys) places.add(r.keys.setFold, r.placeKeys.ascii);
  }
  const counted = rows;
  const words = new WordCounts();
  // Rows by surname, then given name: what a name without its middle names could be.
  const short = new Map<string, Map<string, number>>();
  names.forEach((p, key) => {
    const n = counted[key] as number;
    const t = p.tokens;
    let byGiven = short.get(p.surname.fold);
    if (!byGiven) short.set(p.surname.fold, (byGiven = new Map()));
    byGiven.set(p.given.fold, (byGiven.get(p.given.fold) ?? 0) + n);
    for (let w = 0; w < t.length; w++) words.add((t[w] as Token).fold, w === 0 ? SURNAME : w === t.length - 1 ? GIVEN : MIDDLE, n);
  });
  return {
    personRows: (r) => Math.max(1, counted[r.keys.fold] ?? 0),
    collectivePlaces: (r) => places.count(r.keys.setFold),
    shortRows: (r) => (r.person ? Math.max(1, short.get(r.person.surname.fold)?.get(r.person.given.fold) ?? 0) : 1),
    wordRows: (fold, at) => words.rows(fold, at === 'surname' ? SURNAME : at === 'given' ? GIVEN : MIDDLE),
  };
}

const SURNAME = 0;
const MIDDLE = 1;
const GIVEN = 2;

/** Rows per word (folded) and place in the name: each word numbered once, its counts side by side in one array. */
class WordCounts {
  private readonly ids = new Map<string, number>();
  private counts = new Int32Array(3 * 1024);

  add(fold: string, at: number, n: number): void {
    let id = this.ids.get(fold);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(fold, id);
      if (3 * id + 3 > this.counts.length) {
        const more = new Int32Array(this.counts.length * 2);
        more.set(this.counts);
        this.counts = more;
      }
    }
    this.counts[3 * id + at] = (this.counts[3 * id + at] as number) + n;
  }

  rows(fold: string, at: number): number {
    const id = this.ids.get(fold);
    return id === undefined ? 0 : (this.counts[3 * id + at] as number);
  }
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
