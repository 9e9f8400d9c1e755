/**
 * One quota computation of the open workbook shared by every cell that needs it. A thousand CHECKQUOTA() cells recalculating
 * at once make one read and one engine run; an edit to the workbook invalidates the result, and after a short
 * pause the new result is pushed to every live streaming cell (see functions.ts for why streaming).
 */
import type { QuotaResult } from '../worker/protocol';
import type { FunctionServices } from './services';
import { settle } from './settle';

export type FeedListener = (result: QuotaResult | undefined, error: unknown) => void;

export interface QuotaFeed {
  /** The current analysis (shared while one is running or valid). */
  current(): Promise<QuotaResult>;
  subscribe(listener: FeedListener): () => void;
  invalidate(): void;
  /** How many analyses ran: the measure of sharing. */
  readonly runs: number;
  readonly listeners: number;
}

export function createQuotaFeed(getServices: () => Promise<FunctionServices>, debounceMs = 400): QuotaFeed {
  let pending: Promise<QuotaResult> | undefined;
  let version = 0;
  let runs = 0;
  // Listening starts with the first analysis, once for each set of services (one per runtime in Excel).
  let watched: FunctionServices | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<FeedListener>();

  const compute = async (): Promise<QuotaResult> => {
    const s = await getServices();
    if (watched !== s) {
      watched = s;
      s.watch(() => feed.invalidate()).catch(() => undefined);
    }
    runs++;
    const grid = await s.readWorkbook();
    const override = s.profileOverride();
    return s.engine.quota({ grids: [grid], asOf: s.today(), ...(override !== undefined ? { profileOverride: override } : {}) });
  };

  const push = () => {
    const v = version;
    feed.current().then(
      (r) => v === version && listeners.forEach((l) => l(r, undefined)),
      (e: unknown) => v === version && listeners.forEach((l) => l(undefined, e)),
    );
  };

  const feed: QuotaFeed = {
    current() {
      if (!pending) {
        // Settles within the functions' timeout even if Excel never answers a read.
        const p = settle(compute());
        pending = p;
        // A failed analysis is not kept: the next call tries again.
        p.catch(() => {
          if (pending === p) pending = undefined;
        });
      }
      return pending;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    invalidate() {
      version++;
      pending = undefined;
      if (timer) clearTimeout(timer);
      if (listeners.size) timer = setTimeout(push, debounceMs);
    },
    get runs() {
      return runs;
    },
    get listeners() {
      return listeners.size;
    },
  };
  return feed;
}
