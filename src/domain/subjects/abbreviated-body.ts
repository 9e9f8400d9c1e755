/**
 * Bodies written with the abbreviations staff use ("TYT xã Mỹ Lợi", "CA xã An Bình", "BCH Quân sự xã", "Cty TNHH
 * Minh Phát", "Đoàn TN xã", "NHCSXH huyện"): a word in capitals at the start of a name that is otherwise written in
 * ordinary case is an abbreviation, and no person's name is written so. A person's name in capitals ("NGUYỄN VĂN AN"),
 * with its surname in capitals ("NGUYỄN Văn An") or a word in capitals after the middle name ("lê thị HOA") stays a
 * person's.
 */
import { asciiKey, toneKey } from '../text';

// Abbreviations of bodies (tone keys), read as a body's at the start of a name in any writing, or as its second word
// ("Cty TNHH …", "Đoàn TN xã …"). Short forms of positions ("GV", "BS", "CB") are left out: they may precede a
// person's name ("GV Lê Thị Hoa").
const BODY_ABBREVIATIONS = new Set(
  [
    'tyt', 'ttyt', 'ca', 'bch', 'bchqs', 'bql', 'bqlda', 'cty', 'ctcp', 'dntn', 'tnhh', 'mtv', 'nhcsxh', 'nhnn',
    'nhno', 'nhnn&ptnt', 'tt', 'ttvh', 'ttvh-tt', 'ttgdnn', 'ttgdnn-gdtx', 'bv', 'bvđk', 'ubkt', 'đtn', 'tn', 'tncs',
    'lđlđ', 'hlhpn', 'lhpn', 'hnd', 'hccb', 'kbnn', 'ptdtbt', 'ptdtnt', 'mn', 'thcs', 'thpt', 'htx', 'clb',
    'ubnd', 'ubmttq', 'mttq', 'hđnd', 'đu', 'đbx', 'pgd', 'pgd&đt', 'gd&đt', 'qs', 'qsx', 'bchqsx', 'đcs',
  ].map(toneKey),
);
// Abbreviations that are also a surname or a word ("Ca Minh Tuấn", "CA HUY"): a body's only before a place or a
// body ("CA xã An Bình", "CA HUYỆN", "ĐU Khối cơ quan").
const ALSO_NAMES = new Set(['ca', 'đu'].map(toneKey));
// Words after such an abbreviation that no given name is: places and a body's head.
const BODY_FOLLOWERS = new Set(
  [
    'xã', 'phường', 'huyện', 'tỉnh', 'quận', 'tp', 'tx', 'thôn', 'ấp', 'xóm', 'bản', 'khóm', 'khu', 'buôn', 'sóc',
    'làng', 'khối', 'ngành', 'đội', 'đồn', 'trạm', 'phòng', 'ban', 'tổ',
  ].map(toneKey),
);
// Two words that do so together: the first alone may be a middle or a given name ("CA THỊ HOA", "ĐU THÀNH").
const FOLLOWER_PAIRS = new Set(['thị trấn', 'thị xã', 'thành phố', 'cơ quan', 'giao thông'].map(toneKey));
const PAIR_STARTS = new Set([...FOLLOWER_PAIRS].map((p) => p.split(' ')[0]));
// Written so only by a body ("Cty", "Ctcp"): no capitals needed.
const ANY_CASE = new Set(['cty', 'ctcp'].map(toneKey));
const MIDDLE_NAMES = new Set(['văn', 'thị'].map(toneKey));

const LOWER_CASE = /\p{Ll}/u;
const IN_CAPITALS = /^[\p{Lu}&-]{2,}$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_CTY = /^ct(?:y|cp)\s/iu;
const VOWEL = /[aeiouy]/;

const isUpper = (c: string) => c !== c.toLowerCase();

// Whether the character at `i` and the one after it are capitals (the second is looked at first: in a name it is
// a lower-case letter).
function twoCapitalsAt(name: string, i: number): boolean {
  const code = name.charCodeAt(i + 1);
  return (code < 0x80 ? code >= 0x41 && code <= 0x5a : isUpper(name.charAt(i + 1))) && isUpper(name.charAt(i));
}

/** Whether the first or the second word begins with two capitals: what every abbreviation below needs but "Cty". */
function startsWordInCapitals(name: string): boolean {
  if (twoCapitalsAt(name, 0)) return true;
  const space = name.indexOf(' ');
  return space > 0 && twoCapitalsAt(name, space + 1);
}

/**
 * True when a name is a body's written with an abbreviation: its first or second word is one of a body's, or its
 * first word is capitals without a vowel before a word in lower case ("BVĐK huyện"), and no middle name
 * ("Văn", "Thị") follows the first word. Names whose first two words do not begin with two capitals (nearly every
 * name) are answered at once.
 */
export function looksAbbreviatedBody(name: string): boolean {
  if (!startsWordInCapitals(name) && !((name.charCodeAt(0) | 0x20) === 0x63 && STARTS_CTY.test(name))) return false;
  const words = name.trim().split(/\s+/u);
  const first = words[0] ?? '';
  if (words.length < 2) return false;
  const second = words[1] ?? '';
  // "Ca Văn Tuấn", "TT Văn hóa huyện": a middle name followed by a capitalised given name is a person's.
  // "TYT THỊ TRẤN PHÚ MỸ": "Thị" that begins a place with its name after it is no middle name.
  const town = words.length >= 4 && FOLLOWER_PAIRS.has(`${toneKey(second)} ${toneKey(words[2] ?? '')}`);
  if (MIDDLE_NAMES.has(toneKey(second)) && !STARTS_LOWER.test(words[2] ?? '') && words.length <= 5 && !town) return false;
  const mixed = LOWER_CASE.test(name);
  const firstKey = toneKey(first);
  if (BODY_ABBREVIATIONS.has(firstKey) && (IN_CAPITALS.test(first) || ANY_CASE.has(firstKey))) {
    return !ALSO_NAMES.has(firstKey) || bodyFollows(words, 1);
  }
  if (!mixed) return false;
  const secondKey = toneKey(second);
  if (BODY_ABBREVIATIONS.has(secondKey) && IN_CAPITALS.test(second)) return !ALSO_NAMES.has(secondKey) || bodyFollows(words, 2);
  // Any other first word in capitals with no vowel ("BVĐK", "UBKT") before a word in lower case ("huyện"): no
  // surname is written without a vowel.
  return IN_CAPITALS.test(first) && !VOWEL.test(asciiKey(first)) && words.slice(1).some((w) => STARTS_LOWER.test(w));
}

/** Whether the words from `at` begin a place, a body or a service ("xã …", "THỊ TRẤN …", "TP …"), not a given name. */
function bodyFollows(words: readonly string[], at: number): boolean {
  const key = toneKey(words[at] ?? '');
  if (BODY_FOLLOWERS.has(key) || BODY_ABBREVIATIONS.has(key)) return true;
  return PAIR_STARTS.has(key) && FOLLOWER_PAIRS.has(`${key} ${toneKey(words[at + 1] ?? '')}`);
}
