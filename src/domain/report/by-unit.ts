/**
 * The check's result unit by unit, as staff work through it: each unit of the list with where its rows came from,
 * whether its list arrived on time, its quota and its findings (worst first); the collection state (who has sent,
 * who has not, days to the deadline); and repeated unit-level findings folded into one line per code.
 */
import { CalendarDate, dayNumber, isoDate } from '../dates';
import { FINDING_CODES, Finding, FindingCode, rowKey } from '../findings/finding';
import { deadlineOf } from '../profile';
import { proposingUnitIds, QuotaRow, ReadResult, Registration } from '../records';
import { listDateOf, Timeliness, timelinessOf } from '../rules/list-timeliness';
import type { Report } from './report';

export interface UnitOverview {
  id: string;
  name: string;
  code?: string;
  type?: string;
  bloc?: string;
  /** Files holding the unit's registration rows, in read order. */
  files: string[];
  /** Registration rows read for the unit (any phase, errors included). */
  rows: number;
  /** The unit's list date (ISO): the units list's, else the date line of the unit's own file. */
  listDate?: string;
  /** Where `listDate` comes from. */
  listDateFrom?: 'units-list' | 'date-line' | 'row-dates';
  /**
   * on-time / late: judged on the list date; missing: nothing sent and the deadline has passed; pending: nothing
   * sent yet, the deadline still ahead; unknown: rows arrived but no date says when.
   */
  timeliness: Timeliness;
  quota?: Pick<QuotaRow, 'required' | 'registered' | 'shortfall' | 'status'>;
  errors: number;
  warnings: number;
  /** Indexes into the report's findings that concern this unit (a duplicate concerns every unit it names). */
  findings: number[];
}

export interface CollectionState {
  /** Units that sent something: rows, or a list date. */
  sent: number;
  notSent: number;
  /** The list deadline (ISO) and the days from the as-of date to it (negative once passed). */
  deadline: string;
  daysLeft: number;
}

export interface UnitsView {
  units: UnitOverview[];
  collection: CollectionState;
  /** Findings that concern no unit of the list (unreadable files, skipped sheets, rows of unknown units). */
  unassigned: number[];
}

const rank: Record<Timeliness, number> = { missing: 0, late: 1, unknown: 2, pending: 3, 'on-time': 4 };

/** Worst first: more errors, then more warnings, then the state of the list, then by name. */
export function compareUnits(a: UnitOverview, b: UnitOverview): number {
  return b.errors - a.errors || b.warnings - a.warnings || rank[a.timeliness] - rank[b.timeliness] || a.name.localeCompare(b.name, 'vi');
}


/** Which units each finding concerns: by its rows, its own row (a registration or a unit row), else its unit name. */
function unitsOfFindings(read: ReadResult, findings: readonly Finding[]): string[][] {
  const byRow = new Map<string, string>();
  for (const u of read.units) byRow.set(rowKey(u.source), u.id);
  for (const r of read.registrations) if (r.unitId) byRow.set(rowKey(r.source), r.unitId);
  const byCode = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const u of read.units) {
    if (u.code && !byCode.has(u.code)) byCode.set(u.code, u.id);
    if (!byName.has(u.name)) byName.set(u.name, u.id);
  }
  return findings.map((f) => {
    const ids = new Set<string>();
    if (f.rows?.length) for (const r of f.rows) {
      const id = byRow.get(rowKey(r));
      if (id) ids.add(id);
    }
    else if (f.sheet && f.row) {
      const id = byRow.get(rowKey(f));
      if (id) ids.add(id);
    }
    if (!ids.size) {
      const id = (f.unitCode && byCode.get(f.unitCode)) || (f.unit && byName.get(f.unit));
      if (id) ids.add(id);
    }
    return [...ids];
  });
}

export function unitsView(read: ReadResult, report: Report, asOf: CalendarDate): UnitsView {
  const rowsOf = new Map<string, Registration[]>();
  for (const r of read.registrations) {
    for (const id of proposingUnitIds(r)) {
      const list = rowsOf.get(id);
      if (list) list.push(r);
      else rowsOf.set(id, [r]);
    }
  }
  const quotaOf = new Map<string, QuotaRow>();
  for (const q of report.quota) quotaOf.set(`${q.unitCode ?? ''}\u0000${q.unit}`, q);

  const dateLineOf = new Map((read.dateLines ?? []).map((d) => [d.unitId, d]));
  const overviews = new Map<string, UnitOverview>();
  for (const u of read.units) {
    if (overviews.has(u.id)) continue;
    const rows = rowsOf.get(u.id) ?? [];
    const q = quotaOf.get(`${u.code ?? ''}\u0000${u.name}`);
    // Where the units list has no list date, the date line of the unit's own file says when its list was made.
    const { listDate, byLine } = listDateOf(u, dateLineOf);
    const o: UnitOverview = {
      id: u.id,
      name: u.name,
      files: [...new Set(rows.map((r) => r.source.file))],
      rows: rows.length,
      timeliness: timelinessOf(u, listDate, rows.length, read.profile, asOf, !u.listDate && byLine?.dayBlank === true),
      errors: 0,
      warnings: 0,
      findings: [],
    };
    if (u.code) o.code = u.code;
    if (u.type) o.type = u.type;
    if (u.bloc) o.bloc = u.bloc;
    // A date line without its day says whether the list was late, not the day it came.
    if (listDate && !(byLine?.dayBlank && !u.listDate)) {
      o.listDate = isoDate(listDate);
      o.listDateFrom = u.listDate ? 'units-list' : byLine?.from === 'rows' ? 'row-dates' : 'date-line';
    }
    if (q) o.quota = { required: q.required, registered: q.registered, shortfall: q.shortfall, status: q.status };
    overviews.set(u.id, o);
  }

  const unassigned: number[] = [];
  unitsOfFindings(read, report.findings).forEach((ids, i) => {
    const f = report.findings[i] as Finding;
    const owners = ids.flatMap((id) => overviews.get(id) ?? []);
    if (!owners.length) unassigned.push(i);
    for (const o of owners) {
      o.findings.push(i);
      if (f.severity === 'error') o.errors++;
      else if (f.severity === 'warning') o.warnings++;
    }
  });

  const units = [...overviews.values()].sort(compareUnits);
  const deadline = deadlineOf(read.profile, 'list');
  const sent = units.filter((u) => u.rows > 0 || u.listDate !== undefined).length;
  return {
    units,
    collection: { sent, notSent: units.length - sent, deadline: isoDate(deadline), daysLeft: dayNumber(deadline) - dayNumber(asOf) },
    unassigned,
  };
}

/** A line of the findings list: one finding, or one unit-level code repeated for several units. */
export type FindingLine =
  | { kind: 'one'; index: number }
  | { kind: 'units'; code: FindingCode; label: string; units: string[]; indexes: number[] };

/**
 * Findings as lines, in the given order: a unit-level code met for two units or more becomes one line listing the
 * units, where the first of them stood; everything else stays one line per finding.
 */
export function findingLines(findings: readonly Finding[], indexes: readonly number[] = findings.map((_, i) => i)): FindingLine[] {
  const perCode = new Map<FindingCode, number[]>();
  for (const i of indexes) {
    const f = findings[i];
    if (!f || FINDING_CODES[f.code].level !== 'unit') continue;
    const list = perCode.get(f.code);
    if (list) list.push(i);
    else perCode.set(f.code, [i]);
  }
  const lines: FindingLine[] = [];
  const folded = new Set<FindingCode>();
  for (const i of indexes) {
    const f = findings[i];
    if (!f) continue;
    const same = perCode.get(f.code);
    if (!same || same.length < 2) {
      lines.push({ kind: 'one', index: i });
      continue;
    }
    if (folded.has(f.code)) continue;
    folded.add(f.code);
    const units = same.map((j) => findings[j]?.unit ?? findings[j]?.file ?? '');
    lines.push({ kind: 'units', code: f.code, label: FINDING_CODES[f.code].label, units, indexes: same });
  }
  return lines;
}
