/**
 * The matcher end to end: registrations → keys once per record → blocks → scored candidate pairs → groups, each
 * with its members, confidence, score, evidence, cross-bloc flag and stable key.
 */
import type { DuplicateEvidence, RowRef } from '../findings/finding';
import type { Registration, UnitRecord } from '../records';
import type { SubjectKind } from '../subjects/subject-kind';
import { BlockingOptions, BlockingStats, forEachCandidate } from './blocking';
import { carriedDecisions } from './decided-rows';
import { groupKey } from './group-key';
import type { DecisionEntry } from '../records';
import { buildGroups, RawGroup, ScoredPair } from './groups';
import { MatchRecord, normalizeRegistrations, NormalizeOptions } from './normalize';
import { CERTAIN, Confidence, nameFrequencies, NOT_REPORTED, PairScorer } from './score';

export interface DuplicateMember {
  /** Position in the registrations given (read.registrations). */
  index: number;
  registration: Registration;
  source: RowRef;
  /** The proposing unit's name (from the units list, else as written), code and bloc. */
  unit?: string;
  unitCode?: string;
  bloc?: string;
}

export interface DuplicateGroup {
  /** Stable across re-checks and row moves: what a "không trùng" decision is stored under. */
  key: string;
  /**
   * "certain": one exemplar, merge (every link certain, or a user's "Trùng"); "probable": rows to look at together,
   * never merged.
   */
  confidence: Confidence;
  /** The user's decision that made it certain ("Trùng"), when one did. */
  decided?: 'duplicate';
  score: number;
  evidence: DuplicateEvidence[];
  /** The proposing units are in different blocs (Đảng / Chính quyền / Mặt trận – đoàn thể). */
  crossBloc: boolean;
  kind: SubjectKind;
  /** In input order; the first is where the finding points. */
  members: DuplicateMember[];
  /** Level reached by each field in the link that explains the group. */
  levels: Record<string, string>;
  /** The commune both rows place the exemplar in, as written ("xã Tân Lập"), when they agree on it. */
  place?: string;
  /** Each member's commune, when the rows disagree on it. */
  places: string[];
  /**
   * Probable although its rows are certain on their own: one of them is as certain with another row that differs
   * from these (another commune, village, year or name), or the merge would join such rows.
   */
  heldBack?: true;
  /**
   * Pairs of its rows the user decided «Không trùng» (registration positions): a cut inside a larger group, never
   * merged and never asked again (trial 22a #5).
   */
  apart?: [number, number][];
  /** Rows a «Trùng» on the group did not merge, being decided «Không trùng» with a row merged. */
  refused?: Registration[];
}

export interface MatchOptions extends BlockingOptions, NormalizeOptions {
  /**
   * Told of every candidate pair compared (positions in the registrations given, a < b), before it is scored: lets
   * the bench measure what blocking keeps. Unset, it costs one test per candidate.
   */
  onCandidate?: (a: number, b: number) => void;
  /**
   * The user's decisions (decisions.ts): "Không trùng" on a group leaves it out, on a link (a pair's key, as groups
   * of two had) cuts that link; "Trùng" on a group makes it certain, on a link makes that link certain.
   */
  decisions?: readonly DecisionEntry[];
}

export interface MatchResult {
  groups: DuplicateGroup[];
  stats: BlockingStats;
  /** Decisions that met no group nor link, even by their rows (decided-rows.ts): said, never dropped silently. */
  staleDecisions?: DecisionEntry[];
}

function assemble(raw: RawGroup, records: readonly MatchRecord[]): DuplicateGroup {
  const recs = raw.members.map((p) => records[p] as MatchRecord);
  const a = records[raw.explain.i] as MatchRecord;
  const b = records[raw.explain.j] as MatchRecord;
  const levels: Record<string, string> = {};
  for (const e of raw.explain.outcome.evidence) levels[e.field] = e.level;
  const blocs = new Set(recs.map((r) => r.bloc).filter((x): x is string => !!x));
  // Prefer a commune written in mixed case ("xã Tân Lập" rather than "XÃ TÂN LẬP") for the message.
  const placeShown = [a.place, b.place].find((p) => p && p.display !== p.display.toUpperCase()) ?? a.place ?? b.place;
  return {
    key: groupKey(recs),
    confidence: raw.confidence,
    score: raw.explain.outcome.score,
    evidence: raw.explain.outcome.evidence,
    crossBloc: blocs.size > 1,
    kind: a.kind,
    members: recs.map((r) => ({
      index: r.index,
      registration: r.reg,
      source: r.reg.source,
      unit: r.unitName,
      unitCode: r.unitCode,
      bloc: r.bloc,
    })),
    levels,
    place: levels.place === 'same' ? placeShown?.display : undefined,
    places: levels.place === 'different' ? [...new Set(recs.map((r) => r.place?.display).filter((x): x is string => !!x))] : [],
    ...(raw.confidence === 'probable' && raw.explain.outcome.confidence === 'certain' ? { heldBack: true as const } : {}),
  };
}

/** Pairs of positions, in the order added, two numbers each in one growing typed array. */
class PairBuffer {
  private data = new Int32Array(1 << 16);
  count = 0;

  add(i: number, j: number): void {
    if (2 * this.count + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[2 * this.count] = i;
    this.data[2 * this.count + 1] = j;
    this.count++;
  }

  first(k: number): number {
    return this.data[2 * k] as number;
  }

  second(k: number): number {
    return this.data[2 * k + 1] as number;
  }
}

/** Keys the user decided on, by decision, upper case. */
function decided(entries: readonly DecisionEntry[] | undefined) {
  const notDuplicate = new Set<string>();
  const duplicate = new Set<string>();
  for (const e of entries ?? []) (e.decision === 'duplicate' ? duplicate : notDuplicate).add(e.key.toUpperCase());
  // A later "Trùng" on the same key would contradict; "Không trùng" wins (a wrong merge is the worse mistake).
  for (const k of notDuplicate) duplicate.delete(k);
  return { notDuplicate, duplicate, any: notDuplicate.size + duplicate.size > 0 };
}

/** Finds every duplicate group among the registrations. `units` gives each proposing unit's name and bloc. */
export function matchRegistrations(
  registrations: readonly Registration[],
  units: readonly UnitRecord[],
  options: MatchOptions = {},
): MatchResult {
  // The words of this run's names live in normalizeRegistrations' word table and go with it.
  const records = normalizeRegistrations(registrations, units, options);
  // The candidate pairs first, in order: the facts scoring compares are then read only for the rows in one (a
  // province's list has many rows that share no key with any other).
  const pairs = new PairBuffer();
  const compared = new Uint8Array(records.length);
  const onCandidate = options.onCandidate;
  const stats = forEachCandidate(
    records,
    (i, j) => {
      if (onCandidate) onCandidate((records[i] as MatchRecord).index, (records[j] as MatchRecord).index);
      pairs.add(i, j);
      compared[i] = 1;
      compared[j] = 1;
    },
    options,
  );
  const scorer = new PairScorer(records, nameFrequencies(records), compared);
  const certain: ScoredPair[] = [];
  const probable: ScoredPair[] = [];
  for (let k = 0; k < pairs.count; k++) {
    const i = pairs.first(k);
    const j = pairs.second(k);
    const verdict = scorer.verdict(i, j);
    if (verdict === NOT_REPORTED) continue;
    (verdict === CERTAIN ? certain : probable).push({ i, j, outcome: scorer.outcome() });
  }
  const carried = options.decisions?.length ? carriedDecisions(options.decisions, records) : [];
  const decisions = decided([...(options.decisions ?? []), ...carried.map((c) => c.entry)]);
  // Keys a decision was applied under: what is left is said (trial 22a #4).
  const used = new Set<string>();
  const linkKey = (e: ScoredPair) => groupKey([records[e.i] as MatchRecord, records[e.j] as MatchRecord]);
  let sure = certain;
  let unsure = probable;
  // Links the user cut («Không trùng» on a pair), as record positions.
  const cuts: [number, number][] = [];
  const cutsIn = (members: readonly number[]) => cuts.filter(([i, j]) => members.includes(i) && members.includes(j));
  const refusedOf = new Map<RawGroup, number[]>();
  if (decisions.any) {
    sure = [];
    unsure = [];
    for (const e of [...certain, ...probable]) {
      const k = linkKey(e);
      if (decisions.notDuplicate.has(k) || decisions.duplicate.has(k)) used.add(k);
      if (decisions.notDuplicate.has(k)) {
        cuts.push([e.i, e.j]);
        continue;
      }
      (decisions.duplicate.has(k) || e.outcome.confidence === 'certain' ? sure : unsure).push(e);
    }
  }
  const raws: RawGroup[] = [];
  const decidedRaws = new Set<RawGroup>();
  // Never one merged exemplar: two rows a veto keeps apart, or giving two birth years (a year or a digit apart is
  // never certain; a row without a year linking each to one of them does not make it so).
  const twoYears = (i: number, j: number) => {
    const a = (records[i] as MatchRecord).birthYear;
    const b = (records[j] as MatchRecord).birthYear;
    return a !== undefined && b !== undefined && a !== b;
  };
  const firm = decisions.duplicate.size ? (e: ScoredPair) => decisions.duplicate.has(linkKey(e)) : undefined;
  const keptApart = (i: number, j: number) => twoYears(i, j) || scorer.keptApart(i, j);
  for (const raw of buildGroups(records.length, sure, unsure, keptApart, (i, j) => scorer.differ(i, j), firm)) {
    const key = groupKey(raw.members.map((p) => records[p] as MatchRecord));
    if (decisions.notDuplicate.has(key) || decisions.duplicate.has(key)) used.add(key);
    if (decisions.notDuplicate.has(key)) continue;
    if (decisions.duplicate.has(key) && cutsIn(raw.members).length) {
      // «Trùng» on a group holding a cut: the rest is merged, never the two rows decided apart; the group stays to
      // be looked at, and both say so.
      const kept: number[] = [];
      for (const m of raw.members) if (!cuts.some(([i, j]) => (i === m && kept.includes(j)) || (j === m && kept.includes(i)))) kept.push(m);
      if (kept.length > 1) {
        const merged: RawGroup = { members: kept, confidence: 'certain', explain: raw.explain };
        decidedRaws.add(merged);
        refusedOf.set(merged, raw.members.filter((m) => !kept.includes(m)));
        raws.push(merged);
      }
    } else if (decisions.duplicate.has(key)) {
      raw.confidence = 'certain';
      decidedRaws.add(raw);
    }
    raws.push(raw);
  }
  const groups: DuplicateGroup[] = [];
  for (const raw of decidedRaws.size ? mergeOverlapping(raws, decidedRaws) : raws) {
    const g = assemble(raw, records);
    if (decidedRaws.has(raw)) g.decided = 'duplicate';
    const at = (p: number) => (records[p] as MatchRecord).index;
    const apart = cutsIn(raw.members);
    if (apart.length) g.apart = apart.map(([i, j]) => [at(i), at(j)]);
    const refused = refusedOf.get(raw) ?? [...refusedOf].find(([r]) => r.members.every((m) => raw.members.includes(m)))?.[1];
    if (refused?.length && decidedRaws.has(raw)) g.refused = refused.map((p) => (records[p] as MatchRecord).reg);
    groups.push(g);
  }
  const stale = staleOf(options.decisions ?? [], carried, used);
  return { groups, stats, ...(stale.length ? { staleDecisions: stale } : {}) };
}

/** The decisions applied under no key, neither their own nor the one their rows have now. */
function staleOf(entries: readonly DecisionEntry[], carried: readonly { entry: DecisionEntry; from: DecisionEntry }[], used: Set<string>): DecisionEntry[] {
  const appliedFrom = new Set(carried.filter((c) => used.has(c.entry.key)).map((c) => c.from));
  return entries.filter((e) => !used.has(e.key.toUpperCase()) && !appliedFrom.has(e));
}

/**
 * A row is merged into one exemplar only: groups marked "Trùng" that share a row with another merged group (the
 * merged core a probable group holds, or two groups of one row) are merged with it into one, marked as decided.
 */
function mergeOverlapping(raws: readonly RawGroup[], decidedRaws: Set<RawGroup>): RawGroup[] {
  const merged: RawGroup[] = [];
  const out: RawGroup[] = [];
  for (const raw of raws) {
    if (raw.confidence !== 'certain') {
      out.push(raw);
      continue;
    }
    const overlapping = merged.filter((m) => m.members.some((x) => raw.members.includes(x)));
    if (!overlapping.length) {
      merged.push(raw);
      continue;
    }
    // The decided group's link explains the whole (it is what the user looked at).
    const explainer = [raw, ...overlapping].find((g) => decidedRaws.has(g)) ?? raw;
    const members = [...new Set([raw, ...overlapping].flatMap((g) => g.members))].sort((a, b) => a - b);
    const whole: RawGroup = { members, confidence: 'certain', explain: explainer.explain };
    if ([raw, ...overlapping].some((g) => decidedRaws.has(g))) decidedRaws.add(whole);
    for (const m of overlapping) merged.splice(merged.indexOf(m), 1);
    merged.push(whole);
  }
  return [...merged, ...out].sort((a, b) => (a.members[0] ?? 0) - (b.members[0] ?? 0) || (a.confidence === b.confidence ? 0 : a.confidence === 'certain' ? -1 : 1));
}
