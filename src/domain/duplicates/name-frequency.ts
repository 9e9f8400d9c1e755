/**
 * How common each name is in the data at hand (Splink's term frequencies): a person's name by the rows that bear it
 * (all of them, and those that could be one person by birth year), a collective's by the communes it is found in.
 */
import type { MatchRecord, PersonName } from './normalize';
import type { Token } from './tokens';

export interface NameFrequencies {
  /** Rows of people bearing the record's full name (folded): 1 at least. */
  personRows(r: MatchRecord): number;
  /** Of those, the rows that could be the record's person: born its year or a year apart, or of no year given. */
  personRowsNear(r: MatchRecord): number;
  /** Distinct communes seen with the record's name (a collective's word set, folded): 1 at least. */
  collectivePlaces(r: MatchRecord): number;
  /** Rows of people with the record's surname and given name, whatever their middle names: what a name without its
   * middle names ("Trần Thủy") could be. */
  shortRows(r: MatchRecord): number;
  /** Of those, the rows that could be the record's person (by birth year, as `personRowsNear`). */
  shortRowsNear(r: MatchRecord): number;
  /** Rows of people whose name has the word (folded) at the same place: surname, middle or given name. */
  wordRows(fold: string, at: 'surname' | 'middle' | 'given'): number;
}

/** Name frequencies among records of one normalisation run (their texts' numbers are that run's: keys.ts). */
export function nameFrequencies(records: readonly MatchRecord[]): NameFrequencies {
  let rows = new Int32Array(1024);
  const places = new Distinct();
  // Each distinct name once (rows share their name's facts), its words counted by its rows afterwards.
  const names: PersonName[] = [];
  // People's rows: their name's number and birth year (NaN: none), for the counts by year below.
  const personKey = new Int32Array(records.length);
  const personYear = new Float64Array(records.length);
  let people = 0;
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
      personKey[people] = key;
      personYear[people] = r.birthYear ?? Number.NaN;
      people++;
    }
    if (r.collective && r.placeKeys) places.add(r.keys.setFold, r.placeKeys.ascii);
  }
  const counted = rows;
  const words = new WordCounts();
  // Surname and given name (what a name without its middle names could be), numbered once per distinct name.
  const shortIds = new Map<string, number>();
  const shortOf = new Int32Array(counted.length);
  const shortTotal: number[] = [];
  names.forEach((p, key) => {
    const n = counted[key] as number;
    const t = p.tokens;
    const short = `${p.surname.fold}\u0000${p.given.fold}`;
    let id = shortIds.get(short);
    if (id === undefined) shortIds.set(short, (id = shortIds.size));
    shortOf[key] = id;
    shortTotal[id] = (shortTotal[id] ?? 0) + n;
    for (let w = 0; w < t.length; w++) words.add((t[w] as Token).fold, w === 0 ? SURNAME : w === t.length - 1 ? GIVEN : MIDDLE, n);
  });
  // Bearers by birth year: each name's rows' years side by side.
  const byName = new YearLists(counted.length, people, (k) => personKey[k] as number, personYear);
  const byShort = new YearLists(shortIds.size, people, (k) => shortOf[personKey[k] as number] as number, personYear);
  return {
    personRows: (r) => Math.max(1, counted[r.keys.fold] ?? 0),
    personRowsNear: (r) => {
      const all = counted[r.keys.fold] ?? 0;
      return Math.max(1, all > 1 ? byName.couldBe(r.keys.fold, r.birthYear, all) : all);
    },
    collectivePlaces: (r) => places.count(r.keys.setFold),
    shortRows: (r) => (r.person && counted[r.keys.fold] ? Math.max(1, shortTotal[shortOf[r.keys.fold] as number] as number) : 1),
    shortRowsNear: (r) => {
      if (!r.person || !counted[r.keys.fold]) return 1;
      const id = shortOf[r.keys.fold] as number;
      const all = shortTotal[id] as number;
      return Math.max(1, all > 1 ? byShort.couldBe(id, r.birthYear, all) : all);
    },
    wordRows: (fold, at) => words.rows(fold, at === 'surname' ? SURNAME : at === 'given' ? GIVEN : MIDDLE),
  };
}

/** A birth year as rows are counted by: four digits (a wider one is counted with another, rarely). */
const yearSlot = (year: number) => ((Math.round(year) % 16384) + 16384) % 16384;

/**
 * The birth years of each name's rows (by the name's number: small, dense) side by side in one array, and how many
 * of its rows give none: a name has a handful of rows, read one after another when asked about one of them.
 */
class YearLists {
  private readonly start: Int32Array;
  private readonly slots: Float64Array;
  private readonly yearless: Int32Array;

  /** `idOf(k)`, `years[k]` (NaN: none): the name and birth year of each of `rows` rows. */
  constructor(ids: number, rows: number, idOf: (k: number) => number, years: Float64Array) {
    const start = new Int32Array(ids + 1);
    const yearless = new Int32Array(ids);
    for (let k = 0; k < rows; k++) {
      const id = idOf(k);
      if (Number.isNaN(years[k])) yearless[id] = (yearless[id] as number) + 1;
      else start[id + 1] = (start[id + 1] as number) + 1;
    }
    for (let id = 0; id < ids; id++) start[id + 1] = (start[id + 1] as number) + (start[id] as number);
    const cursor = start.slice(0, ids);
    const slots = new Float64Array(start[ids] as number);
    for (let k = 0; k < rows; k++) {
      const year = years[k] as number;
      if (Number.isNaN(year)) continue;
      const id = idOf(k);
      const at = cursor[id] as number;
      slots[at] = yearSlot(year);
      cursor[id] = at + 1;
    }
    this.start = start;
    this.slots = slots;
    this.yearless = yearless;
  }

  /** The rows that could be the person of a row born `year`: of that year, a year apart, or of no year; all of the
   * `all` rows for a row of no year. */
  couldBe(id: number, year: number | undefined, all: number): number {
    if (year === undefined) return all;
    const before = yearSlot(year - 1);
    const at = yearSlot(year);
    const after = yearSlot(year + 1);
    let n = this.yearless[id] as number;
    for (let k = this.start[id] as number; k < (this.start[id + 1] as number); k++) {
      const s = this.slots[k];
      if (s === before || s === at || s === after) n++;
    }
    return n;
  }
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
