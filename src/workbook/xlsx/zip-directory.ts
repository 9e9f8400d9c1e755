/**
 * A zip's central directory and its entries' stored bytes, read from the zip format's documented records
 * (APPNOTE.TXT): the directory lists every part with its sizes, so that limits are checked before anything is
 * inflated, and each part is inflated on its own, as a stream (inflate.ts).
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  method: number;
  /** Bit 0: the entry is encrypted. */
  flags: number;
  compressed: number;
  /** 0xFFFFFFFF marks a ZIP64 size (over 4 GB). */
  uncompressed: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The directory's entries, or undefined when the zip is too damaged to have one. */
export function zipDirectory(buf: Uint8Array): ZipEntry[] | undefined {
  if (buf.length < 22) return undefined;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== CENTRAL) return undefined;
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    if (p + 46 + nameLen > buf.length) return undefined;
    entries.push({
      name: names.decode(buf.subarray(p + 46, p + 46 + nameLen)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressed: view.getUint32(p + 20, true),
      uncompressed: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The entry's bytes as stored, or undefined when its local header is missing or out of the file. */
export function storedBytes(buf: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const at = entry.localOffset;
  if (at + 30 > buf.length) return undefined;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.getUint32(at, true) !== LOCAL) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressed > buf.length) return undefined;
  return buf.subarray(start, start + entry.compressed);
}
