/**
 * A large worksheet part cut in two at a row boundary, so that two threads can parse it at once. Each half is a
 * worksheet of its own: the first keeps everything around the rows (columns, merged ranges), the second holds only
 * rows. Parsed and put back together, the halves give the same rows as the whole.
 */

const OPEN = '<sheetData>';
const CLOSE = '</sheetData>';

/** The two halves, or undefined when the part is not one the cut can be sure of. */
export function splitSheetXml(xml: string, share = 0.5): [string, string] | undefined {
  const open = xml.indexOf(OPEN);
  const close = xml.lastIndexOf(CLOSE);
  if (open < 0 || close < open || xml.indexOf(OPEN, open + 1) >= 0) return undefined;
  const rowsStart = open + OPEN.length;
  // Inside cell data "<" is always escaped, so "<row" opens a row, unless comments or CDATA sections hide markup.
  const inside = xml.slice(rowsStart, close);
  if (inside.includes('<!--') || inside.includes('<![CDATA[')) return undefined;
  let cut = xml.indexOf('<row', rowsStart + Math.floor((close - rowsStart) * share));
  while (cut >= 0 && cut < close && !/[\s>/]/.test(xml.charAt(cut + 4))) cut = xml.indexOf('<row', cut + 4);
  if (cut < 0 || cut >= close) return undefined;
  const rootEnd = xml.lastIndexOf('</');
  if (rootEnd < close) return undefined;
  const first = xml.slice(0, cut) + xml.slice(close);
  const second = xml.slice(0, rowsStart) + xml.slice(cut, close) + CLOSE + xml.slice(rootEnd);
  return [first, second];
}
