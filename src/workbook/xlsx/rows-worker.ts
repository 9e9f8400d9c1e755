/**
 * Worker thread of the command line's reader (node-read.ts): parses the pieces of a large sheet it is given into
 * columns (sheet-rows.ts) while the main thread parses others and builds the grid.
 */
import { parentPort } from 'worker_threads';
import { Damaged } from './damaged';
import { parseSheetRows, SheetRows, transferables } from './sheet-rows';

export interface PieceJob {
  id: number;
  piece: string;
}

export type PieceReply = { id: number; rows: SheetRows } | { id: number; damaged: boolean; message: string };

parentPort?.on('message', ({ id, piece }: PieceJob) => {
  try {
    const rows = parseSheetRows(piece);
    parentPort?.postMessage({ id, rows } satisfies PieceReply, transferables(rows));
  } catch (e) {
    parentPort?.postMessage({ id, damaged: e instanceof Damaged, message: e instanceof Error ? e.message : String(e) } satisfies PieceReply);
  }
});
