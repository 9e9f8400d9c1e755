/** Records: what the workbooks say, decoded, cleaned and typed. Rules read these, never cells. */
import type { CalendarDate, DateLineOf, OtherList } from './dates';
import type { Finding, RowRef } from './findings/finding';
import type { Profile } from './profile/schema';
import type { SubjectKind } from './subjects/subject-kind';

export type { RowRef };

export interface UnitRecord {
  /** Stable identity: the code when there is one, else the unit's key. */
  id: string;
  source: RowRef;
  code?: string;
  /** The codes of its other rows in the list (one body entered twice, under two codes): rows writing them count for it. */
  otherCodes?: string[];
  name: string;
  /** Other names rows give it: a bare name of a list grouped by type, in full ("An Lạc" under «CÁC ĐẢNG BỘ PHƯỜNG»). */
  aliases?: string[];
  /** Canonical unit type of the profile ("Đảng bộ xã"), declared or inferred from the name. */
  type?: string;
  typeSource: 'column' | 'name' | 'none';
  /** The type cell as written, when it named no type of the profile (for UNKNOWN_UNIT_TYPE). */
  typeText?: string;
  bloc?: string;
  quota?: number;
  planDate?: CalendarDate;
  listDate?: CalendarDate;
  /** A date cell was there but could not be read (INVALID_DATE already reported). */
  planDateInvalid?: boolean;
  listDateInvalid?: boolean;
  /** The date cell says the plan or the list was sent, not when ("x", "Đã nộp"), or that it came late ("Nộp trễ"). */
  planSent?: 'sent' | 'late';
  listSent?: 'sent' | 'late';
  /** The units list's own quota cell, as read ("Chỉ tiêu" 03): `quota` is the larger of it and the type's. */
  listQuota?: number;
  /** The type the name gives when it contradicts the type cell, applied, across blocs (UNKNOWN_UNIT_TYPE says so). */
  typeByName?: { name: string; bloc: string };
  /**
   * The type cell's type when it contradicts the name's, which is applied: UNKNOWN_UNIT_TYPE says so, and why (`why`):
   * the name is a commune's or township's party committee ("place name"), the cell gives that type to a unit whose
   * name is of another ("place cell"), or the name's type is the more specific one of its bloc ("specific").
   * `written`: the cell as written, where it is not the type's name ("Xã").
   */
  typeByCell?: { name: string; bloc: string; why: 'place name' | 'place cell' | 'specific'; written?: string };
}

export type UnitSource = 'column' | 'code' | 'group' | 'title' | 'sheet' | 'file';

export interface Registration {
  source: RowRef;
  /** The proposing unit as written, and where that came from. */
  unitText?: string;
  unitSource?: UnitSource;
  /** The unit cell holds a failed formula (#REF!, #N/A, the `unitText`): no unit is known, none is carried down to it. */
  unitError?: true;
  /** The unit of the list it resolves to, when it does. */
  unitId?: string;
  /** Other units of the list its unit cell names as proposing it together («…; Hội Nông dân huyện»): each counts it. */
  coUnitIds?: string[];
  /**
   * Another unit of the list that its list's own names name (a copied template's title, a sheet's or file's name),
   * its row counted for `unitId` (UNIT_CONFLICT): that unit is told of it, never that it sent nothing.
   */
  disputedUnitId?: string;
  /** The unit-code column's text, when the table has one beside the name column. */
  unitCodeText?: string;
  kind?: SubjectKind;
  /** Where the kind was read: a kind column, a group row, the name's shape, or the row's birth year or gender. */
  kindSource?: 'column' | 'group' | 'name' | 'row';
  household: boolean;
  /** Clean Unicode, honorific removed. */
  name: string;
  honorific?: string;
  birthYear?: number;
  /** The day and month of a whole birth date (MMDD), where the cell gives one: two people born the same year. */
  birthDay?: number;
  gender?: 'male' | 'female';
  position?: string;
  workplace?: string;
  field?: string;
  achievements?: string;
  /**
   * 1 or 2 (R8, R9); undefined when the phase cell could be read as neither (PHASE_UNREADABLE): such a row counts
   * toward neither the quota nor either ceremony list until the cell is fixed.
   */
  phase: 1 | 2 | undefined;
  date?: CalendarDate;
  /** The form of commendation the row proposes ("Giấy khen"), when its proposal cell names one (R10). */
  proposal?: string;
  /**
   * The proposal cell proposes the row (true: it names a form, or only marks the row, "x", "✓", "Có"), or declines
   * in so many words ("Không", "Không đề nghị": false); undefined otherwise (no cell, empty, "Chưa", "-", "Đã khen").
   */
  proposed?: boolean;
  /** R7: the years a yearly commendation column of the list marks the row commended in. */
  commendedYears?: number[];
  /** What the proposal cells say when they propose nothing ("Giấy khen của Đảng ủy xã", "Chờ xét"): the reason given. */
  notProposedAs?: string;
  /** A proposal cell read as proposing the row without naming a form, a mark or an agreement ("Năm 2025"). */
  proposalUnclear?: string;
  note?: string;
  /**
   * The unit's own note withdraws the row ("Rút tên", "Xin rút", "Dự phòng"): no exemplar of its list, counted for
   * no quota, printed on no ceremony list (the list's left-off sheet says why).
   */
  withdrawn?: boolean;
  /** Withdrawn because its note says the person died («Đã mất», «Từ trần»), with no mark of a posthumous award. */
  deceased?: boolean;
  /** Withdrawn because another row of its unit says it replaces this one («Thay thế đ/c …»): that row's name. */
  replacedByRow?: string;
  /** Its note says it replaces a person («Thay thế đ/c Lê Văn Tám») whom no row of its unit names: that name. */
  replacesMissing?: string;
  /**
   * The district's own vetting did not accept the row ("Kết quả thẩm định: Không đạt", "Loại"; a note saying only
   * that): as written. It still counts for its unit's registration; no ceremony list prints it.
   */
  vettedOut?: string;
  /** The withdrawal written after the name in its own cell («… (rút tên)», «… - Rút tên»): withdrawn so. */
  withdrawnInName?: string;
  /** The heading of the list's part that takes the row out ("III. DỰ PHÒNG", "ĐỀ NGHỊ KHÔNG XÉT"): withdrawn so. */
  withdrawnUnder?: string;
  /** Its name is struck through in the unit's file: withdrawn by the unit, which crossed it out rather than delete it. */
  struck?: boolean;
  /** Words struck out of its name cell among others («Lê Thị ~~Trâm~~ Trang»): the name is read without them, and said. */
  struckOut?: string;
  /**
   * Its row is hidden in the unit's own list: taken out of what the unit sees and prints, rather than deleted. (The
   * hidden rows of a list compiled from several units' are only out of its compiler's view, and count.)
   */
  hidden?: boolean;
  /**
   * A row of the unit's later proposal list (a list with a proposal column, in another file or sheet than the unit's
   * registration list): a proposal for the final ceremony, not a phase-1 registration.
   */
  proposalList?: boolean;
  /** The file of the unit's later list that replaces the one this row is in ("(thay thế)", "(điều chỉnh)"). */
  replacedBy?: string;
  /**
   * When the date lines decided which of the unit's lists came later (no mark said so, or the marks said otherwise):
   * this list's date and the later list's, which the notes name.
   */
  replacedDates?: { own: CalendarDate; by: CalendarDate };
  /**
   * A row of the unit's correction made after the first ceremony that the list it replaces did not hold (trial22b #2):
   * the person it adds, with the list replaced and the correction's date. No part of a ceremony already held.
   */
  addedAfterCeremony?: { replaced: string; date: CalendarDate };
  /**
   * The file of the same list the unit also sent (as a Word document and as a workbook): this row is its copy. Or of
   * the unit's registration list that its later list, sent again with additions, repeats this row from.
   */
  copyOf?: string;
  /** A row-level reading error (MISSING_VALUE, INVALID_DATE) was reported for this row. */
  readError?: boolean;
}

/** The unit set the row aside: withdrawn (by a note, struck, hidden), a row of its later proposal list, replaced, or a copy. */
export function isSetAside(r: Registration): boolean {
  return Boolean(r.withdrawn || r.hidden || r.proposalList || r.replacedBy || r.copyOf);
}

/** A row of a list the unit replaced, or of the second copy of a list it sent twice: no longer its list, not judged. */
export function isSuperseded(r: Registration): boolean {
  return Boolean(r.replacedBy || r.copyOf);
}

export interface NurturePlan {
  source: RowRef;
  unitText?: string;
  unitId?: string;
  date?: CalendarDate;
  /** Content key (profile.nurtureContents) → present. */
  contents: Record<string, boolean>;
}

export interface TableInfo {
  file: string;
  sheet: string;
  kind: 'units' | 'registrations' | 'plans' | 'profile';
  headerRow: number;
  /** The table's first column, when it stands beside another on the same rows (RowRef.block). */
  block?: number;
  /** Fields recognised, in column order. */
  fields: string[];
}

/** The date line of a unit's own list: when it was made, where the units list gives no date. */
export interface DateLineEvidence {
  unitId: string;
  date: CalendarDate;
  file: string;
  sheet: string;
  /** Where the date was read: the list's date line (absent), or its rows' registration dates, the latest. */
  from?: 'rows';
  /**
   * The date line leaves its day blank: `date` is the month's first day when the whole month is late, its last day
   * when the whole month is on time (a month holding the deadline says neither, and gives no evidence).
   */
  dayBlank?: true;
  /** The list writes other dates too: how this one was chosen, and the others (trial17b #8). */
  of?: DateLineOf;
  /**
   * The unit's other lists, in other files or sheets, whose rows count beside this one's (no copy nor correction of
   * it), with their date lines (trial19 #4): named where they fall on the other side of the deadline.
   */
  otherLists?: OtherList[];
  /**
   * The unit's correction that replaced this list and counts instead (trial22b #2): its own date line, which R4 judges
   * beside this first list's (a list corrected after the deadline is the unit's list made late).
   */
  correction?: OtherList;
}

/**
 * A unit's list whose date line dates nothing (trial16b #9): a day that does not exist («ngày 30 tháng 02 năm 2023»),
 * or its day (and month) left blank within the deadline's month. Where no other date judges R4, the check says so.
 */
export interface UndatedLine {
  unitId: string;
  file: string;
  /** The sheet and cell of a workbook's date line; a Word document's is one of its paragraphs (the file alone). */
  sheet?: string;
  row?: number;
  column?: string;
  text: string;
  /** 'month-only': the line writes its month alone («Vĩnh Hội, tháng 02 năm 2023»), no day at all. */
  reason: 'impossible' | 'no-day' | 'no-day-month' | 'month-only';
}

/** A unit's implementation plan sent as a Word document: when it was made, where the units list gives no plan date. */
export interface PlanDocument {
  unitId: string;
  file: string;
  /** The document's date line, else its number's date; none when it bears neither. */
  date?: CalendarDate;
  /**
   * The date line leaves its day blank: `date` is the month's first day when the whole month is late, its last day
   * when the whole month is on time; `month` alone when the deadline falls within it (no date can be said).
   */
  dayBlank?: true;
  month?: { y: number; m: number };
}

/** "Không trùng": two exemplars, never report the group again; "Trùng": one exemplar, merge the group. */
export type DuplicateDecision = 'not-duplicate' | 'duplicate';

/** One decision of the "Quyết định trùng lặp" sheet (duplicates/decisions.ts). */
export interface DecisionEntry {
  key: string;
  decision: DuplicateDecision;
  /** Where it was read (the sheet's row, file and sheet), for messages. */
  row?: number;
  file?: string;
  sheet?: string;
  date?: string;
  note?: string;
  /** The group's members as the sheet lists them («Nội dung nhóm»): finds the same rows once a name is respelled. */
  members?: string;
}

/** A decision cell that says neither «Trùng» nor «Không trùng» (nor «Để sau»): said, with its row. */
export interface UnreadDecision {
  key: string;
  text: string;
  row: number;
  file?: string;
  sheet?: string;
}

/** What reading the workbooks gives every later stage: the records, made whole, and the reading findings. */
export interface ReadResult {
  profile: Profile;
  units: UnitRecord[];
  registrations: Registration[];
  plans: NurturePlan[];
  tables: TableInfo[];
  findings: Finding[];
  /** "Không trùng" decisions kept in the workbook's "Quyết định trùng lặp" sheet. */
  duplicateDecisions: DecisionEntry[];
  /** Decision cells that could not be read (trial 22a #6). */
  unreadDecisions?: UnreadDecision[];
  /** Which optional columns and tables exist, for rules that apply only where the workbook has them. */
  has: { planDate: boolean; listDate: boolean; plans: boolean };
  /** Each recognised table's title texts (the rows above its header), e.g. for the district of the ceremony list. */
  titles?: { file: string; sheet: string; texts: string[] }[];
  /** Date lines of tables whose registrations all belong to one unit, the first per unit. */
  dateLines?: DateLineEvidence[];
  /** Date lines of units' lists that date nothing, where the list had no other (UndatedLine). */
  undatedLines?: UndatedLine[];
  /** What the profile's reading has to say that is no error (a «Cấu hình» key written twice): Vietnamese sentences. */
  profileNotes?: string[];
  /** The settings the workbooks' «Cấu hình» sheets give a value (sheet labels), each with the sheet that gives it. */
  profileSetBy?: ProfileSetting[];
  /** Units whose file could not be read (no table), known by its letterhead: they sent something. */
  unreadableUnits?: string[];
  /** Lists a unit sent with a header and no row (the file contributes nothing else): what arrived, and its date line. */
  emptyLists?: { unitId: string; file: string; sheet: string; date?: CalendarDate }[];
  /** Implementation plans units sent as documents (R12 evidence where the units list has no plan date). */
  planDocuments?: PlanDocument[];
  /**
   * Word tables of numbered rows without a header that go on from no table (SHEET_SKIPPED): rows that may be the
   * list's, left unread, which the consolidated list and the feedback must not leave unsaid. With the document's unit.
   */
  unreadTables?: { file: string; sheet: string; unit?: string }[];
}

/** One row of the report's quota table. */
export interface QuotaRow {
  unit: string;
  unitCode?: string;
  /** The unit's other codes in the units list (one body entered under two codes), which rows may write. */
  otherCodes?: string[];
  type?: string;
  bloc?: string;
  /** null: the unit's type is unknown (UNKNOWN_UNIT_TYPE), so is its quota; shown as "?". */
  required: number | null;
  registered: number;
  shortfall: number | null;
  status: 'ok' | 'short' | 'unknownType';
}

/** How a unit's rows were counted toward its quota. */
export interface UnitCount {
  registered: number;
  rowErrors: number;
  repeated: number;
  /** Rows counted once with another of the unit's rows that the matcher finds probably the same exemplar. */
  maybeRepeated: number;
  phase2: number;
  phaseUnreadable: number;
  /** Phase-1 rows the unit took out itself (a withdrawing note, a struck-through name, a hidden row). */
  withdrawn: number;
  /** Rows of its later proposal list (R10). */
  proposalList: number;
}

export interface UnitQuota {
  unit: UnitRecord;
  row: QuotaRow;
  count: UnitCount;
}

/** The units whose name a list's own names give while its rows count for another (a copied template's title). */
export function disputedUnitIds(read: Pick<ReadResult, 'registrations'>): Set<string> {
  const ids = new Set<string>();
  for (const r of read.registrations) if (r.disputedUnitId && r.disputedUnitId !== r.unitId) ids.add(r.disputedUnitId);
  return ids;
}

/** The units that propose a registration: its unit, and those its unit cell names beside it. */
export function proposingUnitIds(r: Registration): string[] {
  return r.unitId ? [r.unitId, ...(r.coUnitIds ?? [])] : [];
}

/** A setting a workbook's «Cấu hình» sheet gives a value: its sheet label, and that sheet in words. */
export interface ProfileSetting {
  label: string;
  source: string;
}
