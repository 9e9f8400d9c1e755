/**
 * A district's own summary beside the per-unit sheets it was compiled from (trial 21b #1): one workbook holding a
 * sheet per unit and a «Tổng hợp» sheet whose unit column repeats every row of those sheets. Read as registrations,
 * its rows made each exemplar a DUPLICATE «đề xuất 2 lần» and sent each unit a phiếu about a list it sent once; it is
 * not read. A summary holding a row the unit sheets do not (a person more, another birth year) may be the only place
 * of that row, and one holding the district's verdict on a row says what they do not: either is read as before. Across files nothing is set aside here (a unit's own file beside the district's
 * list is weighed elsewhere).
 */
import { normalizeRegistrations } from '../duplicates/normalize';
import type { Registration, UnitRecord } from '../records';

/** One table's rows as read, and where it is. */
export interface SheetRows {
  file: string;
  sheet: string;
  regs: readonly Registration[];
}

/** A row as the duplicate matcher names it: its folded name, the name without diacritics when either is so written. */
interface NamedRow {
  reg: Registration;
  unitId: string;
  fold: string;
  ascii: string;
  plain: boolean;
  sheet: string;
}

/**
 * The tables (by index) that are summaries of their workbook's per-unit sheets, each with the sheets it repeats: a
 * table of rows of two units or more, every row of which is, one for one, a row of another sheet of the same file
 * whose rows are all one unit's — the same unit, the same name as the matcher's keys see it (case, spacing, tone
 * placement, honorifics, abbreviations, diacritics left out) and nothing else of its own (sameRow).
 */
export function summariesOfSheets(tables: readonly SheetRows[], units: readonly UnitRecord[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const unitOf = tables.map((t) => soleUnit(t.regs));
  tables.forEach((t, i) => {
    if (unitOf[i] !== MANY) return;
    const sources = tables.filter((o, k) => k !== i && o.file === t.file && o.sheet !== t.sheet && typeof unitOf[k] === 'string');
    if (!sources.length) return;
    const repeated = repeatedSheets(t, sources, units);
    if (repeated) out.set(i, repeated);
  });
  return out;
}

const MANY = Symbol('many units');

/** The one unit all of a table's rows are counted for, MANY for several; undefined for no row, or a row of no unit. */
function soleUnit(regs: readonly Registration[]): string | typeof MANY | undefined {
  const ids = new Set(regs.map((r) => r.unitId));
  if (ids.has(undefined)) return undefined;
  const [only] = ids;
  return ids.size > 1 ? MANY : only;
}

/** The sheets the summary's rows are found in, each row matched to a row of its own; undefined when one is not. */
function repeatedSheets(summary: SheetRows, sources: readonly SheetRows[], units: readonly UnitRecord[]): string[] | undefined {
  const regs = [...summary.regs, ...sources.flatMap((s) => s.regs)];
  const sheetOf = new Map<Registration, string>(sources.flatMap((s) => s.regs.map((r) => [r, s.sheet] as const)));
  const named = new Map<Registration, NamedRow>();
  for (const m of normalizeRegistrations(regs, units))
    named.set(m.reg, { reg: m.reg, unitId: m.reg.unitId ?? '', fold: m.nameFold, ascii: m.nameAscii, plain: m.plain, sheet: sheetOf.get(m.reg) ?? '' });
  // The unit sheets' rows, by unit, each to be matched once.
  const open = new Map<string, NamedRow[]>();
  for (const s of sources)
    for (const r of s.regs) {
      const n = named.get(r);
      if (!n) continue;
      const mine = open.get(n.unitId);
      if (mine) mine.push(n);
      else open.set(n.unitId, [n]);
    }
  const found = new Set<string>();
  for (const r of summary.regs) {
    const n = named.get(r);
    const candidates = n ? open.get(n.unitId) : undefined;
    const at = n && candidates ? candidates.findIndex((o) => sameRow(n, o)) : -1;
    if (!n || !candidates || at < 0) return undefined;
    found.add((candidates[at] as NamedRow).sheet);
    candidates.splice(at, 1);
  }
  return sources.map((s) => s.sheet).filter((s, i, all) => found.has(s) && all.indexOf(s) === i);
}

/**
 * The summary's row `s` repeats the unit sheet's row `o`: the same name, no other birth year nor phase, and nothing of
 * the district's own (its vetting verdict, a proposal, a note or a withdrawal the unit's row does not have), which
 * setting it aside would lose.
 */
function sameRow(s: NamedRow, o: NamedRow): boolean {
  const name = s.fold === o.fold || ((s.plain || o.plain) && s.ascii === o.ascii);
  const year = s.reg.birthYear === undefined || o.reg.birthYear === undefined || s.reg.birthYear === o.reg.birthYear;
  const phase = s.reg.phase === undefined || o.reg.phase === undefined || s.reg.phase === o.reg.phase;
  // A note, a withdrawal or a reserve of its own (review 30: «Không xét (đã khen năm 2022)», «Dự phòng»).
  const noted = s.reg.note !== undefined && s.reg.note !== o.reg.note;
  const withdrawn = s.reg.withdrawn === true && o.reg.withdrawn !== true;
  const own = s.reg.vettedOut !== undefined || (s.reg.proposal !== undefined && o.reg.proposal === undefined) || noted || withdrawn;
  return name && year && phase && !own;
}
