/** One worksheet part parsed by ExcelJS's own worksheet parser, into its raw model (no document objects). */
import WorksheetXform from 'exceljs/lib/xlsx/xform/sheet/worksheet-xform';
import { IGNORED_NODES } from './ignored-nodes';

export interface CellModel {
  address: string;
  type: number;
  styleId?: number;
  value?: unknown;
  result?: unknown;
}

export interface SheetModel {
  rows: ({ number: number; cells: (CellModel | undefined)[] } | undefined)[];
  mergeCells?: string[];
}

// The parser takes text in slices, as `load` gives it: decoding whole parts first keeps multi-byte characters whole.
const SLICE = 64 * 1024;
export function* slices(text: string): Iterable<string> {
  for (let i = 0; i < text.length; i += SLICE) yield text.substring(i, i + SLICE);
}

export async function parseSheetModel(xml: string): Promise<SheetModel> {
  return (await new WorksheetXform({ ignoreNodes: IGNORED_NODES }).parseStream(slices(xml))) as SheetModel;
}
