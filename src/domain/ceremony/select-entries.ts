/**
 * Which exemplars the ceremony honours (R8: phase 1 in 2023; R9–R11: phases 1 and 2, and only those proposed,
 * in 2025), one entry per exemplar: "certain" duplicates merged naming every proposing unit, "probable" ones kept
 * apart with a note. Rows with a row-level error are left off, each with its reason.
 */
import { FINDING_CODES, Finding, RowRef, rowKey } from '../findings/finding';
import { msg } from '../findings/messages';
import type { Ceremony } from '../profile';
import type { ReadResult } from '../reading/read-workbooks';
import type { Registration, UnitRecord } from '../records';
import type { SubjectKind } from '../subjects/subject-kind';
import { ceremonyText } from './ceremony-texts';

export interface MatchGroup {
  confidence: 'certain' | 'probable';
  members: RowRef[];
}

/** The ceremony's "Chức vụ, đơn vị công tác": the position and the workplace, read from one column or two. */
function positionOf(r: Registration): string | undefined {
  if (!r.workplace || r.position?.includes(r.workplace)) return r.position;
  return r.position ? `${r.position}, ${r.workplace}` : r.workplace;
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

export interface Selection {
  collectives: CeremonyEntry[];
  individuals: CeremonyEntry[];
  excluded: ExcludedRow[];
}


function rowErrors(findings: Finding[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of findings) {
    // Unit-level findings point at the units list, not at an exemplar's row.
    if (f.severity !== 'error' || f.row === undefined || !f.sheet || FINDING_CODES[f.code].level === 'unit') continue;
    const k = rowKey({ file: f.file, sheet: f.sheet, row: f.row });
    out.set(k, [...(out.get(k) ?? []), f.message]);
  }
  return out;
}

/** Proposal columns select the list only for the final ceremony (R10), which honours phase 2 too. */
function proposalSelects(ceremony: Ceremony): boolean {
  return ceremony.phases.includes(2);
}

export function selectEntries(read: ReadResult, findings: Finding[], groups: MatchGroup[], ceremony: Ceremony): Selection {
  const withProposal = new Set(read.tables.filter((t) => t.fields.includes('proposal')).map((t) => `${t.file}\u0000${t.sheet}`));
  const proposalColumnIn = (r: Registration) => withProposal.has(`${r.source.file}\u0000${r.source.sheet}`);
  const units = new Map(read.units.map((u, i) => [u.id, { unit: u, order: i }]));
  const blocOrder = (u: UnitRecord | undefined) => {
    const i = u?.bloc ? read.profile.blocs.indexOf(u.bloc) : -1;
    return i < 0 ? read.profile.blocs.length : i;
  };
  const unitName = (r: Registration) => (r.unitId ? units.get(r.unitId)?.unit.name : undefined) ?? r.unitText ?? '';
  const errors = rowErrors(findings);
  const excluded: ExcludedRow[] = [];
  const eligible: Registration[] = [];

  for (const r of read.registrations) {
    const reasons = errors.get(rowKey(r.source));
    const leaveOff = (reason: string) => excluded.push({ row: r.source, unit: unitName(r), name: r.name, reason });
    if (reasons?.length || r.readError) leaveOff(reasons?.join(' ') ?? 'Dòng có lỗi khi đọc.');
    else if (r.phase === undefined) leaveOff(msg.phaseUnreadableReason);
    else if (!ceremony.phases.includes(r.phase)) leaveOff(ceremonyText.reasonPhase(ceremony));
    else if (proposalSelects(ceremony) && proposalColumnIn(r) && !r.proposal) leaveOff(ceremonyText.reasonNotProposed);
    else eligible.push(r);
  }

  // Certain groups collapse onto their first eligible member; probable pairs only leave a note.
  const byRef = new Map(eligible.map((r) => [rowKey(r.source), r]));
  const leader = new Map<string, Registration>();
  const notes = new Map<string, string[]>();
  for (const g of groups) {
    const present = g.members.map((m) => byRef.get(rowKey(m))).filter((r): r is Registration => r !== undefined);
    if (present.length < 2) continue;
    if (g.confidence === 'certain') {
      const first = present[0] as Registration;
      for (const m of present.slice(1)) leader.set(rowKey(m.source), first);
    } else {
      for (const m of present) {
        const others = present.filter((o) => o !== m).map((o) => `«${o.name}» (${unitName(o)}, ${o.source.file}, trang ${o.source.sheet}, dòng ${o.source.row})`);
        notes.set(rowKey(m.source), [...(notes.get(rowKey(m.source)) ?? []), ceremonyText.probableNote(others.join('; '))]);
      }
    }
  }

  const entries = new Map<Registration, CeremonyEntry>();
  for (const r of eligible) {
    const lead = leader.get(rowKey(r.source));
    if (lead) {
      const e = entries.get(lead);
      if (e) {
        const u = unitName(r);
        if (u && !e.units.includes(u)) e.units.push(u);
        e.rows.push(r.source);
        e.birthYear ??= r.birthYear;
        e.position ??= positionOf(r);
        e.achievements ??= r.achievements;
        e.award ??= r.proposal;
      }
      continue;
    }
    const entry: CeremonyEntry = { kind: r.kind ?? 'individual', name: r.name, units: unitName(r) ? [unitName(r)] : [], rows: [r.source] };
    if (r.kind === 'individual' && r.birthYear) entry.birthYear = r.birthYear;
    const position = positionOf(r);
    if (position) entry.position = position;
    if (r.achievements) entry.achievements = r.achievements;
    if (r.proposal) entry.award = r.proposal;
    const note = [r.note, ...(notes.get(rowKey(r.source)) ?? [])].filter(Boolean).join(' ');
    if (note) entry.note = note;
    entries.set(r, entry);
  }

  const order = (r: Registration) => {
    const u = r.unitId ? units.get(r.unitId) : undefined;
    return [blocOrder(u?.unit), u ? u.order : Number.MAX_SAFE_INTEGER] as const;
  };
  const sorted = [...entries.entries()].sort(([a], [b]) => {
    const [ba, ua] = order(a);
    const [bb, ub] = order(b);
    return ba - bb || ua - ub || a.source.file.localeCompare(b.source.file) || a.source.row - b.source.row;
  });
  const list = sorted.map(([, e]) => e);
  return {
    collectives: list.filter((e) => e.kind === 'collective'),
    individuals: list.filter((e) => e.kind === 'individual'),
    excluded,
  };
}
