/**
 * The fields every candidate pair compares, one typed array per field indexed by record position. A province's
 * list has hundreds of thousands of candidate pairs, most of them namesakes settled by birth year, gender, commune
 * and job alone: reading a few numbers from arrays that stay in cache is much cheaper than following each record's
 * objects and comparing their strings. Strings become numbers, equal strings equal numbers.
 */
import { Numbering, PlaceKeys } from './keys';
import type { NameFrequencies } from './name-frequency';
import type { Job, MatchRecord } from './normalize';
import type { Place } from './places';

/** A place as numbers: `samePlace` (places.ts) compares folded forms, or ASCII forms when one side is plain. */
class PlaceColumns {
  readonly fold: Int32Array;
  readonly ascii: Int32Array;
  readonly plain: Uint8Array;

  constructor(size: number) {
    this.fold = new Int32Array(size).fill(-1);
    this.ascii = new Int32Array(size).fill(-1);
    this.plain = new Uint8Array(size);
  }

  set(k: number, place: Place | undefined, keys: PlaceKeys | undefined): void {
    if (!place || !keys) return;
    this.fold[k] = keys.fold;
    this.ascii[k] = keys.ascii;
    this.plain[k] = place.plain ? 1 : 0;
  }

  has(k: number): boolean {
    return (this.fold[k] as number) >= 0;
  }

  /** `samePlace` of the two records' places, both known. */
  same(i: number, j: number): boolean {
    return this.fold[i] === this.fold[j] || ((this.plain[i] === 1 || this.plain[j] === 1) && this.ascii[i] === this.ascii[j]);
  }
}

/** 0 for a value not given, else a number per distinct value of a field that has a handful (gender, kind). */
function smallCode(value: string | undefined, seen: string[]): number {
  if (!value) return 0;
  let i = seen.indexOf(value);
  if (i < 0) i = seen.push(value) - 1;
  return i + 1;
}

/** The number of the empty text: no numbers, no organisation kind. */
export const NONE = 0;

export class RecordFacts {
  readonly collective: Uint8Array;
  readonly birthYear: Float64Array;
  readonly birthYearKnown: Uint8Array;
  /** 0 when not given. */
  readonly gender: Int32Array;
  readonly statedKind: Int32Array;
  readonly place: PlaceColumns;
  readonly district: PlaceColumns;
  readonly districtLevel: Uint8Array;
  /** Distinct bearers of the name in the data (name-frequency.ts): birth years of a person's, communes of a
   * collective's. */
  readonly bearers: Int32Array;
  /** A person's surname and given name are both among the most frequent. */
  readonly commonName: Uint8Array;
  /** A collective's numbers and organisation kind, as numbers (`NONE` when it has none); -1: not a collective. */
  readonly numbers: Int32Array;
  readonly organisation: Int32Array;
  /** A record's job words (their numbers, ascending) are `jobWords[jobStart … jobStart + jobLength)`; -1: no job. */
  readonly jobStart: Int32Array;
  readonly jobLength: Int32Array;
  readonly jobWords: Int32Array;

  constructor(records: readonly MatchRecord[], freq: NameFrequencies) {
    const n = records.length;
    // Job words, a collective's numbers and organisation kind are numbered here: only scoring compares them.
    const text = new Numbering();
    const genders: string[] = [];
    const kinds: string[] = [];
    this.collective = new Uint8Array(n);
    this.birthYear = new Float64Array(n);
    this.birthYearKnown = new Uint8Array(n);
    this.gender = new Int32Array(n);
    this.statedKind = new Int32Array(n);
    this.place = new PlaceColumns(n);
    this.district = new PlaceColumns(n);
    this.districtLevel = new Uint8Array(n);
    this.bearers = new Int32Array(n);
    this.commonName = new Uint8Array(n);
    this.numbers = new Int32Array(n).fill(-1);
    this.organisation = new Int32Array(n).fill(-1);
    this.jobStart = new Int32Array(n).fill(-1);
    this.jobLength = new Int32Array(n);
    // Numbered first: NONE.
    text.of('');
    const jobAt = new Map<Job, number>();
    let words = new Int32Array(1024);
    let used = 0;
    for (let k = 0; k < n; k++) {
      const r = records[k] as MatchRecord;
      this.collective[k] = r.kind === 'collective' ? 1 : 0;
      if (r.birthYear !== undefined) {
        this.birthYear[k] = r.birthYear;
        this.birthYearKnown[k] = 1;
      }
      this.gender[k] = smallCode(r.gender, genders);
      this.statedKind[k] = smallCode(r.statedKind, kinds);
      this.place.set(k, r.place, r.placeKeys);
      this.district.set(k, r.district, r.districtKeys);
      this.districtLevel[k] = r.districtLevel ? 1 : 0;
      if (r.kind === 'individual') {
        this.bearers[k] = freq.personYears(r);
        this.commonName[k] = r.person?.common ? 1 : 0;
      } else this.bearers[k] = freq.collectivePlaces(r);
      const c = r.collective;
      if (c) {
        this.numbers[k] = text.of(c.numbers);
        this.organisation[k] = text.of(c.organisation ?? '');
      }
      const job = r.job;
      if (!job) continue;
      // Rows of one job share its words, numbered once. Sorted by number, two jobs' words in common are counted
      // in one merge, as the sorted strings would be.
      let start = jobAt.get(job);
      if (start === undefined) {
        if (used + job.words.length > words.length) {
          const grown = new Int32Array(Math.max(words.length * 2, used + job.words.length));
          grown.set(words);
          words = grown;
        }
        start = used;
        for (let w = 0; w < job.words.length; w++) {
          // Insertion sort: a job has a handful of words.
          const id = text.of(job.words[w] as string);
          let at = used++;
          for (; at > start && (words[at - 1] as number) > id; at--) words[at] = words[at - 1] as number;
          words[at] = id;
        }
        jobAt.set(job, start);
      }
      this.jobStart[k] = start;
      this.jobLength[k] = job.words.length;
    }
    this.jobWords = words;
  }

  /** How many job words the two records have in common (both have a job). */
  commonJobWords(i: number, j: number): number {
    const w = this.jobWords;
    let a = this.jobStart[i] as number;
    let b = this.jobStart[j] as number;
    const la = this.jobLength[i] as number;
    if (a === b) return la;
    const ea = a + la;
    const eb = b + (this.jobLength[j] as number);
    let common = 0;
    while (a < ea && b < eb) {
      const x = w[a] as number;
      const y = w[b] as number;
      if (x === y) {
        common++;
        a++;
        b++;
      } else if (x < y) a++;
      else b++;
    }
    return common;
  }
}
