/**
 * Rows hidden in the open workbook's lists: Office.js cannot tell a row the unit hid to take it out from a row folded
 * in a collapsed outline group, so they are counted (no exemplar lost) and the pane names them.
 */
import type { TableInfo } from '../domain/records';
import { ui } from './ui/texts';

export function hiddenRowsNotes(hidden: { sheet: string; rows: number[] }[], tables: TableInfo[], file: string): string[] {
  return hidden.flatMap(({ sheet, rows }) => {
    const lists = tables.filter((t) => t.file === file && t.sheet === sheet && t.kind === 'registrations');
    if (!lists.length) return [];
    const header = Math.min(...lists.map((t) => t.headerRow));
    const inList = rows.filter((r) => r > header);
    return inList.length ? [ui.hiddenRowsCounted(sheet, inList)] : [];
  });
}
