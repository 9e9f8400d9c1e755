/**
 * The blocking keys, as data: records are compared only when they share one. Each rule says which variant of the
 * same exemplar it is there to catch.
 */
import type { MatchRecord } from './normalize';

export type Part = string | number;
/** Receives one key, given as up to three parts (hashed, never joined into a string). */
export type KeySink = (a: Part, b?: Part, c?: Part) => void;

export interface BlockingRule {
  id: string;
  keys(r: MatchRecord, key: KeySink): void;
  /** Which pairs of a block this rule is for; others are left to the rules made for them (not compared here). */
  accept?(a: MatchRecord, b: MatchRecord): boolean;
}

export const BLOCKING_RULES: readonly BlockingRule[] = [
  // The whole name without diacritics: exact, tone-placement, NFD and "typed without diacritics" variants.
  { id: 'name', keys: (r, key) => key(r.nameAscii) },
  // Surname + given name + birth year: a missing middle name ("Trần Thủy" / "Trần Thị Thủy"), and the same name
  // born the same year where the whole-name block was too large. Namesakes with other middle names are not for it.
  {
    id: 'surname-given-year',
    keys: (r, key) => {
      if (r.person && r.birthYear !== undefined) key(r.person.surname.ascii, r.person.given.ascii, r.birthYear);
    },
    accept: (a, b) =>
      Math.abs((a.person?.tokens.length ?? 0) - (b.person?.tokens.length ?? 0)) === 1 || a.nameAscii === b.nameAscii,
  },
  // Given name + birth year + commune: a typo in the surname or a middle name.
  {
    id: 'given-year-place',
    keys: (r, key) => {
      if (r.person && r.birthYear !== undefined && r.place) key(r.person.given.ascii, r.birthYear, r.place.ascii);
    },
  },
  // Surname and middle names + birth year + commune: a typo in the given name.
  {
    id: 'family-year-place',
    keys: (r, key) => {
      const p = r.person;
      if (p && r.birthYear !== undefined && r.place && p.tokens.length > 1)
        key(p.familyAscii, r.birthYear, r.place.ascii);
    },
  },
  // Whole name + commune: pairs the members of an oversized name block that live in one commune.
  {
    id: 'name-place',
    keys: (r, key) => {
      if (r.person && r.place) key(r.nameAscii, r.place.ascii);
    },
  },
  // A collective's words as a set, its commune left out: reordered words, commune written or implied.
  {
    id: 'collective',
    keys: (r, key) => {
      if (r.collective) key(r.collective.setAscii);
    },
  },
  // The same with the commune: pairs the members of an oversized collective block ("Chi bộ Thôn 3") per commune.
  {
    id: 'collective-place',
    keys: (r, key) => {
      if (r.collective && r.place) key(r.collective.setAscii, r.place.ascii);
    },
  },
];
