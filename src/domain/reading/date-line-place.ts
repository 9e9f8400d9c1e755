/**
 * The place a list's date line names ("Nhơn Hội, ngày 22 tháng 02 năm 2023" → "Nhơn Hội"): where the list was made,
 * one more piece of evidence of whose it is where a copied template's title names another unit (unit-evidence.ts).
 */
import { dateLineDate } from './date-line';
import type { RecognizedTable } from './recognize';
import { linesBelow } from './signature-unit';

/** The words before the date: up to its comma, or up to "ngày" ("An Bình ngày …"). */
const PLACE = /^\s*([^\d,:;()]{2,60}?)\s*(?:,|\s+ng[aà]y\s)/iu;

/** The date line's place and the line, under the table (its signature block) or in its title block. */
export function dateLinePlace(table: RecognizedTable): { place: string; line: string } | undefined {
  for (const line of [...linesBelow(table), ...table.titleTexts]) {
    if (!dateLineDate(line)) continue;
    const place = PLACE.exec(line.normalize('NFC'))?.[1]?.trim();
    if (place && /^\p{L}+\.?(?: \p{L}+){0,4}$/u.test(place)) return { place, line: line.trim() };
  }
  return undefined;
}
