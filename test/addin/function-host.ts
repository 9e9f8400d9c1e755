/**
 * The DIENHINH functions over the fake Excel host, as the add-in configures them (engine in-process, judged as of
 * 1 March 2023): one workbook installed, the functions' shared feed started afresh.
 */
import type ExcelJS from 'exceljs';
import { feed } from '../../src/functions/runtime';
import { configureFunctions } from '../../src/functions/services';
import { watchWorkbook } from '../../src/workbook/office/changes';
import { readOpenWorkbook } from '../../src/workbook/office/read-workbook';
import { localEngine } from '../../src/worker/engine';
import { install } from '../e2e/fake-office';
import { seedFromWorkbook } from './seed';

export function startFunctions(wb: ExcelJS.Workbook, options: { name?: string; date1904?: boolean } = {}): ReturnType<typeof install> {
  const fake = install({ ...seedFromWorkbook(wb, options.name ?? 'Tổng hợp huyện.xlsx'), ...(options.date1904 ? { date1904: true } : {}) });
  configureFunctions({
    engine: localEngine(),
    readWorkbook: async () => (await readOpenWorkbook()).grid,
    watch: (onChange) => watchWorkbook(() => onChange()),
    profileOverride: () => undefined,
    today: () => '2023-03-01',
  });
  feed.invalidate();
  return fake;
}

type Matrix = unknown[][];

/** A streaming function's invocation: every result it sets, and its cancel. */
export interface Stream {
  results: unknown[];
  invocation: CustomFunctions.StreamingInvocation<Matrix>;
  cancel(): void;
}

export function stream(): Stream {
  const results: unknown[] = [];
  const inv: { setResult: (v: unknown) => void; onCanceled?: () => void } = { setResult: (v) => results.push(v) };
  return { results, invocation: inv as unknown as CustomFunctions.StreamingInvocation<Matrix>, cancel: () => inv.onCanceled?.() };
}

/** Resolves once `cond` holds (the functions' feed is debounced). */
export async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
