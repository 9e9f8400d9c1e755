/**
 * The blocking keys, as data: records are compared only when they share one. Each rule says which variant of the
 * same exemplar it is there to catch.
 */
import { withinOneEdit } from './name-levels';
import type { MatchRecord } from './normalize';
import type { Token } from './tokens';

/**
 * A key's part: a number (a birth year, or a place's text as numbered for the run: keys.ts), a string, hashed by
 * its characters, or words, hashed as the words joined by spaces would be. Within a rule each part is always of one
 * kind.
 */
export type Part = string | number | readonly string[];
/**
 * Receives one key, given as up to four parts (hashed, never joined into a string). `skip`: the position of a
 * character of `a` (a string) to leave out, so that a key with one letter dropped costs no new string.
 */
export type KeySink = (a: Part, b?: Part, c?: Part, d?: Part, skip?: number) => void;

export interface BlockingRule {
  id: string;
  keys(r: MatchRecord, key: KeySink): void;
  /** Which pairs of a block this rule is for; others are left to the rules made for them (not compared here). */
  accept?(a: MatchRecord, b: MatchRecord): boolean;
}

/** Names longer than this (without diacritics) get no one-letter-dropped keys. */
const MAX_EDIT_KEYED = 40;

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
      if (r.person && r.birthYear !== undefined && r.placeKeys) key(r.person.given.ascii, r.birthYear, r.placeKeys.ascii);
    },
  },
  // Surname and middle names + birth year + commune: a typo in the given name.
  {
    id: 'family-year-place',
    keys: (r, key) => {
      const p = r.person;
      if (p && r.birthYear !== undefined && r.placeKeys && p.tokens.length > 1) key(p.familyAscii, r.birthYear, r.placeKeys.ascii);
    },
  },
  // The name without diacritics, as it is and with each letter dropped in turn, + birth year: a one-letter typo
  // anywhere in the name where no commune is known (two spellings one edit apart share one of these keys). Rows
  // placed in a commune have the two rules above, for a fraction of the keys.
  {
    id: 'name-edit-year',
    keys: (r, key) => {
      if (!r.person || r.birthYear === undefined || r.place) return;
      const s = r.nameAscii;
      key(s, r.birthYear);
      // A person's name is a few short words; a cell of text in the name column must not cost its length squared.
      if (s.length > MAX_EDIT_KEYED) return;
      // Dropping either letter of a doubled one ("nn") gives the same key: once is enough. Spaces stay.
      for (let k = 0; k < s.length; k++)
        if (s.charCodeAt(k) !== 32 && s.charCodeAt(k) !== s.charCodeAt(k - 1)) key(s, r.birthYear, undefined, undefined, k);
    },
    accept: (a, b) => a.person?.tokens.length === b.person?.tokens.length && withinOneEdit(a.nameAscii, b.nameAscii),
  },
  // Surname + given name + birth year + workplace: a missing or mistyped middle name among a common name's many
  // bearers, where the surname-given-year block is too large and the rows share no commune.
  {
    id: 'short-year-workplace',
    keys: (r, key) => {
      const p = r.person;
      const w = r.job?.workplace;
      if (p && r.birthYear !== undefined && w) key(p.surname.ascii, p.given.ascii, r.birthYear, w);
    },
    accept: (a, b) => Math.abs((a.person?.tokens.length ?? 0) - (b.person?.tokens.length ?? 0)) <= 1 && a.nameAscii !== b.nameAscii,
  },
  // Surname, the other words in any order, birth year, commune: a given and a middle name swapped ("Lê Văn Hùng" /
  // "Lê Hùng Văn"), in one commune (namesakes of a province share the name's words: the commune keeps the blocks
  // small). A name of three words, as most are, keys its two other words as two parts, in order; a longer one joins
  // them.
  {
    id: 'name-words-year-place',
    keys: (r, key) => {
      const p = r.person;
      if (!p || r.birthYear === undefined || !r.placeKeys || p.tokens.length < 3) return;
      // Year and commune in one part (a rare clash of two pairs of them only adds candidates, which are scored).
      const year = r.birthYear * 100_000 + r.placeKeys.ascii;
      if (p.tokens.length > 3) {
        key(p.surname.ascii, p.tokens.slice(1).map((t) => t.ascii).sort().join(' '), year);
        return;
      }
      const middle = (p.tokens[1] as Token).ascii;
      const given = p.given.ascii;
      if (middle < given) key(p.surname.ascii, middle, given, year);
      else key(p.surname.ascii, given, middle, year);
    },
    accept: (a, b) => a.nameAscii !== b.nameAscii,
  },
  // Whole name + commune: pairs the members of an oversized name block that live in one commune.
  {
    id: 'name-place',
    keys: (r, key) => {
      if (r.person && r.placeKeys) key(r.nameAscii, r.placeKeys.ascii);
    },
  },
  // A collective's words as a set, its commune left out: reordered words, commune written or implied.
  {
    id: 'collective',
    keys: (r, key) => {
      if (!r.collective) return;
      key(r.collective.setAscii);
      // Its commune's name without "xã" among the words: "Trường THCS xã Tân Lập" meets "Trường THCS Tân Lập".
      if (r.collective.bareSetAscii !== r.collective.setAscii) key(r.collective.bareSetAscii);
    },
  },
  // The same with the commune: pairs the members of an oversized collective block ("Chi bộ Thôn 3") per commune.
  {
    id: 'collective-place',
    keys: (r, key) => {
      if (r.collective && r.placeKeys) key(r.collective.setAscii, r.placeKeys.ascii);
    },
  },
  // No commune, the district in the name: a district's body proposed twice, though every district has its
  // "Phòng Nội vụ huyện …". (A district the proposing unit implies is no key: "Chi đoàn Thanh niên" of each of a
  // district's bodies would all meet.)
  {
    id: 'collective-district',
    keys: (r, key) => {
      const district = r.collective?.district;
      if (r.collective && !r.place && district) key(r.collective.setAscii, district.ascii);
    },
  },
  // No commune, with the proposing unit: a unit listing its own team twice ("Tổ Văn phòng", in every unit).
  {
    id: 'collective-unit',
    keys: (r, key) => {
      if (r.collective && !r.place) key(r.collective.setAscii, r.unitNumber);
    },
  },
];
