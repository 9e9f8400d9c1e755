/** The Web Worker: file reading, checks and consolidation run here so that the task pane never freezes. */
import { localEngine } from './engine';
import type { EngineCall, EngineReply } from './protocol';

interface Envelope {
  id: number;
  call: EngineCall;
}

const engine = localEngine();
const scope = self as unknown as DedicatedWorkerGlobalScope;

function run(call: EngineCall): Promise<unknown> {
  switch (call.op) {
    case 'analyze':
      return engine.analyze(call.req);
    case 'quota':
      return engine.quota(call.req);
    case 'readFiles':
      return engine.readFiles(call.files);
    case 'writeXlsx':
      return engine.writeXlsx(call.sheets);
    case 'writeDocx':
      return engine.writeDocx(call.document);
    case 'validateProfile':
      return engine.validateProfile(call.override);
  }
}

scope.onmessage = (event: MessageEvent<Envelope>) => {
  const { id, call } = event.data;
  run(call).then(
    (value) => {
      const reply: EngineReply<unknown> = { ok: true, value };
      // Bytes move instead of being copied.
      scope.postMessage({ id, reply }, value instanceof ArrayBuffer ? [value] : []);
    },
    (e: unknown) => {
      const err = e as { message?: string; expected?: boolean };
      const reply: EngineReply<unknown> = { ok: false, message: String(err.message ?? ''), expected: Boolean(err.expected) };
      scope.postMessage({ id, reply });
    },
  );
};
