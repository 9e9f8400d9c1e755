/**
 * Size limits checked from the zip's central directory before anything is inflated, so that a zip bomb or a
 * workbook too large for memory is refused with a clear message instead of crashing the program.
 */
import { InputError } from '../../domain/errors';
import { fileText } from '../messages';
import { zipDirectory } from '../xlsx/zip-directory';

export const LIMITS = {
  /** Uncompressed size of all parts together, for documents read whole (Word, Excel 97–2003). */
  totalBytes: 600 * 1024 * 1024,
  /**
   * The same for .xlsx, whose sheets are parsed piece by piece as they inflate: a 1,000,000-row list is over 700 MB of
   * XML. What guards the memory there is the ratio below and the count of cells.
   */
  workbookBytes: 3 * 1024 * 1024 * 1024,
  /** Cells with anything in them, in all the sheets of one workbook: 50 columns of Excel's 1,048,576 rows. */
  cells: 50 * 1_048_576,
  /** How much larger than its compressed size any large part may be. */
  ratio: 250,
  entries: 10_000,
};


/** The central directory's entries, or undefined when the zip is too damaged to have one. */
const centralDirectory = zipDirectory;

/** The names of the zip's parts, or undefined when the zip is too damaged to list them. */
export function zipEntryNames(buf: Uint8Array): string[] | undefined {
  return centralDirectory(buf)?.map((e) => e.name);
}

/** Which program the user should repair a damaged file with. */
export type ZipDocument = 'workbook' | 'word';

/** Throws a Vietnamese InputError when the file is damaged, a zip bomb, or beyond the limits. */
export function assertZipWithinLimits(buf: Uint8Array, fileName: string, kind: ZipDocument = 'workbook'): void {
  const entries = centralDirectory(buf);
  if (!entries) throw new InputError(fileText.incomplete(fileName, kind === 'word'));
  if (entries.length > LIMITS.entries) throw new InputError(fileText.tooManyParts(fileName, entries.length, LIMITS.entries, kind === 'word'));
  let total = 0;
  for (const e of entries) {
    // 0xFFFFFFFF marks a ZIP64 size: larger than 4 GB.
    if (e.uncompressed === 0xffffffff) total = Infinity;
    else total += e.uncompressed;
    if (e.uncompressed > 50 * 1024 * 1024 && e.uncompressed > LIMITS.ratio * Math.max(1, e.compressed)) throw new InputError(fileText.zipBomb(fileName, e.uncompressed));
  }
  const cap = kind === 'workbook' ? LIMITS.workbookBytes : LIMITS.totalBytes;
  if (total > cap) throw new InputError(fileText.tooLarge(fileName, fileText.unzipped(total, cap)));
}
