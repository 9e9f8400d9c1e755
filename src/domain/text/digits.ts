/** Digit tests without a regular expression: asked of nearly every cell and word of a list. */

/** The text begins with an ASCII digit (as /^\d/ reads it). */
export function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** The text is ASCII digits only (as /^\d+$/ reads it). */
export function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return text.length > 0;
}
