/** How common each name is in the data at hand (Splink's term frequencies): distinct bearers per folded name. */
import { NAME_FREQUENCY } from './comparison-levels';
import type { MatchRecord } from './normalize';
import { foldWord } from './tokens';

export interface NameFrequencies {
  /** Full name of a person → distinct birth years seen with it. */
  personYears: Map<string, number>;
  /** Collective name (word set) → distinct communes seen with it. */
  collectivePlaces: Map<string, number>;
}

export function nameFrequencies(records: readonly MatchRecord[]): NameFrequencies {
  const years = new Map<string, Set<number>>();
  const places = new Map<string, Set<string>>();
  for (const r of records) {
    if (r.person && r.birthYear !== undefined) {
      const s = years.get(r.nameFold) ?? new Set<number>();
      s.add(r.birthYear);
      years.set(r.nameFold, s);
    }
    if (r.collective && r.place) {
      const s = places.get(r.collective.setFold) ?? new Set<string>();
      s.add(r.place.ascii);
      places.set(r.collective.setFold, s);
    }
  }
  const count = <T>(m: Map<string, Set<T>>) => new Map([...m].map(([k, v]) => [k, v.size]));
  return { personYears: count(years), collectivePlaces: count(places) };
}

const fold = (w: string) => foldWord(w).fold;
const COMMON_SURNAMES = new Set(NAME_FREQUENCY.commonSurnames.map(fold));
const COMMON_GIVEN = new Set(NAME_FREQUENCY.commonGivenNames.map(fold));

/** Both surname and given name are among the country's most frequent. */
export function isCommonName(surnameFold: string, givenFold: string): boolean {
  return COMMON_SURNAMES.has(surnameFold) && COMMON_GIVEN.has(givenFold);
}
