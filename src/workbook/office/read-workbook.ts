/**
 * The Office.js adapter, reading side: the open workbook → the same WorkbookGrid the ExcelJS adapter gives for the
 * saved file. A fixed number of syncs whatever the row count: (1) sheets and date system, (2) used ranges and
 * merges, (3) values, value types and number formats in chunks (one sync per ~60,000 cells), (4) fonts, only of the
 * cells whose text may be in a legacy encoding, and only when there are such cells.
 */
import type { Cell, Merge, SheetGrid, WorkbookGrid } from '../../domain/grid';
import { mayBeLegacy } from '../../domain/text';
import { toGridCell } from './cell-convert';
import { apiSupported } from './host';
import { Budget, Chunk, chunksOf, DEFAULT_BUDGET, halve, isPayloadError, MIN_CHUNK_CELLS, SheetExtent, syncGroups } from './read-plan';

export interface OpenWorkbookRead {
  grid: WorkbookGrid;
  /** Every sheet of the workbook, the skipped ones included, by name → id. */
  sheets: { name: string; id: string }[];
  /**
   * Rows hidden in a sheet with no filter and no table, by sheet name (1-based). Office.js tells that a row is hidden,
   * not why: a row the unit hid to take it out and a row folded in a collapsed outline group (Data > Group) look the
   * same. They are not given to the engine as hidden, so they count (no exemplar is lost); the pane names them.
   */
  hiddenRows: { sheet: string; rows: number[] }[];
  syncs: number;
}

export interface ReadOptions {
  /** Ids of sheets not to read (those the add-in made itself). */
  skipSheetIds?: ReadonlySet<string>;
  budget?: Budget;
}

export const OPEN_WORKBOOK_NAME = 'Sổ làm việc đang mở';

interface LoadedChunk {
  chunk: Chunk;
  range: Excel.Range;
  /** Which of the sheet's columns are hidden, asked with its first chunk (a field's visible column is read first). */
  columns?: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
  /** Which of the chunk's rows are hidden (to name them: the reason is not known, see OpenWorkbookRead). */
  rows?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
}

type Sync = () => Promise<void>;

/** Loads every extent in chunks; on a payload error, starts again with half the chunk and half the sync budget. */
async function loadValues(ws: Excel.Worksheet[], extents: SheetExtent[], budget: Budget, sync: Sync): Promise<LoadedChunk[]> {
  let b = budget;
  const hiddenKnown = apiSupported('ExcelApi', '1.9');
  for (;;) {
    const loaded: LoadedChunk[] = [];
    try {
      for (const group of syncGroups(chunksOf(extents, b.chunkCells), b.syncCells)) {
        const part: LoadedChunk[] = group.map((chunk) => {
          const range = (ws[chunk.sheet] as Excel.Worksheet).getRangeByIndexes(chunk.row, chunk.col, chunk.rows, chunk.cols);
          range.load('values,valueTypes,numberFormat');
          const first = chunk.row === extents.find((x) => x.sheet === chunk.sheet)?.row;
          const columns = hiddenKnown && first ? range.getColumnProperties({ columnIndex: true, columnHidden: true }) : undefined;
          const rows = hiddenKnown ? range.getRowProperties({ rowIndex: true, rowHidden: true }) : undefined;
          return { chunk, range, columns, rows };
        });
        await sync();
        for (const p of part) loaded.push(p);
      }
      return loaded;
    } catch (e) {
      if (!isPayloadError(e) || b.chunkCells <= MIN_CHUNK_CELLS) throw e;
      b = halve(b);
    }
  }
}

interface FontProbe {
  sheet: number;
  col: number;
  top: number;
  result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

export async function readOpenWorkbook(options: ReadOptions = {}): Promise<OpenWorkbookRead> {
  return Excel.run(async (context) => {
    let syncs = 0;
    const sync: Sync = async () => {
      syncs++;
      await context.sync();
    };
    const wb = context.workbook;

    // 1. Sheets, the workbook's name and its date system (DATE(1904,1,1) is 0 only in the 1904 system).
    const collection = wb.worksheets;
    collection.load('items/name,items/id,items/visibility');
    const hasName = apiSupported('ExcelApi', '1.7');
    if (hasName) wb.load('name');
    const epoch = wb.functions.date(1904, 1, 1);
    epoch.load('value');
    await sync();
    const date1904 = epoch.value === 0;
    const all = collection.items.map((s) => ({ name: s.name, id: s.id }));
    const read = collection.items.filter((s) => !options.skipSheetIds?.has(s.id));

    // 2. Used ranges (values only: formatting alone is not data) and merged areas.
    const mergesSupported = apiSupported('ExcelApi', '1.13');
    const filtersKnown = apiSupported('ExcelApi', '1.9');
    const used = read.map((s) => {
      const r = s.getUsedRangeOrNullObject(true);
      // A filtered sheet's hidden rows are out of view, and so are those of a sheet with an Excel table, whose own
      // filter may hide them: nothing to name.
      if (filtersKnown) {
        s.autoFilter.load('enabled');
        s.tables.load('items/name');
      }
      r.load('rowIndex,columnIndex,rowCount,columnCount');
      let merged: Excel.RangeAreas | undefined;
      if (mergesSupported) {
        merged = r.getMergedAreasOrNullObject();
        merged.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
      }
      return { r, merged };
    });
    await sync();
    const extents: SheetExtent[] = [];
    used.forEach(({ r }, i) => {
      if (!r.isNullObject) extents.push({ sheet: i, row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount });
    });

    // 3. Values, types and number formats, chunked.
    const loaded = await loadValues(read, extents, options.budget ?? DEFAULT_BUDGET, sync);
    const rows: (Cell | null)[][][] = read.map(() => []);
    const hidden: number[][] = read.map(() => []);
    const hiddenRows: number[][] = read.map(() => []);
    for (const { chunk, columns, rows: rowProps } of loaded) {
      for (const p of columns?.value ?? []) if (p.columnHidden && p.columnIndex !== undefined) hidden[chunk.sheet]?.push(p.columnIndex + 1);
      const ws = read[chunk.sheet] as Excel.Worksheet;
      if (filtersKnown && (ws.autoFilter.enabled || ws.tables.items.length > 0)) continue;
      for (const p of rowProps?.value ?? []) if (p.rowHidden && p.rowIndex !== undefined) hiddenRows[chunk.sheet]?.push(p.rowIndex + 1);
    }
    const suspects = new Map<string, { sheet: number; col: number; rows: number[] }>();
    for (const { chunk, range } of loaded) {
      const sheetRows = rows[chunk.sheet] as (Cell | null)[][];
      const values = range.values;
      const types = range.valueTypes;
      const formats = range.numberFormat;
      for (let i = 0; i < chunk.rows; i++) {
        const r = chunk.row + i;
        const out = (sheetRows[r] ??= []);
        for (let j = 0; j < chunk.cols; j++) {
          const c = chunk.col + j;
          const cell = toGridCell(values[i]?.[j], String(types[i]?.[j] ?? ''), String(formats[i]?.[j] ?? ''), date1904);
          if (!cell) continue;
          out[c] = cell;
          if (cell.t === 's' && mayBeLegacy(cell.v)) {
            const key = `${chunk.sheet}:${c}`;
            const s = suspects.get(key) ?? { sheet: chunk.sheet, col: c, rows: [] };
            s.rows.push(r);
            suspects.set(key, s);
          }
        }
      }
    }

    // 4. Fonts, only where the text could be TCVN3 or VNI: the font name says which.
    if (suspects.size && apiSupported('ExcelApi', '1.9')) {
      const probes: FontProbe[] = [];
      for (const s of suspects.values()) {
        const top = s.rows.reduce((a, b) => Math.min(a, b), Infinity);
        const bottom = s.rows.reduce((a, b) => Math.max(a, b), -Infinity);
        const range = (read[s.sheet] as Excel.Worksheet).getRangeByIndexes(top, s.col, bottom - top + 1, 1);
        probes.push({ sheet: s.sheet, col: s.col, top, result: range.getCellProperties({ format: { font: { name: true } } }) });
      }
      await sync();
      for (const p of probes) {
        p.result.value.forEach((row, i) => {
          const font = row[0]?.format?.font?.name;
          const cell = rows[p.sheet]?.[p.top + i]?.[p.col];
          if (font && cell && (cell.t === 's' || cell.t === 'n')) cell.font = font;
        });
      }
    }

    const sheets: SheetGrid[] = read.map((s, i) => {
      const sheetRows = rows[i] as (Cell | null)[][];
      for (let r = 0; r < sheetRows.length; r++) sheetRows[r] ??= [];
      const hiddenColumns = hidden[i] ?? [];
      return {
        name: s.name,
        rows: sheetRows,
        merges: mergesOf(used[i]?.merged),
        ...(hiddenColumns.length ? { hiddenColumns } : {}),
        // Hidden or very hidden: a sheet the workbook keeps out of sight (an old list, a lookup table).
        ...(s.visibility !== 'Visible' ? { hidden: true as const } : {}),
      };
    });
    const fileName = hasName && wb.name ? wb.name : OPEN_WORKBOOK_NAME;
    // Only rows that hold something: an empty hidden row changes no count.
    const hiddenWithContent = read.flatMap((s, i) => {
      const sheetRows = rows[i] as (Cell | null)[][];
      const list = (hiddenRows[i] ?? []).filter((r) => sheetRows[r - 1]?.some((c) => c && !(c.t === 's' && !c.v.trim())));
      return list.length && s.visibility === 'Visible' ? [{ sheet: s.name, rows: list }] : [];
    });
    return { grid: { fileName, date1904, sheets }, sheets: all, hiddenRows: hiddenWithContent, syncs };
  });
}

function mergesOf(areas: Excel.RangeAreas | undefined): Merge[] {
  if (!areas || areas.isNullObject) return [];
  return areas.areas.items.map((a) => ({
    top: a.rowIndex + 1,
    left: a.columnIndex + 1,
    bottom: a.rowIndex + a.rowCount,
    right: a.columnIndex + a.columnCount,
  }));
}
