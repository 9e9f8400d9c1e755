/**
 * Trial 20b #2 on the command line: the sample district's units list records An Bình's (20/02/2023) and Phước Hưng's
 * (21/02/2023) lists as sent in files of their own; run without those files, `consolidate` and `feedback` print one
 * warning naming both, before anything is written, and the phiếu of each asks it to send its list again. Near miss:
 * with the units' files given, no warning, and neither gets a phiếu.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { tempDir } from './run-cli';

const ASSETS = path.join(__dirname, '..', '..', 'assets');
const DISTRICT = path.join(ASSETS, 'vi-du-huyen-an-phu.xlsx');
const UNIT_FILES = ['dang-uy-xa-an-binh.xlsx', 'dang-uy-xa-phuoc-hung-tcvn3.xlsx', 'chi-bo-buu-dien-huyen-vni.xlsx', 'dang-uy-xa-nhon-hoi-bo-sung.docx'].map((f) =>
  path.join(ASSETS, 'don-vi', f),
);
const WARNING =
  'Cảnh báo: Danh sách đơn vị ghi đã nhận danh sách đăng ký của Đảng bộ xã An Bình (ngày 20/02/2023), Đảng bộ xã Phước Hưng (ngày 21/02/2023), ' +
  'nhưng không đọc được dòng đăng ký nào của 2 đơn vị này trong các tệp đã đưa vào: có thể còn thiếu tệp của các đơn vị này.';

/** The command's output and error lines in the order they came. */
async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await main([...args, '--as-of', '2023-03-01'], {
    out: (s) => lines.push(...s.trimEnd().split('\n').map((l) => `out: ${l}`)),
    err: (s) => lines.push(...s.trimEnd().split('\n').map((l) => `err: ${l}`)),
    today: () => ({ y: 2023, m: 3, d: 1 }),
  });
  return { code, lines };
}

async function cells(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.worksheets[0]?.eachRow((row) => row.eachCell((c) => out.push(String(c.value))));
  return out;
}

describe('units recorded as having sent their list, their files not given', () => {
  it.each(['xlsx', 'docx'])('consolidate -o .%s warns before writing, naming them', async (ext) => {
    const out = path.join(await tempDir(), `ds.${ext}`);
    const { code, lines } = await run(['consolidate', DISTRICT, '--ceremony', '2023', '-o', out]);
    expect(code).toBe(0);
    const warning = lines.findIndex((l) => l.startsWith(`err: ${WARNING}`));
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(lines[warning]).toContain('Các điển hình của các đơn vị này chưa có trong danh sách: hãy đưa thêm tệp vào rồi lập lại danh sách trước khi trình ký.');
    expect(warning).toBeLessThan(lines.findIndex((l) => l.startsWith('out: Đã ghi')));
    expect(lines.filter((l) => l.includes('Danh sách đơn vị ghi đã nhận'))).toHaveLength(1);
  });

  it('feedback warns before writing, and their phiếu ask for the list again', async () => {
    const dir = path.join(await tempDir(), 'phieu');
    const { code, lines } = await run(['feedback', DISTRICT, '-o', dir]);
    expect(code).toBe(0);
    const warning = lines.findIndex((l) => l.startsWith(`err: ${WARNING}`));
    expect(lines[warning]).toContain('Phiếu góp ý đề nghị các đơn vị này gửi lại danh sách; nếu Ban đã có tệp, hãy đưa thêm vào rồi lập lại phiếu.');
    expect(warning).toBeLessThan(lines.findIndex((l) => l.startsWith('out: Đã ghi')));
    for (const [unit, date] of [
      ['An Bình', '20/02/2023'],
      ['Phước Hưng', '21/02/2023'],
    ]) {
      const t = await cells(path.join(dir, `Phiếu góp ý - Đảng bộ xã ${unit}.xlsx`));
      expect(t).toContain(`danh sách đăng ký đơn vị đã gửi ngày ${date}`);
      expect(t.some((x) => x.startsWith(`Chưa nhận được nội dung danh sách: Ban đã ghi nhận đơn vị gửi danh sách đăng ký điển hình tiên tiến ngày ${date}`))).toBe(true);
      expect(t.some((x) => /đăng ký 0\/2|còn thiếu|bổ sung thêm/.test(x))).toBe(false);
      expect(t).toContain('Đề nghị đơn vị gửi lại danh sách đăng ký điển hình tiên tiến đã gửi về Ban Tuyên giáo Huyện ủy An Phú.');
    }
  });

  it('near miss: their files given, no warning and no phiếu for them', async () => {
    const dir = await tempDir();
    const list = await run(['consolidate', DISTRICT, ...UNIT_FILES, '--ceremony', '2023', '-o', path.join(dir, 'ds.xlsx')]);
    expect(list.lines.some((l) => l.includes('Danh sách đơn vị ghi đã nhận'))).toBe(false);
    expect(list.lines).toContainEqual(expect.stringMatching(/^out: Đã ghi /));
    const phieu = await run(['feedback', DISTRICT, ...UNIT_FILES, '-o', path.join(dir, 'phieu')]);
    expect(phieu.lines.some((l) => l.includes('Danh sách đơn vị ghi đã nhận'))).toBe(false);
    const files = await fs.readdir(path.join(dir, 'phieu'));
    expect(files.filter((f) => /An Bình|Phước Hưng/.test(f))).toEqual([]);
  });
});
