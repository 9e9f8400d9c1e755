/**
 * Deciding which cells hold legacy-encoded text: the cell's font when it names a legacy font, otherwise the
 * evidence of the column: decoding must turn foreign-looking words into Vietnamese syllables.
 */
import { decodeLegacy, encodingOfFont, LegacyEncoding } from './legacy';
import { UNICODE_ONLY } from './letters';
import { memoize } from './memo';
import { vietnameseScore, WORD_SEPARATORS, wordScore } from './syllable';

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
  // The text's own evidence wins over a font that disagrees (TCVN3 typed in a cell formatted VNI-Times, «Mai ThÞ»):
  // the other family's reading, where it makes the text more Vietnamese than the font's. Plain ASCII reads alike.
  // A reading the font makes of syllables and abbreviations («GĐ I», «HĐND») is the font's, however the other reads.
  if (LATIN1.test(text) && !readsAsTyped(decoded)) {
    const other: LegacyEncoding = encoding === 'vni' ? 'tcvn3' : 'vni';
    const alt = decodeLegacy(text, other);
    if (alt !== text && decodingImproves(decoded, alt)) return { text: alt, encoding: other };
  }
  return decoded === text ? undefined : { text: decoded, encoding };
}

/** An abbreviation in capitals: plain letters and «Đ» («GĐ», «HĐND», «UBND»). */
const ABBREVIATION = /^[A-ZĐ]+$/;

/** True when every word of a decoded text is a syllable or an abbreviation in capitals. */
function readsAsTyped(decoded: string): boolean {
  for (const w of decoded.split(WORD_SEPARATORS)) if (w && !ABBREVIATION.test(w) && wordScore(w.toLowerCase()) !== 1) return false;
  return true;
}

/**
 * Whether decoding made a text more Vietnamese: asked of text in a legacy font where the sheet shows that font
 * holding Unicode too (a template formatted ".VnTime" typed on a machine without it), where the font is no proof.
 */
export function decodingImproves(before: string, after: string): boolean {
  return vietnameseScore(after) > vietnameseScore(asUnicode(before));
}

/**
 * A word read as Unicode: "Ð" (U+00D0) is "Đ" typed on a keyboard that lacks it; a soft hyphen (U+00AD, TCVN3's «ư»)
 * is a hyphenation point pasted from a web page or a PDF, drawn as nothing, where TCVN3 reads no syllable of the word
 * («Da\u00ADnh» is Danh, trial 20a #4; «Tr\u00ADêng» is TCVN3's Trường).
 */
function asUnicodeWord(w: string, score: (word: string) => number = wordScore): string {
  const letters = w.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ');
  if (!w.includes('\u00AD') || score(decodeLegacy(w, 'tcvn3').toLowerCase()) === 1) return letters;
  return letters.replace(/\u00AD/g, '');
}

const asUnicode = (text: string) => text.split(WORDS_APART).map((p, i) => (i % 2 === 1 ? p : asUnicodeWord(p))).join('');

const CANDIDATES: LegacyEncoding[] = ['tcvn3', 'vni'];
/** A vowel followed by one of VNI's marks: what VNI stores for a vowel with a hat, a horn or a tone. */
const VNI_VOWEL_MARK = /[aeiouy][øûõùïêèúüéëâàåãáä]/i;
/** VNI's marks that no Unicode word writes after its vowel (nor a Khmer name typed in Unicode, «Neáng», «Néang»). */
const VNI_ONLY_MARK = /a[àáâãäåèéêëúü]|e[àâãäå]|o[âäåêë]|[øûïüëåæîöñ]/i;
/** Splits a text into words and what parts them, the parts kept (odd indexes). */
const WORDS_APART = new RegExp(`(${WORD_SEPARATORS.source})`);
/** Two capital letters side by side, as a text typed with caps lock has ("TR¦êNG"; not the initials of "Lý B¸ Lª"). */
const IN_CAPITALS = /[A-Z]{2}/;
const NO_GAINS: readonly number[] = CANDIDATES.map(() => 0);

// TCVN3's codes for letters Latin-1 lacks (â ©, Đ §, á ¸, ạ ¹…): symbols in a Unicode text. Not «» (quotes, though
// TCVN3's ô and ằ inside a word) nor the soft hyphen (TCVN3's ư, and a web page's hyphenation point), nor the signs
// TCVN3 leaves alone (°, ±, ², ³).
const CAPITAL_CODE_IN_WORD = /[a-z][\u00C6-\u00DE]/;
const TCVN3_SYMBOLS = /[\u00A1-\u00AA\u00AC\u00AE\u00B5-\u00B9\u00BC-\u00BE]/;
// Nor do a Unicode text's words hold a capital after a small letter: TCVN3's codes for toned ă â e ê i are Latin-1's
// capitals («NguyÔn», «TrÇn»).
const TCVN3_SIGN = new RegExp(`${TCVN3_SYMBOLS.source}|\\S[«»]|[«»]\\S|${CAPITAL_CODE_IN_WORD.source}`);

/**
 * A Unicode text holding a stretch typed in TCVN3 (a compiler's words around a name pasted from an old .VnTime file:
 * "Phó Chủ tịch Héi N«ng d©n x·"): worth decoding word by word.
 */
export function mayHoldTcvn3Words(text: string): boolean {
  // Most texts hold none of TCVN3's codes at all: told by one character class before the finer test.
  return (TCVN3_CODES.test(text) || CAPITAL_CODE_IN_WORD.test(text)) && TCVN3_SIGN.test(text) && UNICODE_ONLY.test(text);
}
// The codes TCVN3 uses in U+00A1–U+00BF ("m²", "30°C" use none of them).
const TCVN3_CODES = /[\u00A1-\u00AE\u00B5-\u00B9\u00BB-\u00BE]/;

export interface EvidenceDecoder {
  /** The encoding that best explains a column's suspicious texts, if decoding makes them more Vietnamese. */
  columnEncoding(texts: Iterable<string>): LegacyEncoding | undefined;
  /** Decodes one cell by evidence, given its column's encoding: only when that makes the text no less Vietnamese. */
  decodeByEvidence(text: string, encoding: LegacyEncoding | undefined): Decoded | undefined;
  /**
   * Decodes one cell whose row is known to be legacy text of `encoding` (its neighbours were decoded by evidence): a
   * text whose codes all happen to be letters («Vâ Tó» for Võ Tú) is decoded where that makes it no less Vietnamese,
   * and no other family's reading makes it more so. `typedBeside`: the row holds a cell typed in Unicode, so the prior
   * is weaker: only a text decoding makes more Vietnamese is decoded («Vâ Tó» to Võ Tú), never one that reads as typed
   * no worse («Nông dân», which TCVN3 would read «Nụng dõn»).
   */
  decodeByPrior(text: string, encoding: LegacyEncoding, typedBeside?: boolean): Decoded | undefined;
  /**
   * Decodes, one by one, the words of a text holding Unicode (an old legacy cell whose given name was retyped in
   * Unicode: «NguyÔn Thị Thúy», «Leâ Thò Hồng Nhung»), where its font or its column says `encoding`: each word with no
   * letter a legacy font lacks that is no syllable as it stands and one decoded. Other words stay as typed.
   * `byColumn`: no font says so, only the column; a VNI word must then show a mark Unicode never writes after its
   * vowel («Nguyeãn», «Traàn», «Leâ»): Khmer names typed in Unicode write «Neáng».
   */
  decodeLegacyWords(text: string, encoding: LegacyEncoding, byColumn?: boolean): Decoded | undefined;
  /**
   * Decodes the TCVN3 words of a Unicode text, each only where that makes it more Vietnamese. `inTcvn3Font`: the text
   * is set in a TCVN3 font, so a word may mix both (a converter leaves the capitals TCVN3 lacks: «TR¦ỜNG», «§ẢNG»).
   */
  decodeTcvn3Words(text: string, inTcvn3Font?: boolean): Decoded | undefined;
}

/**
 * Decoding by evidence for one run (a sheet, a workbook): columns repeat the same places, units and words, so each
 * text's gains and each word's score are worked out once, and forgotten with the decoder.
 */
export function evidenceDecoder(): EvidenceDecoder {
  const score = memoize(wordScore, 100_000);
  const vietnamese = (t: string) => vietnameseScore(t, score);
  // How much more Vietnamese each candidate decoding makes a word. A code with digits ("ÐB01") or a lone sign ("·",
  // "©") is no word: what it decodes to says nothing of the encoding.
  const wordGains = memoize((w: string): readonly number[] => {
    if (w.length < 2 || /\d/.test(w)) return NO_GAINS;
    const base = vietnamese(asUnicodeWord(w, score));
    return CANDIDATES.map((enc) => vietnamese(decodeLegacy(w, enc)) - base);
  });
  // A text's gains are its words' (a column's thousands of names share a few hundred words): decoding keeps the
  // words apart, as no code is a separator and none decodes to one.
  const gainsOf = memoize((t: string): number[] => {
    const gains = CANDIDATES.map(() => 0);
    for (const w of t.split(WORD_SEPARATORS)) {
      if (!w) continue;
      const g = wordGains(w);
      for (let i = 0; i < gains.length; i++) gains[i] = (gains[i] ?? 0) + (g[i] ?? 0);
    }
    return gains;
  });
  return {
    columnEncoding(texts) {
      const gain: Record<string, number> = { tcvn3: 0, vni: 0 };
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
    },
    decodeByEvidence(text, encoding) {
      if (!encoding || !mayBeLegacy(text)) return undefined;
      // The encoding that makes the text most Vietnamese, the column's among equals: a sheet's rows may come from
      // documents of both fonts.
      const gains = gainsOf(text);
      const top = Math.max(...gains);
      if (top <= 0) return undefined;
      const chosen = gains[CANDIDATES.indexOf(encoding)] === top ? encoding : (CANDIDATES[gains.indexOf(top)] as LegacyEncoding);
      // Typed in capitals, its accented letters in lowercase codes: .VnTimeH's, whose font draws every letter a capital.
      const best = chosen === 'tcvn3' && IN_CAPITALS.test(text) && !/[a-z]/.test(text) ? 'tcvn3-caps' : chosen;
      const decoded = decodeLegacy(text, best);
      return decoded === text ? undefined : { text: decoded, encoding: best };
    },
    decodeByPrior(text, encoding, typedBeside = false) {
      if (!mayBeLegacy(text)) return undefined;
      const family: LegacyEncoding = encoding === 'vni' ? 'vni' : 'tcvn3';
      const gains = gainsOf(text);
      const own = gains[CANDIDATES.indexOf(family)] ?? 0;
      if (own < 0 || own < Math.max(...gains)) return undefined;
      const best = family === 'tcvn3' && (encoding === 'tcvn3-caps' || (IN_CAPITALS.test(text) && !/[a-z]/.test(text))) ? 'tcvn3-caps' : family;
      const decoded = decodeLegacy(text, best);
      // Decoding that leaves a sign no Vietnamese word has is no reading of this text.
      if (decoded === text || vietnamese(decoded) < vietnamese(text) + (typedBeside ? 1 : 0)) return undefined;
      // Each word it changes becomes a syllable, or (VNI) holds a vowel and a mark side by side («Kpaê», «EÂban»): a
      // name retyped in Unicode that decodes to no word («H’Blông», «Êban») is no legacy text.
      for (const w of text.split(WORD_SEPARATORS)) {
        if (!w || !LATIN1.test(w)) continue;
        const d = decodeLegacy(w, best);
        if (d !== w && score(d.toLowerCase()) !== 1 && !(family === 'vni' && VNI_VOWEL_MARK.test(w))) return undefined;
      }
      return { text: decoded, encoding: best };
    },
    decodeLegacyWords(text, encoding, byColumn = false) {
      const family: LegacyEncoding = encoding === 'vni' ? 'vni' : 'tcvn3';
      const parts = text.split(WORDS_APART);
      // Each word's decoding, where it has one that is a syllable (a word typed in capitals holds .VnTimeH's codes).
      const readings = parts.map((w, i) => {
        if (i % 2 === 1 || !LATIN1.test(w) || UNICODE_ONLY.test(w) || COMBINING.test(w)) return undefined;
        const d = decodeLegacy(w, family === 'tcvn3' && IN_CAPITALS.test(w) && !/[a-z]/.test(w) ? 'tcvn3-caps' : family);
        return d !== w && score(d.toLowerCase()) === 1 ? d : undefined;
      });
      // First the words that are no syllable as they stand, then their neighbours that are («Leâ Thò» = Lê Thị).
      const take = parts.map((w, i) => readings[i] !== undefined && score(w.toLowerCase()) !== 1 && !(byColumn && family === 'vni' && !VNI_ONLY_MARK.test(w)));
      for (let grew = true; grew; ) {
        grew = false;
        for (let i = 0; i < parts.length; i += 2) {
          if (take[i] || readings[i] === undefined || !(take[i - 2] || take[i + 2])) continue;
          take[i] = grew = true;
        }
      }
      if (!take.some(Boolean)) return undefined;
      return { text: parts.map((w, i) => (take[i] ? (readings[i] as string) : w)).join(''), encoding: family };
    },
    decodeTcvn3Words(text, inTcvn3Font = false) {
      const tcvn3 = CANDIDATES.indexOf('tcvn3');
      // Words with their quotes apart ("«Dân vận khéo»"); a word with a letter no legacy font has is Unicode already,
      // unless the font is TCVN3's.
      const parts = text.split(/([\s,;:()“”"']+)/);
      const words = parts.map((p, i) => (i % 2 === 1 ? undefined : /^(«*)(.*?)(»*)$/su.exec(p)));
      const mends = (w: string) => w.length > 0 && (inTcvn3Font || !UNICODE_ONLY.test(w)) && (wordGains(w)[tcvn3] ?? 0) > 0;
      // First the words holding a sign only TCVN3 writes, then their neighbours that decoding mends too ("Héi N«ng").
      const decode = words.map((m) => (m && TCVN3_SIGN.test(m[2] ?? '') && mends(m[2] ?? '') ? true : false));
      for (let grew = true; grew; ) {
        grew = false;
        for (let i = 0; i < words.length; i += 2) {
          if (decode[i] || !(decode[i - 2] || decode[i + 2]) || !mends(words[i]?.[2] ?? '')) continue;
          decode[i] = grew = true;
        }
      }
      if (!decode.some((d) => d)) return undefined;
      const decoded = parts.map((p, i) => (decode[i] && words[i] ? `${words[i]?.[1]}${decodeLegacy(words[i]?.[2] ?? '', 'tcvn3')}${words[i]?.[3]}` : p)).join('');
      return decoded === text ? undefined : { text: decoded, encoding: 'tcvn3' };
    },
  };
}

/**
 * The words with Latin-1 letters that texts write beside a letter no legacy font has: such a text is Unicode, and
 * so are its words. Names of other peoples typed in Unicode ("Neáng", "Sóc" in Khmer names) look like VNI codes
 * word by word; seen in a Unicode text of the same column, they are known to be Unicode wherever they are written.
 */
export function wordsWrittenInUnicode(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const t of texts) {
    if (!LATIN1.test(t) || !UNICODE_ONLY.test(t)) continue;
    for (const w of t.toLowerCase().split(WORD_SEPARATORS)) if (LATIN1.test(w)) words.add(w);
  }
  return words;
}

/** Legacy-looking words past which a column is taken for text pasted from a legacy document, not names of another people. */
const FEW_LEGACY_WORDS = 40;

/**
 * The Unicode words of a column to weigh its suspects against: another people's names typed in Unicode bring a few
 * legacy-looking words ("Neáng", "Sóc"); a column pasted from a VNI document brings hundreds, none of which a Unicode
 * cell writes, and the column's cells are not searched for them.
 */
export function unicodeWordsFor(suspects: readonly string[], column: () => Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const t of suspects) {
    for (const w of t.toLowerCase().split(WORD_SEPARATORS)) if (LATIN1.test(w)) words.add(w);
    if (words.size > FEW_LEGACY_WORDS) return new Set();
  }
  return wordsWrittenInUnicode(column());
}

/** True when every word of the text that could be a legacy code is among words known to be Unicode. */
export function onlyUnicodeWords(text: string, unicodeWords: ReadonlySet<string>): boolean {
  if (!unicodeWords.size) return false;
  for (const w of text.toLowerCase().split(WORD_SEPARATORS)) if (LATIN1.test(w) && !unicodeWords.has(w)) return false;
  return true;
}

/** One column's encoding, asked alone. */
export function columnEncoding(texts: Iterable<string>): LegacyEncoding | undefined {
  return evidenceDecoder().columnEncoding(texts);
}

/** One cell decoded by evidence, asked alone. */
export function decodeByEvidence(text: string, encoding: LegacyEncoding | undefined): Decoded | undefined {
  return evidenceDecoder().decodeByEvidence(text, encoding);
}

/**
 * A sheet's name typed under a legacy keyboard («§¶ng ñy x· Hßa B×nh», «Ñaûng uûy xaõ Hoøa Bình»): decoded where it
 * shows the encoding itself, else where its sheet's cells were decoded (`cells`: the sheet's conversions) and it
 * decodes no worse. The name as it is otherwise.
 */
export function decodeSheetName(name: string, cells: readonly { encoding: LegacyEncoding }[]): string {
  if (!mayBeLegacy(name)) return name;
  const evidence = evidenceDecoder();
  const own = evidence.decodeByEvidence(name, evidence.columnEncoding([name]));
  if (own) return own.text;
  const vni = cells.filter((c) => c.encoding === 'vni').length;
  if (!cells.length || vni * 2 === cells.length) return name;
  return evidence.decodeByPrior(name, vni * 2 > cells.length ? 'vni' : 'tcvn3')?.text ?? name;
}
