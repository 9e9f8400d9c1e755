/**
 * A symbol Word inserts (w:sym: a symbol font and a character code) read as the mark it shows: a tick or a ticked
 * box is a mark ("x", as a typed mark is), an empty box or a cross is none. A cross says "no" on a form of boxes, so
 * it is never read as a yes; other symbols are decoration and are not read.
 */

/** Character codes (the font's own, 0x20–0xFF) that show a tick, by symbol font. */
const TICKS: Record<string, readonly number[]> = {
  // ✓ ✔ (0xFC), ☑ (0xFE)
  wingdings: [0xfc, 0xfe],
  // ✓ (P), ☑ (R)
  'wingdings 2': [0x50, 0x52],
  // √, the square root sign inserted as a tick
  symbol: [0xd6],
  // ✓ (a)
  webdings: [0x61],
};

/** Unicode ticks a symbol may carry as its code (a Unicode font such as Segoe UI Symbol, MS Gothic). */
const UNICODE_TICKS = new Set([0x2713, 0x2714, 0x2611, 0x221a, 0x1f5f8]);

/** The text a w:sym shows as a mark: "x" for a tick, undefined for anything else (an empty box, a cross, a bullet). */
export function symbolMark(font: string | undefined, char: string | undefined): string | undefined {
  const code = char ? parseInt(char, 16) : NaN;
  if (!Number.isFinite(code)) return undefined;
  if (UNICODE_TICKS.has(code)) return 'x';
  // A symbol font's characters are written in the private use area from F000 (F0FC is the font's 0xFC).
  const own = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  const ticks = TICKS[(font ?? '').trim().toLowerCase()];
  return ticks?.includes(own) ? 'x' : undefined;
}

/** Fonts of pictures only: no character of theirs is a letter. */
const PICTURE_FONTS = new Set(['wingdings', 'wingdings 2', 'webdings']);

/**
 * Text typed in a symbol font (a tick typed as «ü» in Wingdings, or as its private-use code): a tick as «x»; the
 * picture fonts' other characters dropped, the Symbol font's (Greek letters, signs) kept as they are. Undefined when
 * the font is no symbol font (the text is then text).
 */
export function symbolFontText(font: string | undefined, text: string): string | undefined {
  const key = (font ?? '').trim().toLowerCase();
  if (!TICKS[key]) return undefined;
  let out = '';
  for (const ch of text) out += symbolMark(font, (ch.codePointAt(0) ?? 0).toString(16)) ?? (PICTURE_FONTS.has(key) ? '' : ch);
  return out;
}
