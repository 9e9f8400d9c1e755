/** Writing an output file so that it is never half-written and never an input. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from '../../domain/errors';
import { fileText } from '../messages';

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
