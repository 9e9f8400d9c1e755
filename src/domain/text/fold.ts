/**
 * Keys for comparing Vietnamese text. The display form is never changed by these.
 *
 * - `toneKey`: case-, spacing-, NFC/NFD- and tone-placement-insensitive ("Hoà" = "Hòa", "Thuỷ" = "Thủy"),
 *   but keeps every diacritic, so "Thủy" ≠ "Thùy".
 * - `asciiKey`: every diacritic removed and punctuation turned to spaces; for headers and labels.
 */
import { cleanText } from './clean';
import { memoize } from './memo';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_DIGIT: Record<string, string> = { '\u0300': '2', '\u0301': '1', '\u0303': '4', '\u0309': '3', '\u0323': '5' };

/** Moves the tone of each word to its end as a digit, so its placement inside the word no longer matters. */
const moveTones = memoize(moveTonesOf);
function moveTonesOf(word: string): string {
  const d = word.normalize('NFD');
  let tone = '';
  const base = d.replace(TONE_MARKS, (m) => {
    tone = TONE_DIGIT[m] ?? '';
    return '';
  });
  return base.normalize('NFC') + tone;
}

export const toneKey = memoize((text: string): string => {
  const s = cleanText(text).toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7F]/.test(s)) return s;
  return s.split(' ').map(moveTones).join(' ');
});

export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
}

export const asciiKey = memoize((text: string): string =>
  stripDiacritics(cleanText(text).toLowerCase())
    .replace(/[^a-z0-9]+/g, ' ')
    .trim(),
);

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
