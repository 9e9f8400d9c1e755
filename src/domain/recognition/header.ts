/**
 * Finding a table's header: any of the first rows, one or two levels ("Năm sinh" merged over "Nam | Nữ"),
 * optionally followed by a row of column numbers "(1) (2) (3)".
 */
import { asciiKey } from '../text';
import { additionKey } from '../text/addition-key';
import { QUOTA_LABEL } from '../units/list-quota';
import { DATE_WORDS, Field, FieldIndex, matchField, TableKind } from './fields';
import type { SheetView } from './sheet-view';

export const HEADER_SEARCH_ROWS = 25;

export interface TableHeader {
  kind: TableKind;
  /** The (first) header row. */
  row: number;
  /** The first row after the header block (and its column-number row). */
  dataStart: number;
  /** Column of each field (the first column naming it). */
  columns: Map<Field, number>;
  /** The label of every header column, for findings and extra columns. */
  labels: Map<number, string>;
  /**
   * Achievement columns besides the one taken (read where it is empty: "Nội dung đăng ký làm theo" beside "Tóm tắt
   * thành tích"), or all of them, one per year ("Thành tích năm 2021 | năm 2022 | năm 2023"): joined with the year.
   */
  achievementColumns?: { cols: number[]; byYear: boolean };
  /** A name typed in parts ("Họ và tên đệm | Tên", "Họ | Tên đệm | Tên"): their columns, joined in this order. */
  nameParts?: number[];
  /** With two name columns, one per kind ("Tên tập thể" | "Họ và tên cá nhân"): the kind each column says. */
  nameKinds?: Map<number, NameColumnKind>;
  /**
   * A field's second column, read with its own: a date column read where its own is blank (the day a document came
   * in, beside the day it was sent); the proposal's other column (a yes/no column beside the form).
   */
  fallbacks?: Map<Field, number>;
}

export type NameColumnKind = 'collective' | 'individual';

/** The kind a name column's label says, when it says one only ("Tên tập thể", "Họ và tên cá nhân"). */
function nameColumnKind(label: string | undefined): NameColumnKind | undefined {
  const k = asciiKey(label ?? '');
  const collective = /(^| )(tap the|ho gia dinh)( |$)/.test(k);
  const individual = /(^| )(ca nhan|ho va ten|ho ten)( |$)/.test(k);
  return collective === individual ? undefined : collective ? 'collective' : 'individual';
}

const REQUIRED: Record<TableKind, Field[]> = {
  registrations: ['name'],
  units: ['name'],
  plans: ['unit'],
  profile: ['key', 'value'],
};

// Registration columns a units list may also have: its number, the unit's name ("Đơn vị"), a note.
const UNITS_LIST_REGISTRATION_FIELDS = new Set<Field>(['stt', 'unit', 'note']);

/**
 * "STT | Tên đơn vị" (with or without "Ghi chú"): a units list of names alone. Other columns the product has no use
 * for ("Số điện thoại", "Bí thư") may stand beside them, unless one of them is a registration's ("Họ và tên",
 * "Năm sinh"): that row heads a registrations table.
 */
function namesOnlyUnits(columns: Map<Field, number>, labels: Map<number, string>, registrations: FieldIndex | undefined): boolean {
  if (!columns.has('stt') || !columns.has('name') || ![...columns.keys()].every((f) => f === 'stt' || f === 'name' || f === 'note')) return false;
  if (labels.size === columns.size) return true;
  if (!registrations) return false;
  // A nurturing-plan sheet whose content headers are not all recognised is no units list: read so, it is silent
  // about R6; not a table, it is said to be skipped.
  if ([...labels.values()].filter((l) => PLAN_CONTENT_WORDS.test(asciiKey(l))).length >= 2) return false;
  // Nor is a sheet logging the plans units sent ("Số KH | Ngày ban hành"): it is a plan sheet without its contents.
  if ([...labels.values()].some((l) => PLAN_DOCUMENT_LABEL.test(asciiKey(l)))) return false;
  for (const label of labels.values()) {
    const f = matchField(registrations, label);
    const k = asciiKey(label);
    if ((f && !UNITS_LIST_REGISTRATION_FIELDS.has(f) && !(f === 'name' && weakName(label))) || (COUNT_LABEL.test(k) && !QUOTA_LABEL.test(k))) return false;
  }
  return true;
}

const PLAN_DOCUMENT_LABEL = /^(?:so (?:kh|ke hoach|van ban|hieu)|so ngay|so va ngay|ngay ban hanh|ngay ky)( |$)/;
const PLAN_CONTENT_WORDS = /(^| )(lanh dao|phan cong|boi duong|nhan rong|tuyen truyen|khen thuong|bieu duong|ton vinh|bao cao)( |$)/;

// "Số lượng", "Tổng số", "Đã đăng ký", "Kết quả": a table counting per unit is a summary, not the units list.
const COUNT_LABEL = /^(so luong|so dien hinh|so tap the|so ca nhan|tong|ket qua|da dang ky|dang ky)( |$)/;
// A quota label (QUOTA_LABEL, list-quota.ts): a units list may carry it. A count beside it ("Đã đăng ký", "Kết quả")
// still makes the table a summary.

// "Điển hình tiên tiến" heads the exemplars' names, and a summary's counts per unit too ("Điển hình tiên tiến" over
// "Tập thể | Cá nhân"): it names the name column only beside a column of the exemplar's own (year, post, kind…).
function weakName(label: string | undefined): boolean {
  return /^(ten )?dien hinh tien tien( |$)/.test(asciiKey(label ?? ''));
}
const NOT_OF_EXEMPLAR = new Set<Field>(['stt', 'note', 'name', 'otherName', 'unit', 'unitCode']);

/** A name column's label that names exemplars, people or collectives ("Họ và tên", "Tên tập thể, cá nhân"). */
const EXEMPLAR_NAME_LABEL = /(^| )(ho (va )?ten|tap the|ca nhan)( |$)/;

function valid(kind: TableKind, columns: Map<Field, number>, labels: Map<number, string>, registrations?: FieldIndex, namesOnly = false): boolean {
  if (!REQUIRED[kind].every((f) => columns.has(f))) return false;
  const fields = [...columns.keys()];
  switch (kind) {
    case 'plans':
      return fields.filter((f) => f.startsWith('content:')).length >= 3;
    case 'units':
      return fields.some((f) => ['code', 'type', 'planDate', 'listDate'].includes(f)) || namesOnlyUnits(columns, labels, registrations);
    case 'registrations':
      // Names alone make a list only where its title says so (`namesOnly`): "STT | Họ và tên" heads lists of anyone.
      if (namesOnly && EXEMPLAR_NAME_LABEL.test(asciiKey(labels.get(columns.get('name') ?? 0) ?? ''))) return true;
      return fields.some((f) => !['stt', 'note', 'name'].includes(f)) && (!weakName(labels.get(columns.get('name') ?? 0)) || fields.some((f) => !NOT_OF_EXEMPLAR.has(f)));
    case 'profile':
      return true;
  }
}

function score(columns: Map<Field, number>): number {
  return [...columns.keys()].filter((f) => f !== 'stt').length;
}

/** Columns of one header row, with a sub-header row under horizontally merged parents. */
function mapColumns(
  view: SheetView,
  r: number,
  idx: FieldIndex,
  sub: boolean,
): { columns: Map<Field, number>; labels: Map<number, string>; fallbacks: Map<Field, number>; achievements: number[] } {
  const columns = new Map<Field, number>();
  const achievements: number[] = [];
  const labels = new Map<number, string>();
  const fallbacks = new Map<Field, number>();
  const hidden = (c: number | undefined) => c !== undefined && (view.hiddenColumn?.(c) ?? false);
  const unmerged = sub ? unmergedParents(view, r) : undefined;
  let proposalListDate: number | undefined;
  for (let c = 1; c <= view.colCount; c++) {
    const parentCol = unmerged?.get(c);
    const parent = view.text(r, parentCol ?? c);
    let field: Field | undefined;
    let label = parent;
    const m = view.mergeAt(r, c);
    const isParentSpan = parentCol !== undefined || (sub && m !== undefined && m.top === r && m.bottom === r && m.right > m.left);
    const child = isParentSpan ? view.text(r + 1, c) : '';
    if (child) {
      const parentField = matchField(idx, parent);
      const childKey = asciiKey(child);
      if (parentField === 'birthYear' && (childKey === 'nam' || childKey === 'nu')) {
        field = childKey === 'nam' ? 'birthYearMale' : 'birthYearFemale';
      } else {
        field = matchField(idx, `${parent} ${child}`) ?? matchField(idx, child) ?? parentField;
        // A date column headed by its document alone («Danh sách đăng ký») is one column; such a parent over columns
        // its children name otherwise («Tập thể | Cá nhân») heads counts, no date.
        if (field === parentField && DATE_FIELDS.has(field as Field) && !DATE_WORDS.test(asciiKey(parent))) field = undefined;
      }
      label = `${parent} – ${child}`;
    } else if (parent) {
      field = matchField(idx, parent);
    }
    if (label) labels.set(c, label);
    // "Hình thức khen thưởng đã đạt", "Khen thưởng đã được nhận": the awards a row already has (R7), no proposal.
    if (field === 'proposal' && PAST_AWARDS.test(asciiKey(label)) && !saysProposal(label)) field = undefined;
    // "Ngày gửi danh sách bổ sung": a later list's date, never the registration's; "… danh sách đề nghị khen thưởng"
    // the registration's only where no other column gives it (a 2023 list is also sent "đề nghị" biểu dương).
    if (field === 'listDate' && ADDITIONS_LIST.test(additionKey(label))) field = undefined;
    if (field === 'listDate' && PROPOSAL_LIST.test(asciiKey(label)) && !/(^| )dang ky( |$)/.test(asciiKey(label))) {
      proposalListDate ??= c;
      field = undefined;
    }
    // A second name column naming the other kind than the first is each row's name when the first is empty.
    if (field === 'name' && columns.has('name') && !columns.has('otherName')) {
      const first = nameColumnKind(labels.get(columns.get('name') ?? 0));
      const second = nameColumnKind(label);
      if (first && second && first !== second) field = 'otherName';
    }
    // "Đơn vị" beside "Đơn vị đề xuất": the one that says it proposes is the unit, the other where the person works.
    if (field === 'unit' && columns.has('unit') && !columns.has('workplace')) {
      const first = columns.get('unit') as number;
      if (!proposer(labels.get(first))) {
        if (proposer(label)) columns.set('workplace', first).delete('unit');
      } else if (!proposer(label)) field = 'workplace';
    }
    // Two columns of one field: the first, unless it is hidden and this one is not (an old column kept out of sight),
    // or it is the day a document came in and this one the day it was sent: the guideline dates what units send.
    const before = field ? columns.get(field) : undefined;
    const sentOverReceived = before !== undefined && DATE_FIELDS.has(field as Field) && received(labels.get(before)) && !received(label);
    // The other of the two is read where the row leaves the one taken blank.
    if (sentOverReceived) fallbacks.set(field as Field, before);
    // Two sub-columns of one parent ("Đề nghị" over "Năm 2023 | Năm 2025") are no yes/no column beside a form.
    else if (field === 'proposal' && before !== undefined && !fallbacks.has(field) && !sameParent(labels.get(before), label)) fallbacks.set(field, c);
    else if (field && before !== undefined && DATE_FIELDS.has(field) && !received(labels.get(before)) && received(label)) fallbacks.set(field, c);
    if (field === 'achievements' && !hidden(c) && !pastRecord(label)) achievements.push(c);
    if (field && (before === undefined || (hidden(before) && !hidden(c)) || sentOverReceived)) columns.set(field, c);
  }
  if (proposalListDate !== undefined && !columns.has('listDate')) columns.set('listDate', proposalListDate);
  return { columns, labels, fallbacks, achievements };
}

/**
 * The achievement columns, set in `columns`: a past record's column before the summary's is not the summary; of
 * several, one per year are all read, else the summary's own ("Tóm tắt thành tích" over a commitment, "Nội dung đăng
 * ký làm theo") is taken and the others read where it is empty.
 */
function achievementColumns(columns: Map<Field, number>, labels: Map<number, string>, achievements: number[]): TableHeader['achievementColumns'] {
  const taken = columns.get('achievements');
  if (taken !== undefined && achievements.length && !achievements.includes(taken)) columns.set('achievements', achievements[0] as number);
  if (achievements.length < 2) return undefined;
  const byYear = achievements.every((c) => yearOfLabel(labels.get(c)) !== undefined && !/\d{4}\D+\d{4}/.test(labels.get(c) ?? ''));
  const cols = byYear ? achievements : [...achievements].sort((a, b) => Number(!summary(labels.get(a))) - Number(!summary(labels.get(b))));
  columns.set('achievements', cols[0] as number);
  return { cols, byYear };
}

// The parts of a name in columns of their own: the family name with or without the middle name, the middle name,
// the given name ("Tên" alone, or under "Họ và tên").
const SURNAME_PART = /^ho( va)?( (ten|chu))?( (dem|lot))?$/;
const MIDDLE_PART = /^(ten|chu) (dem|lot)$/;
const GIVEN_PART = /^ten$/;

/**
 * A name typed in parts, set as the name column: where no whole name column is there, the name; beside a collectives'
 * name column ("Tên tập thể | Họ và tên đệm | Tên"), the persons' (read where the collectives' is empty).
 */
function nameParts(columns: Map<Field, number>, labels: Map<number, string>): number[] | undefined {
  const parts = namePartColumns(labels);
  if (!parts) return undefined;
  const whole = columns.get('name');
  if (whole === undefined || parts.includes(whole)) columns.set('name', parts[0] as number);
  else if (nameColumnKind(labels.get(whole)) === 'collective' && [undefined, parts[0]].includes(columns.get('otherName'))) columns.set('otherName', parts[0] as number);
  else return undefined;
  return parts;
}

/**
 * The columns of a name typed in parts, side by side: "Họ và tên đệm | Tên", "Họ | Tên đệm | Tên", "Họ và tên" over
 * "Họ đệm | Tên". Never "Họ và tên" itself, the whole name.
 */
function namePartColumns(labels: Map<number, string>): number[] | undefined {
  // A sub-header's label is "Họ và tên – Họ đệm": the part is the child's.
  const key = (c: number) => asciiKey((labels.get(c) ?? '').split(' – ').pop() ?? '');
  for (const c of labels.keys()) {
    const k = key(c);
    if (!SURNAME_PART.test(k) || k === 'ho va ten' || k === 'ho ten') continue;
    const middle = MIDDLE_PART.test(key(c + 1)) && !/ (dem|lot)$/.test(k);
    const given = middle ? c + 2 : c + 1;
    if (GIVEN_PART.test(key(given))) return middle ? [c, c + 1, given] : [c, given];
  }
  return undefined;
}

const WHOLE_NAME = /^ho (va )?ten$/;
// A second column's own marks that are no given name: a gender («Nam», «Nữ», «x»).
const GENDER_MARK = /^(nam|nu|x)$/;
// A one-word given name: letters, maybe one apostrophe or hyphen inside («H'Hen»); no digit, no mark.
const GIVEN_NAME = /^\p{L}{2,}(?:['’-]\p{L}+)?$/u;
// Data rows looked at to tell a split name from a column of something else.
const SPLIT_NAME_ROWS = 60;

/**
 * A person's name split over the two columns a merged «Họ và tên» (or «Họ tên») header spans, with no sub-headers or
 * «Tên» alone over the second (HR exports, sorted by the given name): [first, second], joined. Without «Tên» the
 * contents decide: the second column holds one-word given names beside filled first cells, never a year, a gender
 * mark or a longer text (a name | year or name | gender pair under one header is no split name).
 */
function splitNameColumns(view: SheetView, r: number, columns: Map<Field, number>, labels: Map<number, string>, dataStart: number): number[] | undefined {
  const c = columns.get('name');
  if (c === undefined) return undefined;
  const m = view.mergeAt(r, c);
  if (!m || m.top !== r || m.left !== c || m.right !== c + 1) return undefined;
  const parent = view.text(r, c);
  if (!WHOLE_NAME.test(asciiKey(parent))) return undefined;
  // No field of its own over the second column.
  for (const [f, col] of columns) if (col === c + 1 && f !== 'name') return undefined;
  const own = labels.get(c);
  const second = labels.get(c + 1);
  if (own !== undefined && own !== parent) return undefined;
  if (second !== undefined && second !== parent) return GIVEN_PART.test(asciiKey(second.split(' – ').pop() ?? '')) ? [c, c + 1] : undefined;
  let given = 0;
  const last = Math.min(view.rowCount, dataStart + SPLIT_NAME_ROWS - 1);
  for (let row = dataStart; row <= last; row++) {
    const rm = view.mergeAt(row, c + 1);
    // A collective's name or a group row merged across: not this column's own.
    if (rm && rm.left !== rm.right) continue;
    const t = view.text(row, c + 1);
    if (!t) continue;
    const k = asciiKey(t);
    if (!GIVEN_NAME.test(t) || !view.text(row, c)) return undefined;
    if (!GENDER_MARK.test(k)) given++;
  }
  return given ? [c, c + 1] : undefined;
}

/** A column's number in the row under a header: "(1)", "2", "C", "(5) = (3) + (4)". */
export const COLUMN_NUMBER = /^\(?\s*(\d{1,2}|[A-Z])\s*\)?(\s*=\s*.*)?$/;

const DATE_FIELDS = new Set<Field>(['listDate', 'planDate']);
/**
 * A unit column that says it is the proposer's: "Đơn vị đề xuất", "Nơi đề xuất". Not "Đơn vị đăng ký" or "… giới
 * thiệu" (a branch under the proposer) nor "Đơn vị đề nghị khen thưởng" (the level asked to award).
 */
const ADDITIONS_LIST = /(^| )bo sung( |$)/;
const PROPOSAL_LIST = /(^| )(de nghi|khen thuong|bieu duong|tuyen duong)( |$)/;
const proposer = (label: string | undefined) => /(^| )de xuat( |$)/.test(asciiKey(label ?? ''));
/** Two sub-header labels under one parent ("Đề nghị – Năm 2023", "Đề nghị – Năm 2025"). */
const sameParent = (a: string | undefined, b: string) => a !== undefined && a.includes(' – ') && a.split(' – ')[0] === b.split(' – ')[0];
/** "Tóm tắt thành tích", "Kết quả đạt được": the summary of achievements itself, not a commitment. */
const summary = (label: string | undefined) => /(^| )(thanh tich|ket qua)( |$)/.test(asciiKey(label ?? ''));
/** The year an achievement column is headed by ("Thành tích năm 2022", "Năm 2022" under "Thành tích"). */
export const yearOfLabel = (label: string | undefined): string | undefined => /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(label ?? '')?.[1];
/** A column label that says it proposes ("Hình thức đề nghị", "… đề xuất"), whatever else it says. */
export const saysProposal = (label: string | undefined): boolean => /(^| )(de nghi|de xuat)( |$)/.test(asciiKey(label ?? ''));
// An achievement-like column of a past record beside the summary: awards received (PAST_AWARDS), an emulation title,
// last year's.
const PAST_RECORD = /(^| )(nam truoc|thi dua|khen thuong|danh hieu|xep loai)( |$)/;
/**
 * A column of a past record ("Thành tích khen thưởng", "Thành tích thi đua năm 2022"), by its label's head: not the
 * summary that mentions them ("Tóm tắt thành tích (danh hiệu, khen thưởng đã đạt)", "Thành tích trong phong trào thi đua").
 */
function pastRecord(label: string): boolean {
  const head = asciiKey(label.split('(')[0] ?? '').replace(/ trong (cac )?phong trao( .*)?$/, '');
  return !/^(tom tat thanh tich|thanh tich noi bat)( |$)/.test(head) && (PAST_AWARDS.test(head) || PAST_RECORD.test(head));
}
const PAST_AWARDS = /(^| )da (dat|duoc|nhan|co)( |$)/;
/** A date column of the day a document came in: "Ngày nhận", "Ngày đến", "Ngày BTG nhận". */
const received = (label: string | undefined) => /(^| )(nhan|den)( |$)/.test(asciiKey(label ?? ''));

/** A row under a header that only numbers the columns: "(1)", "2", "(3)"… */
export function isColumnNumberRow(view: SheetView, r: number): boolean {
  let numbers = 0;
  let others = 0;
  for (let c = 1; c <= view.colCount; c++) {
    const t = view.text(r, c);
    if (!t) continue;
    if (COLUMN_NUMBER.test(t)) numbers++;
    else others++;
  }
  return numbers >= 2 && others === 0;
}

/**
 * A two-level header typed without merges: a parent label followed by empty cells ("Kế hoạch bồi dưỡng" | | |), or
 * typed again over each child ("Năm sinh | Năm sinh"), over its children ("Số, ngày | Lãnh đạo | Phân công"), the
 * row under every other label left empty or the label typed again (as a merged cell would read, or be exported). Per column of each such run, its parent's column; undefined when the row holds a merge (its author
 * merges what spans) or is no such header (a data row has something under its labels, each alone).
 */
function unmergedParents(view: SheetView, r: number): Map<number, number> | undefined {
  if (r + 1 > view.rowCount) return undefined;
  const parents = new Map<number, number>();
  let parent: number | undefined;
  let spans = false;
  let alone = false;
  for (let c = 1; c <= view.colCount; c++) {
    if (view.mergeAt(r, c)) return undefined;
    const top = view.text(r, c);
    const below = view.text(r + 1, c);
    if (below && (view.cell(r + 1, c)?.t === 'n' || /^\d+[.)]?$/.test(below))) return undefined;
    // A label typed again under itself stands for one merged down both rows; a parent typed again over each of its
    // children ("Năm sinh | Năm sinh" over "Nam | Nữ") for one merged across them.
    const repeated = top && below && asciiKey(top) === asciiKey(below);
    if (top && below && !repeated && parent !== undefined && asciiKey(top) === asciiKey(view.text(r, parent))) {
      parents.set(c, parent);
      spans = true;
    } else if (top && below && !repeated) parents.set(c, (parent = c));
    else if (top) {
      parent = undefined;
      alone = true;
    } else if (below) {
      // Under an empty cell with no label before it in the run: no header's child.
      if (parent === undefined) return undefined;
      parents.set(c, parent);
      spans = true;
    } else parent = undefined;
  }
  if (!spans || !alone) return undefined;
  // Every label with something under it heads a run: a lone label over a text is a data row's cell, not a parent's.
  const runs = new Map<number, number>();
  for (const p of parents.values()) runs.set(p, (runs.get(p) ?? 0) + 1);
  for (const n of runs.values()) if (n < 2) return undefined;
  return parents;
}

/** Row `r` is a header's upper row typed without merges, its parents over the row under it (the header block's top). */
export function isParentRowOver(view: SheetView, r: number): boolean {
  return unmergedParents(view, r) !== undefined;
}

/** Row `r` has a sub-header row under it: under a merged parent, or maybe under one typed without merges. */
type SubHeader = 'merged' | 'unmerged' | undefined;

function hasSubHeader(view: SheetView, r: number): SubHeader {
  if (r + 1 > view.rowCount) return undefined;
  let under = false;
  let data = false;
  for (let c = 1; c <= view.colCount; c++) {
    const m = view.mergeAt(r, c);
    if (m && m.top === r && m.bottom === r && m.right > m.left) {
      for (let cc = m.left; cc <= m.right; cc++) {
        const below = view.mergeAt(r + 1, cc);
        if ((!below || below.top === r + 1) && view.text(r + 1, cc)) under = true;
      }
    } else data ||= ownTextBelow(view, r, c);
  }
  if (under) return data ? undefined : 'merged';
  return unmergedParents(view, r) ? 'unmerged' : undefined;
}

/**
 * A label spanning one column with a text of its own under it: the row under is a data row (the first exemplar's
 * number and name under «STT» and «Họ và tên»), not sub-labels, which stand under a spanning parent only.
 */
function ownTextBelow(view: SheetView, r: number, c: number): boolean {
  if (!view.text(r, c) || !view.text(r + 1, c)) return false;
  const below = view.mergeAt(r + 1, c);
  return !below || below.top === r + 1;
}

/**
 * The header of the given kind that row `r` starts, if it is a valid one. Without merges to say so, the row under it
 * is a sub-header only where it names more fields than a first data row would leave.
 */
function headerOf(view: SheetView, r: number, indexes: Record<TableKind, FieldIndex>, kind: TableKind, sub: SubHeader, namesOnly = false): TableHeader | undefined {
  if (sub !== 'unmerged') return headerWith(view, r, indexes, kind, sub === 'merged', namesOnly);
  const two = headerWith(view, r, indexes, kind, true, namesOnly);
  const one = headerWith(view, r, indexes, kind, false, namesOnly);
  return two && (!one || score(two.columns) > score(one.columns)) ? two : one;
}

function headerWith(view: SheetView, r: number, indexes: Record<TableKind, FieldIndex>, kind: TableKind, sub: boolean, namesOnly: boolean): TableHeader | undefined {
  const { columns, labels, fallbacks, achievements } = mapColumns(view, r, indexes[kind], sub);
  let parts = kind === 'registrations' ? nameParts(columns, labels) : undefined;
  if (!valid(kind, columns, labels, indexes.registrations, namesOnly)) return undefined;
  let dataStart = sub ? r + 2 : r + 1;
  if (dataStart <= view.rowCount && isColumnNumberRow(view, dataStart)) dataStart++;
  if (kind === 'registrations' && !parts) parts = splitNameColumns(view, r, columns, labels, dataStart);
  const header: TableHeader = { kind, row: r, dataStart, columns, labels };
  if (fallbacks.size) header.fallbacks = fallbacks;
  if (parts) header.nameParts = parts;
  const several = achievementColumns(columns, labels, achievements);
  if (several) header.achievementColumns = several;
  const nameCol = columns.get('name');
  const otherCol = columns.get('otherName');
  const nameKind = nameColumnKind(labels.get(nameCol ?? 0));
  const otherKind = nameColumnKind(labels.get(otherCol ?? 0));
  if (nameCol !== undefined && otherCol !== undefined && nameKind && otherKind) header.nameKinds = new Map([[nameCol, nameKind], [otherCol, otherKind]]);
  return header;
}

/** The header of the given kind that row `r` starts, anywhere in the sheet (a second table's), if it is one. */
export function headerAt(view: SheetView, r: number, indexes: Record<TableKind, FieldIndex>, kind: TableKind): TableHeader | undefined {
  return headerOf(view, r, indexes, kind, hasSubHeader(view, r));
}

/**
 * The best header of the given kinds in the first rows of the sheet, if any. `namesOnly`: a registrations table may
 * have a name column alone (its title says it lists exemplars).
 */
export function findHeader(view: SheetView, indexes: Record<TableKind, FieldIndex>, kinds: TableKind[], namesOnly = false): TableHeader | undefined {
  let best: (TableHeader & { score: number }) | undefined;
  const last = Math.min(view.rowCount, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const sub = hasSubHeader(view, r);
    for (const kind of kinds) {
      const header = headerOf(view, r, indexes, kind, sub, namesOnly);
      if (!header) continue;
      const s = score(header.columns);
      if (!best || s > best.score) best = { ...header, score: s };
    }
  }
  if (!best) return undefined;
  const { score: _unused, ...header } = best;
  void _unused;
  return header;
}
