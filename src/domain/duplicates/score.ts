/** Scoring one candidate pair: each field's level, then the model's points, vetoes and decision (model.ts). */
import { COLLECTIVE_LEVELS, frequencyPoints, INDIVIDUAL_LEVELS, LevelDef, NAME_FREQUENCY } from './comparison-levels';
import { compileModel, judge, NO_EVIDENCE, NO_VETOES, PairOutcome, vetoesOf } from './model';
import { collectiveNameLevel, personNameLevel } from './name-levels';
import { isCommonName, NameFrequencies } from './name-frequency';
import type { MatchRecord } from './normalize';
import { samePlace } from './places';

export type { Confidence, PairOutcome } from './model';
export { nameFrequencies } from './name-frequency';
export type { NameFrequencies } from './name-frequency';

const PEOPLE = compileModel('individual', INDIVIDUAL_LEVELS);
const COLLECTIVES = compileModel('collective', COLLECTIVE_LEVELS);

// The order the level arrays below are written in must be the tables' own.
const PEOPLE_ORDER = ['name', 'birthYear', 'gender', 'place', 'workplace', 'kind'];
const COLLECTIVE_ORDER = ['name', 'place', 'number', 'organisation', 'kind'];
if (PEOPLE.fields.join() !== PEOPLE_ORDER.join() || COLLECTIVES.fields.join() !== COLLECTIVE_ORDER.join())
  throw new Error('comparison-levels: fields are not in the order score.ts writes them');

const NOT_COMPARABLE: PairOutcome = { score: 0, evidence: NO_EVIDENCE, vetoes: NO_VETOES };
const rejects = (def: LevelDef) => def.reject === true;

const kindLevel = (a: MatchRecord, b: MatchRecord) =>
  a.statedKind && b.statedKind && a.statedKind !== b.statedKind ? 'different' : 'same';

const placeLevel = (a: MatchRecord, b: MatchRecord) =>
  !a.place || !b.place ? 'unknown' : samePlace(a.place, b.place) ? 'same' : 'different';

/**
 * Two bodies of a district (no commune on either side): of one district unless both districts are known, from the
 * names or the proposing units, and differ: a province's list holds every district's "Phòng Nội vụ".
 */
const districtLevel = (a: MatchRecord, b: MatchRecord) =>
  a.district && b.district && !samePlace(a.district, b.district) ? 'different' : 'sameDistrict';

/**
 * Position and workplace words (sorted, distinct) compared as sets. A commune they name is left out of them (it is
 * `place`), so in two different communes the same words are two posts ("Chủ tịch Hội Nông dân" of xã A and of
 * xã B): alike, never "same", and so no evidence that lifts a veto.
 */
function jobLevel(a: MatchRecord, b: MatchRecord, place: string): string {
  const ja = a.job?.words;
  const jb = b.job?.words;
  if (!ja || !jb) return 'unknown';
  let common = 0;
  for (let i = 0, j = 0; i < ja.length && j < jb.length; ) {
    const x = ja[i] as string;
    const y = jb[j] as string;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  if (common === ja.length && common === jb.length) return place === 'different' ? 'similar' : ja.length >= 3 ? 'same' : 'sameGeneric';
  return common / (ja.length + jb.length - common) >= 0.5 ? 'similar' : 'different';
}

function comparePeople(a: MatchRecord, b: MatchRecord, freq: NameFrequencies): PairOutcome {
  const ya = a.birthYear;
  const yb = b.birthYear;
  const ga = a.gender;
  const gb = b.gender;
  // Cheapest fields first. Most candidates are namesakes born years apart (vetoed) or rows sharing a key but not
  // a name (rejected); both are settled before the dearer fields are looked at.
  const levels = [
    '',
    ya === undefined || yb === undefined ? 'unknown' : ya === yb ? 'equal' : Math.abs(ya - yb) === 1 ? 'near' : 'different',
    !ga || !gb ? 'unknown' : ga === gb ? 'same' : 'conflict',
    '',
    '',
    '',
  ];
  const rest = () => {
    levels[3] = placeLevel(a, b);
    levels[4] = jobLevel(a, b, levels[3] as string);
    levels[5] = kindLevel(a, b);
  };
  if (PEOPLE.vetoes.some((v) => levels[v.field] === v.level)) {
    rest();
    const vetoes = vetoesOf(PEOPLE, levels);
    if (vetoes.length) return { score: 0, evidence: NO_EVIDENCE, vetoes };
  }
  const name = personNameLevel(a, b);
  if (rejects(INDIVIDUAL_LEVELS.name[name])) return NOT_COMPARABLE;
  levels[0] = name;
  if (!levels[3]) rest();

  // Common names weigh less: distinct people bearing the name here, and the most frequent names of the country.
  let off = frequencyPoints(Math.max(freq.personYears.get(a.nameFold) ?? 1, freq.personYears.get(b.nameFold) ?? 1));
  if (a.person && isCommonName(a.person.surname.fold, a.person.given.fold)) off += NAME_FREQUENCY.commonNamePoints;
  return judge(PEOPLE, levels, Math.min(off, NAME_FREQUENCY.maxPoints));
}

function compareCollectives(a: MatchRecord, b: MatchRecord, freq: NameFrequencies): PairOutcome {
  const ca = a.collective;
  const cb = b.collective;
  if (!ca || !cb) return NOT_COMPARABLE;
  const name = collectiveNameLevel(a, b);
  const place = a.place && b.place ? placeLevel(a, b) : a.districtLevel && b.districtLevel ? districtLevel(a, b) : 'unknown';
  const levels = [
    name,
    place,
    !ca.numbers && !cb.numbers ? 'none' : ca.numbers === cb.numbers ? 'same' : 'different',
    !ca.organisation || !cb.organisation ? 'unknown' : ca.organisation === cb.organisation ? 'same' : 'different',
    kindLevel(a, b),
  ];
  if (rejects(COLLECTIVE_LEVELS.name[name])) return { score: 0, evidence: NO_EVIDENCE, vetoes: vetoesOf(COLLECTIVES, levels) };
  // A collective's name is specific once its commune is known; unknown, it is as common as its namesakes.
  const off = place === 'unknown' ? frequencyPoints(freq.collectivePlaces.get(ca.setFold) ?? 1) : 0;
  return judge(COLLECTIVES, levels, Math.min(off, NAME_FREQUENCY.maxPoints));
}

/** Scores one pair. Records of different kinds (a person and a collective) are never the same exemplar. */
export function scorePair(a: MatchRecord, b: MatchRecord, freq: NameFrequencies): PairOutcome {
  if (a.kind !== b.kind) return NOT_COMPARABLE;
  return a.kind === 'individual' ? comparePeople(a, b, freq) : compareCollectives(a, b, freq);
}
