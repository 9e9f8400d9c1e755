import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { unitFileName } from '../../src/cli/feedback';
import { canonicalMaster } from '../fixtures/layouts';
import { sheetWith, toBytes } from '../fixtures/workbooks';
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
    expect(texts).toEqual(expect.arrayContaining(['PHIẾU GÓP Ý', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'tong-hop.xlsx, trang «Đăng ký», dòng 12 (danh sách tổng hợp của huyện)']));
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

  it('sends a unit missing from the units list its own phiếu, named as its rows name it, with the district its title gives', async () => {
    const dir = await tempDir();
    const units = new ExcelJS.Workbook();
    sheetWith(units, 'DV', [['STT', 'Tên đơn vị'], [1, 'Đảng ủy xã An Bình']]);
    const phuHuu = new ExcelJS.Workbook();
    sheetWith(phuHuu, 'DS', [['ĐẢNG BỘ HUYỆN AN PHÚ'], ['ĐẢNG ỦY XÃ PHÚ HỮU'], ['DANH SÁCH'], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Nguyễn Văn Tâm', 1968], [2, 'Lê Văn Hai', '1972a']]);
    const inputs = [path.join(dir, 'don-vi.xlsx'), path.join(dir, 'phu-huu.xlsx')];
    await fs.writeFile(inputs[0] as string, await toBytes(units));
    await fs.writeFile(inputs[1] as string, await toBytes(phuHuu));
    const out = path.join(dir, 'phieu');
    const r = await runCli(['feedback', ...inputs, '-o', out, '--as-of', '2023-03-01']);
    expect(r.code).toBe(0);
    const files = (await fs.readdir(out)).sort();
    expect(files).toEqual(['Phiếu góp ý - Đảng ủy xã An Bình.xlsx', 'Phiếu góp ý - ĐẢNG ỦY XÃ PHÚ HỮU.xlsx'].sort());
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(out, 'Phiếu góp ý - ĐẢNG ỦY XÃ PHÚ HỮU.xlsx'));
    const texts: string[] = [];
    book.worksheets[0]?.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toEqual(expect.arrayContaining(['HUYỆN ỦY AN PHÚ', 'Kính gửi: ĐẢNG ỦY XÃ PHÚ HỮU', 'phu-huu.xlsx, trang «DS», ô C6']));
    expect(texts.filter((t) => t.startsWith('Đơn vị không có trong danh sách'))).toHaveLength(2);
    expect(texts.some((t) => t.startsWith('An Phú, ngày 01 tháng 3 năm 2023'))).toBe(true);
  });

  it('names each file after the whole unit name, where two names agree beyond a sheet name\'s 31 characters', async () => {
    const dir = await tempDir();
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Đơn vị', [['STT', 'Tên đơn vị'], [1, 'Chi bộ Trường Tiểu học An Bình A'], [2, 'Chi bộ Trường Tiểu học An Bình B']]);
    sheetWith(wb, 'Đăng ký', [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'], [1, 'Chi bộ Trường Tiểu học An Bình A', 'Nguyễn Văn An', '19y0'], [2, 'Chi bộ Trường Tiểu học An Bình B', 'Lê Thị Bình', '19x0']]);
    const input = path.join(dir, 'tong-hop.xlsx');
    await fs.writeFile(input, await toBytes(wb));
    const out = path.join(dir, 'phieu');
    expect((await runCli(['feedback', input, '-o', out, '--as-of', '2023-03-01'])).code).toBe(0);
    expect((await fs.readdir(out)).sort()).toEqual(['Phiếu góp ý - Chi bộ Trường Tiểu học An Bình A.xlsx', 'Phiếu góp ý - Chi bộ Trường Tiểu học An Bình B.xlsx']);
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
