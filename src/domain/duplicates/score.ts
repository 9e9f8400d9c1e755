/**
 * Scoring one candidate pair: each field's level, then the model's points, vetoes and decision (model.ts).
 *
 * Levels are small integers written into an array the scorer reuses, and the outcome object (score, evidence,
 * vetoes) is built only when asked for: the matcher asks only for the pairs it reports, a few in a hundred.
 */
import { COLLECTIVE_LEVELS, frequencyPoints, INDIVIDUAL_LEVELS, NAME_FREQUENCY } from './comparison-levels';
import { NONE, RecordFacts } from './facts';
import {
  atVetoLevel,
  compileModel,
  decide,
  evidenceOf,
  Model,
  NO_EVIDENCE,
  NO_VETOES,
  NOT_COMPARED,
  PairOutcome,
  scoreOf,
  vetoed,
  vetoesOf,
} from './model';
import { collectiveNameLevel, personNameLevel } from './name-levels';
import type { NameFrequencies } from './name-frequency';
import type { MatchRecord } from './normalize';

export type { Confidence, PairOutcome } from './model';
export { nameFrequencies } from './name-frequency';
export type { NameFrequencies } from './name-frequency';

const PEOPLE = compileModel('individual', INDIVIDUAL_LEVELS);
const COLLECTIVES = compileModel('collective', COLLECTIVE_LEVELS);

// Field positions, in the tables' order (checked below).
const NAME = 0;
const BIRTH_YEAR = 1;
const GENDER = 2;
const PLACE = 3;
const WORKPLACE = 4;
const KIND = 5;
const C_NAME = 0;
const C_PLACE = 1;
const C_NUMBER = 2;
const C_ORGANISATION = 3;
const C_KIND = 4;
const PEOPLE_ORDER = ['name', 'birthYear', 'gender', 'place', 'workplace', 'kind'];
const COLLECTIVE_ORDER = ['name', 'place', 'number', 'organisation', 'kind'];
if (PEOPLE.fields.join() !== PEOPLE_ORDER.join() || COLLECTIVES.fields.join() !== COLLECTIVE_ORDER.join())
  throw new Error('comparison-levels: fields are not in the order score.ts writes them');

const YEAR = PEOPLE.at.birthYear;
const GENDER_AT = PEOPLE.at.gender;
const PLACE_AT = PEOPLE.at.place;
const JOB = PEOPLE.at.workplace;
const KIND_AT = PEOPLE.at.kind;
const C_PLACE_AT = COLLECTIVES.at.place;
const NUMBER = COLLECTIVES.at.number;
const ORGANISATION = COLLECTIVES.at.organisation;
const C_KIND_AT = COLLECTIVES.at.kind;

/** What scoring a pair came to, as the matcher needs it. */
export const NOT_REPORTED = 0;
/** Not reported, and a veto keeps the two rows apart (groups.ts refuses merges across it). */
export const VETOED = 1;
export const PROBABLE = 2;
export const CERTAIN = 3;
export type Verdict = typeof NOT_REPORTED | typeof VETOED | typeof PROBABLE | typeof CERTAIN;

const NOT_COMPARABLE: PairOutcome = { score: 0, evidence: NO_EVIDENCE, vetoes: NO_VETOES };

// How a pair was settled: what its outcome object looks like.
const SETTLED_NOT_COMPARABLE = 0;
/** A veto seen before the names were compared: score 0, the vetoes. */
const SETTLED_BY_VETO = 1;
/** A collective's name rejected: score 0, the vetoes the other fields trigger. */
const SETTLED_BY_NAME = 2;
const SETTLED_BY_JUDGE = 3;
/** Collectives a veto keeps apart, their names not compared yet: `outcome` compares them and settles the pair. */
const SETTLED_BY_COLLECTIVE_VETO = 4;

/**
 * Scores pairs of records, by position, one at a time. `verdict` settles a pair; `outcome` then gives it as
 * `scorePair` does, the object built only on demand (the levels are overwritten by the next pair).
 */
export class PairScorer {
  private readonly facts: RecordFacts;
  private readonly levels = new Int8Array(6);
  private model: Model = PEOPLE;
  private settled = SETTLED_NOT_COMPARABLE;
  private score = 0;
  private discount = 0;
  // The pair last settled (for SETTLED_BY_COLLECTIVE_VETO).
  private i = 0;
  private j = 0;

  constructor(
    private readonly records: readonly MatchRecord[],
    freq: NameFrequencies,
  ) {
    this.facts = new RecordFacts(records, freq);
  }

  /** Records of different kinds (a person and a collective) are never the same exemplar. */
  verdict(i: number, j: number): Verdict {
    const kind = this.facts.collective;
    if (kind[i] !== kind[j]) return this.notComparable();
    return kind[i] === 0 ? this.people(i, j) : this.collectives(i, j);
  }

  /** The outcome of the pair `verdict` last settled. */
  outcome(): PairOutcome {
    if (this.settled === SETTLED_BY_COLLECTIVE_VETO) this.collectiveNames(this.i, this.j);
    const { model, levels } = this;
    switch (this.settled) {
      case SETTLED_NOT_COMPARABLE:
        return NOT_COMPARABLE;
      case SETTLED_BY_VETO:
      case SETTLED_BY_NAME:
        return { score: 0, evidence: NO_EVIDENCE, vetoes: vetoesOf(model, levels) };
    }
    const vetoes = vetoesOf(model, levels);
    const confidence = vetoes.length ? undefined : decide(model, levels, this.score);
    return {
      score: this.score,
      evidence: confidence ? evidenceOf(model, levels, this.discount) : NO_EVIDENCE,
      vetoes,
      confidence,
    };
  }

  private notComparable(): Verdict {
    this.settled = SETTLED_NOT_COMPARABLE;
    return NOT_REPORTED;
  }

  private judge(model: Model, discount: number): Verdict {
    this.model = model;
    this.settled = SETTLED_BY_JUDGE;
    this.discount = discount;
    this.score = scoreOf(model, this.levels, discount);
    if (vetoed(model, this.levels)) return VETOED;
    const confidence = decide(model, this.levels, this.score);
    return confidence === 'certain' ? CERTAIN : confidence === 'probable' ? PROBABLE : NOT_REPORTED;
  }

  /**
   * Position and workplace words (sorted, distinct) compared as sets. A commune they name is left out of them (it
   * is `place`), so in two different communes the same words are two posts ("Chủ tịch Hội Nông dân" of xã A and of
   * xã B): alike, never "same", and so no evidence that lifts a veto.
   */
  private jobLevel(i: number, j: number, placeLevel: number): number {
    const f = this.facts;
    if ((f.jobStart[i] as number) < 0 || (f.jobStart[j] as number) < 0) return JOB.unknown;
    const la = f.jobLength[i] as number;
    const lb = f.jobLength[j] as number;
    const common = f.commonJobWords(i, j);
    if (common === la && common === lb) return placeLevel === PLACE_AT.different ? JOB.similar : la >= 3 ? JOB.same : JOB.sameGeneric;
    return common / (la + lb - common) >= 0.5 ? JOB.similar : JOB.different;
  }

  /** Place, workplace and kind: dearer than birth year and gender, looked at once those allow. */
  private peopleRest(i: number, j: number): void {
    const L = this.levels;
    const { place, statedKind } = this.facts;
    L[PLACE] = !place.has(i) || !place.has(j) ? PLACE_AT.unknown : place.same(i, j) ? PLACE_AT.same : PLACE_AT.different;
    L[WORKPLACE] = this.jobLevel(i, j, L[PLACE] as number);
    const ka = statedKind[i] as number;
    const kb = statedKind[j] as number;
    L[KIND] = ka && kb && ka !== kb ? KIND_AT.different : KIND_AT.same;
  }

  private people(i: number, j: number): Verdict {
    const L = this.levels;
    const f = this.facts;
    const ya = f.birthYear[i] as number;
    const yb = f.birthYear[j] as number;
    const ga = f.gender[i] as number;
    const gb = f.gender[j] as number;
    // Cheapest fields first. Most candidates are namesakes born years apart (vetoed) or rows sharing a key but not
    // a name (rejected); both are settled before the dearer fields are looked at.
    L[NAME] = NOT_COMPARED;
    L[BIRTH_YEAR] =
      !f.birthYearKnown[i] || !f.birthYearKnown[j] ? YEAR.unknown : ya === yb ? YEAR.equal : Math.abs(ya - yb) === 1 ? YEAR.near : YEAR.different;
    L[GENDER] = !ga || !gb ? GENDER_AT.unknown : ga === gb ? GENDER_AT.same : GENDER_AT.conflict;
    L[PLACE] = NOT_COMPARED;
    L[WORKPLACE] = NOT_COMPARED;
    L[KIND] = NOT_COMPARED;
    if (atVetoLevel(PEOPLE, L)) {
      this.peopleRest(i, j);
      if (vetoed(PEOPLE, L)) {
        this.model = PEOPLE;
        this.settled = SETTLED_BY_VETO;
        return VETOED;
      }
    }
    const a = this.records[i] as MatchRecord;
    const b = this.records[j] as MatchRecord;
    const name = PEOPLE.levelOf[NAME]?.get(personNameLevel(a, b)) as number;
    if (PEOPLE.rejects[NAME]?.[name]) return this.notComparable();
    L[NAME] = name;
    if (L[PLACE] === NOT_COMPARED) this.peopleRest(i, j);

    // Common names weigh less: distinct people bearing the name here, and the most frequent names of the country.
    let off = frequencyPoints(Math.max(f.bearers[i] as number, f.bearers[j] as number));
    if (f.commonName[i]) off += NAME_FREQUENCY.commonNamePoints;
    return this.judge(PEOPLE, Math.min(off, NAME_FREQUENCY.maxPoints));
  }

  /**
   * Number, commune, organisation kind and stated kind first: they veto whatever the names say, and most candidate
   * pairs of collectives are namesakes of other communes ("Chi bộ Thôn 3" of every commune), settled without
   * reading the names.
   */
  private collectives(i: number, j: number): Verdict {
    const f = this.facts;
    const na = f.numbers[i] as number;
    const nb = f.numbers[j] as number;
    // No collective's name on a side: nothing to compare.
    if (na < 0 || nb < 0) return this.notComparable();
    const L = this.levels;
    const { place, district, districtLevel, statedKind, organisation } = f;
    L[C_NAME] = NOT_COMPARED;
    // Two bodies of a district (no commune on either side): of one district unless both districts are known, from
    // the names or the proposing units, and differ: a province's list holds every district's "Phòng Nội vụ".
    L[C_PLACE] =
      place.has(i) && place.has(j)
        ? place.same(i, j)
          ? C_PLACE_AT.same
          : C_PLACE_AT.different
        : districtLevel[i] && districtLevel[j]
          ? district.has(i) && district.has(j) && !district.same(i, j)
            ? C_PLACE_AT.different
            : C_PLACE_AT.sameDistrict
          : C_PLACE_AT.unknown;
    L[C_NUMBER] = na === NONE && nb === NONE ? NUMBER.none : na === nb ? NUMBER.same : NUMBER.different;
    const oa = organisation[i] as number;
    const ob = organisation[j] as number;
    L[C_ORGANISATION] = oa === NONE || ob === NONE ? ORGANISATION.unknown : oa === ob ? ORGANISATION.same : ORGANISATION.different;
    const ka = statedKind[i] as number;
    const kb = statedKind[j] as number;
    L[C_KIND] = ka && kb && ka !== kb ? C_KIND_AT.different : C_KIND_AT.same;
    this.model = COLLECTIVES;
    if (vetoed(COLLECTIVES, L)) {
      this.settled = SETTLED_BY_COLLECTIVE_VETO;
      this.i = i;
      this.j = j;
      return VETOED;
    }
    return this.collectiveNames(i, j);
  }

  /** The names of two collectives whose other fields are compared: rejected, else the pair judged. */
  private collectiveNames(i: number, j: number): Verdict {
    const L = this.levels;
    const name = COLLECTIVES.levelOf[C_NAME]?.get(collectiveNameLevel(this.records[i] as MatchRecord, this.records[j] as MatchRecord)) as number;
    L[C_NAME] = name;
    if (COLLECTIVES.rejects[C_NAME]?.[name]) {
      this.settled = SETTLED_BY_NAME;
      return vetoed(COLLECTIVES, L) ? VETOED : NOT_REPORTED;
    }
    // A collective's name is specific once its commune is known; unknown, it is as common as its namesakes.
    const off = L[C_PLACE] === C_PLACE_AT.unknown ? frequencyPoints(this.facts.bearers[i] as number) : 0;
    return this.judge(COLLECTIVES, Math.min(off, NAME_FREQUENCY.maxPoints));
  }
}

/** Scores one pair. Records of different kinds (a person and a collective) are never the same exemplar. */
export function scorePair(a: MatchRecord, b: MatchRecord, freq: NameFrequencies): PairOutcome {
  const scorer = new PairScorer([a, b], freq);
  scorer.verdict(0, 1);
  return scorer.outcome();
}
