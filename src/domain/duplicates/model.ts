/**
 * The tables of comparison-levels.ts made fast to evaluate: each kind's fields in a fixed order, each field's
 * levels numbered in the table's order, their points and caps in arrays, vetoes pointing at field and level
 * numbers. A pair's levels are then a few small integers in a reused array: scoring the hundreds of thousands of
 * candidate pairs of a province allocates nothing but the outcomes of the pairs reported.
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
  level: number;
  unless: { field: number; level: number }[];
}

type Table = Record<string, Record<string, LevelDef>>;

/** A level not looked at (the name of a pair vetoed before it): worth nothing, triggers nothing. */
export const NOT_COMPARED = -1;

export interface Model<T extends Table = Table> {
  fields: readonly string[];
  /** Each field's level names, in the table's order: a level is its position here. */
  levels: readonly (readonly string[])[];
  points: readonly (readonly number[])[];
  capped: readonly (readonly boolean[])[];
  rejects: readonly (readonly boolean[])[];
  /** Left out of the evidence: they are worth nothing either way ("unknown", "none"). */
  silent: readonly (readonly boolean[])[];
  /** Level numbers by field and name, for the code that computes levels: `model.at.birthYear.equal`. */
  at: { [F in keyof T]: { [L in keyof T[F]]: number } };
  /** The same, for a level computed by name ("exact"). */
  levelOf: readonly ReadonlyMap<string, number>[];
  vetoes: CompiledVeto[];
  /** The same vetoes as flat arrays (checked for every candidate pair): veto k is `vetoField[k]` at `vetoLevel[k]`,
   * unless one of `unlessField/unlessLevel[unlessStart[k] … unlessStart[k + 1])`. */
  vetoField: Int8Array;
  vetoLevel: Int8Array;
  unlessStart: Int8Array;
  unlessField: Int8Array;
  unlessLevel: Int8Array;
}

export function compileModel<T extends Table>(kind: Veto['kind'], table: T): Model<T> {
  const fields = Object.keys(table);
  const levels = fields.map((f) => Object.keys(table[f] ?? {}));
  const fieldAt = (f: string) => {
    const i = fields.indexOf(f);
    if (i < 0) throw new Error(`comparison-levels: no field «${f}» for ${kind}`);
    return i;
  };
  const levelAt = (field: number, level: string) => {
    const i = levels[field]?.indexOf(level) ?? -1;
    if (i < 0) throw new Error(`comparison-levels: no level «${level}» of «${fields[field]}» for ${kind}`);
    return i;
  };
  const defs = fields.map((f, i) => (levels[i] ?? []).map((l) => table[f]?.[l] as LevelDef));
  const at = Object.fromEntries(fields.map((f, i) => [f, Object.fromEntries((levels[i] ?? []).map((l, k) => [l, k]))]));
  const vetoes = VETOES.filter((v) => v.kind === kind).map((v) => {
    const field = fieldAt(v.field);
    return {
      id: v.id,
      field,
      level: levelAt(field, v.level),
      unless: (v.unless ?? []).map((u) => {
        const f = fieldAt(u.field);
        return { field: f, level: levelAt(f, u.level) };
      }),
    };
  });
  const unless = vetoes.flatMap((v) => v.unless);
  const unlessStart = [0];
  for (const v of vetoes) unlessStart.push((unlessStart[unlessStart.length - 1] as number) + v.unless.length);
  return {
    fields,
    levels,
    points: defs.map((list) => list.map((d) => d.points)),
    capped: defs.map((list) => list.map((d) => d.cap !== undefined)),
    rejects: defs.map((list) => list.map((d) => d.reject === true)),
    silent: levels.map((list) => list.map((l) => l === 'unknown' || l === 'none')),
    at: at as Model<T>['at'],
    levelOf: levels.map((list) => new Map(list.map((l, k) => [l, k]))),
    vetoes,
    vetoField: Int8Array.from(vetoes, (v) => v.field),
    vetoLevel: Int8Array.from(vetoes, (v) => v.level),
    unlessStart: Int8Array.from(unlessStart),
    unlessField: Int8Array.from(unless, (u) => u.field),
    unlessLevel: Int8Array.from(unless, (u) => u.level),
  };
}

export const NO_EVIDENCE: DuplicateEvidence[] = [];
export const NO_VETOES: Veto['id'][] = [];

/** Some field is at the level of one of the model's vetoes (its exceptions not looked at yet). */
export function atVetoLevel(model: Model, levels: Int8Array): boolean {
  const { vetoField, vetoLevel } = model;
  for (let k = 0; k < vetoField.length; k++) if (levels[vetoField[k] as number] === vetoLevel[k]) return true;
  return false;
}

/** Veto k is triggered: its field at its veto level, and none of its exceptions. */
function triggers(model: Model, k: number, levels: Int8Array): boolean {
  if (levels[model.vetoField[k] as number] !== model.vetoLevel[k]) return false;
  const { unlessStart, unlessField, unlessLevel } = model;
  for (let u = unlessStart[k] as number; u < (unlessStart[k + 1] as number); u++)
    if (levels[unlessField[u] as number] === unlessLevel[u]) return false;
  return true;
}

export function vetoed(model: Model, levels: Int8Array): boolean {
  for (let k = 0; k < model.vetoField.length; k++) if (triggers(model, k, levels)) return true;
  return false;
}

/** The vetoes the levels trigger, by id. */
export function vetoesOf(model: Model, levels: Int8Array): Veto['id'][] {
  let out: Veto['id'][] | undefined;
  for (let k = 0; k < model.vetoes.length; k++) if (triggers(model, k, levels)) (out ??= []).push((model.vetoes[k] as CompiledVeto).id);
  return out ?? NO_VETOES;
}

/** The sum of the levels' points, less the name-frequency discount. */
export function scoreOf(model: Model, levels: Int8Array, discount: number): number {
  let score = -discount;
  for (let i = 0; i < model.fields.length; i++) {
    const l = levels[i] as number;
    if (l !== NOT_COMPARED) score += model.points[i]?.[l] ?? 0;
  }
  return score;
}

/** The decision on a pair that no veto rules out: "certain", "probable" or undefined (not reported). */
export function decide(model: Model, levels: Int8Array, score: number): Confidence | undefined {
  if (score >= THRESHOLDS.certain && !capped(model, levels)) return 'certain';
  return score >= THRESHOLDS.probable ? 'probable' : undefined;
}

/** A level reached can never make the pair "certain". */
function capped(model: Model, levels: Int8Array): boolean {
  for (let i = 0; i < model.fields.length; i++) {
    const l = levels[i] as number;
    if (l !== NOT_COMPARED && model.capped[i]?.[l]) return true;
  }
  return false;
}

/**
 * One entry per field ("unknown" and "none" levels left out as they are worth nothing), the name-frequency
 * discount after the name. Built only for pairs that are reported: most candidates are not.
 */
export function evidenceOf(model: Model, levels: Int8Array, discount: number): DuplicateEvidence[] {
  const evidence: DuplicateEvidence[] = [];
  for (let i = 0; i < model.fields.length; i++) {
    const l = levels[i] as number;
    if (l === NOT_COMPARED || model.silent[i]?.[l]) continue;
    const field = model.fields[i] as string;
    evidence.push({ field, level: model.levels[i]?.[l] as string, points: model.points[i]?.[l] as number });
    if (field === 'name' && discount) evidence.push({ field: 'nameFrequency', level: 'common', points: -discount });
  }
  return evidence;
}

/** The full outcome of a judged pair (every level known), as reported. */
export function judge(model: Model, levels: Int8Array, discount: number): PairOutcome {
  const score = scoreOf(model, levels, discount);
  const vetoes = vetoesOf(model, levels);
  const confidence = vetoes.length ? undefined : decide(model, levels, score);
  return { score, evidence: confidence ? evidenceOf(model, levels, discount) : NO_EVIDENCE, vetoes, confidence };
}
