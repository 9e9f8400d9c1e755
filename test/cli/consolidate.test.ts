import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCli, withMaster } from './run-cli';

let dir: string;
let master: string;

beforeAll(async () => {
  ({ dir, master } = await withMaster());
});

/** A --config file naming the district, so that the list has nothing left blank. */
async function districtConfig(): Promise<string> {
  const file = path.join(dir, 'cau-hinh.json');
  await fs.writeFile(file, JSON.stringify({ district: 'An Phú' }));
  return file;
}

describe('dienhinh consolidate', () => {
  it('writes the ceremony workbook, exit 0, and leaves no temporary file behind', async () => {
    const out = path.join(dir, 'danh-sach-2023.xlsx');
    const r = await runCli(['consolidate', master, '--ceremony', '2023', '-o', out, '--as-of', '2023-03-01']);
    // The master names no district (no profile, no title block): said before the list is written.
    expect(r.err).toMatch(/^Cảnh báo: Chưa biết tên huyện/);
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Đã ghi .*danh-sach-2023\.xlsx: 3 tập thể, 6 cá nhân; 1 dòng không đưa vào danh sách/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Lễ tuyên dương 2023', 'Không đưa vào danh sách', 'Chỉ tiêu đăng ký']);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('its own ceremony workbook, left among the inputs, is not read back: the check is the same, and says what it left', async () => {
    const out = path.join(dir, 'danh-sach-doc-lai.xlsx');
    expect((await runCli(['consolidate', master, '--ceremony', '2023', '-o', out, '--as-of', '2023-03-01'])).code).toBe(0);
    type Json = { quota: unknown[]; findings: { code: string; file: string; sheet?: string }[] };
    const alone = JSON.parse((await runCli(['check', master, '--as-of', '2023-03-01', '--json'])).out) as Json;
    const both = JSON.parse((await runCli(['check', master, out, '--as-of', '2023-03-01', '--json'])).out) as Json;
    expect(both.quota).toEqual(alone.quota);
    const own = both.findings.filter((f) => f.file === path.basename(out));
    expect(own.map((f) => `${f.code} ${f.sheet ?? ''}`).sort()).toEqual([
      'SHEET_SKIPPED Chỉ tiêu đăng ký',
      'SHEET_SKIPPED Không đưa vào danh sách',
      'SHEET_SKIPPED Lễ tuyên dương 2023',
    ]);
    expect(both.findings.filter((f) => f.file !== path.basename(out))).toEqual(alone.findings);
  });

  it('writes the list as a Word document when OUT ends in .docx, atomically', async () => {
    const out = path.join(dir, 'danh-sach-2023.docx');
    const r = await runCli(['consolidate', master, '--ceremony', '2023', '-o', out, '--config', await districtConfig()]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Đã ghi .*danh-sach-2023\.docx: 3 tập thể, 6 cá nhân; 1 dòng không đưa vào danh sách \(lập tệp \.xlsx/);
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const t of ['HUYỆN ỦY AN PHÚ', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'DANH SÁCH', 'I. TẬP THỂ', 'II. CÁ NHÂN', 'Nguyễn Văn Hùng', 'TRƯỞNG BAN']) expect(xml).toContain(t);
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a .docx output that is one of the inputs', async () => {
    const input = path.join(dir, 'vao.docx');
    await fs.writeFile(input, 'bản gốc');
    const r = await runCli(['consolidate', master, input, '--ceremony', '2023', '-o', input]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/trùng với một tệp đầu vào/);
    expect(await fs.readFile(input, 'utf8')).toBe('bản gốc');
  });

  it('refuses an output that is one of the inputs, and leaves the input untouched', async () => {
    const before = await fs.readFile(master);
    const alias = path.join(dir, '.', 'tong-hop.xlsx');
    const r = await runCli(['consolidate', master, '--ceremony', '2023', '-o', alias]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/trùng với một tệp đầu vào/);
    expect(Buffer.compare(before, await fs.readFile(master))).toBe(0);
  });

  it.each([
    [['--ceremony', '2023'], /cần tệp kết quả/],
    [['-o', 'x.xlsx'], /cần --ceremony/],
    [['--ceremony', '2024', '-o', 'x.xlsx'], /Không có lễ tuyên dương «2024».*2023 hoặc 2025/],
    [['--ceremony', '2023', '-o', 'x.csv'], /phải có đuôi \.xlsx hoặc \.docx/],
  ])('usage mistakes exit 2 and write nothing: %p', async (extra, message) => {
    const before = await fs.readdir(dir);
    const r = await runCli(['consolidate', master, ...(extra as string[]).map((a) => (a.endsWith('.xlsx') || a.endsWith('.csv') ? path.join(dir, a) : a))]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message as RegExp);
    expect(await fs.readdir(dir)).toEqual(before);
  });

  it('writes nothing when its only input is unusable; beside others, names it and writes the list (trial 14)', async () => {
    const bad = path.join(dir, 'hong.xlsx');
    await fs.writeFile(bad, 'not a workbook');
    const out = path.join(dir, 'khong-ghi.xlsx');
    const alone = await runCli(['consolidate', bad, '--ceremony', '2023', '-o', out]);
    expect(alone.code).toBe(2);
    await expect(fs.stat(out)).rejects.toThrow();
    const r = await runCli(['consolidate', master, bad, '--ceremony', '2023', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('thiếu tệp hong.xlsx');
    expect((await fs.stat(out)).size).toBeGreaterThan(0);
  });
});
