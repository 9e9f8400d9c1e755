/** Reading an input file from disk for the command line. The file is only ever opened for reading. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from '../../domain/errors';
import { fileText } from '../messages';
import type { WorkbookGrid } from '../../domain/grid';
import { readInputBytes } from '../read-input';
import { readWorkbookNode } from '../xlsx/node-read';

/** `name`: what messages call the file (its own name, or with its folder beside another of that name). */
export async function readWorkbookFile(file: string, name = path.basename(file)): Promise<WorkbookGrid> {
  let bytes: Buffer;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new InputError(fileText.isDirectory(file));
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(fileText.notFound(file));
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(fileText.noReadPermission(file));
    throw new InputError(fileText.unreadable(file));
  }
  return readInputBytes(bytes, name, readWorkbookNode);
}
