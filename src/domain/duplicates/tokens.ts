/**
 * Words as the matcher compares them. Each word is folded once (and cached: a district's names reuse a few
 * hundred syllables), while its written form stays for display.
 */
import { startsWithDigit } from '../text/digits';
import { cleanText, LETTER_APOSTROPHES } from '../text';

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

interface Folded {
  fold: string;
  ascii: string;
  marked: boolean;
}

/** A run's table remembers this many words at most; beyond them, words are folded again each time. */
const TABLE_LIMIT = 200_000;

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

/** Folds one word (lowercased). */
export function foldWord(word: string): Folded {
  return foldUncached(word.toLowerCase());
}

// The tokenizer reads words as the pattern /[\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}\s]+/u would: runs of letters,
// marks and digits are words, runs of other characters but white space are punctuation. It scans by hand, each
// character's class looked up once and kept, and finds the words it has already seen without cutting them out of
// the text: a list repeats a few hundred syllables, and names and positions are read by the ten thousand.
const WORD_CHAR = 1;
const SPACE_CHAR = 2;
const PUNCTUATION = 3;
// An apostrophe Unicode files as a letter («ʼ», «ˈ») parts a word as «'» and «’» do: «HʼHen» = «H'Hen».
const IS_WORD_CHAR = new RegExp(`^(?![${LETTER_APOSTROPHES}])[\\p{L}\\p{M}\\p{N}]$`, 'u');
const IS_SPACE = /^\s$/u;
const classOf = (ch: string) => (IS_WORD_CHAR.test(ch) ? WORD_CHAR : IS_SPACE.test(ch) ? SPACE_CHAR : PUNCTUATION);
/** Class of each UTF-16 unit outside surrogate pairs (0: not looked at yet). */
/**
 * A word as written, with its folds: a node of the seen-words table, chained by hash. Its two tokens (punctuation
 * after it or not) are made once and shared by every text that writes the word: tokens are never changed, and a
 * list's names and positions would otherwise make hundreds of thousands of them.
 */
interface Seen extends Folded {
  text: string;
  cap: boolean;
  next: Seen | undefined;
  plain: Token | undefined;
  stopped: Token | undefined;
}

const tokenOf = (w: Seen, stop: boolean) => token(w.text, w.fold, w.ascii, w.cap, stop, w.marked);

/** Reads texts into tokens, remembering the words seen: one per run (a match), forgotten with it. */
export interface Words {
  /** Words of a text; punctuation only marks where a phrase stops. */
  tokenize(text: string): Token[];
}

/** A run's word table: its names' words are kept as long as the run keeps the table, and no longer. */
export function wordTable(): Words {
  /** Class of each UTF-16 unit outside surrogate pairs (0: not looked at yet). */
  const classes = new Uint8Array(0x10000);
  /** Whether cleaning changes each UTF-16 unit (1: no, 2: yes, 0: not looked at yet). */
  const cleaned = new Uint8Array(0x10000);
  const seenWords = new Map<number, Seen>();
  let seenCount = 0;
  // A character's length in UTF-16 units, set by classAt.
  let width = 1;
  // Words are collected here and copied out at their exact count; never shortened, it is reused text after text.
  const scratch: Token[] = [];

  /** The class of the character at `i`; `width` is set to its length in UTF-16 units. */
  const classAt = (s: string, i: number): number => {
    const code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        // A character beyond the 16-bit range: looked at each time (rare).
        width = 2;
        return classOf(s.slice(i, i + 2));
      }
    }
    width = 1;
    let c = classes[code] as number;
    if (c === 0) c = classes[code] = classOf(String.fromCharCode(code));
    return c;
  };

  /**
   * Punctuation comes next (white space aside): the word is the last before it. Known before the token is made, so
   * that tokens are never changed afterwards.
   */
  const punctuationNext = (s: string, from: number): boolean => {
    for (let i = from; i < s.length; ) {
      const kind = classAt(s, i);
      if (kind !== SPACE_CHAR) return kind === PUNCTUATION;
      i += width;
    }
    return false;
  };

  /** The word `text[start, end)` as seen before, or now. `hash`: of its UTF-16 units, as tokenize computes it. */
  const seenWord = (text: string, start: number, end: number, hash: number): Seen => {
    const length = end - start;
    const first = seenWords.get(hash);
    for (let e = first; e; e = e.next) if (e.text.length === length && text.startsWith(e.text, start)) return e;
    const w = text.slice(start, end);
    const f = foldWord(w);
    const c = w[0] ?? '';
    const e: Seen = { text: w, fold: f.fold, ascii: f.ascii, marked: f.marked, cap: c !== c.toLowerCase(), next: first, plain: undefined, stopped: undefined };
    if (seenCount < TABLE_LIMIT) {
      seenWords.set(hash, e);
      seenCount++;
    }
    return e;
  };

  /**
   * Some character of the text is one `cleanText` changes (a mark, an invisible or a look-alike character, a space
   * other than the plain one). Only such a text is cleaned before it is read: otherwise cleaning would at most join
   * plain spaces, which only separate words. Each character is asked of `cleanText` once, between two letters.
   */
  const needsCleaning = (text: string): boolean => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // A combining mark has the whole text composed (NFC), which may change characters far from it.
      if (code >= 0x300 && code <= 0x36f) return true;
      let c = cleaned[code] as number;
      if (c === 0) {
        const probe = `a${String.fromCharCode(code)}a`;
        c = cleaned[code] = cleanText(probe) === probe ? 1 : 2;
      }
      if (c === 2) return true;
    }
    return false;
  };

  return {
    tokenize(text) {
      const s = needsCleaning(text) ? cleanText(text) : text;
      let count = 0;
      const n = s.length;
      for (let i = 0; i < n; ) {
        const kind = classAt(s, i);
        const start = i;
        i += width;
        if (kind === SPACE_CHAR) continue;
        // The rest of the run of this class.
        while (i < n && classAt(s, i) === kind) i += width;
        if (kind === PUNCTUATION) continue;
        let hash = 0;
        // Kept within 30 bits: a small integer key.
        for (let k = start; k < i; k++) hash = (Math.imul(hash, 31) + s.charCodeAt(k)) & 0x3fffffff;
        const w = seenWord(s, start, i, hash);
        scratch[count++] = punctuationNext(s, i) ? (w.stopped ??= tokenOf(w, true)) : (w.plain ??= tokenOf(w, false));
      }
      return scratch.slice(0, count);
    },
  };
}

/** Words of one text read alone (the matcher's constant tables, tests); a run reads its texts with its `wordTable`. */
export function tokenize(text: string): Token[] {
  return wordTable().tokenize(text);
}

/** Every token is made here, with every field, in one order. */
export function token(text: string, fold: string, ascii: string, cap: boolean, stop: boolean, marked: boolean): Token {
  return { text, fold, ascii, cap, stop, marked };
}

/** A token for a word the matcher writes itself (an expansion, a number read from a Roman numeral). */
export function makeToken(text: string, cap: boolean, stop = false): Token {
  const f = foldWord(text);
  return token(text, f.fold, f.ascii, cap, stop, f.marked);
}

// The helpers below run for every name and job of a list.

/** The folded words, space-separated (of tokens[start, end)). */
export function foldsOf(tokens: readonly Token[], start = 0, end = tokens.length): string {
  const parts = new Array<string>(end - start);
  for (let i = start; i < end; i++) parts[i - start] = (tokens[i] as Token).fold;
  return parts.join(' ');
}

/** The words without diacritics, space-separated (of tokens[start, end)). */
export function asciisOf(tokens: readonly Token[], start = 0, end = tokens.length): string {
  const parts = new Array<string>(end - start);
  for (let i = start; i < end; i++) parts[i - start] = (tokens[i] as Token).ascii;
  return parts.join(' ');
}

/** Some word carries a diacritic. */
export function anyMarked(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).marked) return true;
  return false;
}

/** The words from `at` on are `words`, compared folded, or without diacritics when `plain`. */
export function wordsAt(tokens: readonly Token[], at: number, words: readonly string[], plain = false): boolean {
  if (at + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) {
    const t = tokens[at + k] as Token;
    if ((plain ? t.ascii : t.fold) !== words[k]) return false;
  }
  return true;
}

/** How a text uses capitals: only mixed case says where a proper name begins and ends (Title Case does not). */
export type CaseMode = 'mixed' | 'upper' | 'lower';

export function caseMode(tokens: readonly Token[]): CaseMode {
  let caps = 0;
  let lowers = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (startsWithDigit(t.text)) continue;
    if (t.cap) caps++;
    else lowers++;
  }
  if (caps && lowers) return 'mixed';
  return caps ? 'upper' : 'lower';
}
