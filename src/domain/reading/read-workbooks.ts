/**
 * Reading several workbooks together (a master, or a units list plus one file per unit, or any mix) into records:
 * the profile from any "Cấu hình" sheet, then units, registrations and nurturing plans, with the unit of each
 * registration resolved against the units list.
 */
import { CalendarDate, compareDates } from '../dates';
import { InputError } from '../errors';
import { Cell, columnLetter, WorkbookGrid } from '../grid';
import { ProfileSources } from '../profile/overridden-values';
import { Finding, finding } from '../findings/finding';
import { msg } from '../findings/messages';
import { firstCeremonyDate, levelOfCommittee, mergeProfile, Profile, ProfileEntry, profileFromEntries, settingsWritten, validateProfile } from '../profile';
import { fieldIndexes } from '../recognition/fields';
import { findHeader } from '../recognition/header';
import { Conversion, SheetView, viewSheet } from '../recognition/sheet-view';
import type { DateLineEvidence, DecisionEntry, UnreadDecision, NurturePlan, PlanDocument, ProfileSetting, ReadResult, Registration, TableInfo, UndatedLine, UnitRecord } from '../records';
import { isWordFile } from '../grid';
import { asciiKey } from '../text';
import { additionKey } from '../text/addition-key';
import { inferredDistrict } from '../units/district';
import { foldNamedBefore, listedUnits, listUnit } from '../units/repeated-unit';
import { UnitKeys, unitKeys } from '../units/unit-key';
import { unitResolver, UnitResolver } from '../units/resolve-unit';
import { firstBlankDayLine, paragraphTexts, unreadDateLine } from './date-line';
import { commendedListTitle, documentDate, documentTitle, isExemplarsListTitle, isQuotaResult, isReportOnLists, isVoteTable, titleLine, titleOverTable } from './documents';
import { issuedDate, nurtureContentsIn } from './nurture-document';
import { withoutOtherDistricts } from './other-district';
import { decisionSheetEntries } from './read-decisions';
import { readPlans } from './read-plans';
import { phaseYears } from './phase';
import { isProposalListTitle, isProposalSheetName, withoutPastAwards } from './proposal';
import { withoutSupersededRows } from './superseded-rows';
import { markReplacedRows } from './note-withdrawal';
import { correctionOrder, isReplacement, listDates, ListRead, markProposalLists, markRepeated, markReplaced, monthBeyondDoubt } from './unit-lists';
import { readRegistrations } from './read-registrations';
import { summariesOfSheets } from './summary-sheets';
import { readUnits } from './read-units';
import { looksLikeData, ownHeaderOf, reserveGoingOn, titleOverHeader, wordTableGoingOn, withParagraphs, withRowTexts } from './word-tables';
import { continuedTables, RecognizedTable, recognizeTables } from './recognize';
import { hasText, instructionSheetName, instructionTitle, isTemplateSheetName, listsExemplars, plansSheet, topTexts } from './sheet-skip';
import { distinctFileNames } from './file-names';
import { attributeUnits, fileLetterheadUnit, fileNameUnit, letterheadUnit, sheetsNameTheirUnits, titleReading, wholeTableUnit } from './unit-evidence';
import { reserveIn, UnitJudge, withUnitRows } from './group-rows';
import { unitTypeInferrer } from '../units/unit-type';

export interface ReadOptions {
  /** The profile to start from (the default, or one loaded from --config / the task pane). */
  profile: Profile;
  /** A partial profile that must win over the workbooks' "Cấu hình" sheets (the --config file). */
  override?: { data: unknown; source: string };
  /** Files given with these that could not be read at all, each with its one sentence: FILE_UNREADABLE findings. */
  unreadable?: { file: string; message: string }[];
  /**
   * The day of the check: a list's date line after it can be no day the list was made (a year mistyped, R4's
   * INVALID_DATE), so it gives no phase (trial22b #3). Without it, every date line is taken as written.
   */
  asOf?: CalendarDate;
}

function isProfileSheet(view: SheetView): boolean {
  return asciiKey(view.name) === 'cau hinh';
}

function profileEntries(view: SheetView, startRow: number, keyCol: number, valueCol: number): ProfileEntry[] {
  const entries: ProfileEntry[] = [];
  for (let r = startRow; r <= view.rowCount; r++) {
    const key = view.text(r, keyCol);
    if (!key) continue;
    // A value is read as any cell is: decoded where it was typed in a legacy font (a district's old template).
    const value = view.cell(r, valueCol);
    entries.push({ key, value: value?.t === 's' ? { ...value, v: view.text(r, valueCol) } : value, row: r });
  }
  return entries;
}

/** Up to this many converted rows of a sheet are reported row by row; beyond it, one finding per encoding. */
const LEGACY_ROWS_SHOWN = 10;

function legacyFinding(file: string, view: SheetView, same: Conversion[]): Finding {
  const first = same[0] as Conversion;
  const cells = same.map((c) => `${columnLetter(c.col)}${c.row}`);
  const sample = [...new Set(same.map((c) => c.after))].slice(0, 3).join(' | ');
  return finding(
    'LEGACY_ENCODING',
    { file, sheet: view.name, row: first.row, column: columnLetter(first.col), cells },
    msg.legacyEncoding(first.encoding, file, same, sample.length > 120 ? `${sample.slice(0, 117)}…` : sample),
  );
}

function legacyFindings(file: string, view: SheetView, conversions: Conversion[]): Finding[] {
  const rows = new Set(conversions.map((c) => c.row));
  const groupKey = (c: Conversion) => (rows.size > LEGACY_ROWS_SHOWN ? c.encoding : `${c.row} ${c.encoding}`);
  const groups = new Map<string, Conversion[]>();
  for (const c of conversions) {
    const k = groupKey(c);
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  return [...groups.values()].map((same) => legacyFinding(file, view, same));
}

/** The paragraphs around a Word document's tables decoded from a legacy font, as they were read (date-line.ts). */
function paragraphLegacyFindings(file: string, around: { above: Cell[]; below: Cell[] }): Finding[] {
  const byEncoding = new Map<Conversion['encoding'], string[]>();
  for (const cells of [around.above, around.below]) {
    if (!cells.length) continue;
    for (const c of viewSheet({ name: '', rows: cells.map((x) => [x]), merges: [] }).conversions) byEncoding.set(c.encoding, [...(byEncoding.get(c.encoding) ?? []), c.after]);
  }
  return [...byEncoding].map(([encoding, texts]) => {
    const sample = [...new Set(texts)].slice(0, 2).join(' | ');
    return finding('LEGACY_ENCODING', { file }, msg.legacyEncodingParagraphs(encoding, texts.length, sample.length > 120 ? `${sample.slice(0, 117)}…` : sample));
  });
}

// The counts a summary gives each unit: of collectives, of individuals, in all.
const COUNT_LABEL = /^(?:so )?(?:tap the|ca nhan|dien hinh)$|^(?:tong|tong so|tong cong|cong|so luong)$/;

/** A units table whose other columns count each unit's exemplars ("Tập thể | Cá nhân" holding 1, 2): a summary. */
function countsKinds(t: RecognizedTable): boolean {
  const cols = [...t.header.labels].filter(([, l]) => COUNT_LABEL.test(asciiKey(l))).map(([c]) => c);
  if (!cols.length) return false;
  const filled = t.rows.flatMap((dr) => cols.map((c) => t.view.text(dr.r, c)).filter((x) => x));
  return filled.length > 0 && filled.every((x) => /^\d{1,4}$/.test(x));
}

export interface ViewedBook {
  grid: WorkbookGrid;
  views: SheetView[];
}

/** Appends a list of any length: a spread of one row per item overflows the stack (a Web Worker's first). */
function append<T>(to: T[], items: readonly T[]): void {
  for (const x of items) to.push(x);
}

/** Decoding stage: every sheet viewed (merges indexed, legacy text decoded), each file under a name of its own. */
export function viewBooks(grids: WorkbookGrid[]): ViewedBook[] {
  const names = distinctFileNames(grids.map((g) => g.fileName));
  return grids.map((grid, i) => {
    const fileName = names[i] ?? grid.fileName;
    return { grid: fileName === grid.fileName ? grid : { ...grid, fileName }, views: grid.sheets.map(viewSheet) };
  });
}

export function readWorkbooks(grids: WorkbookGrid[], options: ReadOptions): ReadResult {
  return readViewedBooks(viewBooks(grids), options);
}

/** The profile the workbooks' «Cấu hình» sheets and the override make, tables or not. */
export function readWorkbookProfile(grids: WorkbookGrid[], options: ReadOptions): { profile: Profile; setBy: ProfileSetting[] } {
  const { profile, setBy } = readProfile(viewBooks(grids), options);
  return { profile, setBy };
}

interface FoundTable {
  file: string;
  date1904: boolean;
  table: RecognizedTable;
}

/** Recognition stage: tables found, records built, units resolved, findings made whole. */
export function readViewedBooks(books: ViewedBook[], options: ReadOptions): ReadResult {
  const { profile, profileSheets, skipped, profileNotes, setBy } = readProfile(books, options);
  const tables = findTables(books, profile, profileSheets, options.unreadable ?? []);
  append(tables.findings, skipped);
  // The units' names are spelled once for the list's district and the one inferred from them.
  const listKeys = unitKeys(profile.district, profile.unitAbbreviations);
  const units = readAllUnits(tables.found, profile, tables.findings, listKeys);
  const titles = tables.found.map((x) => ({ file: x.file, sheet: x.table.view.name, texts: x.table.titleTexts }));
  const district = profile.district || inferredDistrict(units.map((u) => u.name), titles);
  const keys = listKeys.forDistrict(district);
  const resolver = unitResolver(units, district, profile.unitAbbreviations, keys);
  const ours = withoutOtherDistricts(tables.found, district, Boolean(profile.district.trim()), levelOfCommittee(profile.superiorBody));
  append(tables.findings, ours.findings);
  // Without a units list, a unit is the one its letterheads name, however each spells it.
  const unitKey = units.length ? undefined : keys.key;
  const { registrations, dateLines, undatedLines, emptyLists } = readAllRegistrations(ours.kept, profile, { resolver, profile, hasUnits: units.length > 0 }, units, tables.findings, unitKey, options.asOf);
  const plans = readAllPlans(tables.found, profile, resolver, tables.findings);
  const { unreadableUnits, planDocuments, nurturePlans } = tablelessFindings(tables.tableless, resolver, profile, tables.findings);
  append(unreadableUnits, unopenedFindings(options.unreadable ?? [], resolver, tables.findings));
  const unreadTables = unreadTablesOf(tables.unreadTables, registrations, units, tables.findings);
  const withTexts = withRowTexts(tables.wordViews, registrations, tables.findings);
  const unitTables = tables.found.filter((x) => x.table.header.kind === 'units');
  const districtFiles = new Set(unitTables.filter((x) => x.table.rows.length > 0).map((x) => x.file));
  return {
    profile,
    units,
    registrations: withTexts.registrations,
    plans: [...plans, ...nurturePlans],
    tables: tables.infos,
    findings: withoutSupersededRows(withProposingUnits(withTexts.findings, withTexts.registrations, units), withTexts.registrations, units),
    duplicateDecisions: tables.decisions,
    ...(tables.unreadDecisions.length ? { unreadDecisions: tables.unreadDecisions } : {}),
    titles,
    has: {
      planDate: unitTables.some((x) => x.table.header.columns.has('planDate')),
      listDate: unitTables.some((x) => x.table.header.columns.has('listDate')),
      // Plans are kept by the district: its plans sheet, even empty, or one holding plans. A unit's file built on the
      // template carries an empty copy, which says nothing of the district's work.
      plans: tables.found.some((x) => x.table.header.kind === 'plans' && (x.table.rows.length > 0 || districtFiles.has(x.file))),
    },
    dateLines,
    ...(undatedLines.length ? { undatedLines } : {}),
    ...(profileNotes.length ? { profileNotes } : {}),
    ...(setBy.length ? { profileSetBy: setBy } : {}),
    unreadableUnits,
    planDocuments,
    ...(emptyLists.length ? { emptyLists } : {}),
    ...(unreadTables.length ? { unreadTables } : {}),
  };
}

/**
 * Word tables of numbered rows left unread, each with the unit whose list the rest of its document is: its finding
 * (SHEET_SKIPPED) is that unit's too, so that its per-unit view and its phiếu say it.
 */
function unreadTablesOf(unread: FoundTables['unreadTables'], registrations: Registration[], units: UnitRecord[], findings: Finding[]): NonNullable<ReadResult['unreadTables']> {
  return unread.map((t) => {
    const ids = new Set(registrations.filter((r) => r.source.file === t.file).map((r) => r.unitId));
    const [only] = ids;
    const unit = ids.size === 1 && only ? units.find((u) => u.id === only) : undefined;
    if (!unit) return t;
    const i = findings.findIndex((f) => f.code === 'SHEET_SKIPPED' && f.file === t.file && f.sheet === t.sheet);
    const f = findings[i];
    if (f) findings[i] = { ...f, ...senderPlace(t.file, unit) };
    return { ...t, unit: unit.name };
  });
}

/**
 * Files that could not be opened at all: a FILE_UNREADABLE finding each, under the unit their name names ("DS Vinh
 * Hoi.xlsx"), whose own findings then say its file came but could not be read. Returns those units.
 */
function unopenedFindings(unopened: { file: string; message: string }[], resolver: UnitResolver<UnitRecord>, findings: Finding[]): string[] {
  const ids: string[] = [];
  for (const u of unopened) {
    const unit = fileNameUnit(u.file, resolver);
    findings.push(finding('FILE_UNREADABLE', senderPlace(u.file, unit), u.message));
    if (unit) ids.push(unit.id);
  }
  return ids;
}

/** A file's place in a finding, with the unit that sent it when known. */
function senderPlace(file: string, unit: UnitRecord | undefined) {
  return { file, ...(unit ? { unit: unit.name, ...(unit.code ? { unitCode: unit.code } : {}) } : {}) };
}

/** The first lines of a file without a table: a Word document's paragraphs, else each sheet's first rows. */
function letterheadTexts(grid: WorkbookGrid, views: SheetView[]): string[] {
  const texts: string[] = [];
  grid.sheets.forEach((sheet, i) => {
    if (sheet.paragraphs) for (const part of [sheet.paragraphs.above, sheet.paragraphs.below]) for (const t of paragraphTexts(part)) texts.push(t);
    const view = views[i];
    if (!view) return;
    for (let r = 1; r <= Math.min(view.rowCount, LETTERHEAD_ROWS); r++)
      for (let c = 1; c <= view.colCount; c++) {
        const t = view.text(r, c);
        if (t) texts.push(t);
      }
  });
  return texts.slice(0, LETTERHEAD_TEXTS);
}
const LETTERHEAD_ROWS = 10;
const LETTERHEAD_TEXTS = 40;

/** A file without a table, row by row: each sheet's paragraphs above, its rows' texts, its paragraphs below. */
function rowTexts(grid: WorkbookGrid, views: SheetView[]): string[][] {
  const rows: string[][] = [];
  grid.sheets.forEach((sheet, i) => {
    const view = views[i];
    for (const t of paragraphTexts(sheet.paragraphs?.above)) rows.push([t]);
    for (let r = 1; view && r <= Math.min(view.rowCount, TABLELESS_ROWS); r++) {
      const row: string[] = [];
      for (let c = 1; c <= view.colCount; c++) row.push(view.text(r, c));
      if (row.some((t) => t)) rows.push(row);
    }
    for (const t of paragraphTexts(sheet.paragraphs?.below)) rows.push([t]);
  });
  return rows;
}
/** A document's rows looked at: a plan's contents come in its first pages. */
const TABLELESS_ROWS = 300;

/**
 * Files without a table, each under the unit its letterhead names ("ĐẢNG ỦY XÃ AN BÌNH"). A document whose title says
 * it is no list (a report of achievements, minutes, a letter) is said to be skipped; the unit's implementation plan
 * is kept as the evidence of its date (R12); any other file is FILE_UNREADABLE, and its unit did send something.
 */
function tablelessFindings(
  tableless: FoundTables['tableless'],
  resolver: UnitResolver<UnitRecord>,
  profile: Profile,
  findings: Finding[],
): { unreadableUnits: string[]; planDocuments: PlanDocument[]; nurturePlans: NurturePlan[] } {
  const unreadableUnits: string[] = [];
  const planDocuments: PlanDocument[] = [];
  const nurturePlans: NurturePlan[] = [];
  for (const { file, texts, rows, document, prose, pictured, withList } of tableless) {
    // The sender heads the letterhead; "Kính gửi" names the recipient, and nothing after it is the sender.
    const to = texts.findIndex((t) => /^kinh gui( |$)/.test(asciiKey(t)));
    const sent = to < 0 ? texts : texts.slice(0, to);
    // Its letterhead's lines above the title, joined as a list's title block is, else any line before "Kính gửi".
    const titleAt = titleLine(sent);
    const unit =
      (titleAt > 0 ? letterheadUnit(sent.slice(0, titleAt), resolver) : undefined) ??
      sent.map((t) => resolver.resolve(t) ?? resolver.resolveLoose(t)).find((u) => u !== undefined);
    const place = { file, ...(unit ? { unit: unit.name, unitCode: unit.code } : {}) };
    // A workbook's sheet may be a unit's nurturing plan too (a checklist of its contents under the plan's title).
    const titled = documentTitle(texts);
    const title = document || titled?.kind === 'nurture' ? titled : undefined;
    // A plan with its list attached: the list is read; only the plan is looked for here, and said when unplaced.
    if (withList && title?.kind === 'nurture' && !unit) findings.push(finding('SHEET_SKIPPED', place, msg.nurturePlanUnitUnknown(file)));
    if (withList && (title?.kind !== 'nurture' || !unit)) continue;
    if (title?.kind === 'plan' && unit) {
      const date = documentDate(texts);
      // A date line printed with its day blank, to be written in by hand: its month may still settle the deadline.
      const month = date ? undefined : firstBlankDayLine(texts);
      const byMonth = month && monthBeyondDoubt(month, profile, 'plan');
      planDocuments.push({ unitId: unit.id, file, ...(date ? { date } : byMonth ? byMonth : month ? { month } : {}) });
    } else if (title?.kind === 'nurture' && unit) {
      const date = issuedDate(texts);
      const contents = nurtureContentsIn(rows, profile.nurtureContents);
      nurturePlans.push({ source: { file, sheet: '', row: 0 }, unitText: unit.name, unitId: unit.id, contents, ...(date ? { date } : {}) });
    } else if (title) findings.push(finding('SHEET_SKIPPED', place, msg.documentNotList(file, title.title, title.kind !== 'other')));
    else {
      // No letterhead names its sender: its file's name may ("DS Vinh Hoi.xlsx").
      const sender = unit ?? fileNameUnit(file, resolver);
      findings.push(finding('FILE_UNREADABLE', senderPlace(file, sender), noListMessage(file, prose, pictured)));
      if (sender) unreadableUnits.push(sender.id);
    }
  }
  return { unreadableUnits, planDocuments, nurturePlans };
}

/** Why a file without a list read is unreadable: its list is a picture, typed as paragraphs, or without a header. */
function noListMessage(file: string, prose: boolean, pictured: true | undefined): string {
  return pictured ? msg.listIsPicture(file) : prose ? msg.noTableInDocument(file) : msg.noTableInFile(file);
}

/**
 * The profile: "Cấu hình" sheets over the starting profile, then the explicit override over both. Given the district's
 * workbook (one whose units list names units), a unit's file (one holding a registrations list) does not set the
 * district's rules: one built on the template carries the template's copy, or one the unit edited, whatever the order
 * the files were given in (each is said, SHEET_SKIPPED). The district's own sheets apply last.
 */
function readProfile(
  books: ViewedBook[],
  options: ReadOptions,
): { profile: Profile; profileSheets: Set<SheetView>; skipped: Finding[]; profileNotes: string[]; setBy: ProfileSetting[] } {
  let profile = options.profile;
  const profileNotes: string[] = [];
  const setBy = new Map<string, string>();
  const bootIdx = fieldIndexes(profile);
  const profileSheets = new Set<SheetView>();
  const sheets: { fileName: string; view: SheetView; entries: ProfileEntry[]; district: boolean; unitsFile: boolean }[] = [];
  for (const { grid, views } of books) {
    const found: { view: SheetView; entries: ProfileEntry[] }[] = [];
    for (const view of views) {
      const h = findHeader(view, bootIdx, ['profile']);
      if (!h && !isProfileSheet(view)) continue;
      if (h && !isProfileSheet(view) && findHeader(view, bootIdx, ['registrations', 'units', 'plans'])) continue;
      profileSheets.add(view);
      const entries = h
        ? profileEntries(view, h.dataStart, h.columns.get('key') ?? 1, h.columns.get('value') ?? 2)
        : profileEntries(view, 1, 1, 2);
      found.push({ view, entries });
    }
    if (!found.length) continue;
    const lists = views.filter((v) => !profileSheets.has(v)).map((v) => listKind(v, bootIdx));
    // A district keeps its compiled list and its rules in one workbook, its units list maybe in another.
    const district = lists.includes('units') || lists.includes('compiled');
    const unitsFile = !district && lists.includes('registrations');
    for (const f of found) sheets.push({ fileName: grid.fileName, ...f, district, unitsFile });
  }
  // Asked only when a unit's file carries a profile sheet.
  let anyDistrict: boolean | undefined;
  const districtGiven = () =>
    (anyDistrict ??= sheets.some((x) => x.district) || books.some(({ views }) => views.some((v) => !profileSheets.has(v) && listKind(v, bootIdx) === 'units')));
  const skipped: Finding[] = [];
  // The district's own workbook last: its values stand over a separate profile workbook's.
  // A value one source sets and a later one changes is said (trial 19 #5).
  const sources = new ProfileSources(profile);
  for (const { fileName, view, entries, unitsFile } of [...sheets.filter((x) => !x.district), ...sheets.filter((x) => x.district)]) {
    if (unitsFile && districtGiven()) skipped.push(finding('SHEET_SKIPPED', { file: fileName, sheet: view.name }, msg.sheetSkippedUnitProfile(view.name)));
    else {
      const source = msg.profileSheetSource(fileName, view.name);
      profile = profileFromEntries(entries, profile, source, profileNotes);
      sources.laid(profile, source, profileNotes);
      for (const label of settingsWritten(entries, profile)) setBy.set(label, source);
    }
  }
  if (options.override) {
    profile = validateProfile(mergeProfile(profile, options.override.data), options.override.source);
    sources.laid(profile, options.override.source, profileNotes);
  }
  return { profile, profileSheets, skipped, profileNotes, setBy: [...setBy].map(([label, source]) => ({ label, source })) };
}

/**
 * What list a sheet holds: a units list with a unit on some row (the template's empty «Đơn vị» sheet holds none), a
 * district's compiled registrations (its «Đơn vị đề xuất» column names two units or more), or one unit's
 * registrations (a unit's file, on the template or not).
 */
function listKind(view: SheetView, indexes: Parameters<typeof findHeader>[1]): 'units' | 'compiled' | 'registrations' | undefined {
  const header = findHeader(view, indexes, ['units', 'registrations']);
  if (header?.kind === 'registrations') {
    const unitCol = header.columns.get('unit');
    if (unitCol === undefined) return 'registrations';
    const units = new Set<string>();
    for (let r = header.dataStart; r <= view.rowCount && units.size < 2; r++) if (view.text(r, unitCol)) units.add(asciiKey(view.text(r, unitCol)));
    return units.size >= 2 ? 'compiled' : 'registrations';
  }
  if (header?.kind !== 'units') return undefined;
  for (let r = header.dataStart; r <= view.rowCount; r++) for (let c = 1; c <= view.colCount; c++) if (view.text(r, c)) return 'units';
  return undefined;
}

interface FoundTables {
  found: FoundTable[];
  infos: TableInfo[];
  findings: Finding[];
  decisions: DecisionEntry[];
  unreadDecisions: UnreadDecision[];
  /** Word tables' views, by file then sheet, for row texts. */
  wordViews: Map<string, Map<string, SheetView>>;
  /**
   * Files read for their text, not their tables: those without a table, and a Word document that is a unit's
   * nurturing plan with its list attached (`withList`: its list's table is read as any). Their letterhead's texts,
   * their rows' texts (a paragraph is a row of one text), whether the file is a Word document, and one with no table
   * at all.
   */
  tableless: { file: string; texts: string[]; rows: string[][]; document: boolean; prose: boolean; pictured?: true; withList?: boolean }[];
  /** Word tables of numbered rows without a header that go on from no table: rows that may be the list's, unread. */
  unreadTables: { file: string; sheet: string }[];
}

/** A sheet that calls itself a draft or an old copy ("Bản cũ", "DANH SÁCH … (bản nháp)", "Copy of DS"). */
const DRAFT = /(^| )(ban (nhap|cu|sao)|nhap|cu|copy|backup|old)( |$)/;

/** A table's letterhead lines (its title texts but the list's own title), as keys. */
function letterheadKeys(t: RecognizedTable): string[] {
  return t.titleTexts.map(asciiKey).filter((k) => k && !/^danh sach( |$)/.test(k));
}

/** A units list's columns that a list of collectives has too. */
const NAMES_ONLY = new Set<string>(['stt', 'name', 'note']);
/** A sheet named for the units ("Đơn vị", "DS đơn vị"), or a title "DANH SÁCH (CÁC) ĐƠN VỊ …". */
const UNITS_NAMED = /^((danh sach|ds) )?(cac )?don vi( |$)/;
const UNITS_TITLE = /^danh sach (cac )?don vi( |$)/;
/** A title of exemplars ("DANH SÁCH TẬP THỂ ĐĂNG KÝ …"): its sheet's name says nothing of units. */
const EXEMPLARS_TITLE = /(^| )(dang ky|tap the|ca nhan|dien hinh)( |$)/;

/** The tables of every sheet, the decisions sheet, and why each other sheet was not read. */
function findTables(
  books: ViewedBook[],
  profile: Profile,
  profileSheets: Set<SheetView>,
  unreadable: { file: string; message: string }[],
): FoundTables {
  const idx = fieldIndexes(profile);
  const firstCeremonyYear = firstCeremonyDate(profile)?.y;
  const out: FoundTables = { found: [], infos: [], findings: [], decisions: [], unreadDecisions: [], wordViews: new Map(), tableless: [], unreadTables: [] };
  const { found, findings } = out;
  const several = books.length + unreadable.length > 1;
  for (const { grid, views } of books) {
    let any = false;
    // Sheets not read, and why: said only once the workbook is known to hold tables.
    const skipped: Finding[] = [];
    // Of those, the Word tables of numbered rows that go on from no table.
    const unread: FoundTables['unreadTables'] = [];
    const templates: RecognizedTable[][] = [];
    // The tables of the sheets the workbook hides (a draft, an old copy kept out of sight).
    const hiddenTables: RecognizedTable[][] = [];
    // Units beside their counts of exemplars ("STT | Đơn vị | Tập thể | Cá nhân"): a summary, where the book has a units list.
    const countSummaries: RecognizedTable[] = [];
    const firstOfBook = found.length;
    const accept = (view: SheetView, table: RecognizedTable) => {
      any = true;
      acceptTable(out, grid, view, withoutPastAwards(table, firstCeremonyYear), grid.sheets[views.indexOf(view)]?.paragraphs);
    };
    // A ceremony's list or a report on lists was met: the workbook is a compiled result, whose quota table is no units list.
    let compiled = false;
    // Of those, the sheets taken for instructions: said even when the file has no table, whose unreadable file says why.
    const instructions: Finding[] = [];
    const skip = (view: SheetView, message: string) => skipped.push(finding('SHEET_SKIPPED', { file: grid.fileName, sheet: view.name }, message));
    for (const view of views) {
      if (profileSheets.has(view)) {
        any = true;
        continue;
      }
      // Known by its header, whatever its name: a renamed decisions sheet keeps its decisions, a user's sheet of
      // the name is the user's.
      const unreadCells: UnreadDecision[] = [];
      const decisions = decisionSheetEntries(view, unreadCells);
      if (decisions) {
        for (const d of decisions) out.decisions.push({ ...d, file: grid.fileName, sheet: view.name });
        for (const u of unreadCells) out.unreadDecisions.push({ ...u, file: grid.fileName, sheet: view.name });
        continue;
      }
      // A sheet named as instructions that holds a list of exemplars is read: the name alone is no proof.
      const named = instructionSheetName(view);
      const tablesThere = !named || recognizeTables(view, idx, ['registrations']).some(listsExemplars) ? recognizeTables(view, idx, ['registrations', 'plans', 'units']) : [];
      const byName = tablesThere.length ? undefined : named;
      const recognized = byName ? [] : tablesThere;
      // A list of names alone under a title that says it lists exemplars («DANH SÁCH ĐĂNG KÝ …», «STT | Họ và tên»).
      const titleAbove = () => [...paragraphTexts(grid.sheets[views.indexOf(view)]?.paragraphs?.above), ...topTexts(view)];
      const tables = recognized.length || byName || !isExemplarsListTitle(titleAbove()) ? recognized : recognizeTables(view, idx, ['registrations'], true);
      const table = tables[0];
      const byTitle = table && instructionTitle(table.titleTexts);
      const reason = byName ?? byTitle;
      if (reason) {
        skip(view, msg.sheetSkippedInstructions(view.name, reason.why, reason.text));
        instructions.push(skipped[skipped.length - 1] as Finding);
      }
      else if (!table) {
        // A Word document's other tables are its layout (letterhead, signature side by side), not data left unread;
        // a table of numbered rows without a header goes on from the table before it, or is said to be unread.
        const wordTable = grid.sheets[views.indexOf(view)]?.paragraphs !== undefined;
        const previous = found.length > firstOfBook ? found[found.length - 1]?.table : undefined;
        const goesOn = wordTable ? wordTableGoingOn(view, previous, views) : undefined;
        const header = wordTable ? ownHeaderOf(view) : undefined;
        if (goesOn && 'from' in goesOn) for (const t of continuedTables(view, idx, goesOn.from)) accept(view, t);
        else if (goesOn && looksLikeData(view)) {
          if (header) skip(view, msg.wordTableNotList(view.name, header));
          else {
            // Numbered rows of the list may be lost here: every door says so, not only the check's notes.
            skip(view, msg.wordTableWithoutHeader(view.name, goesOn));
            unread.push({ file: grid.fileName, sheet: view.name });
          }
        } else if (hasText(view) && !wordTable) skip(view, plansSheet(view) ? msg.plansSheetWithoutContents(view.name, profile.nurtureContents.map((c) => c.label)) : msg.sheetSkippedNoTable(view.name));
      } else if (isTemplateSheetName(view)) templates.push(tables);
      else if (grid.sheets[views.indexOf(view)]?.hidden) hiddenTables.push(tables);
      else {
        // A table under a document's title that lists no registrations (minutes' votes, a report's awards, a plan's
        // tasks or exemplars to nurture) is no list; a plan's own table is read as one.
        const above = paragraphTexts(grid.sheets[views.indexOf(view)]?.paragraphs?.above);
        for (const t of tables) {
          const texts = [...above, ...t.titleTexts];
          const under =
            t.header.kind === 'plans' ? undefined : isVoteTable(t.header.labels.values(), texts) ? msg.voteTable : titleOverTable(texts);
          const commended = t.header.kind === 'registrations' ? commendedListTitle(texts) : undefined;
          if (under) skip(view, msg.tableUnderDocument(view.name, under));
          else if (commended || isReportOnLists(t.header.labels.values())) {
            compiled = any = true;
            skip(view, commended ? msg.commendedList(view.name, commended) : msg.reportOnLists(view.name));
          } else if (compiled && t.header.kind === 'units' && isQuotaResult(t.header.labels.values())) skip(view, msg.quotaResult(view.name));
          else if (t.header.kind === 'units' && countsKinds(t)) countSummaries.push(t);
          else accept(view, t);
        }
      }
    }
    // A "Mẫu" sheet is the template when the workbook's real table of that kind is elsewhere; else it is the table.
    const realKinds = new Set(found.slice(firstOfBook).map((f) => f.table.header.kind));
    for (const [t, ...more] of templates) {
      if (!t) continue;
      if (realKinds.has(t.header.kind)) skip(t.view, msg.sheetSkippedTemplate(t.view.name));
      else for (const x of [t, ...more]) accept(x.view, x);
    }
    // So is a hidden sheet's list beside a list in sight (trial 16a #4): a draft, an old copy, or another unit's sheet
    // the compiler hid, its rows never reach the list out of the user's sight; SHEET_SKIPPED says so, and how to have
    // it read (unhide it). A hidden sheet that is the file's only list, or a hidden units list, is read.
    const shown = found.slice(firstOfBook).filter((f) => f.table.header.kind === 'registrations');
    const shownHeads = new Set(shown.flatMap((f) => letterheadKeys(f.table)));
    for (const [t, ...more] of hiddenTables) {
      if (!t) continue;
      const heads = letterheadKeys(t);
      const copy = (heads.length > 0 && heads.every((k) => shownHeads.has(k))) || DRAFT.test(asciiKey([t.view.name, ...t.titleTexts].join(' ')));
      if (t.header.kind === 'registrations' && shown.length) skip(t.view, copy ? msg.sheetSkippedHidden(t.view.name) : msg.sheetSkippedHiddenList(t.view.name));
      else for (const x of [t, ...more]) accept(x.view, x);
    }
    const unitsListed = found.slice(firstOfBook).some((f) => f.table.header.kind === 'units');
    for (const t of countSummaries) {
      if (unitsListed) skip(t.view, msg.countsSummary(t.view.name));
      else accept(t.view, t);
    }
    for (const f of any ? skipped : several ? instructions : []) findings.push(f);
    if (any) append(out.unreadTables, unread);
    // Among several files, one without a table is reported and the others are still checked.
    // Reported once the units are known: its letterhead may say whose list it is.
    // A Word document: its title may say it is no list. Its only "sheet" its paragraphs: it has no table at all.
    const document = grid.sheets.length > 0 && grid.sheets.every((s) => s.paragraphs);
    const prose = document && grid.sheets.every((s) => s.rows.length === 0);
    const pictured = grid.pictured;
    if (!any && several) out.tableless.push({ file: grid.fileName, texts: letterheadTexts(grid, views), rows: rowTexts(grid, views), document, prose, ...(pictured ? { pictured } : {}) });
    else if (!any) throw new InputError(noListMessage(grid.fileName, prose, pictured));
    // A unit's nurturing plan sent with its list attached ("DANH SÁCH … (Kèm theo Kế hoạch …)"): the plan is read too.
    else if (document) {
      const texts = letterheadTexts(grid, views);
      if (documentTitle(texts)?.kind === 'nurture') out.tableless.push({ file: grid.fileName, texts, rows: rowTexts(grid, views), document, prose, withList: true });
    }
  }
  // A units list alone is a check of who has sent nothing yet, when it is one beyond doubt (a code, a type, a quota or a
  // date beside the names, or its sheet or title naming the units: "STT | Tên đơn vị" alone may be a list of
  // collectives); else there is nothing to check, and a file that could not be read is named with that.
  const namesUnits = (t: RecognizedTable) =>
    t.titleTexts.some((x) => UNITS_TITLE.test(asciiKey(x))) || (UNITS_NAMED.test(asciiKey(t.view.name)) && !t.titleTexts.some((x) => EXEMPLARS_TITLE.test(asciiKey(x))));
  const unitsList = (t: RecognizedTable) => t.header.kind === 'units' && ([...t.header.columns.keys()].some((f) => !NAMES_ONLY.has(f)) || namesUnits(t));
  if (!found.some((f) => f.table.header.kind === 'registrations' || unitsList(f.table)))
    throw new InputError([msg.noRegistrationsTable(), ...unreadable.map((u) => u.message)].join(' '));
  return out;
}

function acceptTable(
  out: FoundTables,
  grid: WorkbookGrid,
  view: SheetView,
  recognized: RecognizedTable,
  around: { above: Cell[]; below: Cell[] } | undefined,
): void {
  // A Word table after another: the paragraphs between them are its own heading.
  const previous = grid.sheets[grid.sheets.findIndex((s) => s.name === view.name) - 1]?.paragraphs;
  const read = around ? withParagraphs(recognized, around, previous?.above.length) : recognized;
  // Under the document's list, a table headed as its reserve ("III. DỰ PHÒNG" over it, or its title row "DANH SÁCH
  // DỰ PHÒNG") is the reserve, as the rows under such a group row are. Over the first list, the heading is a note.
  const listAbove = around && read.header.kind === 'registrations' && out.found.some((f) => f.file === grid.fileName && f.table.header.kind === 'registrations');
  const last = out.found[out.found.length - 1];
  const before = last?.file === grid.fileName && grid.sheets[grid.sheets.findIndex((s) => s.name === view.name) - 1]?.name === last.table.view.name ? last.table : undefined;
  const reserve = listAbove
    ? (read.reserve ?? reserveIn([...(read.headingTexts ?? []), ...recognized.titleTexts, ...titleOverHeader(read)]) ?? (before && reserveGoingOn(read, before)))
    : undefined;
  const table = reserve ? { ...read, reserve } : read;
  if (around) {
    const byFile = out.wordViews.get(grid.fileName) ?? new Map<string, SheetView>();
    out.wordViews.set(grid.fileName, byFile.set(view.name, view));
  }
  // A document's paragraphs (letterhead, title, date line) are the same around each of its tables: said once.
  if (around && !out.found.some((f) => f.file === grid.fileName)) for (const f of paragraphLegacyFindings(grid.fileName, around)) out.findings.push(f);
  out.found.push({ file: grid.fileName, date1904: grid.date1904, table });
  out.infos.push({
    file: grid.fileName,
    sheet: view.name,
    kind: table.header.kind,
    headerRow: table.header.row,
    ...(table.block ? { block: table.block } : {}),
    fields: [...table.header.columns.entries()].sort((a, b) => a[1] - b[1]).map(([f]) => f),
  });
  // A sheet of several tables (stacked, side by side) has its decoded cells reported once.
  if (out.found.filter((f) => f.file === grid.fileName && f.table.view.name === view.name).length === 1)
    for (const f of legacyFindings(grid.fileName, view, view.conversions)) out.findings.push(f);
}

/**
 * Units first (registrations and plans resolve against them), each unit once: a second list's unit of the same id, or
 * of a name a unit listed before answers to (one list with codes, the other without), is that unit (trial17b #3).
 */
function readAllUnits(found: FoundTable[], profile: Profile, findings: Finding[], listKeys: UnitKeys): UnitRecord[] {
  const units: UnitRecord[] = [];
  const lists = found.filter((x) => x.table.header.kind === 'units');
  const listed = listedUnits();
  const keys = lists.length > 1 ? listKeys : undefined;
  for (const f of lists) {
    const r = readUnits(f.table, f.file, profile, f.date1904, listKeys);
    append(findings, r.findings);
    for (const u of r.units) {
      if (listed.byId.has(u.id)) continue;
      if (keys && units.length) {
        const named = foldNamedBefore(listed, u, keys);
        if (named.conflict) findings.push(named.conflict);
        if (named.into) continue;
      }
      if (keys) listUnit(listed, u, keys);
      else listed.byId.set(u.id, u);
      units.push(u);
    }
  }
  return units;
}

function readAllRegistrations(
  found: FoundTable[],
  profile: Profile,
  unitContext: Parameters<typeof attributeUnits>[3],
  units: readonly UnitRecord[],
  findings: Finding[],
  unitKey?: (text: string) => string,
  asOf?: CalendarDate,
): { registrations: Registration[]; dateLines: DateLineEvidence[]; undatedLines: UndatedLine[]; emptyLists: NonNullable<ReadResult['emptyLists']> } {
  const registrations: Registration[] = [];
  const undatedLines: UndatedLine[] = [];
  // Lists with a header and no row: said once every list is read, where their file gave nothing else.
  const empty: FoundTable[] = [];
  // Each table's date line, with whether the table proposes (has a proposal column): weighed once all are read.
  const lines: { line: DateLineEvidence; proposes: boolean }[] = [];
  // Per table, its rows and whether it proposes, to tell a unit's later proposal list from its registration list.
  const tablesRead: ListRead[] = [];
  const isUnit = (text: string) => unitContext.resolver.resolve(text) !== undefined;
  const inferUnitType = unitTypeInferrer(profile);
  const judge: UnitJudge = { isUnit, namesUnit: unitContext.hasUnits ? isUnit : (text) => inferUnitType(text) !== undefined, listed: unitContext.hasUnits };
  const lists = found.filter((x) => x.table.header.kind === 'registrations');
  // Files of one sheet per unit, each sheet named by its unit: there the sheet's name, not the sender's title, decides.
  const tablesOf = new Map<string, RecognizedTable[]>();
  for (const f of lists) tablesOf.set(f.file, [...(tablesOf.get(f.file) ?? []), f.table]);
  // A document of many tables: each title line read once, not once per table below it.
  const titles = titleReading(unitContext.resolver, unitContext.profile);
  const context = { ...unitContext, titles };
  const sheetFirst = new Set([...tablesOf].filter(([, tables]) => sheetsNameTheirUnits(tables, unitContext.resolver, titles)).map(([file]) => file));
  // A list dated after the first ceremony is no registration for it.
  const firstCeremony = firstCeremonyDate(profile);
  const finalYear = Math.max(...profile.ceremonies.map((c) => Number(c.date.slice(0, 4))));
  // Where each table's findings lie, to drop those of a summary set aside.
  const spans: [number, number][] = [];
  for (const f of lists) {
    // Rows naming only a unit of the list ("Hội Nông dân huyện") are unit rows, known now that the units are.
    const table = withUnitRows(f.table, judge);
    const from = findings.length;
    // A date line after the day of the check is a mistyped year or month (R4 says so): it tells neither the list's
    // phase nor which side of the first ceremony it was made on; its period line and phase cells still do.
    const ahead = asOf !== undefined && f.table.dateLine !== undefined && !f.table.dateLineBelow && compareDates(f.table.dateLine, asOf) > 0;
    const r = readRegistrations(ahead ? { ...table, dateLine: undefined } : table, f.file, f.date1904, profile);
    append(findings, r.findings);
    if (!r.registrations.length) empty.push(f);
    // The unit of each row, from every source that names one (unit-evidence.ts).
    // A sheet without a letterhead takes the unit its file's other sheets name (only asked when nothing else names one).
    const others = (tablesOf.get(f.file) ?? []).filter((t) => t.view.name !== f.table.view.name);
    const fileUnit = others.length ? () => fileLetterheadUnit(others, unitContext.resolver, profile, profile === unitContext.profile ? titles : undefined) : undefined;
    append(findings, attributeUnits(table, f.file, r.registrations, context, sheetFirst.has(f.file), fileUnit));
    spans.push([from, findings.length]);
    append(registrations, r.registrations);
    const datedAfterFirstCeremony = !ahead && f.table.dateLine !== undefined && !f.table.dateLineBelow && firstCeremony !== undefined && compareDates(f.table.dateLine, firstCeremony) > 0;
    // A list titled as a proposal proposes with a proposal column; without one (the requests in «Ghi chú», or none:
    // every row proposed), only when made in the final ceremony's year, when no registration nor addition is made.
    // A list dated before the first ceremony is that ceremony's registration, whatever its title asks (review 17).
    const datedBeforeFirstCeremony = f.table.dateLine !== undefined && !f.table.dateLineBelow && firstCeremony !== undefined && compareDates(f.table.dateLine, firstCeremony) <= 0;
    // The registration template reused for the final year's proposals (title «ĐĂNG KÝ … 2021 – 2023», dated in 2025,
    // its proposal column filled) proposes too: the date and the column say what the old title does not.
    const reusedTemplate = () =>
      datedAfterFirstCeremony && f.table.dateLine !== undefined && f.table.dateLine.y >= finalYear && !addsToList(f.table.titleTexts) && r.registrations.some((reg) => reg.proposed);
    const proposes = f.table.header.columns.has('proposal')
      ? !datedBeforeFirstCeremony && (isProposalListTitle(f.table.titleTexts) || isProposalSheetName(f.table.view.name, f.table.titleTexts) || reusedTemplate())
      : datedAfterFirstCeremony && f.table.dateLine !== undefined && f.table.dateLine.y >= finalYear && isProposalListTitle(f.table.titleTexts) && !addsToList(f.table.titleTexts);
    // The one unit whose list the table is, if it is one unit's.
    const ids = new Set(r.registrations.map((reg) => reg.unitId));
    const [only] = ids;
    const unit = ids.size === 1 ? only : undefined;
    // A unit's own list hides the rows it took out; a compiled list's hidden rows are only out of its compiler's view.
    const hiddenRow = f.table.view.hiddenRow;
    if (unit && hiddenRow) for (const reg of r.registrations) if (hiddenRow(reg.source.row)) reg.hidden = true;
    tablesRead.push({
      regs: r.registrations,
      unit: unit ?? (unitKey ? namedUnit(r.registrations, unitKey) : undefined),
      proposes,
      sheet: `${f.file}\u0000${f.table.view.name}`,
      replaces: isReplacement([...f.table.titleTexts, f.file]),
      ...correctionOrder([...f.table.titleTexts, f.file], f.table.dateLineBelow ? undefined : f.table.dateLine),
      file: f.file,
      datedAfterFirstCeremony,
      datedOnly: r.datedOnly,
    });
    // A list's date line taken from an addition below it dates it only within phase 1: a later one is the addition's.
    const addedLater = f.table.dateLineBelow && f.table.dateLine && f.table.dateLine.y > phaseYears(profile).first.to;
    const dated = addedLater ? undefined : f.table.dateLine ? { date: f.table.dateLine, ...(f.table.dateLineOf ? { of: f.table.dateLineOf } : {}) } : f.table.dateLineMonth && monthBeyondDoubt(f.table.dateLineMonth, profile);
    if (dated && unit && r.registrations.some((reg) => reg.phase === 1)) lines.push({ line: { unitId: unit, ...dated, file: f.file, sheet: f.table.view.name }, proposes });
    // A date line that dates nothing (30/02, its day left blank in the deadline's month): kept for R4 to say so.
    else if (!dated && !addedLater && unit && r.registrations.some((reg) => reg.phase === 1)) {
      const undated = undatedLineOf(f.table, f.file);
      if (undated) undatedLines.push({ unitId: unit, ...undated });
    }
  }
  setAsideSummaries(lists, tablesRead, spans, units, findings, registrations);
  // A workbook holding the units list or the plans beside its empty list is the district's template, not a unit's list.
  const given = new Set([...registrations.map((r) => r.source.file), ...found.filter((x) => x.table.header.kind !== 'registrations').map((x) => x.file)]);
  const emptyLists = emptyListsOf(empty.filter((f) => !given.has(f.file)), unitContext, findings);
  // An empty list's date line dates its unit's list only where the unit sent no list with rows.
  for (const e of emptyLists) {
    if (!e.date || lines.some((l) => l.line.unitId === e.unitId) || registrations.some((reg) => reg.unitId === e.unitId)) continue;
    lines.push({ line: { unitId: e.unitId, date: e.date, file: e.file, sheet: e.sheet }, proposes: false });
  }
  const later = markProposalLists(tablesRead);
  const changing = markReplaced(tablesRead);
  markRepeated(tablesRead);
  markReplacedRows(registrations);
  return { registrations, dateLines: listDates(lines, registrations, later, changing), undatedLines, emptyLists };
}

/**
 * A district's summary of its workbook's per-unit sheets (summary-sheets.ts) is not read: its rows and what reading
 * them found are dropped before the lists are weighed, and one SHEET_SKIPPED info says which sheets it repeats.
 * `tablesRead` and `spans` are by index of `lists`.
 */
function setAsideSummaries(lists: FoundTable[], tablesRead: ListRead[], spans: [number, number][], units: readonly UnitRecord[], findings: Finding[], registrations: Registration[]): void {
  const summaries = summariesOfSheets(lists.map((f, i) => ({ file: f.file, sheet: f.table.view.name, regs: (tablesRead[i] as ListRead).regs })), units);
  if (!summaries.size) return;
  const dropped = new Set<Registration>();
  const notes: Finding[] = [];
  // From the last, so that the spans before stay where they are.
  for (const [i, sheets] of [...summaries].sort((a, b) => b[0] - a[0])) {
    const { file, table } = lists[i] as FoundTable;
    const [from, to] = spans[i] as [number, number];
    const { regs } = tablesRead[i] as ListRead;
    findings.splice(from, to - from);
    for (const r of regs) dropped.add(r);
    tablesRead.splice(i, 1);
    notes.unshift(finding('SHEET_SKIPPED', { file, sheet: table.view.name }, msg.summaryOfSheets(table.view.name, regs.length, sheets)));
  }
  let kept = 0;
  for (const r of registrations) if (!dropped.has(r)) registrations[kept++] = r;
  registrations.length = kept;
  append(findings, notes);
}

/** How far from a table its title block and signature block are looked in for a date line that dates nothing. */
const DATE_LINE_REACH = 40;

/**
 * The first date line around a table that dates nothing (unreadDateLine), with its cell: in a workbook its title rows
 * and the rows under its data; in a Word document the paragraphs above and below the table (the file its place).
 */
function undatedLineOf(table: RecognizedTable, file: string): Omit<UndatedLine, 'unitId'> | undefined {
  if (table.paragraphsAbove || table.paragraphsBelow) {
    for (const text of [...(table.paragraphsBelow ?? []), ...(table.paragraphsAbove ?? [])]) {
      const reason = unreadDateLine(text);
      if (reason) return { file, text, reason };
    }
    return undefined;
  }
  const { view } = table;
  const last = table.rows.length ? (table.rows[table.rows.length - 1]?.r ?? table.header.dataStart) : table.header.dataStart;
  const rows = [
    ...Array.from({ length: Math.min(DATE_LINE_REACH, view.rowCount - last) }, (_, i) => last + 1 + i),
    ...Array.from({ length: Math.min(DATE_LINE_REACH, table.header.row - 1) }, (_, i) => table.header.row - 1 - i),
  ];
  for (const r of rows)
    for (let c = 1; c <= view.colCount; c++) {
      const text = view.text(r, c);
      const reason = text ? unreadDateLine(text) : undefined;
      if (reason) return { file, sheet: view.name, row: r, column: columnLetter(c), text, reason };
    }
  return undefined;
}

/** A title that says the list adds to the unit's registrations («ĐĂNG KÝ BỔ SUNG»). */
const addsToList = (titles: readonly string[]): boolean => titles.some((t) => /(^| )bo sung( |$)/.test(additionKey(t)));

/**
 * Registration lists with a header and no row, in files that gave nothing else: each is named (SHEET_SKIPPED, with its
 * unit and date line), so that a unit which sent an empty list is told what arrived, not that nothing did.
 */
function emptyListsOf(empty: FoundTable[], unitContext: Parameters<typeof attributeUnits>[3], findings: Finding[]): NonNullable<ReadResult['emptyLists']> {
  const out: NonNullable<ReadResult['emptyLists']> = [];
  for (const f of empty) {
    const unit = wholeTableUnit(f.table, f.file, unitContext.resolver, unitContext.profile);
    const month = f.table.dateLine ? undefined : f.table.dateLineMonth;
    const date = f.table.dateLine ?? (month ? monthBeyondDoubt(month, unitContext.profile)?.date : undefined);
    const sheet = f.table.view.name;
    const place = { file: f.file, sheet, ...(unit ? { unit: unit.name, ...(unit.code ? { unitCode: unit.code } : {}) } : {}) };
    const where = isWordFile(f.file) ? f.file : `${f.file}, trang «${sheet}»`;
    findings.push(finding('SHEET_SKIPPED', place, msg.emptyList(where, unit?.name, f.table.dateLine ? { date: f.table.dateLine } : month)));
    if (unit) out.push({ unitId: unit.id, file: f.file, sheet, ...(date ? { date } : {}) });
  }
  return out;
}

/** Without a units list, the unit all of a list's rows name (by its letterhead, or each row alike), as a key. */
function namedUnit(regs: readonly Registration[], unitKey: (text: string) => string): string | undefined {
  const keys = new Set(regs.map((r) => (r.unitText ? unitKey(r.unitText) : '')));
  const [only] = keys;
  return keys.size === 1 && only ? `text:${only}` : undefined;
}

function readAllPlans(found: FoundTable[], profile: Profile, resolver: UnitResolver<UnitRecord>, findings: Finding[]): NurturePlan[] {
  const plans: NurturePlan[] = [];
  for (const f of found.filter((x) => x.table.header.kind === 'plans')) {
    const r = readPlans(f.table, f.file, profile, f.date1904);
    append(findings, r.findings);
    for (const p of r.plans) {
      const u = p.unitText ? resolver.resolve(p.unitText) : undefined;
      plans.push(u ? { ...p, unitId: u.id } : p);
    }
  }
  return plans;
}

/**
 * Row findings of a registration name the unit that proposed it, known only once units are attributed: such a
 * finding is given as a new finding with its unit, the others as they are.
 */
function withProposingUnits(findings: Finding[], registrations: Registration[], units: UnitRecord[]): Finding[] {
  const unitById = new Map(units.map((u) => [u.id, u]));
  // Indexed by the few rows that have findings; registrations come sheet by sheet, so each sheet is looked up once.
  const bySheet = new Map<string, Map<number, number[]>>();
  const sheetKey = (file: string, sheet: string) => `${file}\u0000${sheet}`;
  findings.forEach((f, i) => {
    if (f.unit || f.row === undefined) return;
    const key = sheetKey(f.file, f.sheet ?? '');
    const rows = bySheet.get(key) ?? new Map<number, number[]>();
    bySheet.set(key, rows.set(f.row, [...(rows.get(f.row) ?? []), i]));
  });
  if (!bySheet.size) return findings;
  const out = [...findings];
  let sheetRows: Map<number, number[]> | undefined;
  let last: Registration['source'] | undefined;
  for (const reg of registrations) {
    if (!last || last.file !== reg.source.file || last.sheet !== reg.source.sheet) sheetRows = bySheet.get(sheetKey(reg.source.file, reg.source.sheet));
    last = reg.source;
    const rowFindings = sheetRows?.get(reg.source.row);
    if (!rowFindings) continue;
    const u = reg.unitId ? unitById.get(reg.unitId) : undefined;
    for (const i of rowFindings) {
      const f = findings[i] as Finding;
      if (u) out[i] = { ...f, unit: u.name, ...(u.code ? { unitCode: u.code } : {}) };
      else if (reg.unitText) out[i] = { ...f, unit: reg.unitText };
    }
  }
  return out;
}
