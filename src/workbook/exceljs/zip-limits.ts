/**
 * Size limits checked from the zip's central directory before anything is inflated, so that a zip bomb or a
 * workbook too large for memory is refused with a clear message instead of crashing the program.
 */
import { InputError } from '../../domain/errors';

export const LIMITS = {
  /** Uncompressed size of all parts together. */
  totalBytes: 600 * 1024 * 1024,
  /** How much larger than its compressed size any large part may be. */
  ratio: 250,
  entries: 10_000,
};

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

interface Entry {
  name: string;
  compressed: number;
  uncompressed: number;
}

/** The central directory's entries, or undefined when the zip is too damaged to have one. */
function centralDirectory(buf: Uint8Array): Entry[] | undefined {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || view.getUint32(p, true) !== 0x02014b50) return undefined;
    const compressed = view.getUint32(p + 20, true);
    const uncompressed = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const name = new TextDecoder().decode(buf.subarray(p + 46, p + 46 + nameLen));
    entries.push({ name, compressed, uncompressed });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The names of the zip's parts, or undefined when the zip is too damaged to list them. */
export function zipEntryNames(buf: Uint8Array): string[] | undefined {
  return centralDirectory(buf)?.map((e) => e.name);
}

/** Which program the user should repair a damaged file with. */
export type ZipDocument = 'workbook' | 'word';

const REPAIR: Record<ZipDocument, string> = {
  workbook: 'mở bằng Excel rồi lưu lại dưới dạng .xlsx',
  word: 'mở bằng Word rồi lưu lại dưới dạng .docx',
};

/** Throws a Vietnamese InputError when the file is damaged, a zip bomb, or beyond the limits. */
export function assertZipWithinLimits(buf: Uint8Array, fileName: string, kind: ZipDocument = 'workbook'): void {
  const entries = centralDirectory(buf);
  if (!entries) throw new InputError(`Tệp ${fileName} bị hỏng hoặc không đầy đủ: hãy xin đơn vị gửi lại, hoặc ${REPAIR[kind]}.`);
  if (entries.length > LIMITS.entries)
    throw new InputError(`Tệp ${fileName} có quá nhiều thành phần (${entries.length}; tối đa ${LIMITS.entries}): không phải ${kind === 'word' ? 'văn bản Word' : 'sổ làm việc'} bình thường.`);
  let total = 0;
  for (const e of entries) {
    // 0xFFFFFFFF marks a ZIP64 size: larger than 4 GB.
    if (e.uncompressed === 0xffffffff) total = Infinity;
    else total += e.uncompressed;
    if (e.uncompressed > 50 * 1024 * 1024 && e.uncompressed > LIMITS.ratio * Math.max(1, e.compressed))
      throw new InputError(`Tệp ${fileName} nén bất thường (giải nén ra ${MB(e.uncompressed)}): tệp này không được mở để bảo vệ máy.`);
  }
  if (total > LIMITS.totalBytes)
    throw new InputError(
      `Tệp ${fileName} quá lớn để xử lý (${Number.isFinite(total) ? MB(total) : 'trên 4 GB'} khi giải nén; tối đa ${MB(LIMITS.totalBytes)}): hãy tách thành nhiều tệp nhỏ hơn.`,
    );
}
