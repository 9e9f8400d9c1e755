/**
 * How a person's name is printed on the ceremony list: a word typed all in capitals ("TRẦN") or all in lower case
 * ("nguyễn") is written as a name is ("Trần", "Nguyễn"), each part after an apostrophe or a dot too ("H'HEN" →
 * "H'Hen", "T.THU" → "T.Thu"); a word in mixed case ("H'Hen", "McLane") is kept as the unit wrote it.
 */
import { ABBREVIATIONS } from '../subjects/abbreviations';
import { PLACE_KEYWORDS } from '../duplicates/places';
import type { UnitAbbreviations } from '../profile/schema';
import { COLLECTIVE_NAME_STARTS } from '../subjects/subject-kind';
import { toneKey } from '../text';
import { unitNameWriter } from '../units/written-name';
import { HAS_VOWEL } from '../text/letters';

// Apostrophes in any of their forms («'», «’», «ʼ», «ˈ»): «HʼHEN» → «HʼHen».
const PARTS = /(['’‘`´′ʼˈʻ.-])/u;
const HAS_LETTER = /\p{L}/u;

// One case throughout: no care was taken over it.
const inOneCase = (word: string) =>
  HAS_LETTER.test(word) && (word === word.toLocaleUpperCase('vi') || word === word.toLocaleLowerCase('vi'));

const capitalised = (part: string) => part.charAt(0).toLocaleUpperCase('vi') + part.slice(1).toLocaleLowerCase('vi');

// Words that join or relate people and are no part of a name («… con ông …», «… cùng vợ …», «… và chồng»): typed in
// lower case among capitalised words, they were written so on purpose.
// Not «trai», «gái»: given names too («Nguyễn Thị Gái», «Bé Gái»).
const NOT_NAME_WORDS = new Set(['con', 'ông', 'bà', 'cụ', 'cùng', 'với', 'và', 'vợ', 'chồng', 'của', 'là', 'các', 'cháu']);
const CAPITAL_START = /^\p{Lu}/u;

/** Which words of the name are kept as typed: a joining word in lower case after a capitalised word. */
function keptLower(words: readonly string[]): (w: string, i: number) => boolean {
  const capitals = words.some((w) => CAPITAL_START.test(w));
  return (w, i) => capitals && i > 0 && NOT_NAME_WORDS.has(w.normalize('NFC'));
}

/** True when some word of the name is typed in one case, other than a single capital ("Y Bhin", "Nguyễn Văn A"). */
export function typedCarelessly(name: string): boolean {
  const words = name.split(' ');
  const kept = keptLower(words);
  return words.some((w, i) => inOneCase(w) && w !== capitalised(w) && !kept(w, i));
}

/** The person's name as printed: its words typed in one case written as names are. */
export function printedPersonName(name: string): string {
  if (!typedCarelessly(name)) return name;
  const words = name.split(' ');
  const kept = keptLower(words);
  return words.map((w, i) => (inOneCase(w) && !kept(w, i) ? w.split(PARTS).map(capitalised).join('') : w)).join(' ');
}

// A body's beginning as written: its first word capitalised, a short form within it in capitals («Đoàn TNCS», review 27).
const startWritten = (start: string) =>
  start
    .split(' ')
    .map((w, i) => (!HAS_VOWEL.test(w) ? w.toLocaleUpperCase('vi') : i === 0 ? capitalised(w) : w))
    .join(' ');

// Words of bodies' names no list above writes: a household's «ông», «bà»; «số» before a number; common trades.
const BODY_WORDS = ['ông', 'bà', 'số', 'Tổ hợp tác', 'Nông nghiệp'];

const LOWER_START = /^\p{Ll}/u;

/**
 * How a body's name is printed: one typed all in capitals («CHI BỘ ẤP HÒA THUẬN») or all in lower case as the list's
 * other bodies are written («Chi bộ ấp Hòa Thuận»), as a letterhead's unit name is (units/written-name.ts): bodies'
 * words as names write them, places' words in lower case, other words capitalised; short forms («UBND», «THCS»,
 * «HTX»), codes («12A1») and numerals («ẤP II») kept in capitals. A name in mixed case is printed as typed, but for its
 * first letter («chi bộ ấp Quốc Hưng», trial 20b #7) or its first short form («ubnd xã …»). Build once per list.
 */
export function bodyNameWriter(abbreviations: UnitAbbreviations | undefined): (name: string) => string {
  const shortForms = ABBREVIATIONS.flatMap((a) => a.short).filter((s) => !s.includes(' ') && s === s.toLocaleUpperCase('vi'));
  const short = new Set([...shortForms, ...Object.keys(abbreviations ?? {})].map(toneKey));
  const places = new Set(Object.values(PLACE_KEYWORDS).flat().map(toneKey));
  // Bodies' beginnings and what short forms stand for, as names write them; a place's word in lower case.
  const written = ABBREVIATIONS.filter((a) => !a.only && a.full).map((a) => a.full);
  const phrases = [...COLLECTIVE_NAME_STARTS.map(startWritten), ...written, ...BODY_WORDS]
    .filter((p) => !short.has(toneKey(p)))
    .map((p) => (places.has(toneKey(p)) ? p.toLocaleLowerCase('vi') : p));
  const write = unitNameWriter(abbreviations, { phrases, shortForms });
  return (name) => {
    if (!LOWER_START.test(name)) return write(name);
    if (name === name.toLocaleLowerCase('vi')) return write(name.toLocaleUpperCase('vi'));
    const space = name.indexOf(' ');
    const first = space < 0 ? name : name.slice(0, space);
    const rest = name.slice(first.length);
    return (short.has(toneKey(first)) ? first.toLocaleUpperCase('vi') : capitalised(first)) + rest;
  };
}
