/** Writing an output file so that it is never half-written and never an input. */
import { promises as fs } from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { InputError } from '../../domain/errors';
import { MADE_BY, OUTPUT_KEYWORD, TEMPLATE_SHEETS } from '../made-by';
import { fileText } from '../messages';
import { storedBytes, zipDirectory } from '../xlsx/zip-directory';

async function realOrResolved(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return path.resolve(p);
  }
}

/** Refuses an output path that is one of the inputs (also through links or a different spelling). */
export async function assertNotAnInput(out: string, inputs: string[]): Promise<void> {
  const o = await realOrResolved(out);
  for (const i of inputs) {
    if ((await realOrResolved(i)) === o)
      throw new InputError(fileText.outIsInput(out));
  }
}

/** One part of a zip (a workbook's or a document's), as text, when the file is a zip that has it. */
function partText(bytes: Uint8Array, name: string): string | undefined {
  const entry = zipDirectory(bytes)?.find((e) => e.name === name);
  const stored = entry && storedBytes(bytes, entry);
  if (!entry || !stored || entry.uncompressed > 1 << 20 || (entry.method !== 0 && entry.method !== 8)) return undefined;
  try {
    return new TextDecoder().decode(entry.method === 8 ? zlib.inflateRawSync(stored) : stored);
  } catch {
    return undefined;
  }
}

const property = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]?.normalize('NFC');
const sheetNames = (workbookXml: string) => [...workbookXml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => (m[1] ?? '').normalize('NFC'));

/**
 * An output of an earlier run: its creator and its keyword (Excel and Word keep both when the file is saved again).
 * Outputs written before the keyword have the creator alone, as the template and the sample do: such a file is one
 * of the user's where it holds a sheet of the template's, or (a document) is no list.
 */
function isOurOutput(bytes: Uint8Array): boolean {
  const core = partText(bytes, 'docProps/core.xml');
  if (core === undefined || property(core, 'dc:creator') !== MADE_BY) return false;
  if ((property(core, 'cp:keywords') ?? '').split(/[\s,;]+/).includes(OUTPUT_KEYWORD)) return true;
  const workbook = partText(bytes, 'xl/workbook.xml');
  if (workbook !== undefined) return !sheetNames(workbook).some((n) => TEMPLATE_SHEETS.includes(n));
  return (property(core, 'dc:title') ?? '').startsWith('DANH SÁCH');
}

/**
 * Refuses to replace a file that is not an output of Điển hình: OUT naming the user's own workbook or document by
 * mistake (one copied from the template keeps its creator) would lose it whole. A list written by an earlier run is
 * replaced, as a second run is meant to.
 */
export async function assertReplaceable(out: string): Promise<void> {
  let bytes: Uint8Array;
  try {
    if (!(await fs.stat(out)).isFile()) return;
    bytes = await fs.readFile(out);
  } catch {
    // Nothing there (or nothing readable): writing says what is wrong, if anything.
    return;
  }
  if (!isOurOutput(bytes)) throw new InputError(fileText.outNotOurs(out));
}

/** Writes to a temporary file beside the target, then renames it into place. */
export async function writeFileAtomic(out: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(out));
  const tmp = path.join(dir, `.${path.basename(out)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, bytes, { flag: 'wx' });
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(fileText.noFolder(dir));
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new InputError(fileText.noWritePermission(dir));
    if (code === 'EISDIR') throw new InputError(fileText.outIsDirectory(out));
    throw new InputError(fileText.notWritten(out));
  }
}
