/** Writing an output file so that it is never half-written and never an input. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from '../../domain/errors';

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
      throw new InputError(`Tệp kết quả ${out} trùng với một tệp đầu vào: hãy chọn tên khác để không ghi đè dữ liệu gốc.`);
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
    if (code === 'ENOENT') throw new InputError(`Không có thư mục ${dir}: hãy chọn nơi lưu tệp kết quả có thật.`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new InputError(`Không có quyền ghi vào ${dir}: hãy chọn nơi lưu khác.`);
    if (code === 'EISDIR') throw new InputError(`${out} là một thư mục: hãy ghi rõ tên tệp kết quả (.xlsx hoặc .docx).`);
    throw new InputError(`Không ghi được tệp kết quả ${out}: hãy kiểm tra chỗ trống trên đĩa và quyền ghi.`);
  }
}
