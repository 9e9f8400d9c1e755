/** Numbers and dates as Vietnamese staff read them, whatever the browser's language: 100.000 and 25/02/2023. */
import { formatDate, isValidDate, parseIsoDate } from '../../domain/dates/calendar';

export { formatNumber } from '../../domain/report/format-number';

/** "2023-02-25" → "25/02/2023"; anything else as it is. */
export function isoToDmy(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? formatDate(d) : iso;
}

/** "25/02/2023", "25-2-2023", "25.02.2023" → "2023-02-25"; undefined when it is no real date. */
export function dmyToIso(text: string): string | undefined {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(y, mo, d)) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
