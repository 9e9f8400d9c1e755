/**
 * Worker thread for a large worksheet part: inflates it, cuts it (sheet-cut.ts), hands the part back to the caller
 * to parse the first piece, and parses the rows after the cut meanwhile. Inflating here lets the caller parse the
 * styles and the shared strings at the same time.
 */
import { parentPort } from 'worker_threads';
import * as zlib from 'zlib';
import { cutSheet, parseRest } from './sheet-cut';
import { SheetRows, transferables } from './sheet-rows';
import { inflateOptions } from './zip-entry';

export interface SheetJob {
  id: number;
  /** The part's bytes as stored in the zip. */
  data: Uint8Array;
  deflated: boolean;
  size: number;
  /** Where to cut, as a share of the rows' bytes (sheet-cut.ts). */
  share: number;
}

export type SheetReply =
  | { id: number; kind: 'inflated'; xml: Uint8Array; first?: [[number, number], [number, number]] }
  | { id: number; kind: 'rows'; rows: SheetRows }
  | { id: number; kind: 'failed' };

/** Memory of its own, which can move to the other thread without taking a shared pool with it. */
function ownMemory(bytes: Buffer): Buffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes;
  // A typed array's copy has a buffer of its own (Buffer.from may take a small one from Node's pool).
  const own = new Uint8Array(bytes);
  return Buffer.from(own.buffer, 0, own.byteLength);
}

function run(job: SheetJob): void {
  const post = (reply: SheetReply, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(reply, transfer);
  const stored = Buffer.from(job.data.buffer, job.data.byteOffset, job.data.byteLength);
  const xml = ownMemory(job.deflated ? zlib.inflateRawSync(stored, inflateOptions(job.size)) : stored);
  const cut = cutSheet(xml, job.share);
  // Decoded before the bytes move to the caller.
  const rest = cut && xml.toString('utf8', cut.rest[0], cut.rest[1]);
  post({ id: job.id, kind: 'inflated', xml, first: cut?.first }, [xml.buffer as ArrayBuffer]);
  if (rest === undefined) return;
  const rows = parseRest(rest);
  post({ id: job.id, kind: 'rows', rows }, transferables(rows));
}

parentPort?.on('message', (job: SheetJob) => {
  try {
    run(job);
  } catch {
    parentPort?.postMessage({ id: job.id, kind: 'failed' } satisfies SheetReply);
  }
});
