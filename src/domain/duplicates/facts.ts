/**
 * The fields every candidate pair compares, one typed array per field indexed by record position. A province's
 * list has hundreds of thousands of candidate pairs, most of them namesakes settled by birth year, gender, commune
 * and workplace: reading a few numbers from arrays is much cheaper than following each record's objects and
 * comparing their strings. Strings become numbers, equal strings equal numbers.
 */
import { Numbering, PlaceKeys } from './keys';
import type { NameFrequencies } from './name-frequency';
import type { MatchRecord } from './normalize';
import type { Place } from './places';
import { foldWord } from './tokens';

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

/** A letter or a number alone among a body's words: which of its namesakes it is. */
const BRANCH_MARK = /^(?:[a-zđ]|\d{1,3})$/;
/** A part of a body («Khoa Nội», «Phòng Tư pháp», «Đội Điều tra», «Tổ Văn»): its words say which part. */
const PART_HEADS = new Set(['khoa', 'phòng', 'đội', 'tổ'].map((w) => foldWord(w).fold));

/**
 * A word list per record (sorted, distinct, as numbers), for position and workplace: `words[start[k] … start[k] +
 * length[k])`; start -1: none. Rows of one text share its numbers.
 */
class WordSets {
  readonly start: Int32Array;
  readonly length: Int32Array;
  /**
   * The word that tells one body from its namesakes, plus one ("Trường TH An Lạc B", "Mỹ Phước 2": a letter or a
   * number alone); 0 when none.
   */
  private readonly mark: Int32Array;
  /** The list names a part of a body (`PART_HEADS`). */
  private readonly part: Uint8Array;
  private words = new Int32Array(1024);
  /** `mark` and `part` of the list starting at each position of `words`. */
  private markAt = new Int32Array(1024);
  private partAt = new Uint8Array(1024);
  private used = 0;
  private readonly at = new Map<readonly string[], number>();

  constructor(
    size: number,
    private readonly text: Numbering,
  ) {
    this.start = new Int32Array(size).fill(-1);
    this.length = new Int32Array(size);
    this.mark = new Int32Array(size);
    this.part = new Uint8Array(size);
  }

  set(k: number, list: readonly string[] | undefined): void {
    if (!list?.length) return;
    let start = this.at.get(list);
    if (start === undefined) {
      if (this.used + list.length > this.words.length) {
        const grown = new Int32Array(Math.max(this.words.length * 2, this.used + list.length));
        grown.set(this.words);
        this.words = grown;
        const marks = new Int32Array(grown.length);
        marks.set(this.markAt);
        this.markAt = marks;
        const parts = new Uint8Array(grown.length);
        parts.set(this.partAt);
        this.partAt = parts;
      }
      start = this.used;
      for (let w = 0; w < list.length; w++) {
        // Insertion sort by number: a list has a handful of words.
        const id = this.text.of(list[w] as string);
        let at = this.used++;
        for (; at > start && (this.words[at - 1] as number) > id; at--) this.words[at] = this.words[at - 1] as number;
        this.words[at] = id;
      }
      this.at.set(list, start);
      // What the words say of the body, read once per list: many rows share it.
      const mark = list.find((w) => BRANCH_MARK.test(w));
      if (mark !== undefined) this.markAt[start] = this.text.of(mark) + 1;
      if (list.some((w) => PART_HEADS.has(w))) this.partAt[start] = 1;
    }
    this.start[k] = start;
    this.length[k] = list.length;
    this.mark[k] = this.markAt[start] as number;
    this.part[k] = this.partAt[start] as number;
  }

  /**
   * Both lists name a part of a body, and each has a word the other lacks: two parts of one body ("Khoa Nội, Trung
   * tâm Y tế huyện" / "Khoa Sản, Trung tâm Y tế huyện"), not one written twice ("Phòng Tư pháp" / "Phòng Tư pháp,
   * UBND huyện").
   */
  partsDiffer(i: number, j: number): boolean {
    if (this.part[i] !== 1 || this.part[j] !== 1) return false;
    const c = this.common(i, j);
    return c < (this.length[i] as number) && c < (this.length[j] as number);
  }

  /** Each list has a word the other lacks: "HTX Nông nghiệp Phú Thạnh" / "… Phú Hiệp", not "Công ty ABC" / "Công ty TNHH ABC". */
  eachOwn(i: number, j: number): boolean {
    const c = this.common(i, j);
    return c < (this.length[i] as number) && c < (this.length[j] as number);
  }

  /** Both lists tell their body apart from its namesakes, each otherwise ("… An Lạc A" / "… An Lạc B"). */
  marksDiffer(i: number, j: number): boolean {
    const a = this.mark[i] as number;
    const b = this.mark[j] as number;
    return a !== 0 && b !== 0 && a !== b;
  }

  /** One list tells its body apart from its namesakes and the other does not ("… An Lạc" / "… An Lạc B"). */
  oneMarked(i: number, j: number): boolean {
    return (this.mark[i] === 0) !== (this.mark[j] === 0);
  }

  has(k: number): boolean {
    return (this.start[k] as number) >= 0;
  }

  /** Rows holding each list's words, by the list's start. */
  private counts: Int32Array | undefined;

  /** How many records hold the same words as record k (k's list given): how specific they are. */
  rows(k: number): number {
    if (!this.counts) {
      // Counted once: rows per list, then lists with the same words ("UBND" / "Ủy ban nhân dân") added together.
      const perList = new Int32Array(this.used + 1);
      const lengthAt = new Int32Array(this.used + 1);
      for (let r = 0; r < this.start.length; r++) {
        const s = this.start[r] as number;
        if (s < 0) continue;
        perList[s] = (perList[s] as number) + 1;
        lengthAt[s] = this.length[r] as number;
      }
      const byWords = new Map<string, number>();
      const keyOf = new Map<number, string>();
      for (let s = 0; s < perList.length; s++) {
        if (!perList[s]) continue;
        const key = this.words.subarray(s, s + (lengthAt[s] as number)).join(',');
        keyOf.set(s, key);
        byWords.set(key, (byWords.get(key) ?? 0) + (perList[s] as number));
      }
      this.counts = new Int32Array(this.used + 1);
      for (const [s, key] of keyOf) this.counts[s] = byWords.get(key) ?? 0;
    }
    const s = this.start[k] as number;
    return s < 0 ? 0 : (this.counts[s] as number);
  }

  /** How many words the two records' lists have in common (both have one). */
  common(i: number, j: number): number {
    const w = this.words;
    let a = this.start[i] as number;
    let b = this.start[j] as number;
    const la = this.length[i] as number;
    if (a === b) return la;
    const ea = a + la;
    const eb = b + (this.length[j] as number);
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

  /** Both lists hold the same words. */
  equal(i: number, j: number): boolean {
    const la = this.length[i] as number;
    return la === this.length[j] && this.common(i, j) === la;
  }

  /** Some word of record i's list is in record j's list of `other` (numbered alike): a post named in a workplace. */
  meets(i: number, other: WordSets, j: number): boolean {
    const si = this.start[i] as number;
    const sj = other.start[j] as number;
    if (si < 0 || sj < 0) return false;
    for (let a = si; a < si + (this.length[i] as number); a++)
      for (let b = sj; b < sj + (other.length[j] as number); b++) if (this.words[a] === other.words[b]) return true;
    return false;
  }

  /**
   * Record i's list is named in record j's lists of `others` (numbered alike): two of its words or more are there, and
   * at most one is not (a place word one row keeps and the other reads as its commune: "Công an xã").
   */
  within(i: number, others: readonly WordSets[], j: number, missingAllowed = 1): boolean {
    const si = this.start[i] as number;
    if (si < 0) return false;
    let found = 0;
    let missing = 0;
    for (let a = si; a < si + (this.length[i] as number); a++) {
      const w = this.words[a];
      const there = others.some((o) => {
        const sj = o.start[j] as number;
        if (sj < 0) return false;
        for (let b = sj; b < sj + (o.length[j] as number); b++) if (o.words[b] === w) return true;
        return false;
      });
      if (there) found++;
      else if (++missing > missingAllowed) return false;
    }
    return found >= 2;
  }

  /** Words in common over words in either (Jaccard), both lists given. */
  overlap(i: number, j: number): number {
    const c = this.common(i, j);
    return c / ((this.length[i] as number) + (this.length[j] as number) - c);
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
  /**
   * The posts of two rows meet: a word of one's post is in the other's post or workplace ("Trưởng Công an xã" /
   * "Hội viên Hội Nông dân, Trưởng Công an xã").
   */
  postsMeet(i: number, j: number): boolean {
    const p = this.position;
    return p.meets(i, p, j) || p.meets(i, this.workplace, j) || p.meets(j, this.workplace, i);
  }

  /**
   * One row's workplace is named whole in the other's job, post or workplace ("Công an xã" in "Hội viên Hội Nông dân,
   * Trưởng Công an xã"): a second post of one person, not another workplace.
   */
  workplaceInJob(i: number, j: number): boolean {
    const jobs = [this.position, this.workplace];
    return this.workplace.within(i, jobs, j) || this.workplace.within(j, jobs, i);
  }

  /** Every word of one row's workplace is in the other's post or workplace: one person's two posts, written whole. */
  workplaceWholeInJob(i: number, j: number): boolean {
    const jobs = [this.position, this.workplace];
    return this.workplace.within(i, jobs, j, 0) || this.workplace.within(j, jobs, i, 0);
  }


  readonly collective: Uint8Array;
  readonly birthYear: Float64Array;
  readonly birthYearKnown: Uint8Array;
  /** A whole birth date's day and month (MMDD); 0 when not given. */
  readonly birthDay: Uint16Array;
  /** 0 when not given. */
  readonly gender: Int32Array;
  readonly statedKind: Int32Array;
  readonly place: PlaceColumns;
  readonly village: PlaceColumns;
  readonly district: PlaceColumns;
  readonly districtLevel: Uint8Array;
  /** A school's class named without its school: the proposing school's number (`unit`); -1: none. */
  readonly classOf: Int32Array;
  /** How common the name is in the data (name-frequency.ts): rows bearing a person's, communes of a collective's. */
  readonly bearers: Int32Array;
  /** Rows bearing a person's name that could be that person by birth year (`NameFrequencies.personRowsNear`). */
  readonly bearersNear: Int32Array;
  /** A person's surname and given name are both among the country's most frequent. */
  readonly commonName: Uint8Array;
  /** A collective's numbers and organisation kind, as numbers (`NONE` when it has none); -1: not a collective. */
  readonly numbers: Int32Array;
  readonly organisation: Int32Array;
  readonly position: WordSets;
  readonly workplace: WordSets;
  /** The proposing unit, as a number (`unitNumber`). */
  readonly unit: Int32Array;
  /** A person's name folded, as a number (keys.ts); -1: not a person's name. */
  readonly personName: Int32Array;
  /** A collective's words folded, in order and as a set, as numbers (keys.ts); -1: not a collective. */
  readonly collectiveSeq: Int32Array;
  readonly collectiveSet: Int32Array;

  /**
   * `compared`: the records some pair will be scored for (all when not given). The others' facts are left unset: only
   * their workplaces are read, which `WordSets.rows` counts over all records.
   */
  constructor(
    readonly records: readonly MatchRecord[],
    readonly freq: NameFrequencies,
    compared?: Uint8Array,
  ) {
    const n = records.length;
    // Job words, a collective's numbers and organisation kind are numbered here: only scoring compares them.
    const text = new Numbering();
    const genders: string[] = [];
    const kinds: string[] = [];
    this.collective = new Uint8Array(n);
    this.birthYear = new Float64Array(n);
    this.birthYearKnown = new Uint8Array(n);
    this.birthDay = new Uint16Array(n);
    this.gender = new Int32Array(n);
    this.statedKind = new Int32Array(n);
    this.place = new PlaceColumns(n);
    this.village = new PlaceColumns(n);
    this.district = new PlaceColumns(n);
    this.districtLevel = new Uint8Array(n);
    this.classOf = new Int32Array(n).fill(-1);
    this.bearers = new Int32Array(n);
    this.bearersNear = new Int32Array(n);
    this.commonName = new Uint8Array(n);
    this.numbers = new Int32Array(n).fill(-1);
    this.organisation = new Int32Array(n).fill(-1);
    this.position = new WordSets(n, text);
    this.workplace = new WordSets(n, text);
    this.unit = new Int32Array(n);
    this.personName = new Int32Array(n).fill(-1);
    this.collectiveSeq = new Int32Array(n).fill(-1);
    this.collectiveSet = new Int32Array(n).fill(-1);
    // Numbered first: NONE.
    text.of('');
    for (let k = 0; k < n; k++) {
      const r = records[k] as MatchRecord;
      this.workplace.set(k, r.job?.workplace);
      if (compared && !compared[k]) continue;
      this.collective[k] = r.kind === 'collective' ? 1 : 0;
      if (r.birthYear !== undefined) {
        this.birthYear[k] = r.birthYear;
        this.birthYearKnown[k] = 1;
      }
      this.birthDay[k] = r.birthDay ?? 0;
      this.gender[k] = smallCode(r.gender, genders);
      this.statedKind[k] = smallCode(r.statedKind, kinds);
      this.place.set(k, r.place, r.placeKeys);
      this.village.set(k, r.village, r.villageKeys);
      this.district.set(k, r.district, r.districtKeys);
      this.districtLevel[k] = r.districtLevel ? 1 : 0;
      this.unit[k] = r.unitNumber;
      if (r.classOfUnit) this.classOf[k] = r.unitNumber;
      if (r.person) this.personName[k] = r.keys.fold;
      if (r.kind === 'individual') {
        this.bearers[k] = freq.personRows(r);
        this.bearersNear[k] = freq.personRowsNear(r);
        this.commonName[k] = r.person?.common ? 1 : 0;
      } else this.bearers[k] = freq.collectivePlaces(r);
      const c = r.collective;
      if (c) {
        this.collectiveSeq[k] = r.keys.seqFold;
        this.collectiveSet[k] = r.keys.setFold;
        this.numbers[k] = text.of(c.numbers);
        this.organisation[k] = text.of(c.organisation ?? '');
      }
      this.position.set(k, r.job?.position);
    }
  }
}
