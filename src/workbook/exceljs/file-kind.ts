/** What a file is, from its first bytes (and a zip's part names), so that each kind goes to its reader. */
import { InputError } from '../../domain/errors';
import { fileText } from '../messages';
import { zipEntryNames } from './zip-limits';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** Whether an OLE file holds a stream of this name (names are UTF-16 in its directory, anywhere in the file). */
export function containsUtf16(buf: Uint8Array, text: string, within = buf.length): boolean {
  const needle = Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);
  const first = needle[0] as number;
  const limit = Math.min(buf.length, within) - needle.length;
  outer: for (let i = buf.indexOf(first); i >= 0 && i <= limit; i = buf.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (buf[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const passwordProtected = (fileName: string) => new InputError(fileText.passwordProtected(fileName));

/** Throws a Vietnamese InputError unless the bytes look like an .xlsx (a zip). */
export function assertXlsxBytes(buf: Uint8Array, fileName: string): void {
  if (buf.length === 0) throw new InputError(fileText.empty(fileName));
  if (startsWith(buf, OLE)) {
    if (containsUtf16(buf, 'EncryptionInfo')) throw passwordProtected(fileName);
    throw new InputError(fileText.oldExcel(fileName));
  }
  if (!startsWith(buf, ZIP)) throw new InputError(fileText.notXlsx(fileName));
}

/**
 * The readers: 'xlsx' for .xlsx/.xlsm (a zip with xl/workbook.xml), 'docx' for a Word document (a zip with
 * word/document.xml), 'xls' for Excel 97–2003 (an OLE file), 'xlsb' for Excel's binary workbook and 'ods' for an
 * OpenDocument spreadsheet.
 */
export type InputKind = 'xlsx' | 'docx' | 'xls' | 'xlsb' | 'ods';

/** The text a file begins with holds an HTML table or is an XML Spreadsheet 2003 (their own markers, any case). */
function isSpreadsheetText(buf: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(buf.subarray(0, 4096)).replace(/^\uFEFF/, '').toLowerCase();
  if (!head.trimStart().startsWith('<')) return false;
  return /<table[\s>]/.test(head) || head.includes('urn:schemas-microsoft-com:office:spreadsheet');
}

/** The file's kind by its bytes, whatever its name says; anything else raises its one Vietnamese sentence. */
export function inputKind(buf: Uint8Array, fileName: string): InputKind {
  if (buf.length === 0) throw new InputError(fileText.empty(fileName));
  if (startsWith(buf, OLE)) {
    // An encrypted .xlsx/.docx is an OLE file holding the encrypted package (and the key's description beside it).
    if (containsUtf16(buf, 'EncryptionInfo') || containsUtf16(buf, 'EncryptedPackage')) throw passwordProtected(fileName);
    // Stream names: a Word 97–2003 document has "WordDocument", a workbook "Workbook" (or "Book" before Excel 97).
    if (containsUtf16(buf, 'WordDocument') && !containsUtf16(buf, 'Workbook')) throw new InputError(fileText.oldWord(fileName));
    return 'xls';
  }
  if (startsWith(buf, ZIP)) {
    const names = zipEntryNames(buf);
    // A zip too damaged to list goes to the reader its name says, which words the advice for it.
    if (!names) return /\.docx$/i.test(fileName) ? 'docx' : 'xlsx';
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    if (names.includes('xl/workbook.bin')) return 'xlsb';
    if (names.includes('content.xml') && names.includes('mimetype')) return 'ods';
    if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  }
  // ".xls" files many systems export are text: an HTML table, or Excel 2003's XML Spreadsheet. SheetJS reads both.
  if (isSpreadsheetText(buf)) return 'xls';
  throw new InputError(
    `Tệp ${fileName} không phải là sổ làm việc Excel (.xlsx, .xlsm, .xls) hay văn bản Word (.docx): hãy chọn đúng tệp danh sách.`,
  );
}
