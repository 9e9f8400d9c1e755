/**
 * QUOTA_SHORT (R2, R3): each unit selects at least its quota of exemplars ("ít nhất 01"; đảng bộ xã, thị trấn
 * "ít nhất 02"). Counted: the unit's distinct, valid, phase-1 exemplars. A row with a row-level error does not
 * count; the same exemplar listed twice by one unit counts once (as the duplicate matcher finds it: R5's groups);
 * an exemplar co-proposed by several units counts for each of them (R5 reports the duplicate).
 */
import type { DuplicateGroup } from '../duplicates/match';
import { finding, Finding } from '../findings/finding';
import { isWordFile } from '../grid';
import { msg, QuotaFacts } from '../findings/messages';
import { isSetAside, QuotaRow, ReadResult, Registration, UnitCount, UnitQuota, UnitRecord } from '../records';
import { listDateOf, timelinessOf } from './list-timeliness';
import type { CalendarDate } from '../dates';
import type { Profile } from '../profile';
import { unreadLists } from '../units/unread-lists';
import { unitPlace } from './places';
import type { Analysis, Rule } from './rule';

/**
 * The rows the duplicate matcher finds to be one exemplar written twice within one unit's rows: a row is not
 * counted when it is the same exemplar as a row already counted — a member of a certain group with it, or of a
 * probable group with that very row. The spelling may differ ("Nguyễn V. Hùng" / "Nguyễn Văn Hùng", 1970 / 1971)
 * where a name key would not see it. A "probable" pair counts once too, so that a typo cannot complete a quota
 * silently; but never through a chain (trial 18b #3: six namesakes born 1970…1975, each a year from the next, are
 * not one exemplar). The user's "Không trùng" on the group (a decision the matcher applies) counts both again.
 */
function matchedAgain(rows: readonly Registration[], groupOf: ReadonlyMap<Registration, DuplicateGroup[]>): { certain: Set<Registration>; probable: Set<Registration> } {
  const certain = new Set<Registration>();
  const probable = new Set<Registration>();
  // Groups holding a row already counted.
  const counted = new Set<DuplicateGroup>();
  for (const r of rows) {
    // A row may be in a merged group and in probable groups beside it (a near row): the merge counts first.
    const gs = groupOf.get(r) ?? [];
    if (gs.some((g) => g.confidence === 'certain' && counted.has(g))) certain.add(r);
    else if (gs.some((g) => counted.has(g))) probable.add(r);
    else for (const g of gs) counted.add(g);
  }
  return { certain, probable };
}

function countFor(unit: UnitRecord, ctx: Analysis, groupOf: ReadonlyMap<Registration, DuplicateGroup[]>): UnitCount {
  const own = ctx.registrationsOf(unit);
  // A row its unit set aside (withdrawn, replaced, a copy, its later proposal list) is no exemplar of its list.
  const phase1 = own.filter((r) => r.phase === 1 && !isSetAside(r));
  const valid = phase1.filter((r) => !ctx.hasRowError(r));
  const again = matchedAgain(valid, groupOf);
  const once = again.certain.size || again.probable.size ? valid.filter((r) => !again.certain.has(r) && !again.probable.has(r)) : valid;
  // Rows of one name are the matcher's to tell apart (it compares every two of them): a name and a year alike are
  // no proof of one exemplar (two hamlet heads «Nguyễn Văn Hùng» born 1970 are two).
  const registered = once.length;
  return {
    registered,
    rowErrors: phase1.length - valid.length,
    repeated: valid.length - registered - again.probable.size,
    maybeRepeated: again.probable.size,
    phase2: own.filter((r) => r.phase === 2).length,
    phaseUnreadable: own.filter((r) => r.phase === undefined).length,
    // Of the rows of its current list only: a replaced list's or a copy's rows are no rows it took out.
    withdrawn: own.filter((r) => r.phase === 1 && (r.withdrawn || r.hidden) && !r.replacedBy && !r.copyOf && !r.proposalList).length,
    proposalList: own.filter((r) => r.phase === 1 && r.proposalList).length,
  };
}

/**
 * Units in list order. A unit whose type neither the list nor its name gives has no quota in the guideline's
 * terms: it keeps its row, with its count and quota "?" (required null), never dropped silently; UNKNOWN_UNIT_TYPE
 * says what to set.
 */
export function countQuotas(ctx: Analysis): UnitQuota[] {
  const groupOf = new Map<Registration, DuplicateGroup[]>();
  for (const g of ctx.duplicates().groups) for (const m of g.members) groupOf.set(m.registration, [...(groupOf.get(m.registration) ?? []), g]);
  return ctx.read.units.map((unit) => {
    const count = countFor(unit, ctx, groupOf);
    const shortfall = unit.quota === undefined ? null : Math.max(0, unit.quota - count.registered);
    const row: QuotaRow = {
      unit: unit.name,
      ...(unit.code ? { unitCode: unit.code } : {}),
      ...(unit.otherCodes?.length ? { otherCodes: unit.otherCodes } : {}),
      ...(unit.type ? { type: unit.type } : {}),
      ...(unit.bloc ? { bloc: unit.bloc } : {}),
      required: unit.quota ?? null,
      registered: count.registered,
      shortfall,
      status: shortfall === null ? 'unknownType' : shortfall > 0 ? 'short' : 'ok',
    };
    return { unit, row, count };
  });
}

/** The quota table of the report (and of DIENHINH.CHECKQUOTA()), one row per unit in units-list order. */
export function computeQuota(ctx: Analysis): QuotaRow[] {
  return ctx.quotas().map((q) => q.row);
}

/** QUOTA_SHORT of a unit: its count, against the guideline's quota or the units list's own number. */
function shortFinding(unit: UnitRecord, facts: QuotaFacts, profile: Profile): Finding {
  // The guideline's quota for the unit's type (the profile's), beside the units list's own number.
  const guideline = unit.type ? profile.unitTypes.find((t) => t.name === unit.type)?.quota : undefined;
  return finding('QUOTA_SHORT', unitPlace(unit), unit.listQuota === undefined ? msg.quotaShort(facts) : msg.quotaShortByList(facts, unit.listQuota, guideline));
}

/**
 * By unit, the lists naming it that were counted for another unit (UNIT_CONFLICT: a copied template's title, a sheet's
 * or file's name), each with where it is, its rows and the unit they count for. One pass over the rows.
 */
function countedElsewhere(ctx: Analysis): Map<string, NonNullable<QuotaFacts['countedElsewhere']>> {
  const lists = new Map<string, Map<string, { where: string; rows: number; unit: string }>>();
  for (const r of ctx.read.registrations) {
    const named = r.disputedUnitId;
    if (named === undefined || r.unitId === named) continue;
    const { file, sheet } = r.source;
    const key = `${file}\u0000${sheet}`;
    const ofUnit = lists.get(named) ?? new Map<string, { where: string; rows: number; unit: string }>();
    lists.set(named, ofUnit);
    const counted = (r.unitId === undefined ? undefined : ctx.unitOf(r.unitId))?.name ?? r.unitText ?? '';
    const list = ofUnit.get(key) ?? { where: isWordFile(file) ? file : `${file}, trang «${sheet}»`, rows: 0, unit: counted };
    list.rows++;
    ofUnit.set(key, list);
  }
  return new Map([...lists].map(([id, ofUnit]) => [id, [...ofUnit.values()]]));
}

/** What the unit sent that gave nothing to count: lists without a row, files that could not be read. */
function received(unit: UnitRecord, ctx: Analysis, elsewhereOf: ReadonlyMap<string, NonNullable<QuotaFacts['countedElsewhere']>>): Pick<QuotaFacts, 'emptyLists' | 'unreadableFiles' | 'countedElsewhere'> {
  const emptyLists = (ctx.read.emptyLists ?? []).filter((e) => e.unitId === unit.id).map((e) => (isWordFile(e.file) ? e.file : `${e.file}, trang «${e.sheet}»`));
  const unreadableFiles = ctx.read.unreadableUnits?.includes(unit.id)
    ? ctx.read.findings.filter((f) => f.code === 'FILE_UNREADABLE' && f.unit === unit.name).map((f) => f.file)
    : [];
  const elsewhere = elsewhereOf.get(unit.id) ?? [];
  return { ...(emptyLists.length ? { emptyLists } : {}), ...(unreadableFiles.length ? { unreadableFiles } : {}), ...(elsewhere.length ? { countedElsewhere: elsewhere } : {}) };
}

/**
 * Before the deadline, a unit from which nothing came (no list date, no row: «Chưa gửi» in the per-unit view) is not
 * short of its quota yet, only due to send (trial22b #8): no QUOTA_SHORT; its phiếu still asks for the list by the
 * deadline (quotaDueFinding). What it did send that gave nothing to count (an empty list, an unreadable file, a list
 * counted for another unit) is still said.
 */
export function nothingSentYet(unit: UnitRecord, read: ReadResult, asOf: CalendarDate, rows: number): boolean {
  const line = read.dateLines?.find((d) => d.unitId === unit.id);
  const { listDate, byLine } = listDateOf(unit, new Map(line ? [[unit.id, line]] : []));
  return timelinessOf(unit, listDate, rows, read.profile, asOf, !unit.listDate && byLine?.dayBlank === true) === 'pending';
}

/** The QUOTA_SHORT held back from a unit that has sent nothing yet (nothingSentYet), for its phiếu: nothing counted. */
export function quotaDueFinding(unit: UnitRecord, row: Pick<QuotaRow, 'type' | 'required'>, profile: Profile): Finding {
  const none: UnitCount = { registered: 0, rowErrors: 0, repeated: 0, maybeRepeated: 0, phase2: 0, phaseUnreadable: 0, withdrawn: 0, proposalList: 0 };
  return shortFinding(unit, { unit: unit.name, type: row.type ?? '', required: row.required ?? 0, ...none }, profile);
}

export const quota: Rule = (ctx) => {
  // A unit whose list the units list records as sent, with no row of it read: its file is likely not among the inputs.
  const unread = new Map(unreadLists(ctx.read).map((u) => [u.unit.id, u.record]));
  const elsewhereOf = countedElsewhere(ctx);
  return ctx
    .quotas()
    .flatMap(({ unit, row, count }) => {
      if (row.status !== 'short') return [];
      const listUnread = unread.get(unit.id);
      const sent = received(unit, ctx, elsewhereOf);
      if (!listUnread && !Object.keys(sent).length && nothingSentYet(unit, ctx.read, ctx.asOf, ctx.registrationsOf(unit).length)) return [];
      const facts = { unit: unit.name, type: row.type ?? '', required: row.required ?? 0, ...count, ...sent, ...(listUnread ? { listUnread } : {}) };
      return [shortFinding(unit, facts, ctx.read.profile)];
    });
};
