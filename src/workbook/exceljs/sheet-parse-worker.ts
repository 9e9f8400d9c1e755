/** Worker thread: parses the rows after the cut of a large worksheet part (sheet-cut.ts) while the caller parses the rest. */
import { parentPort } from 'worker_threads';
import { parseSheetRows, transferables } from './sheet-rows';

parentPort?.on('message', (bytes: Uint8Array) => {
  try {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const rows = parseSheetRows(['<sheetData>', text, '</sheetData>']);
    parentPort?.postMessage({ rows }, transferables(rows));
  } catch {
    parentPort?.postMessage({ failed: true });
  }
});
