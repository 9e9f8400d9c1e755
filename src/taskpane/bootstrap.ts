/**
 * The page's entry. In Excel (shared runtime) the custom functions are registered first, then the task pane UI is
 * loaded; in a plain browser the same UI works on files. Both use the engine in a Web Worker.
 */
import { detectHost } from '../workbook/office/host';
import { workerEngine } from '../worker/worker-client';
import type { Engine } from '../worker/protocol';
import { todayIso } from '../functions/services';

/** The worker is its own build (webpack's webworker target), served beside this page. */
export const WORKER_SCRIPT = 'engine-worker.js';

function makeEngine(): Engine {
  return workerEngine(() => new Worker(WORKER_SCRIPT, { name: 'dienhinh-engine' }));
}

async function start(): Promise<void> {
  const host = await detectHost();
  const engine = makeEngine();
  if (host.customFunctions) {
    const { startFunctions } = await import(/* webpackChunkName: "functions" */ '../functions/register');
    startFunctions(engine);
  }
  const [{ mountApp }, workspace] = await Promise.all([
    import(/* webpackChunkName: "ui" */ './ui/mount'),
    host.insideExcel
      ? import(/* webpackChunkName: "office-workspace" */ './office-workspace').then((m) => m.officeWorkspace(engine, todayIso))
      : import(/* webpackChunkName: "ui" */ './standalone-workspace').then((m) => m.standaloneWorkspace(engine, todayIso)),
  ]);
  const root = document.getElementById('app');
  if (root) mountApp(root, workspace);
}

start().catch(() => {
  const root = document.getElementById('app');
  if (root) root.textContent = 'Không khởi động được Điển hình. Hãy tải lại trang hoặc mở lại khung tác vụ.';
});
