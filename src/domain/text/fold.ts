/**
 * Keys for comparing Vietnamese text. The display form is never changed by these.
 *
 * - `toneKey`: case-, spacing-, NFC/NFD- and tone-placement-insensitive ("Hoà" = "Hòa", "Thuỷ" = "Thủy"),
 *   but keeps every diacritic, so "Thủy" ≠ "Thùy".
 * - `asciiKey`: every diacritic removed and punctuation turned to spaces; for headers and labels.
 */
import { cleanText } from './clean';

/**
 * Apostrophes Unicode files as letters: U+02BC «ʼ» (what Word's autocorrect and Unikey type in «HʼHen Niê»), U+02C8
 * «ˈ», U+02BB «ʻ», U+02B9 «ʹ», U+02BD «ʽ», U+A78B/U+A78C «Ꞌꞌ». Matching reads each as «'» («’», «‘», «`», «´», «′» are
 * punctuation already): one name however its apostrophe was typed.
 */
export const LETTER_APOSTROPHES = '\u02B9\u02BB\u02BC\u02BD\u02C8\uA78B\uA78C';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_DIGIT: Record<string, string> = { '\u0300': '2', '\u0301': '1', '\u0303': '4', '\u0309': '3', '\u0323': '5' };

/** Moves the tone of a word to its end as a digit, so its placement inside the word no longer matters. */
function moveTonesOf(word: string): string {
  const d = word.normalize('NFD');
  let tone = '';
  const base = d.replace(TONE_MARKS, (m) => {
    tone = TONE_DIGIT[m] ?? '';
    return '';
  });
  return base.normalize('NFC') + tone;
}

export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
}

/**
 * Each letter of the Latin blocks Vietnamese is written in, folded once as the functions above fold it: the letter
 * without its tone and the tone's digit, and the letter without any mark. A constant table: folding a word is then
 * a lookup per letter instead of two normalisations. Every such letter is a starter whose decomposition stays
 * within itself, so folding letter by letter gives what folding the whole word gives.
 */
interface FoldedLetter {
  toneless: string;
  tone: string;
  bare: string;
}

const FIRST_FOLDED = 0x00c0;

/** Indexed by code unit from U+00C0; holes outside the two blocks. */
function foldedLetters(): readonly (FoldedLetter | undefined)[] {
  const table: (FoldedLetter | undefined)[] = [];
  for (const [from, to] of [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let c = from; c <= to; c++) {
      const letter = String.fromCharCode(c);
      const moved = moveTonesOf(letter);
      const tone = /[1-5]$/.test(moved) ? moved.slice(-1) : '';
      table[c - FIRST_FOLDED] = { toneless: tone ? moved.slice(0, -1) : moved, tone, bare: stripDiacritics(letter) };
    }
  }
  return table;
}

const FOLDED = foldedLetters();

const foldedLetter = (code: number): FoldedLetter | undefined => (code >= FIRST_FOLDED ? FOLDED[code - FIRST_FOLDED] : undefined);

export function toneKey(text: string): string {
  const s = cleanText(text).toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7F]/.test(s)) return s;
  // Word by word, each word's tone moved to its end; a word with a character outside the table takes the long way.
  // Words that fold to themselves (no tone) are copied as slices of the text, not letter by letter.
  let out = '';
  // The text before `from` is in `out`.
  let from = 0;
  for (let start = 0; start <= s.length; ) {
    let end = s.indexOf(' ', start);
    if (end < 0) end = s.length;
    let folds = false;
    for (let i = start; i < end; i++) {
      const code = s.charCodeAt(i);
      if (code < 0x80) continue;
      const f = foldedLetter(code);
      if (!f) {
        out += s.slice(from, start) + moveTonesOf(s.slice(start, end));
        from = end;
        folds = false;
        break;
      }
      if (f.tone || f.toneless !== s[i]) folds = true;
    }
    if (folds) {
      out += s.slice(from, start) + foldedWord(s, start, end);
      from = end;
    }
    start = end + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** The word `s[start, end)`, every letter in the table, each letter's tone taken off and the last tone put at its end. */
function foldedWord(s: string, start: number, end: number): string {
  let word = '';
  let tone = '';
  let from = start;
  for (let i = start; i < end; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) continue;
    const f = foldedLetter(code) as FoldedLetter;
    if (!f.tone && f.toneless === s[i]) continue;
    word += s.slice(from, i) + f.toneless;
    from = i + 1;
    if (f.tone) tone = f.tone;
  }
  return word + s.slice(from, end) + tone;
}

/** `stripDiacritics` by the table, with the same fallback. */
function bareLetters(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += text[i];
      continue;
    }
    const f = foldedLetter(code);
    if (!f) return stripDiacritics(text);
    out += f.bare;
  }
  return out;
}

/**
 * The first word of `text` (after leading spaces) in lower-case ASCII letters, its marks dropped by the table; undefined
 * when that word holds anything else (a digit, punctuation, a lone mark, an invisible character), which only the
 * full fold can read. A cheap first look: a word whose bare letters begin no key cannot fold to one.
 */
export function bareFirstWord(text: string): string | undefined {
  let i = 0;
  while (text.charCodeAt(i) === 32) i++;
  let out = '';
  for (; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code === 32) break;
    if (code >= 0x80) {
      const bare = foldedLetter(code)?.bare;
      if (bare?.length !== 1) return undefined;
      code = bare.charCodeAt(0);
    }
    if (code >= 65 && code <= 90) code += 32;
    else if (code < 97 || code > 122) return undefined;
    out += String.fromCharCode(code);
  }
  return out || undefined;
}

export function asciiKey(text: string): string {
  return bareLetters(cleanText(text).toLowerCase())
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * False when `asciiKey(text)` cannot be `key`: every ASCII letter and digit of a text survives into its key,
 * lowercased and in order, so they must appear in `key` in that order. Tells most cells from a label without
 * folding them (or looking them up).
 */
export function mayHaveAsciiKey(text: string, key: string): boolean {
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
    while (k < key.length && key.charCodeAt(k) !== c) k++;
    if (k === key.length) return false;
    k++;
  }
  return true;
}
