/**
 * An achievements text of several lines as the signed list prints it: one item a line, each with its bullet. Units
 * type items apart (Alt+Enter, Word paragraphs or bullets, several rows, several proposing units); Word's bullets are
 * no part of the text, so an item that has none gets the dash the others are typed with.
 */

/** A line that begins with its own mark: a dash, a bullet, "+", a number or a letter ("1.", "a)"). */
const MARKED = /^(?:[-–—+•·*●○◦▪■□➢➤►❖✓✔]|\d{1,2}[.)]|\p{Ll}\))/u;
/** A line ending in a colon introduces the items under it ("Thành tích năm 2022:"): it keeps no bullet. */
const INTRODUCES = /:$/;

export function printedAchievements(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 2) return lines[0] ?? '';
  return lines.map((l) => (MARKED.test(l) || INTRODUCES.test(l) ? l : `- ${l}`)).join('\n');
}
