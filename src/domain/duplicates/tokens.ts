/**
 * Words as the matcher compares them. Each word is folded once (and cached: a district's names reuse a few
 * hundred syllables), while its written form stays for display.
 */
import { cleanText } from '../text';

export interface Token {
  /** The word as written (clean Unicode). */
  text: string;
  /** Lowercase, tone moved to a trailing digit (placement-free: "Hoà" = "Hòa"), final i/y folded ("Lý" = "Lí"). */
  fold: string;
  /** Every diacritic removed, i/y folded: what a name typed without diacritics still shares. */
  ascii: string;
  /** Begins with a capital letter: place names are capitalised, the words around them are not. */
  cap: boolean;
  /** Punctuation follows ("," "-" "("): a place name never runs across it. */
  stop: boolean;
  /** Carries a diacritic. */
  marked: boolean;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_DIGIT: Record<string, string> = { '\u0300': '2', '\u0301': '1', '\u0303': '4', '\u0309': '3', '\u0323': '5' };
// An open syllable whose only vowel is i/y ("ly", "my", "kỳ", "quý", "sỹ"): both spellings are in use.
const OPEN_Y = /^(ngh|ng|gh|kh|nh|ph|qu|th|tr|ch|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?y$/;
const WORD = /[\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}\s]+/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{N}]/u;

interface Folded {
  fold: string;
  ascii: string;
  marked: boolean;
}

const cache = new Map<string, Folded>();
const CACHE_LIMIT = 200_000;

function foldUncached(lower: string): Folded {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7F]/.test(lower)) {
    const base = /^\d+$/.test(lower) ? String(Number.parseInt(lower, 10)) : lower.replace(OPEN_Y, '$1i');
    return { fold: base, ascii: base, marked: false };
  }
  let tone = '';
  const d = lower.normalize('NFD').replace(TONE_MARKS, (m) => {
    tone = TONE_DIGIT[m] ?? '';
    return '';
  });
  const base = d.normalize('NFC').replace(OPEN_Y, '$1i');
  const ascii = d
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(OPEN_Y, '$1i');
  return { fold: base + tone, ascii, marked: true };
}

/** Folds one lowercase word. */
export function foldWord(word: string): Folded {
  const lower = word.toLowerCase();
  let f = cache.get(lower);
  if (!f) {
    f = foldUncached(lower);
    if (cache.size < CACHE_LIMIT) cache.set(lower, f);
  }
  return f;
}

/** Words of a text; punctuation only marks where a phrase stops. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of cleanText(text).matchAll(WORD)) {
    const w = m[0];
    if (!LETTER_OR_DIGIT.test(w)) {
      const last = out[out.length - 1];
      if (last) last.stop = true;
      continue;
    }
    const f = foldWord(w);
    const first = w[0] ?? '';
    out.push({ text: w, fold: f.fold, ascii: f.ascii, cap: first !== first.toLowerCase(), stop: false, marked: f.marked });
  }
  return out;
}

/** A token for a word the matcher writes itself (an expansion, a number read from a Roman numeral). */
export function makeToken(text: string, cap: boolean): Token {
  const f = foldWord(text);
  return { text, fold: f.fold, ascii: f.ascii, cap, stop: false, marked: f.marked };
}

export const foldsOf = (tokens: readonly Token[]): string => tokens.map((t) => t.fold).join(' ');
export const asciisOf = (tokens: readonly Token[]): string => tokens.map((t) => t.ascii).join(' ');

/** How a text uses capitals: only mixed case says where a proper name begins and ends (Title Case does not). */
export type CaseMode = 'mixed' | 'upper' | 'lower';

export function caseMode(tokens: readonly Token[]): CaseMode {
  let caps = 0;
  let lowers = 0;
  for (const t of tokens) {
    if (/^\d/.test(t.text)) continue;
    if (t.cap) caps++;
    else lowers++;
  }
  if (caps && lowers) return 'mixed';
  return caps ? 'upper' : 'lower';
}
