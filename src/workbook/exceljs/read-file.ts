/** Reading an input file from disk for the command line. The file is only ever opened for reading. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from '../../domain/errors';
import type { WorkbookGrid } from '../../domain/grid';
import { readInputBytes } from '../read-input';
import { readWorkbookNode } from '../xlsx/node-read';

export async function readWorkbookFile(file: string): Promise<WorkbookGrid> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new InputError(`${file} là một thư mục, không phải tệp danh sách: hãy chỉ rõ tên tệp.`);
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`Không tìm thấy tệp ${file}: hãy kiểm tra lại đường dẫn.`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`Không có quyền đọc tệp ${file}: hãy kiểm tra quyền truy cập.`);
    throw new InputError(`Không đọc được tệp ${file}: hãy kiểm tra lại tệp.`);
  }
  return readInputBytes(bytes, name, readWorkbookNode);
}
