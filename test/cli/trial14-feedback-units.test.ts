/**
 * Trial 14, class 15: `feedback` writes a phiếu for every listed unit with a finding of its own — not for an unreadable
 * date on its row of the district's units list, the district's own typing (README, trial20b #8) —, none to
 * a body the list lacks that only a compiled list's unit column names (those rows are printed for the district), and
 * prints which units got no phiếu. Near misses: a unit missing from the list that sent its own list keeps its phiếu (by
 * its letterhead, or by its file's name when that names more than a list's words, review 24); a
 * row to correct still asks to correct and resend.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { Row, sheetWith, toBytes } from '../fixtures/workbooks';
import { runCli, tempDir } from './run-cli';

const UNITS: Row[] = [
  ['Mã', 'Tên đơn vị', 'Loại đơn vị', 'Ngày gửi kế hoạch', 'Ngày gửi danh sách'],
  ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã', '10/01/2022', '20/02/2023'],
  ['X02', 'Đảng bộ xã Vĩnh Hội', 'Đảng bộ xã', '12/01/2022', '31/02/2023'],
  ['X03', 'Đảng bộ xã Phú Hữu', 'Đảng bộ xã', '15/01/2022', '21/02/2023'],
];
const REG_HEAD: Row = ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên', 'Năm sinh', 'Chức vụ'];

async function master(dir: string, units: Row[], rows: Row[], name = 'Tong hop.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', units);
  sheetWith(wb, 'Đăng ký', [REG_HEAD, ...rows]);
  const f = path.join(dir, name);
  await fs.writeFile(f, await toBytes(wb));
  return f;
}

const GOOD: Row[] = [
  [1, 'Đảng bộ xã An Bình', 'Cá nhân', 'Nguyễn Văn An', 1970, 'Trưởng ấp 1'],
  [2, 'Đảng bộ xã An Bình', 'Tập thể', 'Chi bộ ấp 1', null, null],
  [3, 'Đảng bộ xã Vĩnh Hội', 'Cá nhân', 'Phạm Văn Dũng', 1975, 'Trưởng ấp 2'],
  [4, 'Đảng bộ xã Vĩnh Hội', 'Tập thể', 'Chi bộ ấp 2', null, null],
  [5, 'Đảng bộ xã Phú Hữu', 'Cá nhân', 'Trần Văn Bình', 1971, 'Nông dân'],
  [6, 'Đảng bộ xã Phú Hữu', 'Tập thể', 'Chi bộ ấp 3', null, null],
];

async function texts(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.worksheets[0]?.eachRow((row) => row.eachCell((c) => out.push(String(c.value))));
  return [...new Set(out)];
}

async function feedback(inputs: string[]) {
  const dir = await tempDir();
  const out = path.join(dir, 'phieu');
  const r = await runCli(['feedback', ...inputs, '-o', out, '--as-of', '2023-03-01']);
  const files = await fs.readdir(out).catch(() => [] as string[]);
  return { r, out, files: files.sort() };
}

describe('feedback: who gets a phiếu, who does not, and who is told', () => {
  it('an unreadable list date on the unit\'s row of the units list: the district\'s own, no phiếu (trial20b #8)', async () => {
    const dir = await tempDir();
    const { r, files } = await feedback([await master(dir, UNITS, GOOD)]);
    expect(r.code).toBe(0);
    expect(files).toEqual([]);
    expect(r.out).toContain('Không đơn vị nào có nội dung cần góp ý');
  });

  it('an unreadable plan date too, beside a row to correct: one phiếu, without the district\'s date, asked to correct and resend', async () => {
    const dir = await tempDir();
    const units = UNITS.map((row, i) => (i === 3 ? ['X03', 'Đảng bộ xã Phú Hữu', 'Đảng bộ xã', '15/13/2022', '21/02/2023'] : row));
    const rows = GOOD.map((row, i) => (i === 4 ? [5, 'Đảng bộ xã Phú Hữu', 'Cá nhân', 'Trần Văn Bình và Lê Văn Sáu', 1971, 'Nông dân'] : row));
    const { out, files, r } = await feedback([await master(dir, units, rows)]);
    expect(files).toEqual(['Phiếu góp ý - Đảng bộ xã Phú Hữu.xlsx']);
    const t = await texts(path.join(out, 'Phiếu góp ý - Đảng bộ xã Phú Hữu.xlsx'));
    expect(t.some((x) => x.startsWith('Một dòng ghi nhiều điển hình'))).toBe(true);
    expect(t.some((x) => x.includes('«15/13/2022»') || x === 'danh sách đơn vị của huyện')).toBe(false);
    expect(t.some((x) => x.startsWith('Đề nghị đơn vị chỉnh sửa các nội dung trên và gửi lại danh sách'))).toBe(true);
    expect(r.out).toContain('cho 2 đơn vị: Đảng bộ xã An Bình, Đảng bộ xã Vĩnh Hội.');
  });

  it('a row of the district\'s master naming a body the list lacks: no phiếu to it, the district is told', async () => {
    const dir = await tempDir();
    const units = UNITS.map((row, i) => (i === 2 ? ['X02', 'Đảng bộ xã Vĩnh Hội', 'Đảng bộ xã', '12/01/2022', '22/02/2023'] : row));
    const rows = [...GOOD, [7, 'Đảng bộ xã Tân Lập', 'Cá nhân', 'Võ Văn Sang', 1970, 'Nông dân'], [8, 'Đảng bộ xã Tân Lập', 'Cá nhân', 'Võ Văn Sáng', 1972, 'Nông dân']];
    const { files, r } = await feedback([await master(dir, units, rows)]);
    expect(files).toEqual([]);
    expect(r.out).toContain('Không đơn vị nào có nội dung cần góp ý');
    expect(r.out).not.toContain('Không có phiếu (');
    expect(r.out).toContain('2 nội dung không gửi đơn vị nào (không thuộc đơn vị nào trong danh sách đơn vị), huyện tự xem lại:');
    expect(r.out).toMatch(/ {2}- Đơn vị không có trong danh sách: Tong hop\.xlsx, trang «Đăng ký», dòng 8\. Đơn vị đề xuất «Đảng bộ xã Tân Lập»/);
    expect(r.out).toMatch(/dòng 9\. Đơn vị đề xuất «Đảng bộ xã Tân Lập»/);
  });

  it('near miss: a unit missing from the list that sent its own list (its letterhead, or its file\'s name) keeps its phiếu', async () => {
    const dir = await tempDir();
    const units = UNITS.map((row, i) => (i === 2 ? ['X02', 'Đảng bộ xã Vĩnh Hội', 'Đảng bộ xã', '12/01/2022', '22/02/2023'] : row));
    const own = new ExcelJS.Workbook();
    sheetWith(own, 'DS', [['ĐẢNG BỘ HUYỆN AN PHÚ'], ['ĐẢNG ỦY XÃ TÂN LẬP'], ['DANH SÁCH ĐĂNG KÝ'], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Võ Văn Sang', 1970], [2, 'Lê Văn Hai', '1972a']]);
    const ownFile = path.join(dir, 'tan-lap.xlsx');
    await fs.writeFile(ownFile, await toBytes(own));
    const { files, r } = await feedback([await master(dir, units, GOOD), ownFile]);
    expect(files).toEqual(['Phiếu góp ý - ĐẢNG ỦY XÃ TÂN LẬP.xlsx']);
    expect(r.out).not.toContain('huyện tự xem lại');
    expect(r.out).toContain('cho 3 đơn vị');
    // Named by its file alone, no letterhead.
    const bare = new ExcelJS.Workbook();
    sheetWith(bare, 'DS', [['STT', 'Họ và tên', 'Năm sinh'], [1, 'Võ Văn Sang', 1970], [2, 'Lê Văn Hai', '1972a']]);
    const bareFile = path.join(dir, 'DS Tan Lap.xlsx');
    await fs.writeFile(bareFile, await toBytes(bare));
    const byName = await feedback([await master(dir, units, GOOD), bareFile]);
    expect(byName.files).toEqual(['Phiếu góp ý - DS Tan Lap.xlsx']);
  });
});
