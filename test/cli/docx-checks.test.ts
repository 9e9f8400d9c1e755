/**
 * Review 24: the points to check before signing (a probable duplicate, an unreadable birth year…) left the list to be
 * signed for the notes sheet, which a Word list does not have: with `-o …docx` they were only counted. They are now
 * printed one by one. Near miss: with `-o …xlsx` they are on the notes sheet, and only counted in the notice.
 */
import * as path from 'path';
import { runCli, tempDir } from './run-cli';

const ASSETS = path.join(__dirname, '..', '..', 'assets');
const inputs = [path.join(ASSETS, 'vi-du-huyen-an-phu.xlsx')];

it.each([
  ['.docx', true],
  ['.xlsx', false],
])('consolidate -o %s: the points to check, each printed: %p', async (ext, printed) => {
  const out = path.join(await tempDir(), `ds${ext}`);
  const r = await runCli(['consolidate', ...inputs, '--ceremony', '2023', '-o', out, '--as-of', '2023-03-01']);
  expect(r.code).toBe(0);
  expect(r.err).toMatch(/\d+ điều cần kiểm tra lại trước khi trình ký/);
  const line = /^ {2}- «Lâm Văn Phúc» \(Đảng bộ xã Khánh An; vi-du-huyen-an-phu\.xlsx, trang «Đăng ký», dòng 14\): .*«19a5»/m;
  if (printed) expect(r.err).toMatch(line);
  else expect(r.err).not.toMatch(line);
  // A Word run writes no Excel book: its notice says the points are listed here, not on a sheet it did not write
  // (trial 18b #12); an Excel run names its sheet.
  expect(/của bản Excel/.test(r.err)).toBe(!printed);
  expect(/bản Word không ghi các điều này, nên chúng được liệt kê dưới đây/.test(r.err)).toBe(printed);
});
