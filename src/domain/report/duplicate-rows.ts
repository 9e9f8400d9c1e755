/**
 * The rows of each duplicate group as a person compares them side by side: what the row says (name as written,
 * birth year, gender, position, workplace, commune) and whose it is (unit, bloc). Only members of DUPLICATE
 * findings are described, so that a province-sized check does not ship every row to the page.
 */
import { Finding, rowKey } from '../findings/finding';
import type { ReadResult } from '../records';
import type { UnitRecord } from '../records';

export interface RowFacts {
  file: string;
  sheet: string;
  row: number;
  unit?: string;
  bloc?: string;
  name: string;
  birthYear?: number;
  gender?: 'male' | 'female';
  position?: string;
  workplace?: string;
  commune?: string;
}

const COMMUNE = /\b((?:xã|thị trấn|phường)\s+[\p{Lu}\d][\p{L}\d]*(?:\s+[\p{Lu}\d][\p{L}\d]*)*)/iu;

/** The first "xã …" / "thị trấn …" / "phường …" named in the texts, as written. */
export function communeOf(...texts: (string | undefined)[]): string | undefined {
  for (const t of texts) {
    const m = t ? COMMUNE.exec(t) : null;
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** rowKey → facts of every row a DUPLICATE finding names. */
export function duplicateRowFacts(read: ReadResult, findings: readonly Finding[]): Record<string, RowFacts> {
  const wanted = new Set<string>();
  for (const f of findings) if (f.code === 'DUPLICATE') for (const r of f.rows ?? []) wanted.add(rowKey(r));
  const out: Record<string, RowFacts> = {};
  if (!wanted.size) return out;
  const units = new Map<string, UnitRecord>();
  for (const u of read.units) if (!units.has(u.id)) units.set(u.id, u);
  for (const r of read.registrations) {
    const key = rowKey(r.source);
    if (!wanted.has(key)) continue;
    const unit = r.unitId ? units.get(r.unitId) : undefined;
    const facts: RowFacts = { ...r.source, name: r.honorific ? `${r.honorific} ${r.name}` : r.name };
    const unitName = unit?.name ?? r.unitText;
    if (unitName) facts.unit = unitName;
    if (unit?.bloc) facts.bloc = unit.bloc;
    if (r.birthYear !== undefined) facts.birthYear = r.birthYear;
    if (r.gender) facts.gender = r.gender;
    if (r.position) facts.position = r.position;
    if (r.workplace) facts.workplace = r.workplace;
    const commune = communeOf(r.workplace, r.position, unit?.name ?? r.unitText);
    if (commune) facts.commune = commune;
    out[key] = facts;
  }
  return out;
}
