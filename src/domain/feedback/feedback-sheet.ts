/**
 * "Phiếu góp ý": what the district sends back to a unit about its registration list — each problem with its place
 * (file, sheet, row), what is wrong and what to do — under the issuing body's Party document header. Built as a
 * SheetModel so that the add-in, the browser page and the command line write the very same sheet.
 */
import { CalendarDate, dateLineWords, formatDate, ListRecord } from '../dates';
import { FINDING_CODES, Finding, rowKey } from '../findings/finding';
import { isWordFile } from '../grid';
import type { ReadResult, TableInfo, UnitRecord, UnitSource } from '../records';
import { aboutBirthYear, DUPLICATE_ASK } from '../findings/messages';
import { asciiKey, toneKey } from '../text';
import type { Profile } from '../profile';
import type { UnitsView } from '../report/by-unit';
import { CellModel, CellStyle, fitRowHeights, freeSheetName, SheetModel, textCell } from '../sheet-model';
import { ADVICE } from './advice';
import { closingFor, closingText, ListState, quotaAdviceFor } from './closing';
import { placeText, TableNamer, wordTableNamer } from '../report/word-table-names';
import { unreadLists } from '../units/unread-lists';
import { quotaDueFinding } from '../rules/quota';

const FONT = 'Times New Roman';
const font = (size: number, extra: Partial<NonNullable<CellStyle['font']>> = {}): CellStyle['font'] => ({ name: FONT, size, ...extra });
const BOX: CellStyle['border'] = ['top', 'bottom', 'left', 'right'];
const WIDTHS = [6, 26, 52, 40];
const upper = (s: string) => s.toLocaleUpperCase('vi');

export const FEEDBACK_HEADER_ROW = 9;

export const feedbackText = {
  /** In place of the district's «đánh dấu «Không trùng»» (a step in the tool), what the unit can do (trial 22a #7). */
  duplicateAsk: (kind: 'individual' | 'collective') => {
    const who = kind === 'individual' ? 'người' : 'tập thể';
    return `Nếu là cùng một ${who}, chỉ giữ một dòng; nếu là hai ${who} khác nhau, hãy báo Ban để Ban ghi nhận.`;
  },
  quotaAsk: '; nếu là hai điển hình khác nhau, hãy báo Ban để Ban ghi nhận',
  duplicateAdvice: {
    /** Rows of the unit's own list (or lists): no other unit to agree with. */
    oneUnit: 'Xóa dòng ghi lặp: mỗi điển hình chỉ ghi một dòng; nếu là hai người (tập thể) khác nhau, báo Ban để Ban ghi nhận.',
    phase2: 'Bỏ dòng này khỏi danh sách bổ sung: điển hình đã đăng ký ở giai đoạn 1; danh sách bổ sung dành cho điển hình mới.',
    twoLists: 'Cho Ban biết danh sách gửi sau có thay cho danh sách gửi trước không (nếu thay, Ban chỉ tính danh sách gửi sau).',
  },
  title: 'PHIẾU GÓP Ý',
  subtitle: (unit: string) => `về danh sách đăng ký điển hình tiên tiến của ${unit}`,
  to: (unit: string) => `Kính gửi: ${unit}`,
  columns: ['STT', 'Vị trí', 'Nội dung chưa đúng', 'Đề nghị'],
  place: (f: Finding, tableName?: TableNamer) => {
    const rows = f.rows?.length ? f.rows : f.sheet && f.row ? [{ file: f.file, sheet: f.sheet, row: f.row }] : [];
    // A Word table not read is named, as the finding's message names it.
    if (!rows.length) return f.code === 'SHEET_SKIPPED' && f.sheet ? placeText({ file: f.file, sheet: f.sheet }, tableName) : f.file;
    // A finding on several rows names each row; its cell and its row's text belong to its one row.
    const own = f.rows ? {} : { ...(f.column ? { column: f.column } : {}), ...(f.rowText ? { rowText: f.rowText } : {}) };
    return rows.map((r) => placeText({ ...own, ...r }, tableName)).join('; ');
  },
  /** The exemplar a row's problem is about, before what is wrong: the unit finds it by its name (trial16b #11). */
  about: (label: string, who: string) => `${label} (${who})`,
  exemplar: (name: string) => `điển hình «${name}»`,
  /** A row with no name: what else it holds, for the unit to find it. */
  unnamedRow: (what: string) => `dòng chưa ghi tên, có nội dung «${what}»`,
  /** A Word table of the unit's whose numbered rows were not read (SHEET_SKIPPED). */
  unreadTableAdvice: 'Chép dòng tiêu đề cột của danh sách lên đầu bảng này (hoặc nối bảng này vào bảng danh sách ngay trước nó), rồi gửi lại danh sách.',
  /** A birth year that is no year, or not this person's: a year to write again, not a date. */
  birthYearLabel: 'Năm sinh chưa đúng',
  birthYearAdvice: 'Ghi lại năm sinh đúng, bằng 4 chữ số (ví dụ 1975).',
  /** A row of the district's own compiled list (its master), which the unit never had: said so. */
  inDistrictMaster: (place: string) => `${place} (danh sách tổng hợp của huyện)`,
  /** A unit-level finding read from the district's own units list, a file the unit never had (trial13 #21). */
  districtList: 'danh sách đơn vị của huyện',
  /** Where a quota is counted from, when no file of the unit's own was given (its rows in the district's master). */
  wholeList: 'toàn bộ danh sách đăng ký của đơn vị',
  /** The same, for a unit that has not sent its list. */
  listNotSent: 'danh sách đăng ký của đơn vị (chưa gửi về Ban)',
  /**
   * A list the district's units list records as sent, none of whose rows was read (trial20b #2): the unit is told
   * the Ban has not its rows and asked to send the list again, never that it registered nothing.
   */
  listSentAs: (r: ListRecord) => `danh sách đăng ký đơn vị đã gửi${'date' in r ? ` ngày ${formatDate(r.date)}` : ''}`,
  unreadLabel: 'Chưa nhận được nội dung danh sách',
  unreadMessage: (r: ListRecord) =>
    `Ban đã ghi nhận đơn vị gửi danh sách đăng ký điển hình tiên tiến${'date' in r ? ` ngày ${formatDate(r.date)}` : ''}, nhưng chưa nhận được ` +
    '(hoặc chưa đọc được) các dòng đăng ký của danh sách này, nên chưa tính được chỉ tiêu của đơn vị.',
  unreadAdvice: 'Gửi lại danh sách đăng ký điển hình tiên tiến đã gửi (tệp Excel hoặc Word) về Ban; không cần lập danh sách mới.',
  /** A nurturing plan as the district's own table of plans records it. */
  districtPlans: 'bảng theo dõi kế hoạch bồi dưỡng của huyện',
  /** The unit's own file where a date was read: its date line, or its rows' registration dates. */
  dateLineOf: (file: string, sheet: string) => `${isWordFile(file) ? file : placeText({ file, sheet })}, dòng ngày tháng`,
  rowDatesOf: (file: string, sheet: string) => `${placeText({ file, sheet })}, cột ngày đăng ký`,
  closing: (p: Profile) =>
    `Đề nghị đơn vị chỉnh sửa các nội dung trên và gửi lại danh sách về ${p.issuingBody} ${p.superiorBody}${p.district ? ` ${p.district}` : ''}.`,
  /** Nothing to correct: what was sent late stays as it is. */
  closingLate: 'Đề nghị đơn vị lưu ý thực hiện đúng thời hạn theo Hướng dẫn ở các lần sau.',
  /** Nothing sent yet: there is nothing to correct either. */
  closingMissing: (p: Profile) => `Đề nghị đơn vị khẩn trương gửi danh sách đăng ký điển hình tiên tiến về ${p.issuingBody} ${p.superiorBody}${p.district ? ` ${p.district}` : ''}.`,
  dateLine: (p: Profile, d: CalendarDate) => `${p.place || p.district ? `${p.place || p.district}, ` : ''}${dateLineWords(d)}`,
  party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
};

/**
 * The findings a unit is sent: errors and warnings (notes about fonts and invisible characters stay here), and the
 * notes that rows of its list were not read (`unread`); what is said of the unit first (its quota, its dates), then
 * its rows in the order the unit reads its list, top to bottom.
 */
export function feedbackFindings(findings: readonly Finding[], unread?: (f: Finding) => boolean): Finding[] {
  const ofRows = (f: Finding) => (FINDING_CODES[f.code].level === 'unit' ? 0 : 1);
  // The sort is stable: the unit's findings keep the report's order, and a row's findings too.
  return findings
    .filter((f) => f.severity !== 'info' || unread?.(f))
    .sort((a, b) => ofRows(a) - ofRows(b) || ofRows(a) * comparePlaces(a, b));
}

/** Findings by where they point: file, sheet, row, then column ("B" before "AA"). */
function comparePlaces(a: Finding, b: Finding): number {
  const col = (f: Finding) => f.column ?? '';
  return (
    a.file.localeCompare(b.file) ||
    (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
    (a.row ?? 0) - (b.row ?? 0) ||
    col(a).length - col(b).length ||
    col(a).localeCompare(col(b))
  );
}

/** The district's own settings, which a unit's clerk can do nothing about, are no part of what the unit is told. */
const unitsWords = (message: string) =>
  message
    .replace(/ \((?:nếu muốn|theo) [^()]*Cấu hình\)/g, '')
    // What only the district does in the tool: the unit is told what it can do instead.
    .replace(DUPLICATE_ASK.probable('individual'), feedbackText.duplicateAsk('individual'))
    .replace(DUPLICATE_ASK.probable('collective'), feedbackText.duplicateAsk('collective'))
    .replace(DUPLICATE_ASK.quota, feedbackText.quotaAsk);

/** What a unit is asked about a duplicate: as its rows stand (its own list, two of its lists, several units). */
function duplicateAdvice(f: Finding): string {
  if (f.message.includes(DUPLICATE_ASK.phase2)) return feedbackText.duplicateAdvice.phase2;
  if (f.message.includes(DUPLICATE_ASK.twoLists)) return feedbackText.duplicateAdvice.twoLists;
  return (f.units?.length ?? 0) > 1 ? ADVICE.DUPLICATE : feedbackText.duplicateAdvice.oneUnit;
}

const LATE = new Set<Finding['code']>(['REGISTRATION_LATE', 'PLAN_LATE']);
const MISSING = new Set<Finding['code']>(['REGISTRATION_MISSING', 'PLAN_MISSING']);

/**
 * How the phiếu ends: asked to correct and resend, only to send what is missing, only to send again the list whose
 * rows the Ban has not (`unread`), or only to keep the deadlines.
 */
function closingOf(profile: Profile, sent: readonly Finding[], state: ListState, unread: boolean): string {
  if (sent.every((f) => LATE.has(f.code))) return feedbackText.closingLate;
  if (unread && sent.every((f) => LATE.has(f.code) || f.code === 'QUOTA_SHORT' || f.code === 'PLAN_MISSING'))
    return closingText.resend(profile, sent.some((f) => f.code === 'PLAN_MISSING'));
  const byState = closingFor(profile, sent, state);
  if (byState) return byState;
  // A unit that sent nothing is short of its quota too: it is asked to send, there is nothing to correct.
  if (sent.some((f) => MISSING.has(f.code)) && sent.every((f) => LATE.has(f.code) || MISSING.has(f.code) || f.code === 'QUOTA_SHORT'))
    return feedbackText.closingMissing(profile);
  return feedbackText.closing(profile);
}

/** What a phiếu knows of its unit besides its findings: what it has sent of its list, how its Word tables are named. */
export interface UnitContext {
  /** By-unit's timeliness of the unit's list, when known. */
  listState?: ListState;
  tableName?: TableNamer;
  /** Where a unit-level finding is, as the unit can find it; undefined keeps the finding's own place. */
  placeOf?: (f: Finding) => string | undefined;
  /** How the units list records the unit's list as sent, where none of its rows was read (trial20b #2). */
  listUnread?: ListRecord;
  /** The exemplar a row's finding is about, where its message does not name it. */
  exemplarOf?: (f: Finding) => string | undefined;
  /** A note (SHEET_SKIPPED) that a Word table of the unit's numbered rows was not read: sent, as its rows are lost. */
  tableUnread?: (f: Finding) => boolean;
}

/** The label a phiếu shows: a birth year's INVALID_DATE is a year to correct, not «a date that cannot be read». */
function labelOf(f: Finding): string {
  return f.code === 'INVALID_DATE' && aboutBirthYear(f.message) ? feedbackText.birthYearLabel : FINDING_CODES[f.code].label;
}

/** One unit's phiếu góp ý; `findings` are that unit's (feedbackFindings keeps the ones to send). */
export function feedbackSheet(
  profile: Profile,
  date: CalendarDate,
  unit: string,
  findings: readonly Finding[],
  name = unit,
  { listState, tableName, placeOf, listUnread, exemplarOf, tableUnread }: UnitContext = {},
): SheetModel {
  const cells: CellModel[] = [];
  const merges: SheetModel['merges'] = [];
  const heights: Record<number, number> = {};
  const text = (row: number, col: number, value: string, style: CellStyle) => cells.push(textCell(row, col, value, style));
  const merge = (top: number, left: number, bottom: number, right: number) => merges.push({ top, left, bottom, right });

  text(1, 1, upper(`${profile.superiorBody}${profile.district ? ` ${profile.district}` : ''}`), { font: font(13), horizontal: 'center' });
  merge(1, 1, 1, 2);
  text(2, 1, upper(profile.issuingBody), { font: font(13, { bold: true }), horizontal: 'center' });
  merge(2, 1, 2, 2);
  text(3, 1, '*', { font: font(13), horizontal: 'center' });
  merge(3, 1, 3, 2);
  text(1, 4, feedbackText.party, { font: font(13, { bold: true }), horizontal: 'center', border: ['bottom'] });
  text(2, 4, feedbackText.dateLine(profile, date), { font: font(13, { italic: true }), horizontal: 'center' });

  text(5, 1, feedbackText.title, { font: font(14, { bold: true }), horizontal: 'center' });
  merge(5, 1, 5, 4);
  text(6, 1, feedbackText.subtitle(unit), { font: font(13, { bold: true }), horizontal: 'center', wrap: true });
  merge(6, 1, 6, 4);
  text(7, 1, feedbackText.to(unit), { font: font(13), horizontal: 'center' });
  merge(7, 1, 7, 4);

  const head: CellStyle = { font: font(12, { bold: true }), horizontal: 'center', vertical: 'middle', wrap: true, border: BOX };
  feedbackText.columns.forEach((c, i) => text(FEEDBACK_HEADER_ROW, i + 1, c, head));
  const body = (h: CellStyle['horizontal'] = 'left'): CellStyle => ({ font: font(12), horizontal: h, vertical: 'top', wrap: true, border: BOX });
  let row = FEEDBACK_HEADER_ROW + 1;
  const sent = feedbackFindings(findings, tableUnread);
  sent.forEach((f, i) => {
    cells.push({ row, col: 1, value: i + 1, style: body('center') });
    text(row, 2, placeOf?.(f) ?? feedbackText.place(f, tableName), body());
    // A list the Ban has no row of is no list short of its quota: the unit is asked to send it again.
    const unread = f.code === 'QUOTA_SHORT' ? listUnread : undefined;
    const label = unread ? feedbackText.unreadLabel : labelOf(f);
    const message = unread ? feedbackText.unreadMessage(unread) : unitsWords(f.message);
    const who = exemplarOf?.(f);
    text(row, 3, `${who ? feedbackText.about(label, who) : label}: ${message}`, body());
    const advice = unread
      ? feedbackText.unreadAdvice
      : f.code === 'QUOTA_SHORT'
        ? quotaAdviceFor(profile, listState)
        : label === feedbackText.birthYearLabel
          ? feedbackText.birthYearAdvice
          : tableUnread?.(f)
            ? feedbackText.unreadTableAdvice
            : f.code === 'DUPLICATE'
              ? duplicateAdvice(f)
              : undefined;
    text(row, 4, advice ?? ADVICE[f.code], body());
    row++;
  });
  const bodyEnd = row;
  row++;
  text(row, 1, closingOf(profile, sent, listState, listUnread !== undefined), { font: font(13), wrap: true });
  merge(row, 1, row, 4);
  heights[row] = 36;

  const model: SheetModel = {
    name,
    widths: WIDTHS,
    rowHeights: heights,
    cells,
    merges,
    page: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      repeatRows: { from: FEEDBACK_HEADER_ROW, to: FEEDBACK_HEADER_ROW },
    },
  };
  const bodyRows = Array.from({ length: bodyEnd - FEEDBACK_HEADER_ROW - 1 }, (_, i) => FEEDBACK_HEADER_ROW + 1 + i);
  Object.assign(heights, fitRowHeights(model, bodyRows, 12));
  return model;
}

/** The kind of table a finding's row stands in, if any. */
function tableKindOf(read: ReadResult): (f: Finding) => TableInfo['kind'] | undefined {
  // The table a row is in: of its sheet and its block (tables side by side), the last one whose header is above it (a
  // units list may head a master's sheet).
  const tables = [...read.tables].sort((a, b) => b.headerRow - a.headerRow);
  return (f) =>
    f.row === undefined ? undefined : tables.find((t) => t.file === f.file && t.sheet === f.sheet && t.block === f.block && t.headerRow < (f.row as number))?.kind;
}

/**
 * Whether a finding is the unit's to act on, rather than the district's (README: errors in the district's units list
 * and its «Cấu hình» are not sent to units, trial20b #8). A cell or a row of those tables is the district's own typing
 * — a list date it mistyped, a code, a name —, which the unit has never seen and cannot correct; a unit's type is the
 * district's to set. What the rules say of the unit (its quota, its deadlines, its plan) sits on its row too, and is
 * the unit's.
 */
function unitsSideOf(read: ReadResult): (f: Finding) => boolean {
  const kindOf = tableKindOf(read);
  const districts = (f: Finding) => {
    const kind = kindOf(f);
    return (kind === 'units' || kind === 'profile') && FINDING_CODES[f.code].level !== 'unit';
  };
  return (f) => f.code !== 'UNKNOWN_UNIT_TYPE' && !districts(f);
}

/** What the placer knows of the unit: its files, what it has sent of its list, a list recorded but unread. */
interface UnitFacts {
  files: readonly string[];
  listState?: ListState;
  listUnread?: ListRecord;
}

/**
 * Where a unit's unit-level findings are, as the unit can find them (trial13 #21). They sit on the unit's row of the
 * district's units list, a file the unit never had: the phiếu names instead the unit's own file the evidence was read
 * from (its date line, its plan, its list), else says the district's list holds it; a quota names the unit's list
 * (its files, the list it sent, its list as a whole, or the list it has still to send: trial20b #9). A finding in any
 * other file keeps its place.
 */
function unitPlacer(read: ReadResult, unit: UnitRecord | undefined, { files, listState, listUnread }: UnitFacts, tableName?: TableNamer): (f: Finding) => string | undefined {
  const district = new Set(read.tables.filter((t) => t.kind === 'units').map((t) => t.file));
  const own = (file: string | undefined) => file !== undefined && !district.has(file);
  return (f) => {
    // A row of the district's master: its cell, and whose list that is (the unit never saw it).
    const rowsIn = f.rows?.length ? f.rows.map((r) => r.file) : f.row !== undefined ? [f.file] : [];
    if (FINDING_CODES[f.code].level !== 'unit' && rowsIn.length && rowsIn.every((file) => district.has(file))) return feedbackText.inDistrictMaster(feedbackText.place(f, tableName));
    if (!unit || FINDING_CODES[f.code].level !== 'unit' || !district.has(f.file)) return undefined;
    switch (f.code) {
      case 'QUOTA_SHORT': {
        if (listUnread) return feedbackText.listSentAs(listUnread);
        const ownFiles = files.filter(own);
        if (ownFiles.length) return ownFiles.join('; ');
        return listState === 'pending' || listState === 'missing' ? feedbackText.listNotSent : feedbackText.wholeList;
      }
      case 'REGISTRATION_LATE': {
        const line = unit.listDate || unit.listSent ? undefined : read.dateLines?.find((d) => d.unitId === unit.id);
        if (line && own(line.file)) return (line.from === 'rows' ? feedbackText.rowDatesOf : feedbackText.dateLineOf)(line.file, line.sheet);
        break;
      }
      case 'PLAN_LATE':
      case 'PLAN_MISSING': {
        const document = unit.planDate || unit.planSent ? undefined : read.planDocuments?.find((d) => d.unitId === unit.id);
        if (document && own(document.file)) return document.date ? feedbackText.dateLineOf(document.file, '') : document.file;
        break;
      }
      case 'NURTURE_PLAN_INCOMPLETE': {
        const plan = read.plans.find((x) => x.unitId === unit.id);
        if (plan && own(plan.source.file)) return plan.source.row ? placeText(plan.source) : plan.source.file;
        if (plan) return feedbackText.districtPlans;
        break;
      }
      default:
        break;
    }
    return feedbackText.districtList;
  };
}

/** Findings whose message quotes the subjects the row's name cell holds, as it reads them. */
const NAMES_ITS_SUBJECTS = new Set<Finding['code']>(['NOT_SINGLE_SUBJECT', 'SUBJECT_KIND_MISMATCH']);

/**
 * The exemplar a one-row finding is about, as the unit knows it (trial16b #11): its name, unless the message quotes it
 * already; for a row with no name, the first thing it holds. None for findings of a unit, or of several rows.
 */
function exemplarNamer(read: ReadResult): (f: Finding) => string | undefined {
  const byRow = new Map(read.registrations.map((r) => [rowKey(r.source), r]));
  return (f) => {
    if (f.row === undefined || f.rows?.length || FINDING_CODES[f.code].level === 'unit' || NAMES_ITS_SUBJECTS.has(f.code)) return undefined;
    const r = byRow.get(rowKey(f));
    if (!r) return undefined;
    if (r.name) return f.message.includes(`«${r.name}»`) ? undefined : feedbackText.exemplar(r.name);
    const held = (r.position || r.workplace || r.achievements || '').split('\n')[0]?.trim() ?? '';
    if (!held) return undefined;
    const words = held.split(/\s+/);
    return feedbackText.unnamedRow(words.length > 12 ? `${words.slice(0, 12).join(' ')} …` : held);
  };
}

/**
 * Where a row's unit was read from: its own list (its title, sheet or file), which a phiếu can go back to. A file's
 * name that holds nothing but a list's own words («DS DHTT.xlsx», «ds 2023», «mau dien hinh») is no addressee: rows
 * known by it alone go to the district (trial 16b #10); one naming its sender («Hội Nông dân huyện.xlsx») is.
 */
const OWN_LIST: ReadonlySet<UnitSource | undefined> = new Set<UnitSource | undefined>(['title', 'sheet', 'file']);
const LIST_WORDS_ONLY = /^(?:(?:ds|danh sach|dk|dang ky|dhtt|dien hinh|tien tien|mau|bieu mau|tong hop|bao cao|copy|ban sao|file|\d+)(?: |$))+$/;
const ownListUnit = (r: { unitSource?: UnitSource; unitText?: string }): string | undefined => {
  const name = r.unitText?.trim();
  if (!name || !OWN_LIST.has(r.unitSource)) return undefined;
  return r.unitSource === 'file' && LIST_WORDS_ONLY.test(asciiKey(name)) ? undefined : name;
};

/**
 * Each unit of the view with its findings, in the view's order (worst first), then the units the list does not have
 * that sent their own list: the rows of such a unit ("ĐẢNG ỦY XÃ PHÚ HỮU" over its own file) still go back to it, by
 * the unit its rows name. A row of a compiled list naming a body the list lacks (the district's own master, «Đảng bộ
 * xã Tân Lập» in its unit column) goes to no one: no «Kính gửi» to a body that may not be in the district
 * (districtFindings says it to the district).
 */
export function unitsWithFindings(view: UnitsView, findings: readonly Finding[], read: ReadResult): ({ name: string; findings: Finding[] } & UnitContext)[] {
  const unitsSide = unitsSideOf(read);
  const tableName = wordTableNamer(read);
  const exemplarOf = exemplarNamer(read);
  const tableUnread = unreadTable(read);
  const unitById = new Map(read.units.map((u) => [u.id, u]));
  const unread = new Map(unreadLists(read).map((u) => [u.unit.id, u.record]));
  const listed = view.units.map((u) => {
    const listUnread = unread.get(u.id);
    const own = u.findings.flatMap((i) => findings[i] ?? []).filter(unitsSide);
    // A unit yet to send before the deadline has no QUOTA_SHORT in the check (rules/quota.ts): its phiếu still asks for
    // its list, with its quota, by the deadline.
    const unit = unitById.get(u.id);
    const q = u.quota;
    const due = unit && q && u.timeliness === 'pending' && q.status === 'short' && !own.some((f) => f.code === 'QUOTA_SHORT');
    return {
      name: u.name,
      findings: due ? [quotaDueFinding(unit, { required: q.required, ...(u.type ? { type: u.type } : {}) }, read.profile), ...own] : own,
      listState: u.timeliness,
      tableName,
      placeOf: unitPlacer(read, unitById.get(u.id), { files: u.files, listState: u.timeliness, ...(listUnread ? { listUnread } : {}) }, tableName),
      ...(listUnread ? { listUnread } : {}),
      exemplarOf,
      tableUnread,
    };
  });
  return [...listed, ...unlistedSenders(view, findings, read).map((u) => ({ ...u, tableName, exemplarOf, tableUnread }))];
}

/** Whether a finding says a Word table of numbered rows was not read (ReadResult.unreadTables). */
function unreadTable(read: ReadResult): (f: Finding) => boolean {
  const tables = read.unreadTables ?? [];
  return (f) => f.code === 'SHEET_SKIPPED' && tables.some((t) => t.file === f.file && t.sheet === f.sheet);
}

/** The units the list lacks that sent their own list, with the findings of its rows (by the unit the rows name). */
function unlistedSenders(view: UnitsView, findings: readonly Finding[], read: ReadResult): { name: string; findings: Finding[] }[] {
  const rowOf = new Map(read.registrations.map((r) => [rowKey(r.source), r]));
  // A file's rows whose unit its own title (sheet, name) gives: a row of it without a registration goes with them.
  const senderOfFile = new Map<string, string>();
  for (const r of read.registrations) {
    const name = r.unitId ? undefined : ownListUnit(r);
    if (name && !senderOfFile.has(r.source.file)) senderOfFile.set(r.source.file, name);
  }
  // By the unit as its rows write it, one phiếu however it is spelt ("ĐẢNG ỦY XÃ PHÚ HỮU", "Đảng ủy xã Phú Hữu").
  const unlisted = new Map<string, { name: string; findings: Finding[] }>();
  for (const i of view.unassigned) {
    const f = findings[i];
    if (!f || f.row === undefined || !f.sheet) continue;
    const reg = rowOf.get(rowKey(f));
    const name = reg ? ownListUnit(reg) : senderOfFile.get(f.file);
    if (!name) continue;
    const key = toneKey(name);
    const u = unlisted.get(key);
    if (u) u.findings.push(f);
    else unlisted.set(key, { name, findings: [f] });
  }
  return [...unlisted.values()];
}

/**
 * What no unit's phiếu carries and the district must see to itself: errors and warnings of no unit of the list that
 * no unlisted sender gets back (rows of its own master naming a body the list lacks, files of no known unit).
 */
export function districtFindings(view: UnitsView, findings: readonly Finding[], read: ReadResult): Finding[] {
  const sent = new Set(unlistedSenders(view, findings, read).flatMap((u) => u.findings));
  return view.unassigned.flatMap((i) => findings[i] ?? []).filter((f) => f.severity !== 'info' && !sent.has(f));
}

/** The phiếu of every unit that has something to send back, one sheet each, sheet names unique; with its unit. */
export function feedbackSheets(
  profile: Profile,
  date: CalendarDate,
  units: readonly ({ name: string; findings: readonly Finding[] } & UnitContext)[],
): { unit: string; sheet: SheetModel }[] {
  const taken: string[] = [];
  const out: { unit: string; sheet: SheetModel }[] = [];
  for (const u of units) {
    if (!feedbackFindings(u.findings, u.tableUnread).length) continue;
    const name = freeSheetName(u.name, taken);
    taken.push(name);
    out.push({ unit: u.name, sheet: feedbackSheet(profile, date, u.name, u.findings, name, u) });
  }
  return out;
}

/** The phiếu sheets alone, for one workbook. */
export function feedbackBook(profile: Profile, date: CalendarDate, units: readonly ({ name: string; findings: readonly Finding[] } & UnitContext)[]): SheetModel[] {
  return feedbackSheets(profile, date, units).map((x) => x.sheet);
}
