/**
 * OUT (consolidate) and the phiếu in DIR (feedback) replace only files Điển hình made: a user's own workbook or
 * document named there by mistake is refused whole (exit 2, untouched, nothing written), while a second run replaces
 * the first run's outputs, also after they were opened and saved again.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { canonicalMaster } from '../fixtures/layouts';
import { toBytes } from '../fixtures/workbooks';
import { runCli, tempDir, withMaster } from './run-cli';

/** A workbook of the user's, with their own creator (or none, as some tools write). */
async function usersWorkbook(creator: string | undefined, sheet = 'Của tôi'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (creator !== undefined) wb.creator = creator;
  wb.addWorksheet(sheet).addRow(['Bảng theo dõi của văn phòng', 2023]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function usersDocument(creator?: string): Promise<Buffer> {
  return Packer.toBuffer(new Document({ ...(creator ? { creator } : {}), sections: [{ children: [new Paragraph('Báo cáo của tôi')] }] }));
}

const asset = (name: string) => () => fs.readFile(path.join(__dirname, '../../assets', name));

/** Reads a workbook and writes it back, as a save in Excel does: its creator stays. */
async function savedAgain(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.lastModifiedBy = 'Văn phòng Huyện ủy';
  await fs.writeFile(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

describe('consolidate replaces only what Điển hình wrote', () => {
  it.each([
    ['a workbook of the user’s', 'cua-toi.xlsx', () => usersWorkbook('Nguyễn Văn An')],
    ['a workbook with no creator', 'khong-ten.xlsx', () => usersWorkbook(undefined)],
    ['a Word document of the user’s', 'bao-cao.docx', usersDocument],
    ['a file that is no workbook at all', 'ghi-chu.xlsx', async () => Buffer.from('ghi chú của tôi')],
    // Made by Điển hình, but no output of it (trial 20b #1): the district's own workbook copied from them.
    ['the template, kept as the district’s workbook', 'so-theo-doi.xlsx', asset('mau-dien-hinh.xlsx')],
    ['the sample district’s workbook', 'vi-du.xlsx', asset('vi-du-huyen-an-phu.xlsx')],
    ['a workbook of the user’s, made by Điển hình, with a sheet of the template', 'cua-toi.xlsx', () => usersWorkbook('Điển hình', 'Đăng ký')],
    ['a Word document that names Điển hình as its creator but is no list', 'bao-cao.docx', () => usersDocument('Điển hình')],
  ])('refuses %s, exit 2, and leaves it as it was', async (_what, name, make) => {
    const { dir, master } = await withMaster();
    const out = path.join(dir, name);
    const before = await make();
    await fs.writeFile(out, before);
    const r = await runCli(['consolidate', master, '--ceremony', '2023', '-o', out, '--as-of', '2023-03-01']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Đã có tệp ${out}, không phải tệp kết quả Điển hình đã ghi trước đây`);
    expect(r.out).toBe('');
    expect(Buffer.compare(before, await fs.readFile(out))).toBe(0);
    expect((await fs.readdir(dir)).sort()).toEqual(['tong-hop.xlsx', name].sort());
  });

  it.each([['danh-sach.xlsx'], ['danh-sach.docx']])('replaces its own earlier %s, and the same after a save elsewhere', async (name) => {
    const { dir, master } = await withMaster();
    const out = path.join(dir, name);
    const run = () => runCli(['consolidate', master, '--ceremony', '2023', '-o', out, '--as-of', '2023-03-01']);
    expect((await run()).code).toBe(0);
    const first = await fs.readFile(out);
    expect((await run()).code).toBe(0);
    if (name.endsWith('.xlsx')) {
      await savedAgain(out);
      expect((await run()).code).toBe(0);
    }
    // Written again: a zip of the same kind, and no temporary file left.
    expect((await fs.readFile(out)).subarray(0, 2).toString()).toBe(first.subarray(0, 2).toString());
    expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  // Review 29, W4: outputs of versions before the keyword carry the creator alone.
  it.each([['danh-sach.xlsx'], ['danh-sach.docx']])('replaces %s written by an earlier version (no keyword)', async (name) => {
    const { dir, master } = await withMaster();
    const out = path.join(dir, name);
    const run = () => runCli(['consolidate', master, '--ceremony', '2023', '-o', out, '--as-of', '2023-03-01']);
    expect((await run()).code).toBe(0);
    if (name.endsWith('.xlsx')) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      wb.keywords = '';
      await fs.writeFile(out, Buffer.from(await wb.xlsx.writeBuffer()));
    } else {
      const old = new Document({ creator: 'Điển hình', title: 'DANH SÁCH các tập thể, cá nhân điển hình tiên tiến', sections: [{ children: [new Paragraph('DANH SÁCH')] }] });
      await fs.writeFile(out, await Packer.toBuffer(old));
    }
    const r = await run();
    expect(r.err).not.toContain('không phải tệp kết quả');
    expect(r.code).toBe(0);
  });

  it('writes a new OUT where nothing was', async () => {
    const { dir, master } = await withMaster();
    const out = path.join(dir, 'moi.xlsx');
    expect((await runCli(['consolidate', master, '--ceremony', '2025', '-o', out])).code).toBe(0);
    expect((await fs.readFile(out)).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('feedback replaces only the phiếu Điển hình wrote', () => {
  /** A master whose two units each get a phiếu (a row naming two people, in each unit). */
  async function twoPhieuMaster(dir: string): Promise<string> {
    const wb = canonicalMaster();
    const ws = wb.getWorksheet('Đăng ký') as ExcelJS.Worksheet;
    ws.addRow([11, 'CB1', 'Cá nhân', 'Nguyễn Văn A, Lê Thị B', undefined, undefined, undefined, 'Hai người', 1]);
    ws.addRow([12, 'X02', 'Cá nhân', 'Trần Văn C, Phạm Thị D', undefined, undefined, undefined, 'Hai người', 1]);
    const input = path.join(dir, 'tong-hop.xlsx');
    await fs.writeFile(input, await toBytes(wb));
    return input;
  }

  it('refuses when one phiếu would replace a file of the user’s, and writes no phiếu at all', async () => {
    const dir = await tempDir();
    const input = await twoPhieuMaster(dir);
    const out = path.join(dir, 'phieu');
    const first = await runCli(['feedback', input, '-o', out, '--as-of', '2023-03-01']);
    expect(first.code).toBe(0);
    const names = (await fs.readdir(out)).sort();
    expect(names.length).toBe(2);
    // The user keeps their own notes under the second phiếu's name; the first phiếu is taken away.
    const own = await usersWorkbook('Văn phòng');
    await fs.writeFile(path.join(out, names[1] as string), own);
    await fs.rm(path.join(out, names[0] as string));
    const r = await runCli(['feedback', input, '-o', out, '--as-of', '2023-03-01']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('không phải tệp kết quả Điển hình đã ghi trước đây');
    expect(await fs.readdir(out)).toEqual([names[1]]);
    expect(Buffer.compare(own, await fs.readFile(path.join(out, names[1] as string)))).toBe(0);
  });

  it('a second run replaces the first run’s phiếu', async () => {
    const dir = await tempDir();
    const input = await twoPhieuMaster(dir);
    const out = path.join(dir, 'phieu');
    expect((await runCli(['feedback', input, '-o', out, '--as-of', '2023-03-01'])).code).toBe(0);
    const r = await runCli(['feedback', input, '-o', out, '--as-of', '2023-03-01']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Đã ghi 2 phiếu góp ý');
    expect((await fs.readdir(out)).length).toBe(2);
  });
});
