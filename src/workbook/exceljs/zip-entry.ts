/**
 * A zip entry's bytes, inflated by zlib in one call on libuv's thread pool. unzipper's own `buffer()` streams the
 * entry through zlib in 16 KB steps, each a round trip to the main thread: three times slower on a large sheet.
 * Only the local header's two lengths are read here; anything unusual (encryption, ZIP64, other compression
 * methods, a header out of place) is left to unzipper.
 */
import type { ZipEntry } from 'unzipper';
import { promisify } from 'util';
import * as zlib from 'zlib';

const inflateRaw = promisify(zlib.inflateRaw);

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export async function entryBytes(zip: Buffer, entry: ZipEntry): Promise<Buffer> {
  const at = entry.offsetToLocalFileHeader;
  const { compressedSize, uncompressedSize, compressionMethod } = entry;
  const usual =
    (entry.flags & 1) === 0 &&
    (compressionMethod === STORED || compressionMethod === DEFLATED) &&
    compressedSize !== 0xffffffff &&
    uncompressedSize !== 0xffffffff &&
    at + 30 <= zip.length &&
    zip.readUInt32LE(at) === LOCAL_HEADER;
  if (!usual) return entry.buffer();
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + compressedSize > zip.length) return entry.buffer();
  const data = zip.subarray(start, start + compressedSize);
  if (compressionMethod === STORED) return data;
  // Never more than the size the directory declares (already checked against the limits in zip-limits.ts).
  return inflateRaw(data, { chunkSize: 1 << 20, maxOutputLength: Math.max(1, uncompressedSize) });
}
