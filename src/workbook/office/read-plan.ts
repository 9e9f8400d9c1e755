/**
 * How a read is cut up. A request or response of Excel on the web is capped at 5 MB, so ranges are read in row
 * chunks and chunks are grouped into syncs under a cell budget; on a payload error both are halved and retried.
 * The number of syncs depends on the payload, not on how the rows are spread: a normal district workbook needs one.
 */

export interface SheetExtent {
  /** Index of the sheet in the read. */
  sheet: number;
  /** 0-based first row and column of the used range, and its size. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface Chunk {
  sheet: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface Budget {
  /** Most cells in one range request. */
  chunkCells: number;
  /** Most cells in one sync (all its ranges together). */
  syncCells: number;
}

/** About 50 bytes a cell for values, valueTypes and numberFormat together keeps a sync near 3 MB. */
export const DEFAULT_BUDGET: Budget = { chunkCells: 20_000, syncCells: 60_000 };
export const MIN_CHUNK_CELLS = 256;

export function halve(b: Budget): Budget {
  return { chunkCells: Math.max(MIN_CHUNK_CELLS, Math.floor(b.chunkCells / 2)), syncCells: Math.max(MIN_CHUNK_CELLS, Math.floor(b.syncCells / 2)) };
}

export function chunksOf(extents: SheetExtent[], chunkCells: number): Chunk[] {
  const out: Chunk[] = [];
  for (const e of extents) {
    if (e.rows <= 0 || e.cols <= 0) continue;
    const step = Math.max(1, Math.floor(chunkCells / e.cols));
    for (let r = 0; r < e.rows; r += step) out.push({ sheet: e.sheet, row: e.row + r, col: e.col, rows: Math.min(step, e.rows - r), cols: e.cols });
  }
  return out;
}

/** Chunks grouped so that each group stays under the sync budget (a single oversized chunk gets its own group). */
export function syncGroups(chunks: Chunk[], syncCells: number): Chunk[][] {
  const groups: Chunk[][] = [];
  let current: Chunk[] = [];
  let cells = 0;
  for (const c of chunks) {
    const n = c.rows * c.cols;
    if (current.length && cells + n > syncCells) {
      groups.push(current);
      current = [];
      cells = 0;
    }
    current.push(c);
    cells += n;
  }
  if (current.length) groups.push(current);
  return groups;
}

/** Office's payload errors: RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded and their kin. */
export function isPayloadError(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  const text = `${String(err?.code ?? '')} ${String(err?.message ?? '')}`;
  return /PayloadSizeLimitExceeded|payload.*(too large|limit)|request.*too large/i.test(text);
}
