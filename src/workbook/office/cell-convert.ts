/**
 * One cell as Office.js reports it (value, value type, number format) → the engine's Cell, the same as the ExcelJS
 * adapter gives for the same cell: dates from serial numbers whose format is a date format, errors from valueTypes
 * (an error comes back in `values` as a string such as "#N/A", indistinguishable from text without its type).
 */
import { fromExcelSerial } from '../../domain/dates/calendar';
import type { Cell } from '../../domain/grid';

export type OfficeValueType = 'Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue';

/** True when an Excel number format shows a date (or date and time), not a plain number or a duration. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const first = format.split(';')[0] ?? '';
  // [h], [mm], [ss]: elapsed time, a duration rather than a date.
  if (/\[(h+|m+|s+)\]/i.test(first)) return false;
  const bare = first
    .replace(/"[^"]*"/g, '') // literal text
    .replace(/\\./g, '') // escaped characters
    .replace(/\[[^\]]*\]/g, '') // colours, locales, conditions, elapsed-time brackets
    .replace(/[_*]./g, ''); // padding and fill characters
  if (/general/i.test(bare)) return false;
  if (/[dy]/i.test(bare)) return true;
  // "m" alone is a month unless hours or seconds say it is minutes.
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}

export function toGridCell(value: unknown, type: OfficeValueType | string, format: string | undefined, date1904: boolean): Cell | null {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { t: 'e', v: String(value) };
    case 'Boolean':
      return { t: 'b', v: Boolean(value) };
    case 'Integer':
    case 'Double': {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) return null;
      if (isDateFormat(format)) {
        const d = fromExcelSerial(n, date1904);
        if (d) return { t: 'd', v: d };
      }
      return { t: 'n', v: n };
    }
    default: {
      if (value === null || value === undefined || value === '') return null;
      if (typeof value === 'number') return Number.isFinite(value) ? { t: 'n', v: value } : null;
      if (typeof value === 'boolean') return { t: 'b', v: value };
      return { t: 's', v: String(value) };
    }
  }
}
