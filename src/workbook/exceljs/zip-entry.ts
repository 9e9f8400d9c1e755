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

/** An entry's stored bytes as they lie in the zip. */
export interface EntryData {
  data: Buffer;
  deflated: boolean;
  /** The size the directory declares once inflated (already checked against the limits in zip-limits.ts). */
  size: number;
}

/** The entry's stored bytes, when its header is the usual kind (else undefined: unzipper reads it). */
export function entryData(zip: Buffer, entry: ZipEntry): EntryData | undefined {
  const at = entry.offsetToLocalFileHeader;
  const { compressedSize, uncompressedSize, compressionMethod } = entry;
  const usual =
    (entry.flags & 1) === 0 &&
    (compressionMethod === STORED || compressionMethod === DEFLATED) &&
    compressedSize !== 0xffffffff &&
    uncompressedSize !== 0xffffffff &&
    at + 30 <= zip.length &&
    zip.readUInt32LE(at) === LOCAL_HEADER;
  if (!usual) return undefined;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + compressedSize > zip.length) return undefined;
  return { data: zip.subarray(start, start + compressedSize), deflated: compressionMethod === DEFLATED, size: uncompressedSize };
}

/** Options that never let an entry inflate beyond the size its directory declares. */
export const inflateOptions = (size: number): zlib.ZlibOptions => ({ chunkSize: 1 << 20, maxOutputLength: Math.max(1, size) });

export async function entryBytes(zip: Buffer, entry: ZipEntry): Promise<Buffer> {
  const e = entryData(zip, entry);
  if (!e) return entry.buffer();
  return e.deflated ? inflateRaw(e.data, inflateOptions(e.size)) : e.data;
}
