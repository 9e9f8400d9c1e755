/**
 * A zip part's bytes, inflated as a stream of chunks, so that a sheet of any size is parsed piece by piece and never
 * held whole. Two inflaters on public APIs: the Compression Streams API (browsers, Node ≥ 18) and Node's zlib (the
 * command line: on libuv's threads, so inflating overlaps parsing). Either stops once a part inflates beyond the
 * size its directory declares: a zip bomb that lies about its sizes never fills the memory.
 */
import { Damaged } from './damaged';

/** The stored bytes of a deflated part → its inflated bytes in chunks, at most `size` of them. */
export type Inflate = (stored: Uint8Array, size: number) => AsyncIterable<Uint8Array>;

/** Inflates with the Compression Streams API ("deflate-raw"): the browser's, and the Web Worker's. */
export async function* webInflate(stored: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(stored);
      controller.close();
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  let total = 0;
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        throw new Damaged('deflate data');
      }
      if (chunk.done) return;
      total += chunk.value.length;
      if (total > size) throw new Damaged('part larger than its directory says');
      yield chunk.value;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}
