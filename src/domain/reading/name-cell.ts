/**
 * A name cell as staff fill it: bullets and labels before the name ("- …", "1. …", "a) …", "Họ tên: …"), a
 * position or a birth year after a person's name ("Lê Thị Hạnh (Phó Bí thư Đoàn xã)", "…, Chủ tịch Hội ND xã",
 * "…, SN 1975"), and several lines: a name wrapped in the middle ("Nguyễn Văn" over "An") is one name, while a line
 * that stands on its own (another person, another body, a position) is joined by a comma, for the subject count
 * (R1) and the position split to judge. What is left is the clean name the rules, the matcher and the ceremony see.
 * A collective's name is kept whole: its parent body after a comma is part of it (only a person's name written
 * under "Tập thể" is split, so that the kind rule sees the name).
 */
import { headOf, looksLikePersonName, startsWithPosition, subjectsIn } from '../subjects/subject-parts';
import { isHousehold, looksCollective, looksPersonal, SubjectKind } from '../subjects/subject-kind';
import { isNicknameOrMark } from '../subjects/nickname';
import { asciiKey, isHonorificAlone, splitHonorific, toneKey } from '../text';
import { additionKey } from '../text/addition-key';
import type { Gender } from './gender';
import { yearOrGender } from './name-cell-year';
import { mayBeginWithPost, postBefore } from './post-before-name';
import { leadingRank } from '../subjects/titles';
import { isWithdrawalMark } from './note-withdrawal';

export interface NameCell {
  name: string;
  honorific?: string;
  /** A position (or address) written after a person's name. */
  position?: string;
  /** A birth year written after a person's name ("SN 1975", "(1975)"). */
  birthYear?: number;
  /** A gender written after a person's name ("(Nữ, 1985)", "(1979 - Nam)"). */
  gender?: Gender;
  /** A posthumous exemplar's mark after the name ("(đã mất)", "truy tặng", "liệt sĩ"): for the row's note. */
  remark?: string;
  /** A phase-2 mark after the name ("(bổ sung 2024)", "- BS", "(GĐ 2)"): the row's phase, no part of the position. */
  phaseMark?: string;
  /** A withdrawal written after the name ("(rút tên)", "- Rút tên", "(xin rút)"): the row is taken back, as by its note. */
  withdrawal?: string;
}

// What staff write after a name to mark an addition of phase 2: "bổ sung", "BS", "ĐKBS", "ĐK bổ sung", with its year
// (or month and year), or the phase named: "GĐ 2", "giai đoạn II", "giai đoạn 2023 - 2025".
// "BS" alone is also a doctor's title ("Nguyễn Văn A - BS"): abbreviated, the mark needs its year.
const PHASE_MARK =
  /^(?:(?:dang ky |dk )?bo sung|dkbs)(?: (?:nam |t|thang )?(?:\d{1,2} )?\d{4})?$|^(?:dang ky |dk )?bs (?:nam |t|thang )?(?:\d{1,2} )?\d{4}$|^(?:giai doan|gd) ?(?:2|ii|\d{4} \d{4})$/;

function isPhaseMark(text: string): boolean {
  return PHASE_MARK.test(additionKey(text));
}

/** The marks of a posthumous exemplar: the award's wording changes (truy tặng), so the note keeps them. */
export function isPosthumousMark(text: string): boolean {
  return /^(da )?(mat|tu tran|qua doi|hy sinh|hi sinh)( nam \d{4}| \d{4})?$|^(truy tang|liet si)$/.test(asciiKey(text.trim()));
}

// "-", "+", "•", "*", "@", "1.", "2)", "1/", "a)", "b.", "c/" before the name.
const BULLET = /^(?:[-+•*–—·►▪=@]+\s*|\d{1,2}[.)]\s*|\d{1,2}\/\s+|[a-zđ][.)/]\s+)/u;
// An "@" glued to a word opens a name ("@Home - Câu lạc bộ …") unless a person's name follows ("@Lê Văn Năm").
const GLUED_AT = /^@+(?=\S)/u;
const LABELS = new Set(['ho va ten', 'ho ten', 'ten', 'ten tap the', 'tap the', 'ca nhan', 'doi tuong', 'ten ca nhan']);
const LABELLED = /^([^:]{1,20}?)\s*:\s*(\S.*)$/u;

/** The line without its bullet or its label ("Họ tên: …"); an honorific label ("Bà: …") stays for splitHonorific. */
export function stripLeader(line: string): string {
  let s = line.trim();
  for (let i = 0; i < 2; i++) {
    const before = s;
    if (!GLUED_AT.test(s) || looksPersonal(s.replace(GLUED_AT, ''))) s = s.replace(BULLET, '').trim();
    const m = LABELLED.exec(s);
    if (m && LABELS.has(asciiKey(m[1] ?? ''))) s = (m[2] ?? '').trim();
    if (s === before) break;
  }
  return s;
}

/** "Tập thể Hội Nông dân xã An Bình": the word that says the row is a collective, before a body's name, is no part of it. */
function withoutCollectiveWord(s: string): string {
  if (s.charAt(0) !== 'T' && s.charAt(0) !== 't') return s;
  const m = /^tập\s+thể\s+(\S.*)$/iu.exec(s.normalize('NFC'));
  const rest = m?.[1];
  if (!rest || !looksCollective(rest)) return s;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

const MIDDLE = new Set(['văn', 'thị'].map(toneKey));

/**
 * A line ends mid-name: one word (a surname, not a body such as "HĐND"), or a middle name ("Nguyễn Văn") with the
 * given name on the next line.
 */
function endsMidName(line: string): boolean {
  const words = line.split(' ');
  if (words.length === 1) return !headOf(line);
  return MIDDLE.has(toneKey(words[words.length - 1] ?? ''));
}

/** A line that names something on its own: a person, a body, a position, or the same kind of place as the first. */
function standsAlone(line: string, first: string): boolean {
  if (looksLikePersonName(line) || splitHonorific(line).honorific) return true;
  if (startsWithPosition(toneKey(line))) return true;
  const head = headOf(line);
  if (!head) return false;
  // "Hội Nông dân" over "xã Tân Lập" is one name wrapped; "Thôn 3" over "Thôn 5" two places.
  return head.kind !== 'place' || head.head === headOf(first)?.head;
}

/** The line ends a name the line above began: «Rơ Chăm» over «Y Đăng» is no name, «Rơ Chăm Y Đăng» one. */
const wrapsName = (prev: string, line: string): boolean => !looksLikePersonName(prev) && looksLikePersonName(`${prev} ${line}`);

/** A line ending on an honorific ("Đồng chí", "Gia đình ông"): the name on the next line goes on from it. */
const honorificLast = (line: string): boolean =>
  isHonorificAlone(line) || (isHousehold(line) && isHonorificAlone(line.slice(line.lastIndexOf(' ') + 1)));

/** The lines of a cell as one text: a wrapped name joined by a space, a line standing on its own by a comma. */
export function joinLines(lines: readonly string[]): string {
  const clean = lines.map(stripLeader).filter(Boolean);
  const first = clean[0];
  if (first === undefined) return '';
  let out = first;
  for (let i = 1; i < clean.length; i++) {
    const line = clean[i] as string;
    const prev = clean[i - 1] as string;
    // A line ending in, or starting with, its own separator needs none added.
    const separated = /[,;:\-–—/]$/u.test(prev) || /^[(,;)]/.test(line) || honorificLast(prev);
    const comma = !separated && !endsMidName(prev) && !wrapsName(prev, line) && (standsAlone(line, first) || (i === 1 && afterPersonsName(first, line)));
    out += (comma ? ', ' : ' ') + line;
  }
  return out;
}

// A name's word as written in mixed case ("Hà", "H'Lan", "Y-Bhin") or in capitals ("HÀ", "H'LAN").
const MIXED_WORD = /^\p{Lu}\p{Ll}*(?:['’-]\p{Lu}?\p{Ll}*)*$/u;
const CAPITALS_WORD = /^\p{Lu}+(?:['’-]\p{Lu}+)*$/u;
const GENDER_WORD = /^(?:nam|nu)$/;
/** A name wrapped over lines has at most this many words in all. */
const MAX_NAME_WORDS = 7;

/**
 * The line goes on with the name above it: its words (up to what follows the name, "Hà, giáo viên") are written as
 * the name's are, capitalised in mixed case under a mixed-case name ("Tôn Nữ" over "Thị Thu Hà"; an abbreviation
 * such as "GV" is not), in capitals under capitals ("NGUYỄN THỊ THU" over "HÀ"). A lone "Nam" or "Nữ" under a
 * name of three words or more is its gender.
 */
function nameGoesOn(name: string, lead: string): boolean {
  const words = lead.split(' ');
  const above = name.split(' ');
  if (above.length + words.length > MAX_NAME_WORDS) return false;
  const capitals = above.every((w) => CAPITALS_WORD.test(w));
  if (!words.every((w) => (capitals ? CAPITALS_WORD : MIXED_WORD).test(w))) return false;
  return !(words.length === 1 && GENDER_WORD.test(asciiKey(lead)) && above.length >= 3);
}

/**
 * A second line under a person's whole name (its honorific aside) is no part of it unless it goes on as a name does:
 * a status or a post ("Hưu trí", "Nông dân, ấp Phú Lợi", "GV Trường TH An Bình", "UVBTV, PCT HĐND xã"), a gender
 * and a year ("Nam, 1968"), a place ("Ấp Bình Hòa").
 */
function afterPersonsName(first: string, line: string): boolean {
  const name = splitHonorific(first).name || first;
  if (!looksPersonal(name)) return false;
  const lead = line.split(/\s*[,(;]|\s+[-–—]\s+/u)[0] ?? line;
  return !nameGoesOn(name, lead) || headOf(line)?.kind === 'place';
}


// Where a person's name ends and what follows it begins: a parenthesis, a comma or semicolon, a spaced dash or colon,
// or a birth year written straight after it ("Nguyễn Văn Bảy SN1981", "… NS 1980", "… 1976").
const AFTER_NAME = /\s*[(,;]|\s+[-–—:]\s+|\s+(?=(?:SN|Sn|sn|NS|Ns)\.?\s*:?\s*(?:19|20)\d\d(?!\d))|\s+(?=(?:19|20)\d\d$)/u;
// Whose relative a person is, written straight after the name («Nguyễn Văn Hùng con ông Nguyễn Văn Tư», «… vợ của
// ông …»): it tells the person from a namesake, as a position does; the name is what comes before it.
const WHOSE_RELATIVE = /\s+(?=(?:con|vợ|chồng|cháu)(?:\s+(?:trai|gái|dâu|rể))?\s+(?:của\s+)?(?:ông|bà|cụ)\s+\S)/iu;

// The same in a cell of single-spaced words (the common cell's fast path below): cheaper to ask of every name.
const WHOSE_RELATIVE_WORDS = / (?:con|vợ|chồng|cháu)(?: (?:trai|gái|dâu|rể))? (?:của )?(?:ông|bà|cụ) /iu;

/** Where a person's name ends: what AFTER_NAME finds, or an earlier "con ông …". */
function nameEnd(name: string): RegExpExecArray | null {
  const m = AFTER_NAME.exec(name);
  const r = WHOSE_RELATIVE.exec(m ? name.slice(0, m.index) : name);
  return r ?? m;
}

const YEAR = /^(?:sn|s\.n\.?|sinh năm|năm sinh|ns)?\s*:?\s*((?:19|20)\d\d)$/iu;
const YEAR_RANGE = /\d{4}\s*[-–—]\s*\d{4}/u;

/** What follows a person's name: a birth year (and a gender written with it), and the rest as the position. */
function splitTail(tail: string): { position?: string; birthYear?: number; gender?: Gender; remark?: string; phaseMark?: string; withdrawal?: string } {
  let birthYear: number | undefined;
  let withdrawal: string | undefined;
  let gender: Gender | undefined;
  let remark: string | undefined;
  let phaseMark: string | undefined;
  const kept: string[] = [];
  // A piece that gives the year or the gender (once each) is taken out of the position.
  const take = (p: string): boolean => {
    if (remark === undefined && isPosthumousMark(p)) {
      remark = p.trim();
      return true;
    }
    // Never a position: «rút tên, Giáo viên …» would print «rút tên» on the list to be signed (trial22b #1).
    if (withdrawal === undefined && isWithdrawalMark(p)) {
      withdrawal = p.replace(/^[\s\-–—:]+/u, '').trim();
      return true;
    }
    if (phaseMark === undefined && isPhaseMark(p)) {
      phaseMark = p.replace(/^[\s\-–—:]+/u, '').trim();
      return true;
    }
    const y = YEAR.exec(p.trim());
    if (y) {
      if (birthYear !== undefined) return false;
      birthYear = Number(y[1]);
      return true;
    }
    const yg = yearOrGender(p);
    if (!yg || (yg.year !== undefined && birthYear !== undefined) || (yg.gender && gender)) return false;
    if (yg.year !== undefined) birthYear = yg.year;
    if (yg.gender) gender = yg.gender;
    return true;
  };
  for (const [i, piece] of tail.split(/[()]/).entries()) {
    // Between brackets (odd pieces), a nickname or a mark is neither the name nor the position.
    if (i % 2 === 1 && !isPosthumousMark(piece) && !isWithdrawalMark(piece) && isNicknameOrMark(piece)) continue;
    const parts = piece.split(/\s*[,;]\s*/);
    const rest = parts.flatMap((p) => {
      // An empty piece: what a bracket's end leaves before a comma ("(Nông dân), Ấp 2").
      if (!p.trim() || take(p)) return [];
      // "1979 - Nam", "Nông dân - 1976": pieces joined by a spaced dash, unless they are a term's years ("2020 - 2025").
      const subs = p.split(/\s+[-–—]\s+/u);
      if (subs.length < 2 || YEAR_RANGE.test(p)) return [p];
      const left = subs.filter((sub) => !take(sub));
      return left.length ? [left.join(' - ')] : [];
    });
    const text = rest.join(', ').trim();
    if (text) kept.push(text);
  }
  const position = kept
    .join(', ')
    .replace(/^[\s,;:\-–—]+|[\s,;:\-–—]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    ...(position ? { position } : {}),
    ...(birthYear !== undefined ? { birthYear } : {}),
    ...(gender ? { gender } : {}),
    ...(remark ? { remark } : {}),
    ...(phaseMark ? { phaseMark } : {}),
    ...(withdrawal ? { withdrawal } : {}),
  };
}

// A specialty's words as written, unlike a name's: one in lower case ("chuyên khoa", "nông nghiệp") or an abbreviation
// or a numeral in capitals ("CKII", "II").
const QUALIFIER_WORD = /^(?:\p{Ll}|\p{Lu}{2,}$)/u;
const isQualifier = (words: string): boolean => words.split(' ').some((w) => QUALIFIER_WORD.test(w));

/** A rank, or a post (post-before-name.ts), before a person's full name. */
function rankBefore(name: string): { rank: string; rest: string } | undefined {
  const r = leadingRank(name);
  const afterRank = r && (r.rest.split(AFTER_NAME)[0] ?? '');
  if (r && afterRank && looksPersonal(afterRank)) {
    // A rank's specialty or field before the name ("Bác sĩ CKII …", "Bác sĩ chuyên khoa II …", "Kỹ sư nông nghiệp …")
    // is the title's too: when the words after the rank are no full name, the name starts where one does.
    if (looksLikePersonName(afterRank)) return r;
    const p = postBefore(afterRank, true);
    return p && isQualifier(p.post) ? { rank: `${r.rank} ${p.post}`, rest: r.rest.slice(p.post.length).trim() } : r;
  }
  if (!r && !mayBeginWithPost(name)) return undefined;
  // The post ends where the person's name begins, found in the text before what follows the name (", SN 1961").
  const m = AFTER_NAME.exec(name);
  const p = postBefore(m && m.index > 0 ? name.slice(0, m.index) : name, r !== undefined);
  return p && { rank: p.post, rest: name.slice(p.post.length).trim() };
}

// A post or a rank, then a dash or a comma, then the person's name ("Phó Chủ tịch UBND xã - Trần Thị Dung", "Giáo
// viên, Lê Thị Bảy"): the post is the position, as it is with no dash between.
const POST_THEN_NAME = /^(.+?)(?:\s+[-–—]\s+|\s*,\s*)(\S.*)$/u;
// What sets a post off: a name holding neither (most) is let go after one look, not the split tried at each place.
const POST_MARK = /[-–—,]/;

function postThenName(text: string): { rank: string; rest: string } | undefined {
  if (!POST_MARK.test(text)) return undefined;
  const m = POST_THEN_NAME.exec(text);
  const post = m?.[1];
  const rest = m?.[2];
  if (!post || !rest || (!mayBeginWithPost(text) && !leadingRank(`${post} x`))) return undefined;
  if (!startsWithPosition(toneKey(post)) || looksLikePersonName(post) || postBefore(post, true)) return undefined;
  // Two posts of one person («Bí thư, Chủ tịch UBND xã Nguyễn Văn An»).
  const second = rankBefore(rest);
  if (second) return { rank: `${post}, ${second.rank}`, rest: second.rest };
  // Several people after the post are counted as such («Bác sĩ - A và B»).
  const named = looksLikePersonName(rest.split(AFTER_NAME)[0] ?? '') || subjectsIn(rest, 'individual', false).length > 1;
  return named ? { rank: post, rest } : undefined;
}

// Words of Latin letters (composed Vietnamese ones included) and single spaces: a narrower test than any letter's
// (\p{L}: three times the cost here), and any other cell takes the general path, which reads it the same.
const LATIN_WORDS =
  /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+(?: [A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+)*$/;
const TRAILING_MARKS = /[\s.,;:\-–—…*]+$/u;

/** The joined cell without a leading honorific or rank; `text` is `joined` with no space before a colon. */
function withoutLeading(joined: string, text: string, kind: SubjectKind | undefined): NameCell {
  if (kind !== 'individual') {
    const body = withoutCollectiveWord(joined);
    if (body !== joined) return { name: body };
  }
  // A collective's cell keeps its words; a person's loses a leading honorific.
  // A rank may come first ("Bác sĩ …", not the honorific "Bác") or after an honorific ("Đ/c Trung tá …").
  const before = kind === 'collective' ? undefined : rankBefore(text);
  const dashed = kind === 'collective' || before ? undefined : postThenName(text);
  const first = before ?? dashed;
  const plain = kind === 'collective' ? { name: joined } : first ? { name: first.rest } : splitHonorific(text);
  // Without an honorific the name is the text already looked at.
  const ranked = first ?? (kind === 'collective' || plain.name === text ? undefined : rankBefore(plain.name));
  // Two titled people ("Bác sĩ A và Điều dưỡng B", "Đại tá A và Thượng tá B") are no rank and a name: the cell stays
  // as written, for NOT_SINGLE_SUBJECT to count.
  // After a post set off by a dash, only what follows it is counted.
  if (ranked && subjectsIn(dashed ? dashed.rest : first ? text : plain.name, kind, false).length > 1)
    return dashed ? { name: dashed.rest, position: dashed.rank } : { name: first ? joined : plain.name };
  const split = ranked && !first ? { ...plain, name: ranked.rest } : plain;
  const cell: NameCell = { name: split.name };
  if (split.honorific) cell.honorific = split.honorific;
  if (ranked) cell.position = ranked.rank;
  return cell;
}

/**
 * The name cell read: `lines` are the cell's lines, each cleaned; `kind` what the row states (a column or a group),
 * if anything. Only a person's name loses what follows it, and only when that names no one else (a second person
 * is NOT_SINGLE_SUBJECT's to report, on the cell as written).
 */
export function readNameCell(lines: readonly string[], kind: SubjectKind | undefined): NameCell {
  // Most cells are one line of words: no leader, no lines to join, nothing after the name (≈ 30 ms per 100k rows).
  const only = lines.length === 1 ? lines[0] : undefined;
  if (only !== undefined && LATIN_WORDS.test(only) && !WHOSE_RELATIVE_WORDS.test(only)) return withoutLeading(only, only, kind);
  // A full stop, a comma or a dash left at the end ("Nguyễn Thị Mai.", "Trần Thị Tám -") is no part of the name.
  const joined = joinLines(lines).replace(TRAILING_MARKS, '');
  if (!joined) return { name: joined };
  const cell = withoutLeading(joined, joined.replace(/\s+:/g, ':'), kind);
  const m = nameEnd(cell.name);
  if (!m || m.index === 0) return cell;
  const name = cell.name;
  const head = name.slice(0, m.index).trim();
  // Under "Tập thể" only a plain person's name (surname, "Văn"/"Thị") is split off: the kind rule then sees it.
  const tail = splitTail(name.slice(m.index));
  // A birth year alone after a name of no known shape («Păng (1960)») is split off too: a body has no birth year.
  const yearOnly = kind !== 'collective' && tail.birthYear !== undefined && !tail.position && !tail.remark && !looksCollective(head);
  // A phase mark alone is split off any name, a body's too: "Chi bộ ấp Phú Thạnh (bổ sung 2024)".
  const phaseOnly = tail.phaseMark !== undefined && !tail.position && tail.birthYear === undefined && !tail.remark && !tail.gender;
  // So is a withdrawal: «Chi bộ ấp 3 (rút tên)» is taken back as a person's row is.
  const withdrawalOnly = tail.withdrawal !== undefined && !tail.position && tail.birthYear === undefined && !tail.remark && !tail.gender;
  if (!yearOnly && !phaseOnly && !withdrawalOnly && !(kind === 'collective' ? looksLikePersonName(head) : looksPersonal(head))) return cell;
  if (subjectsIn(name, 'individual', false).length > 1) return cell;
  cell.name = head;
  if (tail.position) cell.position = cell.position ? `${cell.position}, ${tail.position}` : tail.position;
  if (tail.birthYear !== undefined) cell.birthYear = tail.birthYear;
  if (tail.gender) cell.gender = tail.gender;
  if (tail.remark) cell.remark = tail.remark;
  if (tail.phaseMark) cell.phaseMark = tail.phaseMark;
  if (tail.withdrawal) cell.withdrawal = tail.withdrawal;
  return cell;
}
