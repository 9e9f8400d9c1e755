/**
 * Cleaning of cell text as staff type it: composed Unicode, the look-alike "Ð", invisible and
 * bidi characters, non-breaking spaces, soft hyphens and in-cell line breaks.
 */

// Zero-width characters, BOM, word joiner, soft hyphen, bidi embeddings/overrides/isolates and marks.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// A zero-width space standing for the space between two words («Văn\u200BHòa», pasted from the web): a capital
// after a small letter opens the next word. Within a word («Nguy\u200Bễn», «H\u200BÒA», «LH\u200BPN») it is only
// removed.
const WORD_BREAK = /(?<=\p{Ll}\p{M}*)\u200B(?=\p{Lu})/gu;
// Every kind of space and line break collapses to one plain space.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

// Combining marks: decomposed (NFD) text, or a mark typed after its letter.
const COMBINING = /[\u0300-\u036f]/;
const LOOKALIKE = /[\u00D0\u00F0\u0189]/;
// Anything but single plain spaces between words.
const UNTIDY = /^\s|\s$|\s\s|[^\S ]/;
// Any of the above in one pass (one class holds every character they look for, JavaScript's \s but the plain space
// included): most cells are clean already, and long ones are then read once, not four times.
// A space is looked at once: the one before another, or at the end; a leading one last.
const ANY_WORK =
  /[\u0300-\u036f\t\n\v\f\r\u00A0\u00AD\u00D0\u00F0\u0189\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F\u2060-\u2064\u2066-\u2069\u3000\uFEFF\uFF10-\uFF19]| (?: |$)|^ /;
// Full-width digits («１９６６», typed with an East Asian keyboard on): read as the digits they are. Only the digits:
// NFKC of the whole text would rewrite other characters the user typed.
const WIDE_DIGITS = /[\uFF10-\uFF19]/g;

/** True when the text holds characters that cleaning removes silently (shown in findings). */
export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text);
}

/** False when `cleanText` gives the text back as it is (most cells): one look, no cleaning. */
export function mayNeedCleaning(text: string): boolean {
  return ANY_WORK.test(text);
}

/** NFC, "Ð"/"ð" typed for "Đ"/"đ", full-width digits as ASCII, invisible characters removed, spaces collapsed, trimmed. */
export function cleanText(text: string): string {
  if (!ANY_WORK.test(text)) return text;
  let s = text;
  // Most cells need nothing but a look: test before paying for a replace or a normalisation.
  // Invisible characters go first: one between a letter and its mark would keep NFC from composing them.
  INVISIBLE.lastIndex = 0;
  if (INVISIBLE.test(s)) s = s.replace(WORD_BREAK, ' ').replace(INVISIBLE, '');
  if (COMBINING.test(s)) s = s.normalize('NFC');
  if (LOOKALIKE.test(s)) s = s.replace(/\u00D0|\u0189/g, 'Đ').replace(/\u00F0/g, 'đ');
  WIDE_DIGITS.lastIndex = 0;
  if (WIDE_DIGITS.test(s)) s = s.replace(WIDE_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (UNTIDY.test(s)) s = s.replace(SPACES, ' ').trim();
  return s;
}
