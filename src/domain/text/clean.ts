/**
 * Cleaning of cell text as staff type it: composed Unicode, the look-alike "Ð", invisible and
 * bidi characters, non-breaking spaces, soft hyphens and in-cell line breaks.
 */

// Zero-width characters, BOM, word joiner, soft hyphen, bidi embeddings/overrides/isolates and marks.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// Every kind of space and line break collapses to one plain space.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** True when the text holds characters that cleaning removes silently (shown in findings). */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}

/** NFC, "Ð"/"ð" typed for "Đ"/"đ", invisible characters removed, spaces collapsed, trimmed. */
export function cleanText(text: string): string {
  let s = text;
  // ASCII fast path: nothing but spacing can change.
  // eslint-disable-next-line no-control-regex
  if (!/[^\x20-\x7E]/.test(s)) return s.includes('  ') || s !== s.trim() ? s.replace(SPACES, ' ').trim() : s;
  s = s.normalize('NFC').replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ').replace(/\u0189/g, 'Đ');
  s = s.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  return s;
}
