/**
 * A unit's several lists read together: a later proposal list beside its registration list, a list that replaces
 * an earlier one, the same list sent twice; and which date line says when the unit made its list (R4).
 */
import { CalendarDate, compareDates } from '../dates';
import { deadlineOf, isOnTime, Profile } from '../profile';
import { DateLineEvidence, isSetAside, isSuperseded, Registration } from '../records';
import { toneKey } from '../text';
import { correctionRound, marksCorrection } from './correction-marks';
import type { MonthOfLine } from './date-line';

/** One table's rows as read, and what the table says of itself. */
export interface ListRead {
  regs: Registration[];
  /** The unit whose list it is, when all its rows are one unit's. */
  unit: string | undefined;
  /** A list titled as a proposal for commendation, with a proposal column. */
  proposes: boolean;
  /** A list that says it replaces the one sent before. */
  replaces: boolean;
  /** The sending a replacement says it is («lần 3»), and the date line it was made on: which of two came later. */
  round?: number;
  date?: CalendarDate;
  /** Its date line is after the first ceremony's day: it can be no registration for it. */
  datedAfterFirstCeremony?: boolean;
  /** Rows of phase 2 only because the list was made in phase 2's years (read-registrations.ts). */
  datedOnly?: readonly Registration[];
  /** File and sheet, as one key. */
  sheet: string;
  file: string;
}

/**
 * A unit's lists of two kinds read together — its registration list, and in another file or sheet a list titled as
 * a proposal for commendation with a proposal column (its 2025 proposal list) — the latter is the later list: its rows
 * are marked, and count for no phase-1 quota nor the first ceremony. So is a proposal list sent alone and dated after
 * the first ceremony: it is no registration list made late. Returns the units that sent one.
 */
export function markProposalLists(tables: readonly ListRead[]): Set<string> {
  if (!tables.some((t) => t.proposes)) return new Set();
  const sheetsOf = (proposes: boolean) => {
    const m = new Map<string, Set<string>>();
    for (const t of tables)
      if (t.proposes === proposes) for (const r of t.regs) if (r.unitId) m.set(r.unitId, (m.get(r.unitId) ?? new Set()).add(t.sheet));
    return m;
  };
  const registering = sheetsOf(false);
  const proposing = sheetsOf(true);
  const later = new Set<string>();
  for (const [unit, sheets] of proposing) {
    const own = registering.get(unit);
    if (own ? [...own].some((s) => !sheets.has(s)) : tables.some((t) => t.proposes && t.datedAfterFirstCeremony && t.unit === unit)) later.add(unit);
  }
  for (const t of tables) {
    if (!t.proposes) continue;
    for (const r of t.regs) if (r.unitId && later.has(r.unitId) && !registering.get(r.unitId)?.has(t.sheet)) r.proposalList = true;
  }
  return later;
}

/**
 * "… (thay thế)", "Danh sách điều chỉnh", "AnBinh (thay thế).docx", "An Bình (sửa).xlsx", "An Bình lần 2.xlsx",
 * "… (ĐÍNH CHÍNH)": a list sent to replace the unit's earlier one (correction-marks.ts).
 */
export function isReplacement(texts: readonly string[]): boolean {
  return texts.some(marksCorrection);
}

/** What tells a replacement's place among the unit's corrections: the round it says, the date it was made on. */
export function correctionOrder(texts: readonly string[], date: CalendarDate | undefined): Pick<ListRead, 'round' | 'date'> {
  let round: number | undefined;
  for (const t of texts) {
    const n = correctionRound(t);
    if (n !== undefined && (round === undefined || n > round)) round = n;
  }
  return { ...(round !== undefined ? { round } : {}), ...(date ? { date } : {}) };
}

/**
 * Which of a unit's lists count when it sent several of the same phase and kinds: a list that says it replaces the one
 * sent before ("(thay thế)", "(điều chỉnh)") replaces the unit's other lists, and among such corrections the latest by
 * its own date line counts, whatever its file is called; a full list sent again unmarked, under another name or format
 * (the Excel draft, then the signed Word list), replaces the earlier when their date lines tell which came later and
 * most of their rows are the same. The rows of a list replaced are marked, and count for no quota nor ceremony list.
 */
export function markReplaced(tables: readonly ListRead[]): Set<string> {
  const changing = new Set<string>();
  // Only a unit's own lists, one file or sheet each, can replace or copy one another.
  if (tables.length < 2) return changing;
  // The same list sent twice (as a Word document and as a workbook): the second is a copy of the first. Only lists
  // of one kind (not a proposal list, which says what it is; a replacement only beside one it cannot be told from
  // as earlier or later), rows and phases alike.
  const units = tables.map((t) => t.unit);
  const several = new Set(units.filter((u, i) => u !== undefined && units.indexOf(u) !== i));
  if (!several.size) return changing;
  const listKey = (regs: Registration[]) => regs.map((r) => `${toneKey(r.name)}|${r.birthYear ?? ''}|${r.phase ?? ''}`).sort().join('\n');
  const keys = tables.map((t, i) => (several.has(units[i]) && !t.proposes ? listKey(t.regs) : ''));
  const sameKind = (t: ListRead, o: ListRead) => t.replaces === o.replaces && (!t.replaces || (!laterCorrection(t, o) && !laterCorrection(o, t)));
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i] as (typeof tables)[number];
    if (!keys[i] || !t.regs.length) continue;
    const j = tables.findIndex((o, k) => k < i && o.file !== t.file && units[k] === units[i] && keys[k] === keys[i] && sameKind(t, o));
    if (j >= 0) for (const r of t.regs) r.copyOf = (tables[j] as (typeof tables)[number]).file;
  }
  // Each list the unit's later list replaces, by the latest of those that replace it: the one that counts.
  const indexed = new Map<ListRead, Exemplars>();
  const exemplars = (t: ListRead) => {
    let m = indexed.get(t);
    if (!m) indexed.set(t, (m = exemplarsOf(t)));
    return m;
  };
  const replaces = replacing(exemplars);
  const by = new Map<ListRead, ListRead>();
  const replace = (o: ListRead, t: ListRead) => {
    const known = by.get(o);
    if (!known || replaces(t, known) || (!replaces(known, t) && compareDates(t.date ?? NO_DATE, known.date ?? NO_DATE) > 0)) by.set(o, t);
  };
  tables.forEach((t, i) => {
    // A copy of a list replaces nothing itself: its first copy does.
    if (!units[i] || !several.has(units[i]) || t.regs.some((r) => r.copyOf)) return;
    for (const [k, o] of tables.entries()) if (o !== t && o.sheet !== t.sheet && units[k] === units[i] && replaces(t, o)) replace(o, t);
  });
  const replacedOf = new Map<ListRead, ListRead[]>();
  for (const [o, t] of by) replacedOf.set(t, [...(replacedOf.get(t) ?? []), o]);
  for (const [t, olds] of replacedOf) {
    markAddedAfterCeremony(t, olds, exemplars);
    // Changed who is registered: an exemplar added, or one of those it replaces (its phases and kinds) dropped. A birth
    // year or a detail corrected leaves the registration made when the first list was.
    const covered = (r: Registration) => t.regs.some((x) => x.phase === r.phase && (r.kind === undefined || x.kind === r.kind));
    const named = (list: ListRead, r: Registration) => exemplars(list).has(exemplarKey(r));
    if (t.regs.some((r) => !olds.some((o) => named(o, r))) || olds.some((o) => o.regs.some((r) => covered(r) && !named(t, r)))) changing.add(t.file);
  }
  for (const [o, t] of by) {
    const phases = new Set(t.regs.map((r) => r.phase));
    // A corrected list of persons replaces the persons sent before, not the unit's list of collectives beside them.
    const kinds = new Set(t.regs.map((r) => r.kind));
    // A list no mark calls a correction replaces by its date line alone: the notes say so.
    const dated = !t.replaces && t.date && o.date ? { own: o.date, by: t.date } : undefined;
    for (const r of o.regs) {
      if (!phases.has(r.phase) || (r.kind !== undefined && !kinds.has(r.kind))) continue;
      r.replacedBy = t.file;
      if (dated) r.replacedDates = dated;
    }
  }
  return changing;
}

/**
 * A correction made after the first ceremony (trial22b #2) is still the unit's list, but the persons it adds to the
 * lists it replaces were not registered for that ceremony: marked, for its list to leave them off and say so.
 */
function markAddedAfterCeremony(t: ListRead, olds: readonly ListRead[], exemplars: (t: ListRead) => Exemplars): void {
  if (!t.datedAfterFirstCeremony || !t.date) return;
  const replaced = olds.map((o) => o.file).join(', ');
  for (const r of t.regs) if (r.phase === 1 && !olds.some((o) => holds(exemplars(o), r))) r.addedAfterCeremony = { replaced, date: t.date };
}

const NO_DATE: Readonly<CalendarDate> = Object.freeze({ y: 0, m: 0, d: 0 });

/** A list's exemplars by kind and name, with the birth years each is given, to ask which rows another list shares. */
type Exemplars = Map<string, (number | undefined)[]>;
const exemplarKey = (r: Registration) => `${r.kind ?? ''}|${r.phase ?? ''}|${toneKey(r.name)}`;

function exemplarsOf(t: ListRead): Exemplars {
  const m: Exemplars = new Map();
  for (const r of t.regs) m.set(exemplarKey(r), [...(m.get(exemplarKey(r)) ?? []), r.birthYear]);
  return m;
}

/** One exemplar, as two lists of a unit write it: its kind, phase and name, and its birth year where both give one. */
function holds(list: Exemplars, r: Registration): boolean {
  return list.get(exemplarKey(r))?.some((y) => y === undefined || r.birthYear === undefined || y === r.birthYear) ?? false;
}

/**
 * Of two lists of one unit (in other sheets), whether `t` replaces `o`. Among corrections (one of the two says it is
 * one), the later by their date lines, made on the same side of the first ceremony, whatever the files are called;
 * untold by the dates, a correction replaces an unmarked list, and of two corrections the later by the rounds they
 * say. Two unmarked lists of different files: the later by their date lines when it is the earlier sent again
 * (`sentAgain`).
 */
function replacing(exemplars: (t: ListRead) => Exemplars): (t: ListRead, o: ListRead) => boolean {
  return (t, o) => {
    const byDate = datedOrder(t, o);
    // (A list's second copy is set aside as such already.)
    if (!t.replaces && !o.replaces) return byDate > 0 && t.file !== o.file && !t.proposes && !o.proposes && !o.regs.some((r) => r.copyOf) && sentAgain(o, t, exemplars);
    // Among versions the dates tell: two corrections, or a correction and another file of the unit's naming one of its
    // exemplars. An unmarked list that shares none is no version of it: the mark decides, as undated.
    const versions = (t.replaces && o.replaces) || (t.file !== o.file && t.regs.some((r) => holds(exemplars(o), r)));
    if (byDate !== 0 && versions) return byDate > 0;
    if (!t.replaces) return false;
    return !o.replaces || laterCorrection(t, o);
  };
}

/** How two lists' date lines order them, when both have one and both were made before the first ceremony or both after. */
function datedOrder(t: ListRead, o: ListRead): number {
  if (!t.date || !o.date || Boolean(t.datedAfterFirstCeremony) !== Boolean(o.datedAfterFirstCeremony)) return 0;
  return compareDates(t.date, o.date);
}

/**
 * The later list is the earlier sent again, changed (a row withdrawn, one added): of their rows of the phases and kinds
 * both hold, more than half of each list's are the other's. Complementary lists (collectives beside persons, a
 * phase-1 list beside an addition, lists sharing no row) share no phase and kind, or few rows.
 */
function sentAgain(earlier: ListRead, later: ListRead, exemplars: (t: ListRead) => Exemplars): boolean {
  const sorts = (t: ListRead) => new Set(t.regs.map((r) => `${r.kind ?? ''}|${r.phase ?? ''}`));
  const a = sorts(earlier);
  const b = sorts(later);
  const common = (r: Registration) => a.has(`${r.kind ?? ''}|${r.phase ?? ''}`) && b.has(`${r.kind ?? ''}|${r.phase ?? ''}`);
  const first = earlier.regs.filter(common);
  const again = later.regs.filter(common);
  if (!first.length || !again.length) return false;
  const shared = (rows: Registration[], other: ListRead) => rows.filter((r) => holds(exemplars(other), r)).length;
  return shared(first, later) * 2 > first.length && shared(again, earlier) * 2 > again.length;
}

/**
 * A unit's list sent again in 2024 or 2025 with its additions, rows undated («Danh sách đăng ký …», dated 2025): the
 * rows its registration list of phase 1, read beside it, already holds are that registration repeated, no addition
 * of phase 2 and no duplicate; they count and are listed once, from that list, as a copy's rows are.
 */
export function markRepeated(tables: readonly ListRead[]): void {
  if (!tables.some((t) => t.datedOnly?.length)) return;
  const key = (r: Registration) => `${r.unitId}|${toneKey(r.name)}`;
  const registered = new Map<string, { year: number | undefined; file: string; sheet: string }[]>();
  for (const t of tables)
    for (const r of t.regs)
      if (r.unitId && r.phase === 1 && !isSetAside(r)) registered.set(key(r), [...(registered.get(key(r)) ?? []), { year: r.birthYear, file: t.file, sheet: t.sheet }]);
  for (const t of tables)
    for (const r of t.datedOnly ?? []) {
      if (!r.unitId || isSetAside(r)) continue;
      const first = registered.get(key(r))?.find((e) => e.sheet !== t.sheet && (e.year === undefined || r.birthYear === undefined || e.year === r.birthYear));
      if (first) r.copyOf = first.file;
    }
}

/**
 * Of two corrections of one unit's list, `t` is the later when the rounds they say («lần 2», «lần 3») or else their
 * date lines tell: it replaces the other too. Untold, both stand, as two unmarked lists do.
 */
function laterCorrection(t: ListRead, o: ListRead): boolean {
  if (t.round !== undefined && o.round !== undefined && t.round !== o.round) return t.round > o.round;
  return t.date !== undefined && o.date !== undefined && compareDates(t.date, o.date) > 0;
}

/**
 * R4's evidence of when each unit made its list, where the units list gives no date: the date line of its phase-1
 * registration list (a phase-2 supplement or a later proposal list says nothing of it), the first made when a
 * correction came later; without one, its rows' registration dates, of which the list can be no earlier than the
 * latest. A unit that sent, after its first list, another whose rows count beside it (more exemplars, no copy nor
 * correction of it) registered them only then: the latest such list dates its registration, and the others are kept
 * beside it (`otherLists`) to be named, never dropped (trial19 #4). Read after the lists are weighed (markReplaced).
 */
export function listDates(
  lines: { line: DateLineEvidence; proposes: boolean }[],
  registrations: Registration[],
  later: Set<string>,
  changing: ReadonlySet<string> = new Set(),
): DateLineEvidence[] {
  const byUnit = new Map<string, DateLineEvidence>();
  const linesOf = new Map<string, DateLineEvidence[]>();
  for (const { line, proposes } of lines) {
    if (proposes && later.has(line.unitId)) continue;
    const mine = linesOf.get(line.unitId);
    if (mine) mine.push(line);
    else linesOf.set(line.unitId, [line]);
    const known = byUnit.get(line.unitId);
    if (!known || compareDates(line.date, known.date) < 0) byUnit.set(line.unitId, line);
  }
  let adding: ((line: DateLineEvidence) => boolean) | undefined;
  for (const [unit, first] of byUnit) {
    const mine = linesOf.get(unit) ?? [];
    if (mine.length < 2) continue;
    const adds = (adding ??= addingLists(registrations));
    const added = mine.filter((l) => l !== first && compareDates(l.date, first.date) > 0 && adds(l));
    if (!added.length) continue;
    const all = [first, ...added].sort((a, b) => compareDates(a.date, b.date));
    const last = all[all.length - 1] as DateLineEvidence;
    const otherLists = all.filter((l) => l !== last).map(otherList);
    byUnit.set(unit, { ...last, otherLists });
  }
  // The correction each unit's list counts by, where one changed its list (trial22b #2): the latest of its lines that
  // replaced a list and was not replaced itself. The same list sent again («(sửa)», unchanged) dates nothing anew.
  const corrected = changing.size ? correctedLists(registrations) : undefined;
  for (const [unit, first] of corrected ? byUnit : []) {
    const correction = correctionLine(linesOf.get(unit) ?? [], corrected?.get(unit), changing);
    if (correction && correction !== first) byUnit.set(unit, { ...(byUnit.get(unit) as DateLineEvidence), correction: otherList(correction) });
  }
  const byRows = new Map<string, DateLineEvidence>();
  for (const reg of registrations) {
    if (!reg.unitId || !reg.date || reg.phase !== 1 || reg.proposalList || byUnit.has(reg.unitId)) continue;
    const known = byRows.get(reg.unitId);
    if (!known || compareDates(reg.date, known.date) > 0)
      byRows.set(reg.unitId, { unitId: reg.unitId, date: reg.date, file: reg.source.file, sheet: reg.source.sheet, from: 'rows' });
  }
  return [...byUnit.values(), ...byRows.values()];
}

const otherList = (l: DateLineEvidence) => ({ date: l.date, file: l.file, sheet: l.sheet, ...(l.dayBlank ? { dayBlank: l.dayBlank } : {}) });

/** By unit, the files of its lists that replaced another of its lists, and of those replaced: one pass over the rows. */
function correctedLists(registrations: readonly Registration[]): Map<string, { replacing: Set<string>; replaced: Set<string> }> {
  const byUnit = new Map<string, { replacing: Set<string>; replaced: Set<string> }>();
  for (const r of registrations) {
    if (!r.unitId || !r.replacedBy) continue;
    const lists = byUnit.get(r.unitId) ?? { replacing: new Set<string>(), replaced: new Set<string>() };
    byUnit.set(r.unitId, lists);
    lists.replacing.add(r.replacedBy);
    lists.replaced.add(r.source.file);
  }
  return byUnit;
}

/** Of a unit's date lines, the latest of a list that replaced another of the unit's, changed, and was not replaced itself. */
function correctionLine(lines: readonly DateLineEvidence[], lists: { replacing: Set<string>; replaced: Set<string> } | undefined, changing: ReadonlySet<string>): DateLineEvidence | undefined {
  if (!lists) return undefined;
  let last: DateLineEvidence | undefined;
  for (const l of lines) if (lists.replacing.has(l.file) && changing.has(l.file) && !lists.replaced.has(l.file) && (!last || compareDates(l.date, last.date) > 0)) last = l;
  return last;
}

/**
 * Whether a unit's later list adds to its first: some of its phase-1 rows count (no copy of a list sent before, not
 * replaced by a later one), and it replaces no list of the unit's (a correction dates nothing anew: the first list
 * stands for when the unit registered).
 */
function addingLists(registrations: readonly Registration[]): (line: DateLineEvidence) => boolean {
  const replacing = new Set<string>();
  const counting = new Set<string>();
  const key = (unit: string, file: string, sheet: string) => `${unit}\u0000${file}\u0000${sheet}`;
  for (const r of registrations) {
    if (r.replacedBy) replacing.add(r.replacedBy);
    if (r.unitId && r.phase === 1 && !isSuperseded(r) && !r.proposalList) counting.add(key(r.unitId, r.source.file, r.source.sheet));
  }
  return (line) => !replacing.has(line.file) && counting.has(key(line.unitId, line.file, line.sheet));
}

/**
 * A date line's month, its day left blank: late whatever the day when its first day is, on time whatever the day
 * when its last day is; undefined when the deadline falls within it.
 */
export function monthBeyondDoubt(month: MonthOfLine, profile: Profile, which: 'list' | 'plan' = 'list'): { date: CalendarDate; dayBlank: true } | undefined {
  const deadline = deadlineOf(profile, which);
  const first = { y: month.y, m: month.m, d: 1 };
  const last = { y: month.y, m: month.m, d: new Date(Date.UTC(month.y, month.m, 0)).getUTCDate() };
  if (!isOnTime(profile, first, deadline)) return { date: first, dayBlank: true };
  if (isOnTime(profile, last, deadline)) return { date: last, dayBlank: true };
  return undefined;
}
