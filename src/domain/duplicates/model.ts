/**
 * The tables of comparison-levels.ts made fast to evaluate: each kind's fields in a fixed order, each field's
 * levels in a map, vetoes pointing at field positions. A pair's levels are then an array of level names.
 */
import type { DuplicateEvidence } from '../findings/finding';
import { LevelDef, THRESHOLDS, Veto, VETOES } from './comparison-levels';

export type Confidence = 'certain' | 'probable';

export interface PairOutcome {
  score: number;
  evidence: DuplicateEvidence[];
  vetoes: Veto['id'][];
  /** Undefined: not a duplicate (names differ, a veto, or too low a score). */
  confidence?: Confidence;
}

interface CompiledVeto {
  id: Veto['id'];
  field: number;
  level: string;
  unless: { field: number; level: string }[];
}

export interface Model {
  fields: readonly string[];
  defs: ReadonlyMap<string, LevelDef>[];
  vetoes: CompiledVeto[];
}

export function compileModel(kind: Veto['kind'], table: Record<string, Record<string, LevelDef>>): Model {
  const fields = Object.keys(table);
  const at = (f: string) => {
    const i = fields.indexOf(f);
    if (i < 0) throw new Error(`comparison-levels: no field «${f}» for ${kind}`);
    return i;
  };
  return {
    fields,
    defs: fields.map((f) => new Map(Object.entries(table[f] ?? {}))),
    vetoes: VETOES.filter((v) => v.kind === kind).map((v) => ({
      id: v.id,
      field: at(v.field),
      level: v.level,
      unless: (v.unless ?? []).map((u) => ({ field: at(u.field), level: u.level })),
    })),
  };
}

export const NO_EVIDENCE: DuplicateEvidence[] = [];
export const NO_VETOES: Veto['id'][] = [];

/** The vetoes the levels trigger (a field at its veto level, and none of the veto's exceptions). */
export function vetoesOf(model: Model, levels: readonly string[]): Veto['id'][] {
  let out: Veto['id'][] | undefined;
  for (const v of model.vetoes) {
    if (levels[v.field] !== v.level) continue;
    if (v.unless.some((u) => levels[u.field] === u.level)) continue;
    (out ??= []).push(v.id);
  }
  return out ?? NO_VETOES;
}

/**
 * Sums the points of the levels reached, less the name-frequency discount, and decides. The evidence list (one
 * entry per field, "unknown" levels left out as they are worth nothing) is built only for pairs that are reported:
 * most candidates are not, and the matcher sees several per row.
 */
export function judge(model: Model, levels: readonly string[], discount: number): PairOutcome {
  let score = -discount;
  let capped = false;
  for (let i = 0; i < levels.length; i++) {
    const def = model.defs[i]?.get(levels[i] as string);
    if (!def) continue;
    score += def.points;
    if (def.cap) capped = true;
  }
  const vetoes = vetoesOf(model, levels);
  let confidence: Confidence | undefined;
  if (!vetoes.length) {
    if (score >= THRESHOLDS.certain && !capped) confidence = 'certain';
    else if (score >= THRESHOLDS.probable) confidence = 'probable';
  }
  return { score, evidence: confidence ? evidenceOf(model, levels, discount) : NO_EVIDENCE, vetoes, confidence };
}

export function evidenceOf(model: Model, levels: readonly string[], discount: number): DuplicateEvidence[] {
  const evidence: DuplicateEvidence[] = [];
  levels.forEach((level, i) => {
    const field = model.fields[i] as string;
    const def = model.defs[i]?.get(level);
    if (!def || level === 'unknown' || level === 'none') return;
    evidence.push({ field, level, points: def.points });
    if (field === 'name' && discount) evidence.push({ field: 'nameFrequency', level: 'common', points: -discount });
  });
  return evidence;
}
