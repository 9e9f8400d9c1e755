import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unitFileName } from '../../src/cli/feedback';
import { canonicalMaster } from '../fixtures/layouts';
import { toBytes } from '../fixtures/workbooks';
import { runCli, tempDir } from './run-cli';

describe('dienhinh feedback', () => {
  it('writes one phiếu per unit with findings, named after the unit, and nothing else', async () => {
    const dir = await tempDir();
    const wb = canonicalMaster();
    (wb.getWorksheet('Đăng ký') as ExcelJS.Worksheet).addRow([11, 'CB1', 'Cá nhân', 'Nguyễn Văn A, Lê Thị B', undefined, undefined, undefined, 'Hai người', 1]);
    const input = path.join(dir, 'tong-hop.xlsx');
    await fs.writeFile(input, await toBytes(wb));
    const out = path.join(dir, 'phieu');
    const r = await runCli(['feedback', input, '-o', out, '--as-of', '2023-03-01']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã ghi 1 phiếu góp ý');
    const files = await fs.readdir(out);
    expect(files).toEqual(['Phiếu góp ý - Chi bộ Trường THPT An Phú.xlsx']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(out, files[0] as string));
    const texts: string[] = [];
    book.worksheets[0]?.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toEqual(expect.arrayContaining(['PHIẾU GÓP Ý', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'tong-hop.xlsx, trang «Đăng ký», dòng 12']));
    expect(texts.some((t) => t.startsWith('Một dòng ghi nhiều điển hình:'))).toBe(true);
  });

  it('says so when no unit has anything to fix', async () => {
    const dir = await tempDir();
    const input = path.join(dir, 'tong-hop.xlsx');
    await fs.writeFile(input, await toBytes(canonicalMaster()));
    const r = await runCli(['feedback', input, '-o', path.join(dir, 'out'), '--as-of', '2023-03-01']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('không có phiếu góp ý nào');
    expect(await fs.readdir(path.join(dir, 'out'))).toEqual([]);
  });

  it('needs -o and takes no --ceremony', async () => {
    const r = await runCli(['feedback', 'a.xlsx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('-o THƯ_MỤC');
    const c = await runCli(['feedback', 'a.xlsx', '-o', 'x', '--ceremony', '2023']);
    expect(c.code).toBe(2);
    expect(c.err).toContain('không dùng tùy chọn --ceremony');
  });
});

describe('unitFileName', () => {
  it('keeps Vietnamese, drops what file systems refuse, keeps names of one run apart', () => {
    const taken = new Set<string>();
    expect(unitFileName('Chi bộ 1/2: "A"?', taken)).toBe('Phiếu góp ý - Chi bộ 1 2 A.xlsx');
    expect(unitFileName('Chi bộ 1/2: "A"?', taken)).toBe('Phiếu góp ý - Chi bộ 1 2 A (2).xlsx');
    expect(unitFileName('..', taken)).toBe('Phiếu góp ý - Don vi.xlsx');
  });
});
