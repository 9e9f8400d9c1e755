/**
 * What the custom functions need from their host, given once by the page that registers them: the engine, a way to
 * read the open workbook, change notifications, and the profile edited in the task pane. Tests and the bench give
 * in-memory ones; the page gives Office.js ones (src/workbook/office).
 */
import type { WorkbookGrid } from '../domain/grid';
import type { Engine } from '../worker/protocol';
import { fnText } from './messages';
import { notAvailable } from './failure';

export interface FunctionServices {
  engine: Engine;
  /** The open workbook as the engine reads it (the add-in's own output sheets left out). */
  readWorkbook(): Promise<WorkbookGrid>;
  /** Calls `onChange` whenever the workbook's data may have changed; resolves once listening. */
  watch(onChange: () => void): Promise<void>;
  /** The partial profile stored in the workbook by the task pane, if any. */
  profileOverride(): unknown;
  /** Today as an ISO date: the date quota and deadline checks are judged at. */
  today(): string;
}

let provide: ((s: FunctionServices) => void) | undefined;
let current: Promise<FunctionServices> = new Promise((resolve) => (provide = resolve));
let configured = false;

export function configureFunctions(services: FunctionServices): void {
  if (configured) current = Promise.resolve(services);
  else provide?.(services);
  configured = true;
}

/** The services, or a clear error if the page never gave them (the functions cannot wait forever). */
export function services(timeoutMs = 10_000): Promise<FunctionServices> {
  if (configured) return current;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(notAvailable(fnText.notReady)), timeoutMs);
    void current.then((s) => {
      clearTimeout(timer);
      resolve(s);
    });
  });
}

export function todayIso(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
