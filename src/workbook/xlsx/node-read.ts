/**
 * The command line's door to the one reader (read-workbook.ts): Node's zlib inflates, and the pieces of a large
 * sheet are parsed on two threads, here and on a worker thread (rows-worker.ts), as the worker is free.
 * When the sources run uncompiled (tests) there is no worker file, and every piece is parsed here.
 */
import { existsSync } from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { WorkbookGrid } from '../../domain/grid';
import { Damaged } from './damaged';
import { nodeInflate } from './node-inflate';
import { PieceParser, readWorkbookBytes } from './read-workbook';
import type { PieceJob, PieceReply } from './rows-worker';
import type { SheetRows } from './sheet-rows';
import { zipDirectory } from './zip-directory';

const WORKER_FILE = path.join(__dirname, 'rows-worker.js');
/** Sheets smaller than this are parsed on this thread alone: a second thread costs more than it saves. */
const PARALLEL_ABOVE = 4 * 1024 * 1024;

/**
 * Pieces the worker may hold at once: it parses them in turn while this thread parses one and builds the grid of
 * those done, which takes it about as long as the worker's two.
 */
const QUEUED = 2;

interface Job {
  resolve(rows: SheetRows): void;
  reject(e: Error): void;
}

/** One worker thread, parsing the pieces it is given in turn. */
class RowsWorker implements PieceParser {
  private readonly worker = new Worker(WORKER_FILE);
  private readonly jobs = new Map<number, Job>();
  private next = 0;
  private failure: Error | undefined;
  private closing = false;

  constructor() {
    this.worker.unref();
    this.worker.on('message', (reply: PieceReply) => this.receive(reply));
    // A worker that fails is a bug, not a damaged file: the read fails with it, nothing is read otherwise.
    this.worker.on('error', (e: Error) => this.fail(e));
    this.worker.on('exit', () => {
      if (!this.closing) this.fail(new Error('rows worker exited'));
    });
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const job of this.jobs.values()) job.reject(e);
    this.jobs.clear();
  }

  /** Lets the worker's replies in (they come as events, after any promise already settled). */
  ready(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  parse(piece: string): Promise<SheetRows> | undefined {
    if (this.failure) return Promise.reject(this.failure);
    if (this.jobs.size >= QUEUED) return undefined;
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      this.worker.postMessage({ id, piece } satisfies PieceJob);
    });
  }

  private receive(reply: PieceReply): void {
    const job = this.jobs.get(reply.id);
    if (!job) return;
    this.jobs.delete(reply.id);
    if ('rows' in reply) job.resolve(reply.rows);
    else job.reject(reply.damaged ? new Damaged(reply.message) : new Error(`rows worker: ${reply.message}`));
  }

  close(): void {
    this.closing = true;
    void this.worker.terminate();
  }
}

/** Reads .xlsx/.xlsm bytes on the command line. Unusable input raises a Vietnamese InputError. */
export async function readWorkbookNode(bytes: Uint8Array, fileName: string): Promise<WorkbookGrid> {
  const large = zipDirectory(bytes)?.some((e) => e.uncompressed >= PARALLEL_ABOVE && e.name.toLowerCase().includes('worksheets/'));
  const helper = large && existsSync(WORKER_FILE) ? new RowsWorker() : undefined;
  try {
    return await readWorkbookBytes(bytes, fileName, nodeInflate, helper);
  } finally {
    helper?.close();
  }
}
