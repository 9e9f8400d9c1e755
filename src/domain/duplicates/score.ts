/**
 * Scoring candidate pairs: the table of their kind walked field by field (model.ts), then the points, the rules and
 * the decision. The name comes first in each table: most candidates share a blocking key but not a name, and are
 * settled there. The outcome object is built only when asked for: the matcher asks only for the pairs it reports.
 */
import { COLLECTIVES, PEOPLE } from './comparison-levels';
import { RecordFacts } from './facts';
import { compileModel, decide, differ, discountOf, evidenceOf, Model, NO_EVIDENCE, NO_VETOES, PairOutcome, rejects, scoreOf, vetoed, vetoesOf, walk } from './model';
import type { NameFrequencies } from './name-frequency';
import type { MatchRecord } from './normalize';

export type { Confidence, PairOutcome } from './model';
export { nameFrequencies } from './name-frequency';
export type { NameFrequencies } from './name-frequency';

const PEOPLE_MODEL = compileModel(PEOPLE);
const COLLECTIVES_MODEL = compileModel(COLLECTIVES);
const MAX_FIELDS = Math.max(PEOPLE_MODEL.fields.length, COLLECTIVES_MODEL.fields.length);

/** What scoring a pair came to, as the matcher needs it. */
export const NOT_REPORTED = 0;
const PROBABLE = 2;
export const CERTAIN = 3;
export type Verdict = typeof NOT_REPORTED | typeof PROBABLE | typeof CERTAIN;

const NOT_COMPARABLE: PairOutcome = { score: 0, evidence: NO_EVIDENCE, vetoes: NO_VETOES };

/**
 * Scores pairs of records, by position, one at a time. `verdict` settles a pair; `outcome` then gives it in full
 * (the levels are overwritten by the next pair).
 */
export class PairScorer {
  readonly facts: RecordFacts;
  private readonly levels = new Int8Array(MAX_FIELDS);
  private model: Model | undefined;
  private rejected = false;
  private score = 0;
  private discount = 0;
  private i = 0;
  private j = 0;

  /** `compared`: the records that will be scored (all when not given; `RecordFacts`). */
  constructor(records: readonly MatchRecord[], freq: NameFrequencies, compared?: Uint8Array) {
    this.facts = new RecordFacts(records, freq, compared);
  }

  /** Records of different kinds (a person and a collective) are never the same exemplar. */
  private modelOf(i: number, j: number): Model | undefined {
    const kind = this.facts.collective;
    if (kind[i] !== kind[j] || (kind[i] === 1 && ((this.facts.numbers[i] as number) < 0 || (this.facts.numbers[j] as number) < 0))) return undefined;
    return kind[i] === 0 ? PEOPLE_MODEL : COLLECTIVES_MODEL;
  }

  verdict(i: number, j: number): Verdict {
    this.i = i;
    this.j = j;
    const model = (this.model = this.modelOf(i, j));
    if (!model) return NOT_REPORTED;
    const L = this.levels;
    this.rejected = walk(model, this.facts, i, j, L);
    if (this.rejected) return NOT_REPORTED;
    this.discount = discountOf(model, L, this.facts, i, j);
    this.score = scoreOf(model, L, this.discount);
    if (vetoed(model, L)) return NOT_REPORTED;
    const confidence = decide(model, L, this.score);
    return confidence === 'certain' ? CERTAIN : confidence === 'probable' ? PROBABLE : NOT_REPORTED;
  }

  /** The outcome of the pair `verdict` last settled: a rejected pair with its score 0 and the vetoes it meets. */
  outcome(): PairOutcome {
    const model = this.model;
    if (!model) return NOT_COMPARABLE;
    const L = this.levels;
    if (this.rejected) {
      // Stopped by a rejecting name (score 0) or by a veto (its score still shown).
      walk(model, this.facts, this.i, this.j, L, 0, true);
      const score = rejects(model, L) ? 0 : scoreOf(model, L, discountOf(model, L, this.facts, this.i, this.j));
      return { score, evidence: NO_EVIDENCE, vetoes: vetoesOf(model, L) };
    }
    const vetoes = vetoesOf(model, L);
    const confidence = vetoes.length ? undefined : decide(model, L, this.score);
    return { score: this.score, evidence: confidence ? evidenceOf(model, L, this.discount) : NO_EVIDENCE, vetoes, confidence };
  }

  /**
   * Two records that can never be one exemplar: different names, or a veto. Asked of rows that links would put in
   * one merged group ("certain"), which is refused then.
   */
  keptApart(i: number, j: number): boolean {
    const model = this.modelOf(i, j);
    if (!model) return true;
    const L = this.levels;
    const rejected = walk(model, this.facts, i, j, L, 0, true);
    return rejected || vetoed(model, L);
  }

  /**
   * Two records that give a fact of the exemplar differently (two communes, villages, given names, birth days): one
   * on their own link at most, never merged because a third row giving less is certain with each (trial 17 #1).
   */
  differ(i: number, j: number): boolean {
    const model = this.modelOf(i, j);
    if (!model) return true;
    const L = this.levels;
    walk(model, this.facts, i, j, L, 0, true);
    return differ(model, L, this.facts, i, j);
  }
}

/** Scores one pair. Records of different kinds (a person and a collective) are never the same exemplar. */
export function scorePair(a: MatchRecord, b: MatchRecord, freq: NameFrequencies): PairOutcome {
  const scorer = new PairScorer([a, b], freq);
  scorer.verdict(0, 1);
  return scorer.outcome();
}
