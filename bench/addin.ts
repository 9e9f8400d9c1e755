/// <reference types="custom-functions-runtime" />
/**
 * `npm run bench:addin`: the engine time behind 1,000 DIENHINH.CHECKQUOTA() cells recalculating at once (budget
 * 50 ms for a district like the bundled sample), and again after an edit. The cells are real streaming invocations
 * of the custom function; the workbook is held in memory (the Office read is not engine time). Engine time is one
 * quota computation however many cells: the cells share it.
 */
import { checkQuota } from '../src/functions/functions';
import { feed } from '../src/functions/runtime';
import { configureFunctions } from '../src/functions/services';
import type { Cell, WorkbookGrid } from '../src/domain/grid';
import { localEngine } from '../src/worker/engine';
import type { Engine } from '../src/worker/protocol';

const CELLS = 1000;
const BUDGET_MS = 50;

// Outside Excel there is no CustomFunctions runtime: the error values the functions would throw need a stand-in.
(globalThis as Record<string, unknown>).CustomFunctions ??= {
  Error: class extends Error {
    constructor(readonly code: string, message?: string) {
      super(message);
    }
  },
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
};

const s = (v: string): Cell => ({ t: 's', v });
const n = (v: number): Cell => ({ t: 'n', v });

function district(units: number, regs: number): WorkbookGrid {
  const unitRows: Cell[][] = [[s('Mã đơn vị'), s('Tên đơn vị'), s('Loại đơn vị')]];
  for (let i = 0; i < units; i++) unitRows.push([s(`X${i}`), s(`Đảng bộ xã Số ${i + 1}`), s('Đảng bộ xã')]);
  const regRows: Cell[][] = [[s('STT'), s('Đơn vị đề xuất'), s('Đối tượng'), s('Họ và tên / Tên tập thể'), s('Năm sinh')]];
  for (let i = 0; i < regs; i++) regRows.push([n(i + 1), s(`X${i % units}`), s('Cá nhân'), s(`Nguyễn Văn Thứ ${i + 1}`), n(1960 + (i % 40))]);
  return {
    fileName: 'huyen.xlsx',
    date1904: false,
    sheets: [
      { name: 'Đơn vị', rows: unitRows, merges: [] },
      { name: 'Đăng ký', rows: regRows, merges: [] },
    ],
  };
}

function timedEngine(inner: Engine, clock: { ms: number; runs: number }): Engine {
  const timed =
    <A, R>(fn: (a: A) => Promise<R>) =>
    async (a: A): Promise<R> => {
      const t0 = performance.now();
      try {
        return await fn(a);
      } finally {
        clock.ms += performance.now() - t0;
        clock.runs++;
      }
    };
  return { ...inner, analyze: timed(inner.analyze), quota: timed(inner.quota) };
}

/** Waits until every cell has received at least `count` results. */
function settled(results: number[], count: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('cells did not settle')), 30_000);
    const check = () => {
      if (results.every((r) => r >= count)) {
        clearTimeout(timer);
        resolve();
      } else setTimeout(check, 1);
    };
    check();
  });
}

interface Measure {
  coldMs: number;
  coldRuns: number;
  editMs: number;
  editRuns: number;
  wallMs: number;
}

/** 1,000 cells calculate, then one edit makes them all recalculate. Engine time is summed inside engine calls. */
async function measure(units: number, regs: number): Promise<Measure> {
  const grid = district(units, regs);
  const clock = { ms: 0, runs: 0 };
  const listeners: (() => void)[] = [];
  configureFunctions({
    engine: timedEngine(localEngine(), clock),
    readWorkbook: async () => grid,
    watch: async (onChange) => void listeners.push(onChange),
    profileOverride: () => undefined,
    today: () => '2023-03-01',
  });
  feed.invalidate();
  const results = Array.from({ length: CELLS }, () => 0);
  const cancels: (() => void)[] = [];
  for (let i = 0; i < CELLS; i++) {
    const inv = { setResult: () => void (results[i] = (results[i] ?? 0) + 1), onCanceled: undefined as undefined | (() => void) };
    checkQuota(null, null as unknown as unknown[][], null, inv as unknown as CustomFunctions.StreamingInvocation<unknown[][]>);
    cancels.push(() => inv.onCanceled?.());
  }
  await settled(results, 1);
  const cold = { ...clock };
  // An edit: the workbook's change event invalidates the shared result; every cell gets the new table.
  const t0 = performance.now();
  listeners.forEach((l) => l());
  await settled(results, 2);
  const wallMs = performance.now() - t0;
  cancels.forEach((c) => c());
  return { coldMs: cold.ms, coldRuns: cold.runs, editMs: clock.ms - cold.ms, editRuns: clock.runs - cold.runs, wallMs };
}

async function main(): Promise<void> {
  console.log(`DIENHINH.CHECKQUOTA() in ${CELLS} cells at once: engine time (budget ${BUDGET_MS} ms for a recalculation)`);
  let over = false;
  // The budget applies to a district like the bundled sample; the larger one shows how the cost grows.
  for (const [units, regs, budgeted] of [
    [35, 100, true],
    [40, 300, false],
  ] as const) {
    const m = await measure(units, regs);
    if (budgeted) over ||= m.editMs > BUDGET_MS;
    console.log(
      `  ${units} units, ${regs} registrations: first calculation ${m.coldMs.toFixed(1)} ms in ${m.coldRuns} run (cold start); ` +
        `after an edit ${m.editMs.toFixed(1)} ms in ${m.editRuns} run${!budgeted ? ' (not budgeted)' : m.editMs <= BUDGET_MS ? ' (ok)' : ' — OVER'}; ` +
        `all ${CELLS} cells updated ${m.wallMs.toFixed(0)} ms after the edit (incl. 400 ms debounce)`,
    );
  }
  console.log(`  live subscriptions after the cells are deleted: ${feed.listeners}`);
  if (over) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
