/** R5: one exemplar proposed more than once (by one unit or several, above all across blocs), one finding per group. */
import type { CalendarDate } from '../dates';
import { finding, Finding, RowRef } from '../findings/finding';
import { msg } from '../findings/messages';
import type { DuplicateGroup } from '../duplicates/match';
import { messageParts } from '../duplicates/message-parts';
import type { Rule } from './rule';

function duplicateFinding(g: DuplicateGroup, listDate: (file: string, sheet: string) => CalendarDate | undefined): Finding {
  const first = g.members[0];
  if (!first) throw new Error('a duplicate group has members');
  const units = proposingUnits(g);
  const apart = apartRows(g);
  return finding(
    'DUPLICATE',
    {
      file: first.source.file,
      sheet: first.source.sheet,
      row: first.source.row,
      ...(first.source.block ? { block: first.source.block } : {}),
      unit: first.unit ?? first.registration.unitText,
      unitCode: first.unitCode,
      ...(units.length > 1 ? { units } : {}),
      rows: g.members.map((m) => ({ file: m.source.file, sheet: m.source.sheet, row: m.source.row, ...(m.source.block ? { block: m.source.block } : {}) })),
      confidence: g.confidence,
      score: g.score,
      crossBloc: g.crossBloc,
      evidence: g.evidence,
      groupKey: g.key,
      ...(apart.length ? { decidedApart: apart } : {}),
    },
    msg.duplicate(messageParts(g, listDate)),
  );
}

/** The pairs of the group's rows decided «Không trùng», as rows. */
function apartRows(g: DuplicateGroup): [RowRef, RowRef][] {
  const row = (p: number) => g.members.find((m) => m.index === p)?.source;
  const ref = (r: RowRef): RowRef => ({ file: r.file, sheet: r.sheet, row: r.row, ...(r.block ? { block: r.block } : {}) });
  return (g.apart ?? []).flatMap(([i, j]) => {
    const a = row(i);
    const b = row(j);
    return a && b ? [[ref(a), ref(b)] as [RowRef, RowRef]] : [];
  });
}

/** The units proposing the group's rows, in the order of their rows: the finding concerns each of them. */
function proposingUnits(g: DuplicateGroup): string[] {
  const units: string[] = [];
  for (const m of g.members) {
    const unit = m.unit ?? m.registration.unitText;
    if (unit && !units.includes(unit)) units.push(unit);
  }
  return units;
}

/**
 * One unit's registration and its later proposal of the same exemplar (the 2023 list and the 2025 proposal list read
 * together): the exemplar listed once in each list, not twice in one.
 */
function registeredThenProposed(g: DuplicateGroup): boolean {
  const unit = (m: DuplicateGroup['members'][number]) => m.registration.unitId ?? m.registration.unitText;
  const first = g.members[0];
  if (!first || g.members.some((m) => unit(m) !== unit(first))) return false;
  const sheets = g.members.map((m) => `${m.source.file}\u0000${m.source.sheet}`);
  if (new Set(sheets).size !== sheets.length) return false;
  // One list proposing what the other registered, replacing it, or the same list sent twice.
  const later = g.members.filter((m) => m.registration.proposalList).length;
  const replaced = g.members.filter((m) => m.registration.replacedBy || m.registration.copyOf).length;
  return (later > 0 && later < g.members.length) || (replaced > 0 && replaced < g.members.length);
}

/**
 * The group as its proposers stand: a row its unit withdrew («Rút tên», struck through, hidden, in reserve) proposes
 * no one, so its unit is no proposer and the row no member; with fewer than two rows left there is nothing to report.
 * The group keeps its key (a decision stays with it) and how its rows were found alike.
 */
function proposedOnly(g: DuplicateGroup): DuplicateGroup | undefined {
  if (!g.members.some((m) => m.registration.withdrawn || m.registration.hidden)) return g;
  const members = g.members.filter((m) => !m.registration.withdrawn && !m.registration.hidden);
  if (members.length < 2) return undefined;
  const blocs = new Set(members.map((m) => m.bloc).filter((b): b is string => !!b));
  return { ...g, members, crossBloc: blocs.size > 1 };
}

export const duplicatesRule: Rule = (analysis) => {
  // A list's date, where its rows give none: its date line (a unit's two lists are told apart by it).
  const lines = new Map((analysis.read.dateLines ?? []).map((d) => [`${d.file}\u0000${d.sheet}`, d.date] as const));
  const listDate = (file: string, sheet: string) => lines.get(`${file}\u0000${sheet}`);
  return analysis
    .duplicates()
    .groups.filter((g) => !registeredThenProposed(g))
    .map(proposedOnly)
    .filter((g): g is DuplicateGroup => g !== undefined)
    .map((g) => duplicateFinding(g, listDate));
};
