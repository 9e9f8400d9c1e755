/**
 * The abbreviations a district declares in its profile («Viết tắt tên đơn vị», «HCTĐ = Hội Chữ thập đỏ») apply to
 * exemplar names, positions and workplaces too: a district expects what it adds to work wherever names are compared.
 */
import type { UnitAbbreviations } from '../profile/schema';
import { defaultUnitAbbreviations } from '../profile/default-profile';
import { Abbreviation, ABBREVIATIONS } from '../subjects/abbreviations';
import { expandAbbreviations, expander, Expander } from './expand';
import { foldsOf, tokenize } from './tokens';

const key = (short: string) => foldsOf(tokenize(short));

// Short forms the matcher's own table knows, with the conditions it reads them under ("CA" only before "xã").
const BUILT_IN = new Set(ABBREVIATIONS.flatMap((a) => a.short.map(key)));
const DEFAULTS = new Set(Object.keys(defaultUnitAbbreviations()).map(key));

/**
 * The district's additions: a short form of one meaning that neither the matcher's table nor the default profile
 * holds. One with several meanings is left out: for unit names the units list tells which, for an exemplar nothing does.
 */
export function districtAdditions(abbreviations: UnitAbbreviations | undefined): Abbreviation[] {
  const out: Abbreviation[] = [];
  for (const [short, full] of Object.entries(abbreviations ?? {})) {
    const meaning = typeof full === 'string' ? full : full.length === 1 ? full[0] : undefined;
    const k = key(short);
    if (!meaning || !k || BUILT_IN.has(k) || DEFAULTS.has(k)) continue;
    out.push({ short: [short], full: meaning });
  }
  return out;
}

/** The matcher's expander with the district's additions; the shared one when it adds none. */
export function districtExpander(abbreviations: UnitAbbreviations | undefined): Expander {
  const added = districtAdditions(abbreviations);
  return added.length ? expander([...ABBREVIATIONS, ...added]) : expandAbbreviations;
}
