/**
 * How many exemplars one name cell holds (R1: "01 tập thể hoặc 01 cá nhân"). Staff put several people or bodies
 * in one cell with commas, semicolons, "và", "+", "&", dashes, numbering or line breaks (already turned into
 * spaces by cleaning). Words like "và" also live inside one body's name ("Phòng Văn hóa và Thông tin huyện"), and
 * a household ("Gia đình ông A và bà B") is one exemplar, so a piece of the cell counts as a further subject only
 * when it has the unmistakable shape of one: a person's full name, or a name starting with a body's head noun.
 */
import { looksCollective, SubjectKind } from './subject-kind';
import { splitHonorific, toneKey } from '../text';
import { coupleIn, namedSpouses } from './couple';
import { leadingRank } from './titles';
import { isCallWordName } from './call-words';

/**
 * How a piece was joined to the one before it: "và"/"+"/"&" conjoin, commas and dashes may only qualify, and
 * "cùng"/"với"/"cùng với" join a person to a person ("Trần Văn Nam cùng vợ Phạm Thị Hoa") but live inside bodies'
 * names too ("Câu lạc bộ Dưỡng sinh cùng vui", "Câu lạc bộ Phụ nữ với pháp luật").
 */
type Joiner = 'first' | 'and' | 'list' | 'with';

interface Piece {
  text: string;
  joiner: Joiner;
}

// Group 1: list separators (comma, semicolon, spaced dash, "1." numbering, a slash but "Đ/c" and "19/5");
// group 2: conjunctions; group 3: "with" words.
const SEPARATOR =
  /(\s*[,;]\s*|\s+[-–—]\s+|(?:^|\s+)\d{1,2}[.)]\s+|\s*\/(?!c(?:[\s:.]|$))(?<!\d\/(?=\d))\s*)|(\s+và\s+|\s*[+&]\s*)|(\s+(?:cùng\s+với|cùng|với)\s+)/giu;

// The same pattern without the global flag: most cells hold one name and need no match iterator.
const HAS_SEPARATOR = new RegExp(SEPARATOR.source, 'iu');

// One to three words joined by single spaces, with no white space, digit, parenthesis or separator character in
// them: nothing for SEPARATOR or tidying to act on but a "và" between words, and too few words for two names run
// together (splitRunOn needs two words on each side; "Nguyễn Thị Bà Văn" is two). Keep in step with all three.
const PLAIN_WORD = String.raw`[^\s\d(,;+&\-–—/]+`;
const SHORT_PLAIN = new RegExp(`^${PLAIN_WORD}(?: ${PLAIN_WORD}){0,2}$`);
const CONJOINED = / và /iu;

/**
 * True when a cell plainly names one exemplar: a short plain cell (above) without "và" is one piece, too short for
 * a run-on split, so subjectsIn gives it back whole. Most cells are such a name; asking this first spares them the
 * splitting, and spares caching them.
 */
export function isPlainlyOne(name: string): boolean {
  return SHORT_PLAIN.test(name) && !CONJOINED.test(name);
}

function splitPieces(name: string): Piece[] {
  if (!HAS_SEPARATOR.test(name)) {
    const text = name.trim();
    return text ? [{ text, joiner: 'first' }] : [];
  }
  const pieces: Piece[] = [];
  let joiner: Joiner = 'first';
  let last = 0;
  for (const m of name.matchAll(SEPARATOR)) {
    const text = name.slice(last, m.index).trim();
    if (text) pieces.push({ text, joiner: pieces.length ? joiner : 'first' });
    joiner = m[1] !== undefined ? 'list' : m[2] !== undefined ? 'and' : 'with';
    last = m.index + m[0].length;
  }
  const rest = name.slice(last).trim();
  if (rest) pieces.push({ text: rest, joiner: pieces.length ? joiner : 'first' });
  return pieces;
}

const keys = (list: string[]) => new Set(list.map(toneKey));

// Head nouns of bodies. School levels ("THCS", "Tiểu học") are left out: "Trường Tiểu học và THCS An Bình" is one school.
const BODY_HEADS = keys([
  'chi bộ', 'đảng bộ', 'đảng ủy', 'chi ủy', 'huyện ủy', 'hội', 'chi hội', 'hội đồng nhân dân', 'hđnd', 'trường', 'tổ',
  'phòng', 'ban', 'ủy ban', 'ubnd', 'ubmttq', 'mttq', 'mặt trận', 'công an', 'trạm', 'trung tâm', 'đội', 'đoàn thanh niên',
  'đoàn tncs', 'chi đoàn', 'huyện đoàn', 'xã đoàn', 'liên đoàn', 'câu lạc bộ', 'clb', 'hợp tác xã', 'htx', 'công ty',
  'doanh nghiệp', 'nhà máy', 'xí nghiệp', 'bệnh viện', 'văn phòng', 'cơ quan', 'kho bạc', 'chi cục', 'cục', 'sở',
  'chi nhánh', 'ngân hàng', 'bưu điện', 'điện lực', 'hạt', 'đồn', 'tòa án', 'viện kiểm sát', 'đài', 'ban chỉ huy', 'nhóm',
  'quỹ', 'cửa hàng', 'lớp', 'khoa', 'tập thể', 'nhà văn hóa', 'bộ phận', 'bộ môn', 'phân hiệu', 'tiểu đội', 'trung đội',
  'công đoàn', 'lực lượng', 'điểm trường', 'dòng họ', 'chùa', 'giáo xứ', 'nhà thờ',
]);
// Bodies that are parts of a larger one, smallest first: after a comma or a dash a larger body names the part's
// parent ("Khoa Dược, Trung tâm Y tế huyện", "Tổ Tổng hợp - Hành chính, Văn phòng UBND huyện"), not a second subject.
function partRanks(): ReadonlyMap<string, number> {
  return new Map<string, number>([
    ...['tổ', 'nhóm', 'lớp', 'bộ phận', 'bộ môn', 'tiểu đội'].map((h) => [toneKey(h), 1] as const),
    ...['khoa', 'phòng', 'ban', 'đội', 'chi bộ', 'chi đoàn', 'chi hội', 'trạm', 'văn phòng', 'chi nhánh', 'phân hiệu', 'trung đội', 'chi cục']
      .map((h) => [toneKey(h), 2] as const),
  ]);
}
const PART_RANKS = partRanks();
const WHOLE_BODY = 3;
const rankOf = (head: string) => PART_RANKS.get(head) ?? WHOLE_BODY;
// Places: after a comma they usually locate the body before them ("Chi bộ Thôn 3, xã An Bình").
const PLACE_HEADS = keys([
  'thôn', 'xóm', 'ấp', 'bản', 'làng', 'buôn', 'sóc', 'khóm', 'khu', 'khu phố', 'khu dân cư', 'tổ dân phố', 'xã', 'thị trấn',
  'phường', 'huyện', 'thị xã', 'quận', 'tỉnh', 'thành phố',
]);
const HOUSEHOLD_HEADS = keys(['gia đình', 'hộ', 'hộ gia đình']);
// Common nouns that begin like a head noun but name no body ("Lao động - Thương binh và Xã hội").
const NOT_BODIES = keys([
  'xã hội', 'tổ chức', 'tổ quốc', 'tổ hợp', 'đội ngũ', 'ban ngành', 'ban hành', 'hội nhập', 'hội họp', 'hội nghị', 'khu vực',
  'phòng chống', 'phòng ngừa', 'phòng cháy', 'trường học', 'lớp học', 'sở hữu', 'cục bộ', 'hộ nghèo', 'hộ tịch', 'hộ khẩu',
  'hộ chiếu', 'hộ lý', 'quỹ đất', 'đài loan',
]);
// Abbreviations that name a whole body on their own ("Đảng ủy, HĐND, UBND xã").
const STANDALONE_BODIES = keys(['hđnd', 'ubnd', 'ubmttq', 'mttq', 'htx', 'clb', 'đảng ủy', 'chi ủy', 'huyện ủy']);

type HeadKind = 'body' | 'place' | 'household';

/**
 * The head noun a piece starts with (longest first), when at least one word follows it.
 */
export const headOf = (text: string): { head: string; kind: HeadKind } | null => {
  const key = toneKey(text);
  if (STANDALONE_BODIES.has(key)) return { head: key, kind: 'body' };
  const words = key.split(' ');
  if (NOT_BODIES.has(words.slice(0, 2).join(' '))) return null;
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    if (HOUSEHOLD_HEADS.has(head)) return { head, kind: 'household' };
    if (PLACE_HEADS.has(head)) return { head, kind: 'place' };
    if (BODY_HEADS.has(head)) return { head, kind: 'body' };
  }
  return null;
};

const SURNAMES = keys([
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương', 'lý',
  'lưu', 'trương', 'đinh', 'đoàn', 'lâm', 'mai', 'trịnh', 'đào', 'cao', 'hà', 'tô', 'tạ', 'la', 'lương', 'kiều', 'quách',
  'thái', 'triệu', 'từ', 'châu', 'chu', 'giang', 'hứa', 'khúc', 'khổng', 'lã', 'lại', 'lục', 'mạc', 'nghiêm', 'nông',
  'phí', 'phùng', 'quan', 'tăng', 'thân', 'tiêu', 'tôn', 'vi', 'vương', 'âu', 'bạch', 'bế', 'cù', 'diệp', 'doãn', 'đàm',
  'đồng', 'hàn', 'hầu', 'khương', 'kim', 'lò', 'lộc', 'lường', 'ninh', 'sầm', 'sùng', 'thạch', 'tòng', 'tống', 'ung',
  'viên', 'vòng', 'giàng', 'mẫn', 'chử', 'chế', 'mã', 'lạc',
]);
const MIDDLE_NAMES = keys(['văn', 'thị']);
// A piece that starts like a position or an address says who someone is, not who else is named.
const POSITION_STARTS = [
  'bí thư', 'phó', 'chủ tịch', 'trưởng', 'giám đốc', 'hiệu trưởng', 'hiệu phó', 'giáo viên', 'cán bộ', 'công chức',
  'viên chức', 'đảng viên', 'hội viên', 'đoàn viên', 'nguyên', 'cựu', 'chiến sĩ', 'bác sĩ', 'y sĩ', 'y tá', 'điều dưỡng',
  'kế toán', 'thủ quỹ', 'chuyên viên', 'nhân viên', 'công nhân', 'nông dân', 'học sinh', 'sinh viên', 'người',
  'thành viên', 'ủy viên', 'già làng', 'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'thiếu tá', 'trung tá', 'thượng tá',
  'đại tá', 'thượng sĩ', 'trung sĩ', 'hạ sĩ', 'chỉ huy', 'sinh năm', 'năm sinh', 'quê quán', 'thường trú', 'trú tại',
  'địa chỉ', 'thương binh', 'liệt sĩ',
].map(toneKey);

export function startsWithPosition(key: string): boolean {
  return POSITION_STARTS.some((p) => key === p || key.startsWith(`${p} `));
}

/**
 * A person's full name, honorific allowed: 2–6 capitalised words of letters (unless the whole cell is written
 * in lower case), not a body, not a position, and with evidence of a name: an honorific, the middle name
 * "Văn"/"Thị", a common surname followed by two more words, or the marks of an ethnic-minority name (below). The
 * evidence keeps "Thông tin" or "Môi trường" from passing for people, and two words after a surname are asked for
 * because places share surnames ("Hà Nội"). A surname and "Văn"/"Thị" are evidence enough in any case: staff type
 * «Nguyễn văn Dũng», «Lê thị Hoa», «nguyễn Văn Bình», «Lò Văn ún» (.VnTime has no «Ú»).
 */
function isPersonName(text: string, cellHasCapitals: boolean): boolean {
  return (cellHasCapitals ? isCapitalisedPersonName : isAnyCasePersonName)(text);
}

/** The same test for a text on its own (a line of a cell, a piece of it): capitals are asked for when it has any. */
export function looksLikePersonName(text: string): boolean {
  return isPersonName(text, HAS_CAPITAL.test(text));
}

const NAME_WORD = /^[\p{L}'’‘`´′]+$/u;
const CAPITALISED = /^\p{Lu}/u;

// The marks of names no Kinh surname list knows. Ê Đê, Jrai, M'Nông: «Y» before a man's given name, «H'» before a
// woman's, «K'» in K'Ho and M'Nông names, within the name's first three words («Y Blok», «Kpă Y Blok», «Rơ Chăm Y
// Đăng», «H'Hen Niê», «Ksor H'Blông», «Điểu K'Lơi»; the apostrophe in any of its look-alikes, or a space after it).
// Hmông and Dao: «A», «Seo», «Mí» after the surname («Hờ A Páo», «Vàng Seo Phìn»). Khmer: «Chau» (men), «Néang»
// (women) first («Chau Sóc», «Néang Sa Phol»). «Y» also begins words of medicine («Y tế», «Y sĩ»), which are none.
const PREFIXED_GIVEN = /^[HK](?:['’‘`´′ʼˈ]\p{L}|['’‘`´′ʼˈ]$)/u;
const MEDICAL_Y = keys(['tế', 'sĩ', 'tá', 'khoa', 'học', 'dược', 'đức', 'bác', 'viện', 'vụ']);
const HMONG_MIDDLES = keys(['a', 'seo', 'mí']);
// Highland place names begin so and may hold the same marks («Ea H'Leo», «Ia H'Drai», «Krông Bông»).
const HIGHLAND_PLACE_STARTS = keys(['ea', 'ia', 'krông', 'đắk', 'đăk', 'đak', 'cư', 'chư', 'kon', 'buôn', 'plei']);
const KHMER_FIRSTS = keys(['chau', 'néang', 'neáng']);

/** `words` as written (capitalised, or the whole cell in lower case), `keys` their tone keys. */
function minorityName(words: readonly string[], keys: readonly string[]): boolean {
  if (HIGHLAND_PLACE_STARTS.has(keys[0] ?? '')) return false;
  for (let i = 0; i < Math.min(3, words.length); i++) if (givenMarkAt(words, keys, i)) return true;
  if (words.length >= 3 && HMONG_MIDDLES.has(keys[1] ?? '')) return true;
  return KHMER_FIRSTS.has(keys[0] ?? '');
}

/** «Y» before a given name, or a given name of its own with «H'»/«K'» («H'Hen»; «H'» alone before it). */
function givenMarkAt(words: readonly string[], keys: readonly string[], i: number): boolean {
  const w = words[i];
  if (w === undefined) return false;
  if (w === 'Y') return i + 1 < words.length && !MEDICAL_Y.has(keys[i + 1] ?? '');
  return PREFIXED_GIVEN.test(w) && (i + 1 < words.length || !w.endsWith("'"));
}

// The person-name test with capitals asked for, or not (a cell written all in lower case).
const isCapitalisedPersonName = (text: string): boolean => personName(text, true);
const isAnyCasePersonName = (text: string): boolean => personName(text, false);

function personName(text: string, cellHasCapitals: boolean): boolean {
  const split = splitHonorific(text);
  const words = split.name.split(' ').filter(Boolean);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  const key = toneKey(split.name);
  const keyWords = key.split(' ');
  const [first, second] = keyWords;
  // «Nguyễn văn Dũng»: a surname and a middle name say "a person" however the words are cased.
  const kinh = words.length >= 3 && SURNAMES.has(first ?? '') && MIDDLE_NAMES.has(second ?? '');
  if (cellHasCapitals && !kinh && !words.every((w) => CAPITALISED.test(w))) return false;
  if (headOf(split.name) || looksCollective(split.name) || startsWithPosition(key)) return false;
  return (
    kinh ||
    Boolean(split.honorific) ||
    MIDDLE_NAMES.has(second ?? '') ||
    (SURNAMES.has(first ?? '') && words.length >= 3) ||
    minorityName(words, keyWords)
  );
}

// A relative named after a person ("… và vợ là bà Lê Thị Đào", "… cùng chồng Trần Văn Út", "… cùng con là Trần Văn
// Hòa"): group 1 the relative's word, group 2 a "là", group 3 the rest.
const KIN_BEFORE_NAME =
  /^(vợ|chồng|con(?:\s+(?:trai|gái|dâu|rể))?|các\s+con|cháu|cha|bố|anh\s+trai|chị\s+gái|em(?:\s+(?:trai|gái))?)(\s+là)?\s+(\S.*)$/iu;
const SPOUSE = /^(?:vợ|chồng)$/iu;
// "con ông …", "vợ của bà …": whose relative the person is.
const WHOSE = /^(?:của\s+)?(?:ông|bà|cụ)\s/iu;

/**
 * The person's own name in a piece that gives a title before it: a rank, a degree or a trade ("Bác sĩ Nguyễn Văn Tư",
 * "Đại tá Trần Văn Sơn", "Giáo viên Lê Văn Tài"), or a relative's word after "và"/"cùng"/"với" ("vợ là bà Lê Thị
 * Đào", "cùng con Trần Văn Hòa"). After a comma a relative's word may say whose relative the person is («Nguyễn Văn
 * Hùng, con ông Nguyễn Văn Tư», «Lê Thị Đào, vợ ông Nguyễn Văn Danh»): one person, unless "là" names the relative or
 * a spouse is named bare («Nguyễn Văn Danh, vợ Lê Thị Đào»). Only a full name right after the title counts:
 * "Giáo viên Trường THCS Nguyễn Văn Trỗi" is a person's workplace, not a second person.
 */
function titledName(text: string, caps: boolean, joiner: Joiner): string | undefined {
  let rest = leadingRank(text)?.rest;
  if (rest === undefined) {
    const kin = KIN_BEFORE_NAME.exec(text.normalize('NFC'));
    const added = kin && (joiner === 'and' || joiner === 'with' || kin[2] !== undefined || (SPOUSE.test(kin[1] ?? '') && !WHOSE.test(kin[3] ?? '')));
    if (added) rest = kin[3];
  }
  return rest && isPersonName(rest, caps) ? splitHonorific(rest).name : undefined;
}

const MID_HONORIFICS = keys(['ông', 'bà', 'đồng chí', 'đ/c', 'đc']);
// Words before "ông"/"bà" that say whose relative the person is ("NGUYỄN VĂN HÙNG CON ÔNG NGUYỄN VĂN TƯ"): no split.
const RELATIVE_WORDS = keys(['con', 'vợ', 'chồng', 'cháu', 'của', 'trai', 'gái', 'dâu', 'rể']);

/**
 * The words from `i` on begin an ethnic-minority name by its own marks: «Y»/«H'» first or after a surname («Y
 * Ngông», «Ksor H'Blông»), a Hmông middle name after a surname («Vàng A Dế»). A surname written after the given name
 * («Y Ngông Niê Kdăm») opens none.
 */
function opensMinorityName(words: readonly string[], k: readonly string[], i: number): boolean {
  return givenMarkAt(words, k, i) || givenMarkAt(words, k, i + 1) || (i + 2 < words.length && HMONG_MIDDLES.has(k[i + 1] ?? ''));
}

/**
 * Two names run together where a line break was ("Nguyễn Văn A Bà Lê Thị B", "Nguyễn Văn Hùng Lê Thị Lan"):
 * split only where an honorific, or a surname followed by "Văn"/"Thị", starts a second full name.
 */
function splitRunOn(text: string, caps: boolean): string[] {
  const words = text.split(' ');
  // A split needs two words on each side: shorter pieces (most single names) need no tone keys at all.
  if (words.length < 4) return [text];
  const k = words.map((w) => toneKey(w));
  for (let i = 2; i <= words.length - 2; i++) {
    const honorific = MID_HONORIFICS.has(k[i] ?? '') || MID_HONORIFICS.has(`${k[i] ?? ''} ${k[i + 1] ?? ''}`);
    // After an honorific the split was weighed at the honorific.
    const surname = i >= 3 && SURNAMES.has(k[0] ?? '') && SURNAMES.has(k[i] ?? '') && MIDDLE_NAMES.has(k[i + 1] ?? '') && !MID_HONORIFICS.has(k[i - 1] ?? '');
    if ((!honorific && !surname && !opensMinorityName(words, k, i)) || (honorific && RELATIVE_WORDS.has(k[i - 1] ?? ''))) continue;
    const left = words.slice(0, i).join(' ');
    const right = words.slice(i).join(' ');
    if (isPersonName(left, caps) && isPersonName(right, caps)) return [left, ...splitRunOn(right, caps)];
  }
  return [text];
}

// Honorifics a person is called by before a one-word name ("Ông Tám", "bà Chín", "anh Tư").
const CALLED_BY = keys(['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cụ']);

/**
 * A piece of a cell naming several that calls a person as people are called in the South: an honorific and a
 * one-word name ("Ông Tám", "bà Chín"), or, `byOrder`, a birth order and a name ("Hai Lúa", "Ba Khía"). Alone in a cell
 * either may be a place ("Bà Rịa"); after a full name a birth order's is the person's call name ("Nguyễn Văn Hai, Hai
 * Lúa"), so it counts only beside another such.
 */
function calledName(text: string, byOrder: boolean): boolean {
  const words = text.split(' ');
  if (words.length !== 2) return false;
  const [first, second] = words as [string, string];
  if (!CAPITALISED.test(second) || !NAME_WORD.test(second)) return false;
  if (CALLED_BY.has(toneKey(first))) return !headOf(second);
  const key = toneKey(text);
  return byOrder && CAPITALISED.test(first) && isCallWordName(key) && !startsWithPosition(key) && !looksCollective(text) && !headOf(text);
}

/**
 * Does this piece name a further exemplar, given the row's kind, the first piece's head noun and the rank of the
 * last body named?
 */
function isFurtherSubject(
  piece: Piece,
  kind: SubjectKind | undefined,
  firstHead: string | undefined,
  lastRank: number,
  caps: boolean,
  called: { byOrder: boolean; titled: boolean },
): boolean {
  // After a comma a person may be a collective's leader and a body may be a person's workplace; "và" always adds.
  // After a person a person is a second one, whatever kind the row states: «Nguyễn Văn Hùng, Lê Thị Mai» filed under
  // "Tập thể" is two individuals, no collective.
  // A titled person counts after another person only: "Bí thư, Chủ tịch Nguyễn Văn A" is one person's two posts.
  const person =
    isPersonName(piece.text, caps) || calledName(piece.text, called.byOrder) || (called.titled && titledName(piece.text, caps, piece.joiner) !== undefined);
  // "cùng"/"với" add a person to a person only: in a body's name they join common words.
  if (piece.joiner === 'with') return person && called.titled;
  if (person) return piece.joiner === 'and' || kind !== 'collective' || called.titled;
  const head = headOf(piece.text);
  if (!head) return false;
  // "Thôn 3, Thôn 5" are two places; "Chi bộ Thôn 3, xã An Bình" is one body and its address.
  if (head.kind === 'place') return head.head === firstHead;
  if (piece.joiner === 'and') return true;
  return kind !== 'individual' && !(head.kind === 'body' && rankOf(head.head) > lastRank);
}

const HAS_CAPITAL = /\p{Lu}/u;
const PARENTHESES = /\([^()]*\)/g;
const SPACES = /\s+/g;
// Without a parenthesis or a run of (or an unusual) white space, tidying would give the cell back unchanged;
// most cells are already clean, and rebuilding each would cost more than the rest of the common case.
const NEEDS_TIDYING = /[(]|\s\s|[^\S ]/;

/**
 * The exemplars a name cell names: one entry for a single exemplar, several when the cell lists several.
 * A household row counts only households ("Gia đình ông A, gia đình ông B" is two; "Gia đình ông A và bà B" one).
 */
export function subjectsIn(name: string, kind: SubjectKind | undefined, household: boolean): string[] {
  const caps = HAS_CAPITAL.test(name);
  // Parentheses add a position or a place to a name ("Nguyễn Văn A (Bí thư, Trưởng thôn)"); they name no one.
  const bare = NEEDS_TIDYING.test(name) ? name.replace(PARENTHESES, ' ').replace(SPACES, ' ').trim() : name.trim();
  // "Vợ chồng ông A và bà B": the two people named, as the cell without its first words would name them.
  const spouses = household ? undefined : namedSpouses(bare);
  if (spouses) {
    const named = subjectsIn(spouses, kind, false);
    if (named.length > 1) return named;
  }
  // "Ông bà Nguyễn Văn Tám", "Nguyễn Thị Út và chồng": a couple, one exemplar only as a household.
  const couple = !household && kind !== 'collective' ? coupleIn(bare) : undefined;
  if (couple) return couple;
  const pieces = splitPieces(bare).flatMap((p) =>
    splitRunOn(p.text, caps).map((text, i): Piece => ({ text, joiner: i === 0 ? p.joiner : 'and' })),
  );
  const [first, ...rest] = pieces;
  if (!first) return [];
  // One piece is one exemplar whatever its head: the common case skips the head-noun lookups below.
  if (rest.length === 0) return [name];
  if (household) {
    const households = pieces.filter((p) => headOf(p.text)?.kind === 'household').map((p) => p.text);
    return households.length > 1 ? households : [name];
  }
  const firstHead = headOf(first.text);
  const byOrder = calledName(first.text, true);
  const titled = isPersonName(first.text, caps) || byOrder || titledName(first.text, caps, first.joiner) !== undefined;
  let lastRank = firstHead?.kind === 'body' ? rankOf(firstHead.head) : WHOLE_BODY;
  // A short name of no body nor person before a dash or comma is the name of the body after it ("@Home - Câu lạc bộ
  // Khởi nghiệp …").
  const named = !firstHead && kind !== 'individual' && first.text.split(' ').length <= 3 && !isPersonName(first.text, caps);
  const further = rest.filter((p, i) => {
    const yes = !(named && i === 0 && p.joiner !== 'and') && isFurtherSubject(p, kind, firstHead?.head, lastRank, caps, { byOrder, titled });
    const head = headOf(p.text);
    // A parent body is one the next piece's rank is measured against ("Tổ …, Phòng …, Trung tâm …").
    if (head?.kind === 'body') lastRank = rankOf(head.head);
    return yes;
  });
  // People are shown as the ceremony list would name them: without "ông", "bà", nor a title.
  const shown = (p: Piece) => (isPersonName(p.text, caps) ? splitHonorific(p.text).name : (titledName(p.text, caps, p.joiner) ?? p.text));
  return further.length ? [first, ...further].map(shown) : [name];
}
