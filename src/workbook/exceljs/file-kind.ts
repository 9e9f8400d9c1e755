/** What a file is, from its first bytes, so that a wrong file gets the right advice. */
import { InputError } from '../../domain/errors';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

function containsUtf16(buf: Uint8Array, text: string): boolean {
  const needle = Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);
  const limit = Math.min(buf.length, 1 << 20) - needle.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < needle.length; j++) if (buf[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Throws a Vietnamese InputError unless the bytes look like an .xlsx (a zip). */
export function assertXlsxBytes(buf: Uint8Array, fileName: string): void {
  if (buf.length === 0) throw new InputError(`Tệp ${fileName} rỗng (0 byte): hãy xin đơn vị gửi lại tệp.`);
  if (startsWith(buf, OLE)) {
    if (containsUtf16(buf, 'EncryptionInfo'))
      throw new InputError(`Tệp ${fileName} có đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.`);
    throw new InputError(`Tệp ${fileName} là tệp Excel cũ (.xls): hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`);
  }
  if (!startsWith(buf, ZIP))
    throw new InputError(`Tệp ${fileName} không phải là sổ làm việc Excel (.xlsx): hãy chọn đúng tệp .xlsx.`);
}
