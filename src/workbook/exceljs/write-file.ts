/** Writing an output file so that it is never half-written and never an input. */
import { promises as fs } from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { InputError } from '../../domain/errors';
import { MADE_BY, OUTPUT_KEYWORD } from '../made-by';
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

/** A workbook's or document's core properties, when the file is a zip that has them. */
function corePropertiesOf(bytes: Uint8Array): string | undefined {
  const entry = zipDirectory(bytes)?.find((e) => e.name === 'docProps/core.xml');
  const stored = entry && storedBytes(bytes, entry);
  if (!entry || !stored || entry.uncompressed > 1 << 20 || (entry.method !== 0 && entry.method !== 8)) return undefined;
  try {
    return new TextDecoder().decode(entry.method === 8 ? zlib.inflateRawSync(stored) : stored);
  } catch {
    return undefined;
  }
}

const property = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]?.normalize('NFC');

/** An output of an earlier run: its creator and its keyword (Excel and Word keep both when the file is saved again). */
function isOurOutput(bytes: Uint8Array): boolean {
  const xml = corePropertiesOf(bytes);
  if (xml === undefined || property(xml, 'dc:creator') !== MADE_BY) return false;
  return (property(xml, 'cp:keywords') ?? '').split(/[\s,;]+/).includes(OUTPUT_KEYWORD);
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
