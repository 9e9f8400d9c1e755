/**
 * A list typed as numbered paragraphs in a Word document without a table, under its title:
 *
 *   DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN …
 *   I. TẬP THỂ
 *   1. Chi bộ ấp Bình Hòa
 *   II. CÁ NHÂN
 *   1. Ông Nguyễn Văn Tâm, sinh năm 1968, Bí thư Chi bộ ấp Bình Hòa
 *
 * is the table it stands for: a number column and a name column, the headings as group rows. Each item is then read
 * as any name cell is (honorific, birth year and position after the name). A submission ("TỜ TRÌNH … đề nghị khen
 * thưởng …") listing them is read alike. A heading's exemplars may be bulleted or lettered instead ("- Đồng chí …",
 * "a) …", under numbered parts such as "1. Khối cán bộ, công chức"). What is written under an exemplar (bulleted
 * otherwise, labelled «Thành tích», numbered the other way as "1)" under "1.", or numbered alike but naming no one) is
 * its achievements, never a row.
 * The list ends at the date line, the signature or "Nơi nhận"; what is above it and below it stays the document's
 * paragraphs.
 */
import type { Cell, SheetGrid } from '../grid';
import { isKindLabel } from '../recognition/rows';
import { isSectionHeading } from '../recognition/section-labels';
import { asciiKey, toneKey } from '../text';
import { msg } from '../findings/messages';
import { looksCollective } from '../subjects/subject-kind';
import { headOf, looksLikePersonName, startsWithPosition } from '../subjects/subject-parts';
import { decodedParagraphs, isOwnDateLine } from './date-line';
import { NameCell, readNameCell } from './name-cell';
import { splitProposalTail } from './proposal';

// Any number of digits: a list of a thousand exemplars or more goes on past «999.» (a year or a document number
// starting a line is kept out by what an item needs besides: a mark, then the name of an exemplar).
const ITEM = /^\s*(\d+)\s*([.)/])\s*(\S.*)$/su;
const HEADING = /^\s*([IVX]{1,4}|[A-D])\s*[.)/\-–]\s*(\S.*)$/u;
/**
 * A registration list's title: "DANH SÁCH", or a submission ("TỜ TRÌNH") that lists them, and on its line or the next
 * what it lists (exemplars registered, proposed).
 */
const TITLE = /^(?:danh sach|to trinh)\b/;
const LISTS = /\b(?:dang ky|de nghi|dien hinh|bieu duong|khen thuong|tien tien)\b/;

/** The title's last line: "DANH SÁCH …" saying what it lists, or "DANH SÁCH" over the line that says it. */
function titleEnd(keys: readonly string[]): number {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? '';
    if (!TITLE.test(key)) continue;
    if (LISTS.test(key)) return i;
    if (LISTS.test(keys[i + 1] ?? '')) return i + 1;
  }
  return -1;
}
/** A line written under an exemplar: a bullet, or what the exemplar did or pledges ("Thành tích: …"). */
const UNDER_EXEMPLAR = /^\s*(?:[-+•*–]\s*\S|(?:tóm tắt\s+)?thành tích\b|nội dung (?:đăng ký|làm theo)\b)/iu;
/** A bulleted or lettered line ("- …", "+ …", "• …", "a) …"): its marker ("-", "a)") and its text. */
const BULLETED = /^\s*([-+•*–]|[a-zđ]\))\s*(\S.*)$/su;
/** A line that labels what follows ("Chi bộ trực thuộc bình xét: Chi bộ ấp 1, Chi bộ ấp 2"): no exemplar's name. */
const LABELLED = /^[^:]{2,60}:\s*\S/;
/** Markers of one kind: "b)" is of "a)"'s. */
const markerKind = (marker: string) => (/^[a-zđ]\)$/.test(marker) ? 'a)' : marker);
/** Where a list typed as paragraphs ends, besides its date line: the recipients, the signature ("T/M", "TM.", "KT."). */
const END = /^(?:noi nhan|t m|tm|k t|kt)\b/;

/**
 * A heading of the document's next part, after its list ("III. Kế hoạch bồi dưỡng, nhân rộng", "Tổ chức thực hiện"):
 * the list's own headings (kinds, blocs, fields, phases, counts) do not end it.
 */
function isNextPart(text: string): boolean {
  return /^(?:ke hoach|bien phap|giai phap|to chuc thuc hien|kien nghi|de xuat|nhiem vu|phuong huong|danh gia|ket luan)\b/.test(asciiKey(text));
}

type Line = { kind: 'item'; stt: string; mark: string; text: string } | { kind: 'heading'; stt: string; text: string };

/**
 * A line numbered any way ("1.", "I.", "A.", "a)"): one naming a kind or a part of the list ("1. TẬP THỂ", "a) Tập
 * thể:", "1. Về tập thể (02)", "3. Dự phòng") is a heading, as a table's group row is, never an exemplar.
 */
const NUMBERED_LINE = /^\s*(\d+|[IVX]{1,4}|[A-Za-zđĐ])\s*[.)/\-–]\s*(\S.*)$/u;
const namesPart = (text: string) => isKindLabel(text) || isSectionHeading(text);
const withoutColon = (text: string) => text.trim().replace(/\s*:\s*$/, '');

function lineOf(text: string): Line | undefined {
  const part = NUMBERED_LINE.exec(text);
  if (part && namesPart(part[2] ?? '')) return { kind: 'heading', stt: part[1] ?? '', text: withoutColon(part[2] ?? '') };
  const item = ITEM.exec(text);
  if (item) return { kind: 'item', stt: item[1] ?? '', mark: item[2] ?? '', text: (item[3] ?? '').trim() };
  const heading = HEADING.exec(text);
  if (heading) return { kind: 'heading', stt: heading[1] ?? '', text: (heading[2] ?? '').trim() };
  // Headings without a number ("Tập thể:", "CÁ NHÂN", "Dự phòng:"), as a table's group rows name the kinds and parts.
  if (namesPart(text)) return { kind: 'heading', stt: '', text: withoutColon(text) };
  return undefined;
}

/**
 * An item names an exemplar: a person ("Ông Nguyễn Văn Tâm, sinh năm 1968, …") or a body ("Chi bộ ấp Bình Hòa"), not
 * a line of what one achieved ("1) Vận động nhân dân hiến đất làm đường").
 */
function namesSubject(text: string): boolean {
  const cell = readNameCell([text], undefined);
  const { name } = cell;
  return looksCollective(text) || looksCollective(name) || looksLikePersonName(name) || saysPerson(cell);
}

const CAPITALISED_WORDS = /^\p{Lu}\S*(?: \p{Lu}\S*)*$/u;

/**
 * A name no surname list knows («Thạch Sa», «Danh Sóc», «Nguyễn Ấm», «Páo»…) written as a name is (each word
 * capitalised, of a name's shape) and followed by what only a person has: a birth year, a gender, an honorific
 * before it, or a post or trade ("…, sinh năm 1961, nông dân …"). A line of achievements has none of these.
 */
function saysPerson(cell: NameCell): boolean {
  const { name } = cell;
  if (!CAPITALISED_WORDS.test(name) || name.split(' ').length > 6 || !/^[\p{L}'’‘`´′ -]+$/u.test(name)) return false;
  if (headOf(name) || startsWithPosition(toneKey(name))) return false;
  const posted = cell.position !== undefined && startsWithPosition(toneKey(cell.position));
  return cell.birthYear !== undefined || cell.gender !== undefined || cell.honorific !== undefined || posted;
}

/**
 * An item's name written as a person's name is, whatever it is: 1–4 capitalised words of letters («Thạch Sa», «Păng»,
 * «HỜ A PÁO»), no body, place or post. A commendation's title («Lao Động Tiên Tiến») has this shape too: only the
 * exemplars' next number makes such a line an exemplar.
 */
function writtenAsName(text: string): boolean {
  const { name } = readNameCell([text], undefined);
  const words = name.split(' ');
  if (words.length > 4 || !CAPITALISED_WORDS.test(name) || !/^[\p{L}'’‘`´′ -]+$/u.test(name)) return false;
  return !headOf(name) && !looksCollective(name) && !startsWithPosition(toneKey(name));
}

/** "…, thành tích: phá 12 vụ án": what the exemplar achieved, written on its own line after the label. */
const ACHIEVEMENTS_TAIL = /\s*[,;–-]\s*(?:tóm tắt\s+)?thành tích\s*:?\s*(\S.*)$/iu;

/**
 * An item's exemplar and what it achieved, where the item writes both: after a label ("…, thành tích: …"), or after
 * a body's name and a colon ("Đội Cảnh sát giao thông, Công an huyện: 3 năm liền hoàn thành xuất sắc nhiệm vụ"). A
 * person's colon is left to the name cell (a position may follow it).
 */
function splitAchievements(text: string): { subject: string; achievements?: string } {
  const tail = ACHIEVEMENTS_TAIL.exec(text);
  if (tail && tail.index > 0) return { subject: text.slice(0, tail.index).trim(), achievements: (tail[1] ?? '').trim() };
  const colon = text.indexOf(':');
  const subject = colon > 0 ? text.slice(0, colon).trim() : '';
  const after = colon > 0 ? text.slice(colon + 1).trim() : '';
  if (subject && after && looksCollective(subject)) return { subject, achievements: after };
  return { subject: text };
}

/** The document's one sheet of paragraphs as a list's table, or undefined when its paragraphs hold no such list. */
export function paragraphListSheet(document: SheetGrid): SheetGrid | undefined {
  const cells: Cell[] = document.paragraphs?.above ?? [];
  if (document.rows.length > 0 || cells.length === 0) return undefined;
  const texts = decodedParagraphs(cells);
  const keys = texts.map((t) => asciiKey(t));
  const title = titleEnd(keys);
  if (title < 0) return undefined;
  const rows: (Cell | null)[][] = [msg.paragraphListHeader.map((h): Cell => ({ t: 's', v: h }))];
  let last = -1;
  // The exemplars' numbering ("1." or "1)"): lines numbered the other way under them are their achievements.
  let mark: string | undefined;
  // The exemplars' bullet, where a heading's exemplars are bulleted ("- Đồng chí …") or lettered ("a) …") rather than
  // numbered: numbered lines naming no one are then the heading's parts ("1. Khối cán bộ, công chức").
  let bullet: string | undefined;
  // The lines just read are the title or a heading of the list (or a part of one) and what is bulleted under it: a
  // bulleted line elsewhere ("Kính gửi: - Ban Thường vụ Huyện ủy;") names no exemplar.
  let underHeading = true;
  let exemplars = 0;
  // The last exemplar's row: the lines under it, up to the next one, are its achievements, as a cell's lines are.
  let current: (Cell | null)[] | undefined;
  // The last exemplar's number under the current heading, and whether lines numbered as the exemplars are were read
  // as its achievements since ("1. Hoàn thành …", "2. …": the numbering of those, not of the exemplars).
  let lastNumber = Number.NaN;
  let numberedUnder = false;
  // A proposal written after an exemplar («…: đề nghị tặng Giấy khen.») goes in a proposal column of its own.
  let proposals = 0;
  const itemRow = (stt: Cell | null, text: string): (Cell | null)[] => {
    const split = splitProposalTail(text);
    const { subject, achievements } = splitAchievements(split.text);
    const row: (Cell | null)[] = [stt, { t: 's', v: subject }, null, achievements ? { t: 's', v: achievements } : null];
    if (!split.proposal) return achievements ? row : row.slice(0, 2);
    proposals++;
    return [...row, { t: 's', v: split.proposal }];
  };
  const attach = (text: string, i: number) => {
    if (!current || !text) return;
    const before = current[3];
    current[3] = { t: 's', v: before?.t === 's' ? `${before.v}\n${text}` : text };
    last = i;
  };
  for (let i = title + 1; i < texts.length; i++) {
    const key = keys[i] ?? '';
    const text = texts[i] ?? '';
    const line = lineOf(text);
    const bulleted = line ? undefined : BULLETED.exec(text);
    if (bulleted) {
      const kind = markerKind(bulleted[1] ?? '');
      const item = (bulleted[2] ?? '').trim();
      // The first line under a heading, or one bulleted as the heading's exemplars are, naming an exemplar is one.
      if (underHeading && (current === undefined || kind === bullet) && !LABELLED.test(item) && namesSubject(item)) {
        bullet = kind;
        const row = itemRow(null, item);
        rows.push(row);
        current = row;
        last = i;
        exemplars++;
        continue;
      }
    }
    if (!line) {
      if (END.test(key) || isOwnDateLine(text)) break;
      // A bulleted or labelled line is the exemplar's ("- Vận động …", "Thành tích: …"); any other line ("Tổng số: …",
      // "(Danh sách có 03 điển hình)", "Trên đây là …", a note, a signature) ends what is the exemplar's.
      if (UNDER_EXEMPLAR.test(text)) attach(text.trim(), i);
      else {
        current = undefined;
        underHeading = false;
      }
      continue;
    }
    if (line.kind === 'item') {
      // The next number of the exemplars' own numbering, straight after an exemplar's lines, on a line written as a
      // name is: an exemplar whose name no other sign tells («4. Thạch Sa»).
      const next = line.mark === mark && current !== undefined && !numberedUnder && Number(line.stt) === lastNumber + 1 && writtenAsName(line.text);
      if ((mark !== undefined && line.mark !== mark) || !(next || namesSubject(line.text))) {
        // Under a heading whose exemplars are bulleted, or before any exemplar: a part of the heading, no row.
        if (bullet !== undefined || current === undefined) current = undefined;
        else {
          attach(text.trim(), i);
          numberedUnder ||= line.mark === mark;
        }
        continue;
      }
      mark = line.mark;
      lastNumber = Number(line.stt);
      numberedUnder = false;
      exemplars++;
      underHeading = false;
    } else {
      if (last >= 0 && isNextPart(line.text)) break; // "III. Kế hoạch bồi dưỡng": the document's next part
      bullet = undefined;
      underHeading = true;
      lastNumber = Number.NaN;
    }
    const stt: Cell | null = line.stt ? { t: 's', v: line.stt } : null;
    const row = line.kind === 'item' ? itemRow(stt, line.text) : [stt, { t: 's', v: line.text } as Cell];
    rows.push(row);
    current = line.kind === 'item' ? row : undefined;
    last = i;
  }
  if (!exemplars) return undefined;
  if (proposals) rows[0]?.push({ t: 's', v: msg.paragraphListProposal });
  return {
    name: msg.paragraphListName,
    rows,
    merges: [],
    paragraphs: { above: cells.slice(0, title + 1), below: cells.slice(last + 1) },
  };
}
