/**
 * The engine behind a Web Worker. Every call settles: a reply, an error message, or a timeout, so that nothing in
 * the task pane or in a custom function waits forever.
 */
import type { SheetModel } from '../domain/sheet-model';
import type { CeremonyDocument } from '../domain/ceremony/ceremony-document';
import { workerText } from './messages';
import { AnalyzeRequest, Engine, EngineCall, EngineError, EngineReply, FileInput } from './protocol';

const TIMEOUT_MS = 120_000;

export function workerEngine(makeWorker: () => Worker, timeoutMs = TIMEOUT_MS): Engine {
  let worker: Worker | undefined;
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> }>();

  const failAll = (message: string) => {
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.reject(new EngineError(message, false));
      pending.delete(id);
    }
  };
  const ensure = (): Worker => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (event: MessageEvent<{ id: number; reply: EngineReply<unknown> }>) => {
      const p = pending.get(event.data.id);
      if (!p) return;
      pending.delete(event.data.id);
      clearTimeout(p.timer);
      const r = event.data.reply;
      if (r.ok) p.resolve(r.value);
      else p.reject(new EngineError(r.message, r.expected));
    };
    w.onerror = () => {
      // A crashed worker is replaced on the next call.
      w.terminate();
      worker = undefined;
      failAll(workerText.crashed);
    };
    worker = w;
    return w;
  };
  const call = <T>(c: EngineCall, transfer: Transferable[] = []): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => {
        pending.delete(id);
        // The worker may be stuck in a loop: start afresh.
        worker?.terminate();
        worker = undefined;
        failAll(workerText.timedOut);
        reject(new EngineError(workerText.timedOut, true));
      }, timeoutMs);
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      ensure().postMessage({ id, call: c }, transfer);
    });

  return {
    analyze: (req: AnalyzeRequest) => call({ op: 'analyze', req }),
    quota: (req: AnalyzeRequest) => call({ op: 'quota', req }),
    readFiles: (files: FileInput[]) => call({ op: 'readFiles', files }),
    writeXlsx: (sheets: SheetModel[]) => call({ op: 'writeXlsx', sheets }),
    writeDocx: (document: CeremonyDocument) => call({ op: 'writeDocx', document }),
    validateProfile: (override: unknown) => call({ op: 'validateProfile', override }),
  };
}
