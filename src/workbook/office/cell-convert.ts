/**
 * One cell as Office.js reports it (value, value type, number format) → the engine's Cell, the same as the ExcelJS
 * adapter gives for the same cell: dates from serial numbers whose format is a date format, errors from valueTypes
 * (an error comes back in `values` as a string such as "#N/A", indistinguishable from text without its type).
 */
import { fromExcelSerial } from '../../domain/dates/calendar';
import { isDateFormat } from '../number-format';
import type { Cell } from '../../domain/grid';

export type OfficeValueType = 'Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue';

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
