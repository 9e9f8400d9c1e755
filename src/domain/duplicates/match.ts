/**
 * The matcher end to end: registrations → keys once per record → blocks → scored candidate pairs → groups, each
 * with its members, confidence, score, evidence, cross-bloc flag and stable key.
 */
import type { DuplicateEvidence, RowRef } from '../findings/finding';
import type { Registration, UnitRecord } from '../records';
import type { SubjectKind } from '../subjects/subject-kind';
import { BlockingOptions, BlockingStats, forEachCandidate } from './blocking';
import { groupKey } from './group-key';
import { buildGroups, RawGroup, ScoredPair } from './groups';
import { MatchRecord, normalizeRegistrations, NormalizeOptions } from './normalize';
import { CERTAIN, Confidence, nameFrequencies, NOT_REPORTED, PairScorer, VETOED } from './score';

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
  /** "certain": one exemplar, merge; "probable": two rows to look at, never merged. */
  confidence: Confidence;
  score: number;
  evidence: DuplicateEvidence[];
  /** The proposing units are in different blocs (Đảng / Chính quyền / Mặt trận – đoàn thể). */
  crossBloc: boolean;
  kind: SubjectKind;
  /** In input order; the first is where the finding points. */
  members: DuplicateMember[];
  /** Level reached by each field in the pair that explains the group. */
  levels: Record<string, string>;
  /** The commune both rows place the exemplar in, as written ("xã Tân Lập"), when they agree on it. */
  place?: string;
  /** Each member's commune, when the rows disagree on it. */
  places: string[];
}

export interface MatchOptions extends BlockingOptions, NormalizeOptions {
  /**
   * Told of every candidate pair compared (positions in the registrations given, a < b), before it is scored: lets
   * the bench measure what blocking keeps. Unset, it costs one test per candidate.
   */
  onCandidate?: (a: number, b: number) => void;
}

export interface MatchResult {
  groups: DuplicateGroup[];
  stats: BlockingStats;
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
  };
}

/** Finds every duplicate group among the registrations. `units` gives each proposing unit's name and bloc. */
export function matchRegistrations(
  registrations: readonly Registration[],
  units: readonly UnitRecord[],
  options: MatchOptions = {},
): MatchResult {
  const records = normalizeRegistrations(registrations, units, options);
  const scorer = new PairScorer(records, nameFrequencies(records));
  const certain: ScoredPair[] = [];
  const probable: ScoredPair[] = [];
  // Vetoed pairs, kept flat (i, j, i, j…) in a typed array, outside the heap the collector copies: most candidates
  // are vetoed, and only those between records that also have certain pairs ever matter (groups.ts).
  let vetoedPairs = new Int32Array(1024);
  let vetoedEnd = 0;
  const onCandidate = options.onCandidate;
  const stats = forEachCandidate(
    records,
    (i, j) => {
      if (onCandidate) onCandidate((records[i] as MatchRecord).index, (records[j] as MatchRecord).index);
      const verdict = scorer.verdict(i, j);
      if (verdict === NOT_REPORTED) return;
      if (verdict === VETOED) {
        if (vetoedEnd === vetoedPairs.length) {
          const more = new Int32Array(vetoedPairs.length * 2);
          more.set(vetoedPairs);
          vetoedPairs = more;
        }
        vetoedPairs[vetoedEnd++] = i;
        vetoedPairs[vetoedEnd++] = j;
      } else (verdict === CERTAIN ? certain : probable).push({ i, j, outcome: scorer.outcome() });
    },
    options,
  );
  const inCertain = new Uint8Array(records.length);
  for (const e of certain) inCertain[e.i] = inCertain[e.j] = 1;
  const vetoed = new Map<number, number[]>();
  const link = (x: number, y: number) => {
    const list = vetoed.get(x);
    if (list) list.push(y);
    else vetoed.set(x, [y]);
  };
  for (let k = 0; k < vetoedEnd; k += 2) {
    const i = vetoedPairs[k] as number;
    const j = vetoedPairs[k + 1] as number;
    if (!inCertain[i] || !inCertain[j]) continue;
    link(i, j);
    link(j, i);
  }
  const groups = buildGroups(records.length, certain, probable, vetoed).map((g) => assemble(g, records));
  return { groups, stats };
}
