/**
 * A cell's value as the engine's grid holds it (domain/grid.ts), from what the worksheet part says: a number (a date
 * when its style's format shows dates, counted in the workbook's date system), a shared or inline string (rich text
 * keeping each run's font, or the cell's), a boolean, an error value, or a formula's cached result.
 */
import { type Cell, struckOutText, type TextRun, unstruckRuns } from '../../domain/grid';
import type { SharedString } from './workbook-parts';

export function textCell(text: string, font: string | undefined, strike?: boolean): Cell | null {
  if (text === '') return null;
  const cell: Cell = font ? { t: 's', v: text, font } : { t: 's', v: text };
  if (strike) cell.strike = true;
  return cell;
}

export function numberCell(v: number, font: string | undefined): Cell | null {
  if (!Number.isFinite(v)) return null;
  return font ? { t: 'n', v, font } : { t: 'n', v };
}

const DAY_MS = 24 * 3600 * 1000;

/** A date serial in the workbook's date system, as a calendar date. */
export function dateCell(serial: number, date1904: boolean): Cell | null {
  // Serial 25569 is 1970-01-01 in the 1900 system; the 1904 system counts 1462 days fewer.
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
  // A time of day may round up to the next millisecond.
  const t = new Date(ms + 500);
  if (Number.isNaN(t.getTime())) return null;
  return { t: 'd', v: { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() } };
}

/** An ISO 8601 date cell (t="d"), as some programs write them. */
export function isoDateCell(text: string): Cell | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return m ? { t: 'd', v: { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } } : textCell(text, undefined);
}

/**
 * A string, plain or rich; a run without a font of its own takes the cell's. Struck through (run by run, a run
 * without properties of its own as the cell's style says): all of it, the cell is marked so; some runs only, they
 * are words struck out, no part of the text.
 */
export function stringCell(s: SharedString | undefined, font: string | undefined, strike?: boolean): Cell | null {
  if (s === undefined) return null;
  if (typeof s === 'string') return textCell(s, font, strike);
  const all: TextRun[] = s.runs.map((r) => ({ text: r.text, font: r.font ?? font, ...((r.strike ?? strike) ? { strike: true } : {}) }));
  const struck = all.every((r) => r.strike || !r.text.trim());
  const runs = struck ? all.map(({ text, font: f }) => ({ text, font: f })) : unstruckRuns(all);
  const v = runs.map((r) => r.text).join('');
  if (!v.trim()) return null;
  const cell: Cell = { t: 's', v };
  if (font) cell.font = font;
  if (runs.some((r) => r.font)) cell.runs = runs;
  if (struck) cell.strike = true;
  else {
    const out = struckOutText(all);
    if (out) cell.struckOut = out;
  }
  return cell;
}
