/**
 * The «Cấu hình» sheet of the open workbook, written by the task pane: the district's profile, read alike by the
 * pane, the DIENHINH functions and the command line. Only the settings the user changed are written: a row of the
 * sheet whose key is the setting's gets its value, else a row is added under the others; a workbook without the sheet
 * gets one («Khóa | Giá trị»). A sheet of that name that is no key/value table (a user's own) is never written.
 */
import type { SettingRow } from '../../domain/profile/profile-edits';
import { asciiKey, cleanText } from '../../domain/text';

export const PROFILE_SHEET_NAME = 'Cấu hình';
const HEADER = ['Khóa', 'Giá trị'];
const KEY_WORDS = ['khoa', 'thong so', 'tham so', 'noi dung', 'muc'];
/** Header rows looked for at the top of the sheet. */
const HEADER_ROWS = 10;

export type ProfileSheetWrite = { status: 'written'; sheet: string; created: boolean } | { status: 'not-a-profile-sheet'; sheet: string };

interface Layout {
  keyCol: number;
  valueCol: number;
  /** 0-based index of the first row of settings. */
  start: number;
}

/** Where the sheet keeps its keys and values, as the engine reads it (sheet-profile.ts): a «Khóa | Giá trị» header, or keys in A and values in B. */
function layoutOf(values: unknown[][], known: ReadonlySet<string>): Layout | undefined {
  for (let r = 0; r < Math.min(HEADER_ROWS, values.length); r++) {
    const keys = (values[r] ?? []).map((v) => asciiKey(cleanText(String(v ?? ''))));
    const keyCol = keys.findIndex((k) => KEY_WORDS.includes(k));
    const valueCol = keys.findIndex((k) => k === 'gia tri');
    if (keyCol >= 0 && valueCol >= 0) return { keyCol, valueCol, start: r + 1 };
  }
  // No header: every key in A is one of the profile's (a user's sheet of other rows is not the profile's).
  const keys = values.map((row) => cleanText(String(row[0] ?? ''))).filter(Boolean);
  return keys.length && keys.every((k) => known.has(asciiKey(k)) || /^[a-zA-Z]+(\.[a-zA-Z]+)*$/.test(k)) ? { keyCol: 0, valueCol: 1, start: 0 } : undefined;
}

/**
 * Writes `rows` (each set where its key is, else added), and `ifAbsent` only where the sheet has no row of that key.
 * `known`: the labels of every setting, to tell the profile's sheet without a header from a user's sheet.
 */
export async function writeProfileSheet(rows: SettingRow[], ifAbsent: SettingRow[], known: readonly string[]): Promise<ProfileSheetWrite> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const existing = sheets.items.find((s) => asciiKey(s.name) === asciiKey(PROFILE_SHEET_NAME));
    let ws: Excel.Worksheet;
    let values: unknown[][] = [];
    let layout: Layout | undefined;
    let top = 0;
    let left = 0;
    if (existing) {
      ws = existing;
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('values,rowIndex,columnIndex');
      await context.sync();
      if (!used.isNullObject) {
        values = used.values as unknown[][];
        top = used.rowIndex;
        left = used.columnIndex;
      }
      layout = values.length ? layoutOf(values, new Set(known.map(asciiKey))) : { keyCol: 0, valueCol: 1, start: 0 };
      if (!layout) return { status: 'not-a-profile-sheet', sheet: existing.name };
    } else {
      ws = sheets.add(PROFILE_SHEET_NAME);
      values = [HEADER];
      layout = { keyCol: 0, valueCol: 1, start: 1 };
    }
    const { keyCol, valueCol, start } = layout;
    // The last row of a key is the one the engine applies.
    const rowOf = new Map<string, number>();
    for (let r = start; r < values.length; r++) {
      const k = asciiKey(cleanText(String(values[r]?.[keyCol] ?? '')));
      if (k) rowOf.set(k, r);
    }
    let next = values.length;
    const put = (r: number, c: number, v: string | number | boolean) => {
      const cell = ws.getRangeByIndexes(top + r, left + c, 1, 1);
      // Text stays text: a date typed «25/02/2023» or a name is not turned into a date or a formula.
      cell.numberFormat = [[typeof v === 'string' ? '@' : 'General']];
      cell.values = [[v]];
    };
    if (!existing) HEADER.forEach((h, c) => put(0, c, h));
    for (const { label, value } of [...rows, ...ifAbsent.filter((x) => !rowOf.has(asciiKey(x.label)))]) {
      const at = rowOf.get(asciiKey(label));
      if (at !== undefined) put(at, valueCol, value);
      else {
        put(next, keyCol, label);
        put(next, valueCol, value);
        rowOf.set(asciiKey(label), next++);
      }
    }
    if (!existing) ws.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 220;
    await context.sync();
    return { status: 'written', sheet: existing?.name ?? PROFILE_SHEET_NAME, created: !existing };
  });
}
