/** How two names compare: the tests the name levels of comparison-levels.ts are made of. */
import type { RecordFacts } from './facts';
import type { NameFrequencies } from './name-frequency';
import type { MatchRecord, PersonName } from './normalize';
import { isBirthOrderName } from './common-names';
import { foldWord, Token } from './tokens';

/** True when a and b differ by at most one inserted, deleted or substituted character. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // After the first difference the rest must be equal, shifted by one on the longer side when lengths differ.
  const ia = la >= lb ? i + 1 : i;
  const ib = lb >= la ? i + 1 : i;
  if (la - ia !== lb - ib) return false;
  for (let k = 0; ia + k < la; k++) if (a.charCodeAt(ia + k) !== b.charCodeAt(ib + k)) return false;
  return true;
}

/** One word equal: folded alike, or alike without diacritics when that side's whole name was typed without them. */
function sameWord(x: Token, y: Token, plain: boolean): boolean {
  return x.fold === y.fold || (plain && x.ascii === y.ascii);
}

/**
 * "Trần Thủy" / "Trần Thị Thủy": same surname and given name, the shorter's middle names in the longer's; the word
 * only the longer has, else undefined.
 */
function extraMiddle(a: PersonName, b: PersonName, plain: boolean): Token | undefined {
  const [short, long] = a.tokens.length < b.tokens.length ? [a, b] : [b, a];
  const s = short.tokens;
  const l = long.tokens;
  if (l.length !== s.length + 1 || s.length < 2) return undefined;
  if (!sameWord(short.surname, long.surname, plain) || !sameWord(short.given, long.given, plain)) return undefined;
  // The middle names are the words between surname and given name.
  let j = 1;
  let extra: Token | undefined;
  for (let k = 1; k < l.length - 1; k++) {
    if (j < s.length - 1 && sameWord(s[j] as Token, l[k] as Token, plain)) j++;
    else extra ??= l[k];
  }
  return j === s.length - 1 ? extra : undefined;
}

/** The middle names that say only man or woman: left out, the name is the same name. */
const MARKERS = ['Thị', 'Văn'].map((w) => foldWord(w));
const isMarker = (t: Token, plain: boolean) => MARKERS.some((m) => (plain ? m.ascii === t.ascii : m.fold === t.fold));

/** Both are people's names and the same word for word (folded): tone placement, NFD, i/y and honorifics aside. */
export const sameName = (a: MatchRecord, b: MatchRecord) => !!a.person && !!b.person && a.nameFold === b.nameFold;

/**
 * `sameName`, `sameCollective` and `sameWordSet` of the records at positions i and j, read from the numbers of
 * their texts (equal texts, equal numbers): every candidate pair asks the first name level.
 */
export const sameNameAt = (f: RecordFacts, i: number, j: number) => (f.personName[i] as number) >= 0 && f.personName[i] === f.personName[j];
export const sameCollectiveAt = (f: RecordFacts, i: number, j: number) => (f.collectiveSeq[i] as number) >= 0 && f.collectiveSeq[i] === f.collectiveSeq[j];
export const sameWordSetAt = (f: RecordFacts, i: number, j: number) => (f.collectiveSet[i] as number) >= 0 && f.collectiveSet[i] === f.collectiveSet[j];

/** A letter or a number alone: which of its namesakes a body is ("Trường Tiểu học Phú Hữu A"). */
const MARK = /^(?:[a-zđ]|\d{1,3})$/;

/**
 * Two collectives' words, the same set, in another order by whole phrases of two words or more, or a namesake's
 * letter moved ("Trường Tiểu học "A" Phú Hữu" / "Trường Tiểu học Phú Hữu A"): "Chi bộ Thôn 3 Trường Tiểu học" /
 * "Chi bộ Trường Tiểu học Thôn 3". Words swapped one by one name another body: "ấp Hòa Bình" is not "ấp Bình Hòa".
 */
export function reorderedByPhrases(a: MatchRecord, b: MatchRecord): boolean {
  const x = a.collective?.core;
  const y = b.collective?.core;
  if (!x || !y || x.length !== y.length) return false;
  if (swappedAroundJoin(x, y) || swappedAroundJoin(y, x)) return true;
  const pairs = new Set<string>();
  for (let k = 0; k + 1 < x.length; k++) pairs.add(`${(x[k] as Token).fold} ${(x[k + 1] as Token).fold}`);
  // Runs of y whose every two neighbours are neighbours in x too: each must be two words or more.
  let run = 1;
  for (let k = 1; k <= y.length; k++) {
    if (k < y.length && pairs.has(`${(y[k - 1] as Token).fold} ${(y[k] as Token).fold}`)) run++;
    else {
      if (run < 2 && !MARK.test((y[k - 1] as Token).fold)) return false;
      run = 1;
    }
  }
  return true;
}

const AND = 'va2';
const sameWords = (a: readonly Token[], b: readonly Token[]) => a.length === b.length && a.every((t, k) => t.fold === (b[k] as Token).fold);

/**
 * The two sides of "và" or of a dash swapped, the rest alike: "Phòng Văn hóa và Thông tin" / "Phòng Thông tin và Văn
 * hóa", "Tổ Toán – Tin" / "Tổ Tin – Toán".
 */
function swappedAroundJoin(x: readonly Token[], y: readonly Token[]): boolean {
  let p = 0;
  while (p < x.length && (x[p] as Token).fold === (y[p] as Token).fold) p++;
  let e = x.length;
  while (e > p && (x[e - 1] as Token).fold === (y[e - 1] as Token).fold) e--;
  const mx = x.slice(p, e);
  const my = y.slice(p, e);
  for (let t = 1; t < mx.length; t++) {
    // "X và Y": the join is a word; "X – Y": the word before the dash stops.
    const join = (mx[t] as Token).fold === AND ? 1 : (mx[t - 1] as Token).stop ? 0 : -1;
    if (join < 0) continue;
    const left = mx.slice(0, t);
    const right = mx.slice(t + join);
    if (right.length && sameWords(my.slice(0, right.length), right) && sameWords(my.slice(my.length - left.length), left)) return true;
  }
  return false;
}

/** The same letters without diacritics ("Nguyen Van Hung" / "Nguyễn Văn Hùng"). */
export const sameLetters = (a: MatchRecord, b: MatchRecord) => !!a.person && !!b.person && a.nameAscii === b.nameAscii;

/** One side typed without any diacritic. */
export const eitherPlain = (a: MatchRecord, b: MatchRecord) => a.plain || b.plain;

/** The given names differ (by their diacritics, when the letters are the same). */
export const givenDiffers = (a: MatchRecord, b: MatchRecord) => a.person?.given.fold !== b.person?.given.fold;

/**
 * How two names differ by a word: "marker" (a middle «Thị» or «Văn» left out: "Trần Thủy" / "Trần Thị Thủy"),
 * "middle" (the shorter gives no middle name and the longer one: "Lê Hùng" / "Lê Đức Hùng"), "word" (both give a
 * middle name and one has a word more: "Nguyễn Thị Lan" / "Nguyễn Thị Ngọc Lan", "Lê Văn Một" / "Lê Văn Mười Một",
 * most often part of a given name of two words: another person, trial 17 #2), else undefined.
 */
export function wordMore(a: MatchRecord, b: MatchRecord): 'marker' | 'middle' | 'word' | undefined {
  const pa = a.person;
  const pb = b.person;
  if (!pa || !pb) return undefined;
  const plain = a.plain || b.plain;
  const extra = extraMiddle(pa, pb, plain);
  if (!extra) return undefined;
  if (isMarker(extra, plain)) return 'marker';
  return Math.min(pa.tokens.length, pb.tokens.length) === 2 ? 'middle' : 'word';
}

/**
 * "Lê Văn Hùng" / "Lê Hùng Văn": the surname the same, the other words the same but in another order (a given and a
 * middle name swapped when typed). Never certain: a clerk looks.
 */
export function namesReordered(a: MatchRecord, b: MatchRecord): boolean {
  const pa = a.person;
  const pb = b.person;
  if (!pa || !pb || pa.tokens.length !== pb.tokens.length || pa.tokens.length < 3) return false;
  const plain = a.plain || b.plain;
  if (!sameWord(pa.surname, pb.surname, plain) || sameWord(pa.given, pb.given, plain)) return false;
  const key = (t: Token) => (plain ? t.ascii : t.fold);
  const rest = (p: typeof pa) => p.tokens.slice(1).map(key).sort().join(' ');
  return rest(pa) === rest(pb);
}

/**
 * "Nguyễn T. Ngọc Hân" / "Nguyễn Thị Ngọc Hân": as many words, surname and given name the same, and each middle name
 * that differs written by its initial on one side.
 */
export function middleInitialOnly(a: MatchRecord, b: MatchRecord): boolean {
  const pa = a.person;
  const pb = b.person;
  if (!pa || !pb || pa.tokens.length !== pb.tokens.length || pa.tokens.length < 3) return false;
  const plain = a.plain || b.plain;
  if (!sameWord(pa.surname, pb.surname, plain) || !sameWord(pa.given, pb.given, plain)) return false;
  let initials = 0;
  for (let k = 1; k < pa.tokens.length - 1; k++) {
    const x = pa.tokens[k] as Token;
    const y = pb.tokens[k] as Token;
    if (sameWord(x, y, plain)) continue;
    const [initial, word] = x.ascii.length === 1 ? [x, y] : [y, x];
    if (initial.ascii.length !== 1 || word.ascii.length < 2 || word.ascii[0] !== initial.ascii) return false;
    initials++;
  }
  return initials > 0;
}

/** As many words, one letter apart. */
export function oneLetterApart(a: MatchRecord, b: MatchRecord): boolean {
  const pa = a.person;
  const pb = b.person;
  return !!pa && !!pb && pa.tokens.length === pb.tokens.length && withinOneEdit(a.nameAscii, b.nameAscii);
}

/** Collectives' names without their commune: word for word, as sets, as sets without diacritics. */
export const sameCollective = (a: MatchRecord, b: MatchRecord) => !!a.collective && !!b.collective && a.collective.seqFold === b.collective.seqFold;
export const sameWordSet = (a: MatchRecord, b: MatchRecord) => !!a.collective && !!b.collective && a.collective.setFold === b.collective.setFold;
export const sameLetterSet = (a: MatchRecord, b: MatchRecord) => !!a.collective && !!b.collective && a.collective.setAscii === b.collective.setAscii;

/**
 * One name gives its commune with "xã" and the other without, in its words ("Trường THCS xã Tân Lập" / "Trường THCS
 * Tân Lập"): the same words once the keyword is dropped.
 */
export function placeWordOnly(a: MatchRecord, b: MatchRecord): boolean {
  const ca = a.collective;
  const cb = b.collective;
  if (!ca || !cb) return false;
  if (ca.bareSetFold === cb.bareSetFold) return true;
  return (a.plain || b.plain) && ca.bareSetAscii === cb.bareSetAscii;
}

/**
 * Names of as many words, alike but for the given name, the two given names birth-order names whose letters differ
 * («Lê Văn Năm» / «Lê Văn Tám», «Lê Văn Ba» / «Lê Văn Bảy»): two people, whatever the data at hand holds (trial 17 #4).
 * Given names that differ by a diacritic only («Hùng» / «Hưng») are not: a spelling question.
 */
export function twoBirthOrderNames(a: MatchRecord, b: MatchRecord): boolean {
  const pa = a.person;
  const pb = b.person;
  if (!pa || !pb || pa.tokens.length !== pb.tokens.length || pa.given.ascii === pb.given.ascii) return false;
  const plain = a.plain || b.plain;
  for (let k = 0; k < pa.tokens.length - 1; k++) if (!sameWord(pa.tokens[k] as Token, pb.tokens[k] as Token, plain)) return false;
  return isBirthOrderName(pa.given, a.plain) && isBirthOrderName(pb.given, b.plain);
}

/**
 * Rows that must bear each of two spellings for both to be names in use, not one a typo of the other: a few, and
 * not a sliver of the other's ("Tị" typed for "Thị" a few times in a province of a hundred thousand rows is a typo).
 */
const NAMES_IN_USE = { rows: 3, share: 1 / 50 };

/**
 * Names of as many words whose differing words are each borne by several people of the data ("Hạnh" / "Hằng",
 * "Hùng" / "Hưng"): two names in use, not a typo of one. A typo is rare: its spelling is borne by one row or two.
 */
export function twoNamesInUse(a: MatchRecord, b: MatchRecord, freq: NameFrequencies): boolean {
  const ta = a.person?.tokens;
  const tb = b.person?.tokens;
  if (!ta || !tb || ta.length !== tb.length) return false;
  let differ = false;
  for (let k = 0; k < ta.length; k++) {
    const x = (ta[k] as Token).fold;
    const y = (tb[k] as Token).fold;
    if (x === y) continue;
    const at = k === 0 ? 'surname' : k === ta.length - 1 ? 'given' : 'middle';
    const rx = freq.wordRows(x, at);
    const ry = freq.wordRows(y, at);
    const fewer = Math.min(rx, ry);
    if (fewer < NAMES_IN_USE.rows || fewer < Math.max(rx, ry) * NAMES_IN_USE.share) return false;
    differ = true;
  }
  return differ;
}
