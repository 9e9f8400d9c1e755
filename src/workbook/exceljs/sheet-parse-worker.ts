/** Worker thread: parses the second half of a large worksheet part (see sheet-xml-split.ts) while the caller parses the first. */
import { parentPort } from 'worker_threads';
import { parseSheetModel } from './sheet-model';

parentPort?.on('message', (xml: string) => {
  parseSheetModel(xml).then(
    (model) => parentPort?.postMessage({ rows: model.rows }),
    () => parentPort?.postMessage({ failed: true }),
  );
});
