/**
 * Deciding which cells hold legacy-encoded text: the cell's font when it names a legacy font, otherwise the
 * evidence of the column: decoding must turn foreign-looking words into Vietnamese syllables.
 */
import { decodeLegacy, encodingOfFont, LegacyEncoding } from './legacy';
import { UNICODE_ONLY } from './letters';
import { memoize } from './memo';
import { vietnameseScore } from './syllable';

const LATIN1 = /[\u00A0-\u00FF]/;
const COMBINING = /[\u0300-\u036f]/;

/** Could this text be legacy-encoded at all? Pure ASCII and real Unicode Vietnamese cannot. */
export function mayBeLegacy(text: string): boolean {
  // Combining marks come from Unicode keyboards (NFD); legacy fonts store precomposed Latin-1 codes only.
  return LATIN1.test(text) && !UNICODE_ONLY.test(text) && !COMBINING.test(text);
}

export interface Decoded {
  text: string;
  encoding?: LegacyEncoding;
}

/** Decodes one cell whose font is known. Text already in Unicode is left alone whatever the font says. */
export function decodeByFont(text: string, font: string | undefined): Decoded | undefined {
  const encoding = encodingOfFont(font);
  // Decomposed (NFD) text is Unicode too: .VnTimeH would otherwise upper-case it.
  if (!encoding || UNICODE_ONLY.test(text) || COMBINING.test(text)) return undefined;
  const decoded = decodeLegacy(text, encoding);
  return decoded === text ? undefined : { text: decoded, encoding };
}

const CANDIDATES: LegacyEncoding[] = ['tcvn3', 'vni'];

/** The encoding that best explains a column's suspicious texts, if decoding makes them more Vietnamese. */
export function columnEncoding(texts: Iterable<string>): LegacyEncoding | undefined {
  const gain: Record<string, number> = { tcvn3: 0, vni: 0 };
  // Asked of every suspicious cell of a column (tens of thousands in a province's list): a plain loop.
  for (const t of texts) {
    if (!mayBeLegacy(t)) continue;
    const g = gainsOf(t);
    for (let i = 0; i < CANDIDATES.length; i++) {
      const enc = CANDIDATES[i] as LegacyEncoding;
      gain[enc] = (gain[enc] ?? 0) + (g[i] ?? 0);
    }
  }
  const best = CANDIDATES.reduce((a, b) => ((gain[b] ?? 0) > (gain[a] ?? 0) ? b : a));
  // Evidence that fits both encodings equally well names neither: a guess would silently garble the text.
  const tied = CANDIDATES.some((enc) => enc !== best && gain[enc] === gain[best]);
  return (gain[best] ?? 0) > 0 && !tied ? best : undefined;
}

// How much more Vietnamese each candidate decoding makes a text; columns repeat the same places and units.
const gainsOf = memoize((t: string): number[] => {
  const base = vietnameseScore(t);
  return CANDIDATES.map((enc) => vietnameseScore(decodeLegacy(t, enc)) - base);
});

/** Decodes one cell by evidence, given its column's encoding: only when that makes the text no less Vietnamese. */
export function decodeByEvidence(text: string, encoding: LegacyEncoding | undefined): Decoded | undefined {
  if (!encoding || !mayBeLegacy(text)) return undefined;
  const decoded = decodeLegacy(text, encoding);
  if (decoded === text) return undefined;
  return vietnameseScore(decoded) > vietnameseScore(text) ? { text: decoded, encoding } : undefined;
}
