/** Whether a name is a collective (tập thể) or a person (cá nhân), from its first words and its shape. */
import { asciiKey, bareFirstWord, cleanText, toneKey } from '../text';
import { looksAbbreviatedBody } from './abbreviated-body';

export type SubjectKind = 'collective' | 'individual';

// Beginnings of collective names, compared by tone key (diacritics kept: "Hội" is a body, "Hồ" a surname).
// Bare "Đoàn" is left out: it is also a surname ("Đoàn Văn Hậu"); "Đoàn xã …", "Đoàn phường …" are not names.
export const COLLECTIVE_NAME_STARTS: readonly string[] = [
  'đoàn xã', 'đoàn phường', 'đoàn khối', 'dòng tu', 'tu viện',
  'chi bộ', 'đảng bộ', 'đảng ủy', 'chi ủy', 'hội', 'chi hội', 'trường', 'lớp', 'khoa', 'tổ', 'tổ dân phố', 'phòng',
  'ban', 'ủy ban', 'ubnd', 'ubmttq', 'mttq', 'mặt trận', 'công an', 'trạm', 'trung tâm', 'đội', 'đoàn thanh niên',
  'đoàn tncs', 'chi đoàn', 'huyện đoàn', 'xã đoàn', 'liên đoàn', 'liên hiệp', 'câu lạc bộ', 'clb', 'thôn', 'xóm',
  'ấp', 'bản', 'làng', 'buôn', 'sóc', 'khóm', 'khu', 'khu phố', 'xã', 'thị trấn', 'phường', 'gia đình', 'hộ',
  'hợp tác xã', 'htx', 'công ty', 'doanh nghiệp', 'nhà máy', 'xí nghiệp', 'bệnh viện', 'nhà văn hóa', 'văn phòng',
  'cơ quan', 'kho bạc', 'chi cục', 'cục', 'sở', 'chi nhánh', 'ngân hàng', 'bưu điện', 'điện lực', 'hạt', 'đồn',
  'tòa án', 'viện', 'viện kiểm sát', 'đài', 'trung đội', 'tiểu đội', 'đại đội', 'lữ đoàn', 'tập thể', 'nhóm',
  'quỹ', 'cửa hàng', 'hợp tác', 'ban chỉ huy', 'thcs', 'thpt', 'mầm non', 'tiểu học', 'bộ phận', 'bộ môn', 'phân hiệu',
  'công đoàn', 'nghiệp đoàn', 'đoàn cơ sở', 'đảng đoàn', 'tổng công ty', 'tổng đội', 'tiểu đoàn', 'trung đoàn',
  'sư đoàn', 'học viện', 'thư viện', 'bảo tàng', 'nhà thiếu nhi', 'ký túc xá', 'trang trại', 'xưởng', 'phân xưởng',
  'chợ', 'cảng', 'đơn vị', 'lực lượng', 'điểm trường', 'dòng họ', 'chùa', 'giáo xứ', 'giáo họ', 'họ đạo', 'nhà thờ',
  'thánh thất', 'tịnh xá', 'niệm phật đường', 'ban đại diện', 'dân quân', 'mô hình', 'liên đội', 'chi đội', 'liên chi hội',
  'liên chi đoàn', 'phân hội',
];
/**
 * Beginnings that are also a person's name ("Lâm Trường Sơn", "Đoàn Thị Trâm"): a body's only when its second word
 * is written in lower case, as a body's name is ("Lâm trường An Phú", "Đoàn trường THPT", "Đoàn thị trấn Phú Mỹ")
 * and a person's never is.
 */
export const CASE_CUED_NAME_STARTS: readonly string[] = ['đoàn trường', 'lâm trường', 'nông trường', 'đoàn thị trấn'];
const CASE_CUED_STARTS = new Set(CASE_CUED_NAME_STARTS.map(toneKey));
const COLLECTIVE_STARTS = [...COLLECTIVE_NAME_STARTS.map(toneKey), ...CASE_CUED_STARTS];
const COLLECTIVE_SET = new Set(COLLECTIVE_STARTS);
const MAX_START_WORDS = Math.max(...COLLECTIVE_STARTS.map((s) => s.split(' ').length));
// Scratch for looksCollective: where the name's first words end.
const WORD_ENDS: number[] = new Array<number>(MAX_START_WORDS).fill(0);

const FIRST_WORDS = new Set(COLLECTIVE_STARTS.map((s) => s.split(' ')[0]));
// The same first words without marks: most names begin with a surname that is none of them even bare ("Nguyễn").
const BARE_FIRST_WORDS = new Set([...COLLECTIVE_NAME_STARTS, ...CASE_CUED_NAME_STARTS].map((s) => asciiKey(s.split(' ')[0] ?? '')));

/**
 * True when the name begins like the name of a body, a place or a household. Reading, duplicate matching and the
 * kind rule ask it of every row's name: a name whose first word begins no body's (a surname) is answered from that
 * word alone.
 */
export const looksCollective = (name: string): boolean => startsLikeBody(name) || looksAbbreviatedBody(name);

const startsLikeBody = (name: string): boolean => {
  const bare = bareFirstWord(name);
  if (bare !== undefined && !BARE_FIRST_WORDS.has(bare)) return false;
  // The text up to its first space, folded (other spaces fold to one), gives the first word; when it folds to
  // nothing (a zero-width character), the whole name decides.
  const trimmed = name.trimStart();
  const space = trimmed.indexOf(' ');
  const head = toneKey(space < 0 ? trimmed : trimmed.slice(0, space)).trim();
  const end = head.indexOf(' ');
  if (head && !FIRST_WORDS.has(end < 0 ? head : head.slice(0, end))) return false;
  const key = toneKey(name);
  // Where each of the first words ends, found without splitting the key: this is asked of every distinct name.
  let words = 0;
  for (let from = 0; words < MAX_START_WORDS; ) {
    const space = key.indexOf(' ', from);
    WORD_ENDS[words++] = space === -1 ? key.length : space;
    if (space === -1) break;
    from = space + 1;
  }
  for (let n = words; n >= 1; n--) {
    const start = key.slice(0, WORD_ENDS[n - 1]);
    if (COLLECTIVE_SET.has(start) && (!CASE_CUED_STARTS.has(start) || casedAsBody(name, n))) return true;
  }
  return false;
};

export function secondWordInLowerCase(name: string): boolean {
  const second = cleanText(name).split(' ')[1]?.charAt(0) ?? '';
  return second !== second.toUpperCase();
}

// What follows a school's or a place's name: "Đoàn Trường THPT An Phú", "ĐOÀN TRƯỜNG TIỂU HỌC …".
const SCHOOL_WORDS = new Set(['thpt', 'thcs', 'th', 'tiểu', 'trung', 'mầm', 'ptdtnt', 'ptdt', 'cao', 'đại', 'dân', 'phổ'].map(toneKey));

/**
 * A case-cued beginning of `words` words written as a body's: its second word in lower case, or a school level after
 * it ("Đoàn Trường THPT …", in any case), or two words or more of a place after "Đoàn Thị Trấn" (no person's name is
 * that long).
 */
export function casedAsBody(name: string, words: number): boolean {
  if (secondWordInLowerCase(name)) return true;
  const rest = toneKey(name).split(' ').slice(words);
  if (SCHOOL_WORDS.has(rest[0] ?? '')) return true;
  return words === 3 && rest.length >= 2;
}

const ONE_NAME_WORD = /^\s*\p{Lu}\p{Ll}+\s*$/u;

/**
 * A one-word name that is also a body's or a place's word («Sóc», a Khmer given name and a hamlet; «Hội»), in a row
 * stated a person's and giving a birth year or a gender: a person. No body is named by its head noun alone, and a
 * body has neither.
 */
export function isPersonsOneWordName(name: string, facts: { birthYear?: number | undefined; gender?: string | undefined }): boolean {
  return (facts.birthYear !== undefined || facts.gender !== undefined) && ONE_NAME_WORD.test(name);
}

/** True when the name has the shape of a Vietnamese person's name: 2–6 words of letters, no digits. */
export function looksPersonal(name: string): boolean {
  return !looksCollective(name) && hasPersonalShape(name);
}

const LETTERS_ONLY = /^\p{L}+$/u;
// Punctuation people's names carry: an apostrophe in Ê Đê and Jrai names, with or without a space after it ("H'Hen",
// "Ksor H’Ngơm", "H' Nga Niê"), a hyphen ("Y-Bhin Êban"), an initial for a middle name ("T.", "T.Thu").
const PUNCTUATED_NAME_WORD = /^(?:\p{L}+['’]\p{L}+|\p{Lu}['’]|\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)+|\p{Lu}\.(?:\p{Lu}\p{Ll}*)?)$/u;

const hasPersonalShape = (name: string): boolean => {
  const words = name.split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 6) return false;
  // An initial stands for a middle name: the surname and the given name are written out.
  if (words[0]?.endsWith('.') || words[words.length - 1]?.endsWith('.')) return false;
  return words.every((w) => (LETTERS_ONLY.test(w) || PUNCTUATED_NAME_WORD.test(w)) && asciiKey(w).length <= 7);
};

export function inferSubjectKind(name: string): SubjectKind | undefined {
  if (looksCollective(name)) return 'collective';
  if (hasPersonalShape(name)) return 'individual';
  return undefined;
}

const COLLECTIVE_WORDS = new Set(['tapthe', 'tt', 'collective']);
const INDIVIDUAL_WORDS = new Set(['canhan', 'cn', 'individual']);
const HOUSEHOLD_WORDS = new Set(['hogiadinh', 'giadinh', 'hgd', 'ho']);
type StatedKind = Readonly<{ kind: SubjectKind; household: boolean }>;
const COLLECTIVE: StatedKind = Object.freeze({ kind: 'collective', household: false });
const INDIVIDUAL: StatedKind = Object.freeze({ kind: 'individual', household: false });
const HOUSEHOLD: StatedKind = Object.freeze({ kind: 'collective', household: true });

// The answers are shared, never changed (a reader memoises this per table: a kind column holds a handful of texts).
const statedKind = (text: string): StatedKind | null => {
  const k = asciiKey(text).replace(/ /g, '');
  if (COLLECTIVE_WORDS.has(k)) return COLLECTIVE;
  if (INDIVIDUAL_WORDS.has(k)) return INDIVIDUAL;
  if (HOUSEHOLD_WORDS.has(k)) return HOUSEHOLD;
  return null;
};

/** "Tập thể", "CA NHAN", "TAPTHE", "TT", "CN", "Hộ gia đình": the kind a cell states, if it states one. */
export function parseSubjectKind(text: string): StatedKind | undefined {
  return statedKind(text) ?? undefined;
}

const HOUSEHOLD_STARTS = ['gia đình', 'hộ', 'hộ gia đình'].map(toneKey);

/** "Gia đình ông …", "Hộ gia đình …": a household, one exemplar. */
export function isHousehold(name: string): boolean {
  // Only a name starting "Gia…" or "H…" can be one (in either case): the others need no key.
  const first = name.charCodeAt(0) | 0x20;
  if (first !== 0x68 && !(first === 0x67 && (name.charCodeAt(1) | 0x20) === 0x69 && (name.charCodeAt(2) | 0x20) === 0x61)) return false;
  // Nor can one whose first word is neither "gia" nor "hộ" without its marks ("Hội", "Hoàng").
  const bare = bareFirstWord(name);
  if (bare !== undefined && bare !== 'gia' && bare !== 'ho') return false;
  const k = toneKey(name);
  // Whole words: "hộ" begins "hộ gia đình …", not "hội …".
  return HOUSEHOLD_STARTS.some((h) => k.startsWith(h) && (k.length === h.length || k.charCodeAt(h.length) === 0x20));
}
