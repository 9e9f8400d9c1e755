/**
 * Highlighting findings in the user's sheets without touching the user's cells: each highlight is a conditional
 * format the add-in owns (a custom rule whose formula carries a marker and is always true), laid over the cells'
 * own fills. «Bỏ tô màu» deletes the add-in's rules, found by their marker, and nothing else: the user's fills,
 * patterns and own conditional formats are never written, whatever the user inserted, deleted, sorted or refilled
 * in between. (Saving fills and writing them back at saved addresses wiped the user's fills once rows had moved.)
 *
 * Workbooks highlighted by an earlier version hold saved fills (a list in the settings): those are given back only
 * where a cell still shows the colour the add-in painted; any other cell is left, and counted for the pane to say.
 */
import { apiSupported } from './host';
import { readSetting, writeSettings } from './settings';

export interface Spot {
  sheet: string;
  row: number;
  column?: string;
  severity: 'error' | 'warning' | 'info';
}

export interface HighlightResult {
  /** Ranges highlighted (runs of neighbouring rows of one kind count once). */
  ranges: number;
  /** Rows with a finding left unhighlighted because of the cap on rules. */
  rowsLeft: number;
}

export interface ClearResult {
  /** Highlights removed. */
  ranges: number;
  /** Ranges highlighted by an earlier version whose old fill could not be given back safely (the cell changed since). */
  kept: string[];
}

/** What an earlier version kept: the fills it painted over, by address. */
interface LegacyFill {
  color?: string;
  pattern?: string;
}
interface LegacyHighlight {
  sheetId: string;
  address: string;
  fills: LegacyFill[][];
}
interface Marked {
  version: 2;
  ranges: number;
}

const KEY = 'dienhinh.highlights';
/** Conditional formats added at most: thousands of rules make Excel slow, and runs of rows share one rule. */
export const MAX_RULES = 500;
const COLORS = { error: '#FDE7E9', warning: '#FFF4CE', info: '#E8F1FB' } as const;
type Severity = Spot['severity'];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** The marker in the rule's formula: how the add-in knows its own rules, in this session or the next. */
const MARKER = 'dienhinh.highlight';
const formulaFor = (severity: Severity) => `=ISTEXT("${MARKER}:${severity}")`;
const isOurs = (formula: unknown) => typeof formula === 'string' && formula.toLowerCase().includes(MARKER);

const isLegacy = (v: unknown): v is LegacyHighlight[] => Array.isArray(v);
const isMarked = (v: unknown): v is Marked => typeof v === 'object' && v !== null && (v as Marked).version === 2;
const isSetting = (v: unknown): v is LegacyHighlight[] | Marked => isLegacy(v) || isMarked(v);

export const highlightsSupported = () => apiSupported('ExcelApi', '1.9');

export function highlightCount(): number {
  const v = readSetting(KEY, isSetting);
  return !v ? 0 : isLegacy(v) ? v.length : v.ranges;
}

/** One rule's cells: rows first..last of a sheet, one column or the used columns. */
interface Block {
  sheet: string;
  column?: string;
  first: number;
  last: number;
  severity: Severity;
}

/**
 * Spots to blocks: the most severe kind per place, neighbouring rows of one sheet, column and kind joined; the most
 * severe blocks first, so that a cap leaves out the least severe.
 */
export function spotBlocks(spots: Spot[]): Block[] {
  const worst = new Map<string, Spot>();
  for (const s of spots) {
    const k = `${s.sheet}\u0000${s.column ?? ''}\u0000${s.row}`;
    const had = worst.get(k);
    if (!had || RANK[s.severity] < RANK[had.severity]) worst.set(k, s);
  }
  const sorted = [...worst.values()].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || a.sheet.localeCompare(b.sheet) || (a.column ?? '').localeCompare(b.column ?? '') || a.row - b.row,
  );
  const blocks: Block[] = [];
  for (const s of sorted) {
    const prev = blocks.at(-1);
    if (prev && prev.sheet === s.sheet && prev.column === s.column && prev.severity === s.severity && prev.last + 1 === s.row) prev.last = s.row;
    else blocks.push({ sheet: s.sheet, ...(s.column ? { column: s.column } : {}), first: s.row, last: s.row, severity: s.severity });
  }
  return blocks;
}

/** Rows (sheet and row) in the blocks left out and in none of the blocks kept. */
function rowsLeftOut(kept: Block[], left: Block[]): number {
  const covered = new Set<string>();
  for (const b of kept) for (let r = b.first; r <= b.last; r++) covered.add(`${b.sheet}\u0000${r}`);
  const out = new Set<string>();
  for (const b of left) for (let r = b.first; r <= b.last; r++) if (!covered.has(`${b.sheet}\u0000${r}`)) out.add(`${b.sheet}\u0000${r}`);
  return out.size;
}

const colLetter = (c: number) => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Highlights the spots (replacing any earlier highlights). */
export async function highlightSpots(spots: Spot[]): Promise<HighlightResult> {
  await clearHighlights();
  const blocks = spotBlocks(spots);
  const chosen = blocks.slice(0, MAX_RULES);
  const rowsLeft = rowsLeftOut(chosen, blocks.slice(MAX_RULES));
  if (!chosen.length) return { ranges: 0, rowsLeft };
  // Saved before painting: "Bỏ tô màu" is offered as soon as anything may have been painted.
  await writeSettings({ [KEY]: { version: 2, ranges: chosen.length } satisfies Marked });
  await Excel.run(async (context) => {
    const sheets = [...new Set(chosen.map((b) => b.sheet))].map((name) => {
      const ws = context.workbook.worksheets.getItem(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('columnIndex,columnCount');
      return { name, ws, used };
    });
    await context.sync();
    const byName = new Map(sheets.map((s) => [s.name, s]));
    // Each rule goes to the top priority: the least severe first, so that an error's colour wins over a warning's.
    for (const b of [...chosen].reverse()) {
      const s = byName.get(b.sheet);
      if (!s) continue;
      const cols = b.column ? [b.column, b.column] : s.used.isNullObject ? ['A', 'A'] : [colLetter(s.used.columnIndex), colLetter(s.used.columnIndex + s.used.columnCount - 1)];
      const cf = s.ws.getRange(`${cols[0]}${b.first}:${cols[1]}${b.last}`).conditionalFormats.add('Custom');
      cf.custom.rule.formula = formulaFor(b.severity);
      cf.custom.format.fill.color = COLORS[b.severity];
    }
    await context.sync();
  });
  return { ranges: chosen.length, rowsLeft };
}

/** Removes every highlight the add-in set; the user's fills and own conditional formats stay as they are. */
export async function clearHighlights(): Promise<ClearResult> {
  const saved = readSetting(KEY, isSetting);
  const legacy = saved && isLegacy(saved) ? await clearLegacy(saved) : { ranges: 0, kept: [] };
  const ranges = await deleteOurRules();
  if (saved) await writeSettings({ [KEY]: undefined });
  return { ranges: ranges + legacy.ranges, kept: legacy.kept };
}

/** Deletes the add-in's conditional formats in every sheet, found by their marker (copies of them too). */
async function deleteOurRules(): Promise<number> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const collections = sheets.items.map((ws) => {
      const c = ws.getRange().conditionalFormats;
      c.load('items/type');
      return c;
    });
    await context.sync();
    const custom = collections.flatMap((c) => c.items.filter((cf) => cf.type === 'Custom'));
    for (const cf of custom) cf.custom.rule.load('formula');
    await context.sync();
    const ours = custom.filter((cf) => isOurs(cf.custom.rule.formula));
    for (const cf of ours) cf.delete();
    if (ours.length) await context.sync();
    return ours.length;
  });
}

const PAINTED = new Set<string>(Object.values(COLORS).map((c) => c.toUpperCase()));

/**
 * An earlier version's saved fills: given back only to cells that still show a colour the add-in painted and no
 * pattern; any other cell holds the user's own fill (or a row moved there) and is left as it is.
 */
async function clearLegacy(saved: LegacyHighlight[]): Promise<{ ranges: number; kept: string[] }> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/id,items/name');
    await context.sync();
    const byId = new Map(sheets.items.map((s) => [s.id, s]));
    const probes = saved.flatMap((h) => {
      const ws = byId.get(h.sheetId);
      if (!ws) return [];
      const range = ws.getRange(h.address);
      const now = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
      return [{ h, ws, range, now }];
    });
    await context.sync();
    const kept: string[] = [];
    for (const p of probes) {
      let changed = false;
      const props = p.h.fills.map((row, i) =>
        row.map((old, j) => {
          const fill = p.now.value[i]?.[j]?.format?.fill;
          const ours = fill && (fill.pattern === 'Solid' || fill.pattern === undefined) && PAINTED.has(String(fill.color ?? '').toUpperCase());
          if (!ours) {
            changed = true;
            return {};
          }
          const back: Excel.CellPropertiesFill = !old.pattern || old.pattern === 'None' ? { pattern: 'None' } : { color: old.color ?? '#FFFFFF', pattern: old.pattern as Excel.FillPattern };
          return { format: { fill: back } };
        }),
      );
      p.range.setCellProperties(props);
      if (changed) kept.push(`${p.ws.name}!${p.h.address}`);
    }
    await context.sync();
    return { ranges: probes.length, kept };
  });
}
