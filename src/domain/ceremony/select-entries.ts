/**
 * Which exemplars the ceremony honours (R8: phase 1 in 2023; R9–R11: phases 1 and 2, and only those proposed,
 * in 2025), one entry per exemplar: "certain" duplicates merged naming every proposing unit, "probable" ones kept
 * apart with a note. Rows with a row-level error are left off, each with its reason. A row whose name contradicts
 * its stated kind (SUBJECT_KIND_MISMATCH) is listed under the heading its name shows, and said so.
 */
import { CalendarDate, compareDates, parseIsoDate } from '../dates';
import { FINDING_CODES, Finding, RowRef, rowKey } from '../findings/finding';
import { msg } from '../findings/messages';
import { isWordFile } from '../grid';
import type { Ceremony } from '../profile';
import type { ReadResult } from '../records';
import type { Registration, UnitRecord } from '../records';
import type { SubjectKind } from '../subjects/subject-kind';
import { toneKey } from '../text';
import { ABBREVIATIONS } from '../subjects/abbreviations';
import { bareCommuneKeywordAtEnd } from '../duplicates/places';
import { foldsOf, tokenize } from '../duplicates/tokens';
import { yearTypo } from '../duplicates/year-typo';
import { noteDeclinesProposal } from '../reading/note-proposal';
import { disqualifies } from '../reading/note-withdrawal';
import { readNameCell } from '../reading/name-cell';
import { addPosition } from './merged-position';
import { bodyNameWriter, printedPersonName, typedCarelessly } from './name-case';
import { ceremonyText } from './ceremony-texts';
import { printedForm } from './proposal-form';

export interface MatchGroup {
  confidence: 'certain' | 'probable';
  members: RowRef[];
  /** Pairs of its rows decided «Không trùng»: not noted as «có thể trùng» again (trial 22a #5). */
  apart?: [RowRef, RowRef][];
}

export interface CeremonyEntry {
  kind: SubjectKind;
  name: string;
  birthYear?: number;
  position?: string;
  units: string[];
  achievements?: string;
  award?: string;
  note?: string;
  /** Where the entry came from (first row first). */
  rows: RowRef[];
}

export interface ExcludedRow {
  row: RowRef;
  unit: string;
  name: string;
  reason: string;
}

/** A row listed under the other heading than its kind column or group says, because of its name. */
export interface MovedRow {
  row: RowRef;
  unit: string;
  name: string;
  stated: SubjectKind;
  listed: SubjectKind;
}

/**
 * A listed row the district checks before the list is signed (a probable duplicate, an unreadable birth year, a form
 * another unit proposed…): said on the notes sheet beside the list with its file and row, never on the list itself,
 * which the Standing Committee signs.
 */
export interface CheckedRow {
  row: RowRef;
  unit: string;
  name: string;
  what: string;
}

export interface Selection {
  collectives: CeremonyEntry[];
  individuals: CeremonyEntry[];
  excluded: ExcludedRow[];
  moved: MovedRow[];
  checks: CheckedRow[];
}

/** What the notes sheet says to check about one entry of the list (about any of its rows). */
export function checksFor(s: Selection, e: CeremonyEntry): string[] {
  const rows = new Set(e.rows.map(rowKey));
  return s.checks.filter((c) => rows.has(rowKey(c.row))).map((c) => c.what);
}

/** Rows whose name contradicts their stated kind: the rule already compared them. */
function kindMismatches(findings: Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) if (f.code === 'SUBJECT_KIND_MISMATCH' && f.sheet && f.row !== undefined) out.add(rowKey(f));
  return out;
}

const other = (k: SubjectKind): SubjectKind => (k === 'collective' ? 'individual' : 'collective');

/**
 * Adds `value` to a "; "-joined list unless it is already there (case, tone placement and spacing aside): one that
 * begins with it and says more ("Tổ trưởng tổ dân phố 5, phường Bình Trị" for "Tổ trưởng tổ dân phố 5") takes its
 * place.
 */
function addDistinct(list: string | undefined, value: string | undefined, sep = '; '): string | undefined {
  if (!value) return list;
  if (!list) return value;
  const k = `${sameTextKey(value)} `;
  const items = list.split(sep);
  // Begins with it, not merely holds it: "Phó Chủ tịch Hội" is no more of "Chủ tịch Hội".
  if (items.some((x) => `${sameTextKey(x)} `.startsWith(k))) return list;
  const out: string[] = [];
  let placed = false;
  for (const x of items) {
    const says = k.startsWith(`${sameTextKey(x)} `);
    if (!says) out.push(x);
    else if (!placed) out.push(value);
    placed ||= says;
  }
  if (!placed) out.push(value);
  return out.join(sep);
}

/**
 * A text as compared for repeats, word by word as the matcher folds words: "Hội viên, ấp An Hòa" and "Hội viên ấp An
 * Hoà" say the same, and so do "ấp Mỹ Thuận" and "ấp Mĩ Thuận" (i/y), "Tổ 03" and "Tổ 3".
 */
const sameTextKey = (text: string) => foldsOf(tokenize(text));

/** What the row says it achieved; a placeholder ("x", "-") says nothing to print. */
function achievementsOf(r: Registration): string | undefined {
  return r.achievements && !PLACEHOLDER.test(r.achievements) ? r.achievements : undefined;
}
const PLACEHOLDER = /^[\sxX\-–—.·…✓✔]*$/u;

/**
 * A person's name typed in capitals or in lower case ("NGUYỄN VĂN TƯ", "lê thị HOA") is printed as a name; a body's is
 * kept as written.
 */
/** `a` spells one person's name more fully than `b`: "Trần Văn Hùng" / "Trần Hùng", "H'Nga Niê" / "H Nga Niê". */
function fullerName(a: string, b: string): boolean {
  const bare = (s: string) => toneKey(s).replace(/[\s'’‘`´′ʼˈʻ-]/gu, '');
  if (bare(a) === bare(b)) return /['’‘`´′ʼˈʻ-]/u.test(a) && !/['’‘`´′ʼˈʻ-]/u.test(b);
  const wa = toneKey(a).split(' ');
  const wb = toneKey(b).split(' ');
  return wa.length > wb.length && wb.every((w) => wa.includes(w));
}

/** A person's name typed under «Tập thể», read as a «Cá nhân» row's is: without its honorific, its title apart. */
const personRead = (name: string) => readNameCell([name], 'individual');

/** The row's name as a person's: a row stated «Tập thể» kept its honorific. */
const asPersonsName = (r: Registration): string => (r.kind === 'collective' ? personRead(r.name).name || r.name : r.name);

/** A short form in capitals («CB», «HTX», «NN», «HLHPN»): the signed list prints a body's name written out. */
const ABBREVIATION = /(^|\s)\p{Lu}{2,5}(?=\s|$)/u;

/**
 * `a` names one body better than `b` on a list of the district: `b` leaves its commune unsaid («Hội Nông dân xã»),
 * then `a` is written out where `b` is abbreviated («Chi bộ ấp 3» over «CB ấp 3 xã An Bình»), then `a` is longer.
 */
function betterBodyName(a: string, b: string): boolean {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const unsaid = (t: ReturnType<typeof tokenize>) => (bareCommuneKeywordAtEnd(t) ?? 0) > 0;
  if (unsaid(ta) !== unsaid(tb)) return unsaid(tb);
  if (ABBREVIATION.test(a) !== ABBREVIATION.test(b)) return ABBREVIATION.test(b);
  return ta.length > tb.length;
}

/** A name as the list prints it: a person's as names are written, a body's typed in capitals as bodies' are. */
function shownName(name: string, kind: SubjectKind, bodyName: (name: string) => string): string {
  return kind === 'individual' ? printedPersonName(name) : bodyName(name);
}

/** "Chức vụ, đơn vị công tác": the position and the workplace, once each. */
function positionOf(r: Registration): string | undefined {
  const { workplace } = r;
  // A label typed before it ("Chức vụ: Chủ tịch Hội") is no part of it.
  const position = r.position?.replace(/^\s*(?:chức vụ|chức danh|cv)\s*:\s*/iu, '');
  if (!position || !workplace) return position || workplace || undefined;
  if (toneKey(position).includes(toneKey(workplace))) return position;
  return `${position}, ${workplace}`;
}

/**
 * Error messages by row: `level` 'row' those that keep the row off the list; 'cell' a cell's error (INVALID_DATE in a
 * birth year), which rules.md does not make the row's: the row stays listed, and the notes sheet says what to check.
 */
function rowErrors(findings: Finding[], level: 'row' | 'cell'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of findings) {
    // Unit-level findings point at the units list, not at an exemplar's row.
    const at = FINDING_CODES[f.code].level;
    if (f.severity !== 'error' || f.row === undefined || !f.sheet || at === 'unit' || (at === 'cell') !== (level === 'cell')) continue;
    const k = rowKey(f);
    out.set(k, [...(out.get(k) ?? []), f.message]);
  }
  return out;
}

/**
 * The proposed form of commendation as the list prints it, if the cell names one (reading already dropped "Không",
 * "Chưa", "-", and marks): "GK BTV HU" and the ceremony's own form are then one form, not two.
 */
function proposalOf(r: Registration, ceremonyForm: string): string | undefined {
  const written = r.proposal?.trim();
  return written ? printedForm(written, ceremonyForm) : undefined;
}

// Short forms a name may be written with in one of a unit's lists and not the other («HTX» / «Hợp tác xã»).
const NAME_SHORT_FORMS = ABBREVIATIONS.filter((a) => !a.only).flatMap((a) => a.short.map((short) => [` ${toneKey(short)} `, ` ${toneKey(a.full)} `] as const));

/** An exemplar's name as a unit's registration and proposal lists both spell it: short forms written out. */
function exemplarNameKey(name: string): string {
  let k = ` ${toneKey(name)} `;
  for (const [short, full] of NAME_SHORT_FORMS) if (k.includes(short)) k = k.split(short).join(full);
  return k.trim();
}

/** Proposal columns select the list only for the final ceremony (R10), which honours phase 2 too. */
function proposalSelects(ceremony: Ceremony): boolean {
  return ceremony.phases.includes(2);
}

export function selectEntries(read: ReadResult, findings: Finding[], groups: MatchGroup[], ceremony: Ceremony): Selection {
  // The form the ceremony gives where a row proposes none: a proposed form that is it is printed as it.
  const ceremonyForm = read.profile.ceremonyList.awards[ceremony.id] ?? '';
  // A sheet may hold several tables (stacked): a row's table is the last whose header is above it.
  const tablesOf = new Map<string, { headerRow: number; proposal: boolean }[]>();
  for (const t of read.tables) {
    const k = `${t.file}\u0000${t.sheet}`;
    tablesOf.set(k, [...(tablesOf.get(k) ?? []), { headerRow: t.headerRow, proposal: t.fields.includes('proposal') }]);
  }
  const proposalColumnIn = (r: Registration) => {
    let own: { headerRow: number; proposal: boolean } | undefined;
    for (const t of tablesOf.get(`${r.source.file}\u0000${r.source.sheet}`) ?? [])
      if (t.headerRow < r.source.row && (!own || t.headerRow > own.headerRow || (t.headerRow === own.headerRow && t.proposal))) own = t;
    return own?.proposal ?? false;
  };
  // A unit that sent a later proposal list (reading marks its rows) proposes only what that list proposes: the rows
  // of its registration list are not proposed again by being there.
  const unitKey = (r: Registration) => r.unitId ?? `text:${r.unitText ?? ''}`;
  const proposalListOf = new Map<string, string>();
  // Exemplars such a list proposes, by unit and name, with their birth years: their rows in the unit's other lists are
  // named there (a year written on one side only is no difference).
  const exemplarKey = (r: Registration) => `${unitKey(r)}\u0000${exemplarNameKey(r.name)}`;
  const proposedExemplars = new Map<string, (number | undefined)[]>();
  // Exemplars the proposal list names but does not propose («Không»): their registered rows are said so.
  const declinedExemplars = new Set<string>();
  // The same birth year (or one side's left out); else a year one typo away, which the district checks.
  const proposedThere = (r: Registration): { year?: number } | undefined => {
    const years = proposedExemplars.get(exemplarKey(r));
    if (years === undefined) return undefined;
    if (r.birthYear === undefined || years.some((y) => y === undefined || y === r.birthYear)) return {};
    const near = years.find((y) => y !== undefined && r.birthYear !== undefined && yearTypo(y, r.birthYear));
    // A year another registered row of the name bears is that person's (a father and his son), not a typo of this one.
    return near === undefined || registeredExemplars.get(exemplarKey(r))?.some((x) => x.birthYear === near) ? undefined : { year: near };
  };
  // The rows those units registered (phase 1 and 2), by exemplar: what a proposal row leaves out is taken from
  // them, and a proposal row naming no one registered is said so (R11 honours the registered).
  const registeredExemplars = new Map<string, Registration[]>();
  const registeringUnits = new Set<string>();
  if (proposalSelects(ceremony)) {
    for (const r of read.registrations) {
      if (!r.proposalList) continue;
      if (!proposalListOf.has(unitKey(r))) proposalListOf.set(unitKey(r), r.source.file);
      // Without a proposal column every row is proposed (as it is put on the list below), but one its note declines.
      const proposes = proposalColumnIn(r) ? r.proposed : !(r.note && noteDeclinesProposal(r.note));
      if (proposes) proposedExemplars.set(exemplarKey(r), [...(proposedExemplars.get(exemplarKey(r)) ?? []), r.birthYear]);
      else declinedExemplars.add(exemplarKey(r));
    }
    for (const r of read.registrations) {
      if (r.proposalList || r.replacedBy || r.copyOf || !proposalListOf.has(unitKey(r))) continue;
      registeringUnits.add(unitKey(r));
      registeredExemplars.set(exemplarKey(r), [...(registeredExemplars.get(exemplarKey(r)) ?? []), r]);
    }
  }
  const units = new Map(read.units.map((u, i) => [u.id, { unit: u, order: i }]));
  const blocOrder = (u: UnitRecord | undefined) => {
    const i = u?.bloc ? read.profile.blocs.indexOf(u.bloc) : -1;
    return i < 0 ? read.profile.blocs.length : i;
  };
  const unitName = (r: Registration) => (r.unitId ? units.get(r.unitId)?.unit.name : undefined) ?? r.unitText ?? '';
  const errors = rowErrors(findings, 'row');
  const cellErrors = rowErrors(findings, 'cell');
  const mismatched = kindMismatches(findings);
  const bodyName = bodyNameWriter(read.profile.unitAbbreviations);
  const excluded: ExcludedRow[] = [];
  const moved: MovedRow[] = [];
  const eligible: Registration[] = [];

  const held = parseIsoDate(ceremony.date);
  const heldBefore = (date: CalendarDate) => held !== undefined && compareDates(held, date) < 0;
  for (const r of read.registrations) {
    const reasons = errors.get(rowKey(r.source));
    const leaveOff = (reason: string) => excluded.push({ row: r.source, unit: unitName(r), name: r.name, reason });
    // A replaced list, or a copy, is left off for that, whatever its rows lacked (they are no longer checked).
    if (r.replacedBy) leaveOff(r.replacedDates ? ceremonyText.reasonReplacedByLater(r.replacedBy, r.replacedDates.by) : ceremonyText.reasonReplaced(r.replacedBy));
    else if (r.copyOf) leaveOff(ceremonyText.reasonCopy(r.copyOf));
    else if (reasons?.length || r.readError) leaveOff(reasons?.join(' ') ?? ceremonyText.reasonReadError);
    else if (r.struck) leaveOff(ceremonyText.reasonStruck);
    else if (r.hidden) leaveOff(isWordFile(r.source.file) ? ceremonyText.reasonHiddenText : ceremonyText.reasonHidden);
    else if (r.withdrawnUnder) leaveOff(ceremonyText.reasonReserve(r.withdrawnUnder));
    else if (r.withdrawnInName !== undefined) leaveOff(ceremonyText.reasonWithdrawnInName(r.withdrawnInName));
    else if (r.replacedByRow !== undefined) leaveOff(ceremonyText.reasonReplacedByRow(r.replacedByRow));
    else if (r.deceased) leaveOff(ceremonyText.reasonDeceased(r.note ?? ''));
    else if (r.withdrawn) leaveOff((r.note && disqualifies(r.note) ? ceremonyText.reasonDisqualified : ceremonyText.reasonWithdrawn)(r.note ?? ''));
    else if (r.vettedOut) leaveOff(ceremonyText.reasonVettedOut(r.vettedOut));
    else if (r.proposalList && !proposalSelects(ceremony)) leaveOff(ceremonyText.reasonProposalListRow(r.source.file, ceremony));
    else if (r.phase === undefined) leaveOff(msg.phaseUnreadableReason);
    else if (!ceremony.phases.includes(r.phase)) leaveOff(ceremonyText.reasonPhase(ceremony));
    // A person a correction added after this ceremony was held is not put on its list after the fact (trial22b #2).
    else if (r.addedAfterCeremony && heldBefore(r.addedAfterCeremony.date))
      leaveOff(ceremonyText.reasonAddedAfterCeremony(ceremony, r.addedAfterCeremony.replaced, r.addedAfterCeremony.date));
    else if (proposalSelects(ceremony) && proposalColumnIn(r) && !r.proposed)
      leaveOff(r.notProposedAs ? ceremonyText.reasonProposalCellDeclines(r.notProposedAs) : ceremonyText.reasonNotProposed);
    else if (proposalSelects(ceremony) && r.note && noteDeclinesProposal(r.note) && !proposalColumnIn(r)) leaveOff(ceremonyText.reasonNoteDeclines(r.note));
    else if (proposalListOf.has(unitKey(r)) && !r.proposalList) {
      const file = proposalListOf.get(unitKey(r)) ?? '';
      const there = proposedThere(r);
      leaveOff(
        !there
          ? declinedExemplars.has(exemplarKey(r))
            ? ceremonyText.reasonDeclinedInProposalList(file)
            : ceremonyText.reasonNotInProposalList(file)
          : there.year !== undefined
            ? ceremonyText.reasonInProposalListOtherYear(file, there.year)
            : ceremonyText.reasonInProposalList(file),
      );
    }
    else eligible.push(r);
  }

  // The list's order: by bloc and unit as in the units list, then within a file the order it was read in (sheet by
  // sheet, a Word table split over pages part by part, row by row). Whatever order the files were given in.
  const order = (r: Registration) => {
    const u = r.unitId ? units.get(r.unitId) : undefined;
    return [blocOrder(u?.unit), u ? u.order : Number.MAX_SAFE_INTEGER] as const;
  };
  const readAt = new Map(read.registrations.map((r, i) => [r, i]));
  const listOrder = (a: Registration, b: Registration) => {
    const [ba, ua] = order(a);
    const [bb, ub] = order(b);
    return ba - bb || ua - ub || a.source.file.localeCompare(b.source.file) || (readAt.get(a) ?? 0) - (readAt.get(b) ?? 0);
  };
  eligible.sort(listOrder);

  // Certain groups collapse onto their first eligible member in the list's order (its proposing units follow in that
  // order too); probable pairs only leave a note.
  const byRef = new Map(eligible.map((r) => [rowKey(r.source), r]));
  const leader = new Map<string, Registration>();
  const notes = new Map<string, string[]>();
  const presentIn = (g: MatchGroup) => g.members.map((m) => byRef.get(rowKey(m))).filter((r): r is Registration => r !== undefined).sort(listOrder);
  for (const g of groups) {
    const present = presentIn(g);
    if (present.length < 2 || g.confidence !== 'certain') continue;
    const first = present[0] as Registration;
    for (const m of present.slice(1)) leader.set(rowKey(m.source), first);
  }
  // A probable group may hold a merged exemplar whole (a third row near a certain pair): its rows are one entry,
  // noted once against the other entries.
  const entryOf = (r: Registration) => leader.get(rowKey(r.source)) ?? r;
  // One note per entry, naming each other entry once, however many probable groups (one per clique) it is in.
  const othersOf = new Map<string, Map<Registration, string>>();
  for (const g of groups) {
    if (g.confidence === 'certain') continue;
    const present = presentIn(g).filter((r, k, all) => all.findIndex((o) => entryOf(o) === entryOf(r)) === k);
    if (present.length < 2) continue;
    // Two entries holding rows the user decided apart are not asked about again.
    const entryAt = (r: RowRef) => {
      const reg = byRef.get(rowKey(r));
      return reg && entryOf(reg);
    };
    const apart = (g.apart ?? []).map(([a, b]) => [entryAt(a), entryAt(b)]);
    const decidedApart = (x: Registration, y: Registration) => apart.some(([a, b]) => (a === entryOf(x) && b === entryOf(y)) || (a === entryOf(y) && b === entryOf(x)));
    for (const m of present) {
      const at = rowKey(entryOf(m).source);
      const others = othersOf.get(at) ?? new Map<Registration, string>();
      for (const o of present) if (o !== m && !others.has(entryOf(o)) && !decidedApart(m, o)) others.set(entryOf(o), ceremonyText.probableOther(o.name, unitName(o), o.source));
      if (!others.size) continue;
      othersOf.set(at, others);
    }
  }
  for (const [at, others] of othersOf) notes.set(at, [ceremonyText.probableNote([...others.values()].join('; '))]);
  // What the district checks before signing, by entry (its leading row), in the order found.
  const checksOf = new Map<Registration, CheckedRow[]>();
  const check = (lead: Registration, r: Registration, what: string) =>
    checksOf.set(lead, [...(checksOf.get(lead) ?? []), { row: r.source, unit: unitName(r), name: r.name, what }]);

  const entries = new Map<Registration, CeremonyEntry>();
  for (const r of eligible) {
    const stated = r.kind ?? 'individual';
    const kind = mismatched.has(rowKey(r.source)) ? other(stated) : stated;
    // Said on the notes sheet also of a row merged into another unit's entry: it is listed under the other heading too.
    if (kind !== stated) moved.push({ row: r.source, unit: unitName(r), name: r.name, stated, listed: kind });
    const lead = leader.get(rowKey(r.source));
    if (lead) {
      const e = entries.get(lead);
      if (e) {
        // A merged entry keeps what each proposing unit wrote: every unit, each distinct position and text.
        const u = unitName(r);
        if (u && !e.units.includes(u)) e.units.push(u);
        e.rows.push(r.source);
        if (e.kind === 'individual') e.birthYear ??= r.birthYear;
        const position = addPosition(e.position, positionOf(r));
        if (position) e.position = position;
        // Line by line: a line another unit already wrote is not printed twice.
        const achievements = (achievementsOf(r) ?? '').split('\n').reduce((list, line) => addDistinct(list, line.trim() || undefined, '\n'), e.achievements);
        // A name in capitals or lower case is its least careful spelling: another proposing unit's is printed instead.
        const name = e.kind === 'individual' ? asPersonsName(r) : r.name;
        if (e.kind === 'individual' && typedCarelessly(lead.name) && !typedCarelessly(name)) e.name = name;
        // So is a shorter one: the middle name left out, an Ê Đê name's apostrophe dropped.
        else if (e.kind === 'individual' && !typedCarelessly(name) && fullerName(name, e.name)) e.name = shownName(name, 'individual', bodyName);
        // A body's spelling that gives its commune names it best («Hội Nông dân xã An Bình» for a commune's own «Hội
        // Nông dân xã»), then its longest (short forms written out: «Hợp tác xã Nông nghiệp» for «HTX NN»).
        else if (e.kind === 'collective' && betterBodyName(bodyName(r.name), e.name)) e.name = bodyName(r.name);
        if (achievements) e.achievements = achievements;
        // One form is printed: the first unit's. Another unit's other form is noted for the district to decide.
        const award = proposalOf(r, ceremonyForm);
        const otherForm = award && e.award !== undefined && toneKey(award) !== toneKey(e.award) ? ceremonyText.otherFormNote(unitName(r), award) : undefined;
        if (award && !e.award) e.award = award;
        const note = addDistinct(e.note, r.note);
        if (note) e.note = note;
        if (otherForm) check(lead, r, otherForm);
        for (const m of cellErrors.get(rowKey(r.source)) ?? []) check(lead, r, m);
        if (r.struckOut) check(lead, r, ceremonyText.struckOutNote(r.struckOut));
      }
      continue;
    }
    // Units proposing it together in one cell are each named, in the cell's order.
    const coUnits = (r.coUnitIds ?? []).map((id) => units.get(id)?.unit.name).filter((n): n is string => n !== undefined);
    // A person typed «Tập thể» was read as a body's name, whole: read as a person's, as a «Cá nhân» row is, the honorific
    // goes and a title joins the position.
    const asPerson = kind === 'individual' && stated === 'collective' ? personRead(r.name) : undefined;
    const entry: CeremonyEntry = { kind, name: shownName(asPerson?.name || r.name, kind, bodyName), units: unitName(r) ? [unitName(r), ...coUnits] : [], rows: [r.source] };
    if (kind === 'individual' && r.birthYear) entry.birthYear = r.birthYear;
    const ownPosition = positionOf(r);
    const position = asPerson?.position ? addDistinct(asPerson.position, ownPosition, ', ') : ownPosition;
    if (position) entry.position = position;
    const achievements = achievementsOf(r);
    if (achievements) entry.achievements = achievements;
    // A unit's proposal row, beside the rows it registered: what it leaves out is as registered; one no registered
    // row names, or with another birth year, is noted for the district.
    // The same person: a birth year alike, left out on one side, or one typo away (then noted).
    const sameOne = (x: Registration) => !x.birthYear || !r.birthYear || x.birthYear === r.birthYear || yearTypo(x.birthYear, r.birthYear);
    const registeredAs = r.proposalList && registeringUnits.has(unitKey(r)) ? (registeredExemplars.get(exemplarKey(r)) ?? []).filter(sameOne) : undefined;
    const registeredNotes: string[] = [];
    if (r.proposalUnclear && proposalSelects(ceremony)) registeredNotes.push(ceremonyText.unclearProposalNote(r.proposalUnclear));
    if (r.replacesMissing) registeredNotes.push(ceremonyText.replacesMissingNote(r.replacesMissing));
    if (registeredAs) {
      const years = [...new Set(registeredAs.map((x) => x.birthYear).filter((y): y is number => y !== undefined))];
      if (kind === 'individual' && !entry.birthYear && years.length === 1) entry.birthYear = years[0];
      else if (kind === 'individual' && entry.birthYear && years.length && !years.includes(entry.birthYear)) registeredNotes.push(ceremonyText.registeredYearNote(years));
      const from = registeredAs[0];
      const registeredPosition = from && positionOf(from);
      if (!entry.position && registeredPosition) entry.position = registeredPosition;
      const registeredAchievements = from && achievementsOf(from);
      if (!entry.achievements && registeredAchievements) entry.achievements = registeredAchievements;
      if (!registeredAs.length) registeredNotes.push(ceremonyText.notRegisteredNote);
    }
    const proposal = proposalOf(r, ceremonyForm);
    if (proposal) entry.award = proposal;
    // On a list that proposals do not select (2023), a row whose unit wrote "Không" there gets no form it declined.
    const declined = r.proposed === false;
    if (declined) entry.award = '';
    // «Không đề nghị» in the note: the proposal is the later ceremony's (R10), so the row stays on a list proposals do
    // not select, but is asked about as a «Không» in that column is (trial22b #10).
    const noteDeclines = !declined && !proposalSelects(ceremony) && noteDeclinesProposal(r.note);
    // The list's «Ghi chú» is the unit's own note; the tool's are the district's to check, on the notes sheet.
    if (r.note) entry.note = r.note;
    for (const m of cellErrors.get(rowKey(r.source)) ?? []) check(r, r, m);
    if (r.struckOut) check(r, r, ceremonyText.struckOutNote(r.struckOut));
    for (const m of [...(notes.get(rowKey(r.source)) ?? []), ...registeredNotes, declined ? ceremonyText.declinedNote : '', noteDeclines ? ceremonyText.declinedInNote(r.note ?? '') : '']) if (m) check(r, r, m);
    entries.set(r, entry);
  }

  const list = [...entries.entries()];
  const collectives = list.filter(([, e]) => e.kind === 'collective');
  const individuals = list.filter(([, e]) => e.kind === 'individual');
  return {
    collectives: collectives.map(([, e]) => e),
    individuals: individuals.map(([, e]) => e),
    excluded,
    moved,
    checks: [...collectives, ...individuals].flatMap(([r]) => checksOf.get(r) ?? []),
  };
}
