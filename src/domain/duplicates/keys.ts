/**
 * Numbers for the texts the matcher counts and compares, given by normalisation once per distinct name and place of
 * a run: equal texts, equal numbers. Name frequencies, scoring and blocking then use integers, where each would
 * otherwise read whole strings again for every row or pair.
 */
import type { NameFacts } from './names';
import type { Place } from './places';

/** Numbers for strings: the same string, the same number (0, 1, 2… in order of first sight). */
export class Numbering {
  private readonly ids = new Map<string, number>();

  of(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(s, id);
    }
    return id;
  }
}

/** A name's texts as numbers, those name frequencies count by; -1 where the name has no such part. */
export interface NameKeys {
  /** A person's `nameFold` (only people's names are compared and counted by it). */
  fold: number;
  /** A collective's word set, folded. */
  setFold: number;
  /** A collective's words in order, folded (`seqFold`). */
  seqFold: number;
}

export function nameKeys(n: NameFacts, text: Numbering): NameKeys {
  const c = n.collective;
  return { fold: n.person ? text.of(n.nameFold) : -1, setFold: c ? text.of(c.setFold) : -1, seqFold: c ? text.of(c.seqFold) : -1 };
}

/** A place's texts as numbers: `samePlace` (places.ts) compares the folded forms, or the ASCII ones. */
export interface PlaceKeys {
  fold: number;
  ascii: number;
}

/** Keys of places, each place (an object shared by the rows of a unit, job or name) numbered once. */
export function placeNumbering(text: Numbering): (place: Place | undefined) => PlaceKeys | undefined {
  const seen = new Map<Place, PlaceKeys>();
  return (place) => {
    if (!place) return undefined;
    let keys = seen.get(place);
    if (!keys) {
      keys = { fold: text.of(place.fold), ascii: text.of(place.ascii) };
      seen.set(place, keys);
    }
    return keys;
  };
}
