/**
 * Highlighting findings in the user's sheets: the one change the add-in makes to the user's cells. Each highlighted
 * range's previous fill is saved in the workbook's settings first, so that one click restores it exactly.
 */
import { apiSupported } from './host';
import { readSetting, writeSettings } from './settings';

export interface Spot {
  sheet: string;
  row: number;
  column?: string;
  severity: 'error' | 'warning' | 'info';
}

interface SavedFill {
  color?: string;
  pattern?: string;
}

interface Highlight {
  sheetId: string;
  address: string;
  fills: SavedFill[][];
}

const KEY = 'dienhinh.highlights';
const MAX_SPOTS = 500;
const COLORS = { error: '#FDE7E9', warning: '#FFF4CE', info: '#E8F1FB' } as const;

const isHighlights = (v: unknown): v is Highlight[] => Array.isArray(v);
const localAddress = (a: string) => a.slice(a.lastIndexOf('!') + 1);

export const highlightsSupported = () => apiSupported('ExcelApi', '1.9');

export function highlightCount(): number {
  return readSetting(KEY, isHighlights)?.length ?? 0;
}

/** Highlights the spots (replacing any earlier highlights). Returns how many ranges were highlighted. */
export async function highlightSpots(spots: Spot[]): Promise<number> {
  await clearHighlights();
  const chosen = spots.slice(0, MAX_SPOTS);
  const saved = await Excel.run(async (context) => {
    const probes = chosen.map((s) => {
      const ws = context.workbook.worksheets.getItem(s.sheet);
      ws.load('id');
      const range = s.column ? ws.getRange(`${s.column}${s.row}`) : ws.getUsedRange(true).getIntersection(ws.getRange(`${s.row}:${s.row}`));
      range.load('address');
      const fills = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
      return { s, ws, range, fills };
    });
    await context.sync();
    const out: Highlight[] = probes.map((p) => ({
      sheetId: p.ws.id,
      address: localAddress(p.range.address),
      fills: p.fills.value.map((row) => row.map((c) => ({ color: c.format?.fill?.color, pattern: c.format?.fill?.pattern }))),
    }));
    // Saved before painting: if saving fails, nothing is painted.
    await writeSettings({ [KEY]: out });
    for (const p of probes) p.range.format.fill.color = COLORS[p.s.severity];
    await context.sync();
    return out;
  });
  return saved.length;
}

/** Restores every fill the add-in changed. Returns how many ranges were restored. */
export async function clearHighlights(): Promise<number> {
  const saved = readSetting(KEY, isHighlights) ?? [];
  if (!saved.length) return 0;
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/id');
    await context.sync();
    const ids = new Set(sheets.items.map((s) => s.id));
    for (const h of saved) {
      if (!ids.has(h.sheetId)) continue;
      const range = sheets.getItem(h.sheetId).getRange(h.address);
      if (h.fills.every((row) => row.every((f) => !f.pattern || f.pattern === 'None'))) range.format.fill.clear();
      else range.setCellProperties(h.fills.map((row) => row.map((f) => ({ format: { fill: f.pattern === 'None' ? { pattern: 'None' as const } : { color: f.color ?? '#FFFFFF' } } }))));
    }
    await context.sync();
  });
  await writeSettings({ [KEY]: undefined });
  return saved.length;
}
