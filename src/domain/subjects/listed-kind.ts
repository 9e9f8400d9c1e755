/**
 * The kind a row is listed under. A kind column or a group row ("I. TẬP THỂ" / "II. CÁ NHÂN") states one; a name that
 * plainly is of the other kind overrides it (SUBJECT_KIND_MISMATCH warns, the ceremony list puts the row under the
 * heading its name shows, and duplicate matching compares it with that heading's rows). One test for all three, so
 * that a row is never a person to one and a body to another.
 */
import { ABBREVIATIONS } from './abbreviations';
import { asciiKey, splitHonorific } from '../text';
import { COLLECTIVE_NAME_STARTS, isPersonsOneWordName, looksCollective, looksPersonal, SubjectKind } from './subject-kind';
import { HAS_VOWEL } from '../text/letters';
import { memoize } from '../text/memo';

/** What the test reads of a row (a registration). */
export interface StatedRow {
  readonly name: string;
  readonly kind?: SubjectKind;
  readonly kindSource?: 'column' | 'group' | 'name' | 'row';
  readonly household: boolean;
  readonly birthYear?: number | undefined;
  readonly gender?: string | undefined;
}

/** The name tests, replaceable by memoised ones where a caller asks them of many rows. */
export interface KindTests {
  collective(name: string): boolean;
  personal(name: string): boolean;
}

/**
 * A person's name, plainly: "Đ/c Trần Văn Lực" is one as "Ông Trần Văn Lực" is (the honorific's slash is no body's).
 * Not a name with a word no person's name has — a word of letters without a vowel («CB Trường THCS An Bình», «HTX»),
 * a body's short form in capitals («UBND», «TTYT») — nor one typed without any diacritic that begins as a body's does
 * without them («Tram Y te xa Thanh Kim», «Chi bo TT Phu Hoa»): a row stated «Tập thể» keeps its kind then.
 */
export const namePlainlyPersonal = (name: string): boolean => {
  const bare = splitHonorific(name).name;
  return (looksPersonal(name) || (bare !== name && looksPersonal(bare))) && !hasBodyWord(name) && !startsLikeBodyWithoutMarks(name);
};

const LETTERS = /^\p{L}{2,}$/u;

// Bodies' short forms in capitals that have a vowel ("UBND", "TTYT"); the others have none ("CB", "THCS", "HĐND").
const SHORT_FORMS = new Set(ABBREVIATIONS.flatMap((a) => a.short).filter((s) => LETTERS.test(s) && s === s.toLocaleUpperCase('vi') && HAS_VOWEL.test(s)));

function hasBodyWord(name: string): boolean {
  // In a name typed all in capitals "CA" may be a syllable; among other words it is a short form.
  const inCapitals = name === name.toLocaleUpperCase('vi');
  return name.split(' ').some((w) => LETTERS.test(w) && (!HAS_VOWEL.test(w) || (!inCapitals && SHORT_FORMS.has(w))));
}

// Bodies' first words without diacritics, by their number of words ("tram", "chi bo", "hoi").
const BARE_STARTS = new Set(COLLECTIVE_NAME_STARTS.map(asciiKey));
const MAX_START_WORDS = Math.max(...COLLECTIVE_NAME_STARTS.map((s) => s.split(' ').length));

// Written as a person's name is: each word capitalised («Truong Van Hung»), or a short name all in capitals.
const TITLE_WORD = /^[A-Z][a-z]*$/;
const writtenAsPersonsName = (name: string): boolean => {
  const words = name.trim().split(/\s+/);
  return words.every((w) => TITLE_WORD.test(w)) || (words.length <= 4 && name === name.toUpperCase());
};

function startsLikeBodyWithoutMarks(name: string): boolean {
  const key = asciiKey(name);
  // Only a name typed without any diacritic: one with them was read as written (looksCollective).
  if (key !== name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()) return false;
  // «Truong Van Hung», «To Van Hung» (Trương, Tô): surnames that are a body's first word once marks go; a body typed
  // without marks has a word in lower case or a short form («Tram Y te xa Thanh Kim», «Chi bo TT Phu Hoa») (review 27).
  if (writtenAsPersonsName(name)) return false;
  const words = key.split(' ');
  for (let n = Math.min(MAX_START_WORDS, words.length - 1); n >= 1; n--) if (BARE_STARTS.has(words.slice(0, n).join(' '))) return true;
  return false;
}

export const KIND_TESTS: KindTests = { collective: looksCollective, personal: namePlainlyPersonal };

/**
 * The kind tests memoised for one check: the matcher and SUBJECT_KIND_MISMATCH ask them of the same names. Made by the
 * analysis and dropped with it.
 */
export const memoKindTests = (): KindTests => ({ collective: memoize(looksCollective), personal: memoize(namePlainlyPersonal) });

/**
 * The row states a kind (a column or a group row: a kind read from the name or the row cannot disagree with it) that
 * its name contradicts: a body's name filed as a person, a person's filed as a body (a household is one by its name).
 */
export function statedKindContradicted<R extends StatedRow>(row: R, tests: KindTests = KIND_TESTS): row is R & { readonly kind: SubjectKind; readonly kindSource: 'column' | 'group' } {
  if (!row.name || (row.kindSource !== 'column' && row.kindSource !== 'group')) return false;
  // «Sóc», «Hội» with a birth year or a gender: a person's one-word name, though a body's word.
  if (row.kind === 'individual') return tests.collective(row.name) && !isPersonsOneWordName(row.name, row);
  if (row.kind === 'collective') return !row.household && tests.personal(row.name);
  return false;
}
