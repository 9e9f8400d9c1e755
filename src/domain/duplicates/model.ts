/**
 * A table of comparison-levels.ts made ready to walk: each field's level tests, points and flags in arrays by
 * position, the pair rules pointing at field and level numbers. A pair's levels are a few small integers in a
 * reused array; the outcome object (score, evidence, rules) is built only for the pairs reported.
 */
import type { DuplicateEvidence } from '../findings/finding';
import { Commonness, LevelTest, MatchModelTable, PairRule, THRESHOLDS } from './comparison-levels';
import type { RecordFacts } from './facts';

export type Confidence = 'certain' | 'probable';

export interface PairOutcome {
  score: number;
  evidence: DuplicateEvidence[];
  /** The vetoes that keep the pair apart, by id (the caps are not listed: they only lower the confidence). */
  vetoes: PairRule['id'][];
  /** Undefined: not a duplicate (names differ, a veto, or too low a score). */
  confidence?: Confidence;
}

/** A level not looked at (the fields after a rejected name): worth nothing, triggers nothing. */
const NOT_COMPARED = -1;

interface CompiledRule {
  id: PairRule['id'];
  veto: boolean;
  effect: PairRule['effect'];
  unlessPair: LevelTest | undefined;
  when: { field: number; level: number }[];
  unless: { field: number; level: number }[];
}

export interface Model {
  table: MatchModelTable;
  fields: readonly string[];
  /** Each field's level names, in the table's order: a level is its position here. */
  levels: readonly (readonly string[])[];
  tests: readonly (readonly (LevelTest | undefined)[])[];
  points: readonly (readonly number[])[];
  capped: readonly (readonly boolean[])[];
  rejects: readonly (readonly boolean[])[];
  /** The level rejects the pair, or triggers a veto without exceptions: the walk can stop there. */
  ends: readonly (readonly boolean[])[];
  silent: readonly (readonly boolean[])[];
  frequency: readonly (readonly (Commonness | undefined)[])[];
  rules: readonly CompiledRule[];
}

export function compileModel(table: MatchModelTable): Model {
  const fields = table.comparisons.map((c) => c.field);
  const levels = table.comparisons.map((c) => c.levels.map((l) => l.level));
  const at = (a: { field: string; level: string }) => {
    const field = fields.indexOf(a.field);
    const level = levels[field]?.indexOf(a.level) ?? -1;
    if (field < 0 || level < 0) throw new Error(`comparison-levels: no level «${a.field}.${a.level}» for ${table.kind}`);
    return { field, level };
  };
  for (const c of table.comparisons) {
    if (new Set(c.levels.map((l) => l.level)).size !== c.levels.length) throw new Error(`comparison-levels: «${c.field}» names a level twice`);
    if (c.levels[c.levels.length - 1]?.when) throw new Error(`comparison-levels: the last level of «${c.field}» has a test`);
  }
  const map = <T>(pick: (l: MatchModelTable['comparisons'][number]['levels'][number]) => T) =>
    table.comparisons.map((c) => c.levels.map(pick));
  const rules = table.rules.map((r) => ({ id: r.id, veto: r.effect === 'veto', effect: r.effect, unlessPair: r.unlessPair, when: (r.when ?? []).map(at), unless: (r.unless ?? []).map(at) }));
  const unconditional = rules.filter((r) => r.veto && !r.unless.length).flatMap((r) => r.when);
  return {
    table,
    fields,
    levels,
    tests: map((l) => l.when),
    points: map((l) => l.points),
    capped: map((l) => l.cap !== undefined),
    rejects: map((l) => l.reject === true),
    ends: table.comparisons.map((c, field) =>
      c.levels.map((l, level) => l.reject === true || unconditional.some((u) => u.field === field && u.level === level)),
    ),
    silent: map((l) => l.silent === true),
    frequency: map((l) => l.frequency),
    rules,
  };
}

/** The level a field reaches: the first whose test holds. */
export function levelOf(model: Model, field: number, f: RecordFacts, i: number, j: number): number {
  const tests = model.tests[field] as readonly (LevelTest | undefined)[];
  for (let k = 0; k < tests.length; k++) {
    const test = tests[k];
    if (!test || test(f, i, j)) return k;
  }
  return tests.length - 1;
}

/**
 * Walks the table from field `from` on, writing each field's level into `levels`. Stops at a level that rejects the
 * pair or vetoes it whatever else holds (the fields after it are `NOT_COMPARED`) unless `whole`, and returns
 * whether it stopped so: the pair is then not reported.
 */
export function walk(model: Model, f: RecordFacts, i: number, j: number, levels: Int8Array, from = 0, whole = false): boolean {
  let rejected = false;
  for (let field = from; field < model.fields.length; field++) {
    if (rejected && !whole) {
      levels[field] = NOT_COMPARED;
      continue;
    }
    const l = levelOf(model, field, f, i, j);
    levels[field] = l;
    if (model.ends[field]?.[l]) rejected = true;
  }
  return rejected;
}

/** Some field is at one of the levels. */
function atAny(list: readonly { field: number; level: number }[], levels: Int8Array): boolean {
  for (let k = 0; k < list.length; k++) {
    const a = list[k] as { field: number; level: number };
    if (levels[a.field] === a.level) return true;
  }
  return false;
}

/** Some level rejects the pair (a different name). */
export function rejects(model: Model, levels: Int8Array): boolean {
  for (let i = 0; i < model.fields.length; i++) {
    const l = levels[i] as number;
    if (l !== NOT_COMPARED && model.rejects[i]?.[l]) return true;
  }
  return false;
}

function applies(rule: CompiledRule, levels: Int8Array): boolean {
  if (rule.when.length && !atAny(rule.when, levels)) return false;
  return !atAny(rule.unless, levels);
}

/** The vetoes the levels trigger, by id. */
export function vetoesOf(model: Model, levels: Int8Array): PairRule['id'][] {
  let out: PairRule['id'][] | undefined;
  for (const r of model.rules) if (r.veto && applies(r, levels)) (out ??= []).push(r.id);
  return out ?? NO_VETOES;
}

export function vetoed(model: Model, levels: Int8Array): boolean {
  const rules = model.rules;
  for (let k = 0; k < rules.length; k++) {
    const r = rules[k] as CompiledRule;
    if (r.veto && applies(r, levels)) return true;
  }
  return false;
}

/** Some rule says the two rows give a fact differently: never merged through a third row (comparison-levels.ts). */
export function differ(model: Model, levels: Int8Array, f: RecordFacts, i: number, j: number): boolean {
  const rules = model.rules;
  for (let k = 0; k < rules.length; k++) {
    const r = rules[k] as CompiledRule;
    if (r.effect === 'apart' && applies(r, levels) && !r.unlessPair?.(f, i, j)) return true;
  }
  return false;
}

/** Some level or rule says the pair can be "probable" at most. */
function capped(model: Model, levels: Int8Array): boolean {
  for (let i = 0; i < model.fields.length; i++) {
    const l = levels[i] as number;
    if (l !== NOT_COMPARED && model.capped[i]?.[l]) return true;
  }
  const rules = model.rules;
  for (let k = 0; k < rules.length; k++) {
    const r = rules[k] as CompiledRule;
    if (r.effect === 'cap' && applies(r, levels)) return true;
  }
  return false;
}

/**
 * Points off for a common name: only when an agreeing name level asks for it. A pair of one birth year that
 * namesakes of other years alone would take out of the report (it is probable counting only those of about its
 * year) loses no more than keeps it "probable": they may make it less sure, not hide it (trial 14 #8).
 */
export function discountOf(model: Model, levels: Int8Array, f: RecordFacts, i: number, j: number): number {
  for (let k = 0; k < model.fields.length; k++) {
    const l = levels[k] as number;
    const by = l === NOT_COMPARED ? undefined : model.frequency[k]?.[l];
    if (!by) continue;
    const off = model.table.commonness(f, i, j, by);
    if (!off) return off;
    const points = scoreOf(model, levels, 0);
    if (points - off >= THRESHOLDS.probable) return off;
    const ofOneYear = model.table.commonnessOfOneYear?.(f, i, j, by);
    if (ofOneYear === undefined || ofOneYear >= off) return off;
    return Math.min(off, Math.max(ofOneYear, points - THRESHOLDS.probable));
  }
  return 0;
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

export const NO_EVIDENCE: DuplicateEvidence[] = [];
export const NO_VETOES: PairRule['id'][] = [];

/** One entry per field (silent levels left out), the name-frequency discount after the field that asked for it. */
export function evidenceOf(model: Model, levels: Int8Array, discount: number): DuplicateEvidence[] {
  const evidence: DuplicateEvidence[] = [];
  for (let i = 0; i < model.fields.length; i++) {
    const l = levels[i] as number;
    if (l === NOT_COMPARED || model.silent[i]?.[l]) continue;
    evidence.push({ field: model.fields[i] as string, level: model.levels[i]?.[l] as string, points: model.points[i]?.[l] as number });
    if (discount && model.frequency[i]?.[l]) evidence.push({ field: 'nameFrequency', level: 'common', points: -discount });
  }
  return evidence;
}
