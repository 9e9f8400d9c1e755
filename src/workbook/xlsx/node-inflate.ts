/** Inflates with Node's zlib (inflate.ts): the command line's inflater. */
import * as zlib from 'zlib';
import { Damaged } from './damaged';

export async function* nodeInflate(stored: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  const inflater = zlib.createInflateRaw({ chunkSize: 1 << 20 });
  inflater.end(stored);
  let total = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > size) throw new Damaged('part larger than its directory says');
      yield chunk;
    }
  } catch (e) {
    throw e instanceof Damaged ? e : new Damaged('deflate data');
  } finally {
    inflater.destroy();
  }
}
