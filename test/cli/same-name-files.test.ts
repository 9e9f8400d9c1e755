/**
 * Trial 16: units send lists of one name («danh-sach.xlsx», «DS dang ky.xlsx»), which the district keeps in a folder
 * per unit. Rows are known by file, sheet and row, so two files of one name shared each other's findings: a valid
 * exemplar of one unit was left off the ceremony list for an error on the same row of the other unit's file. Files of
 * one name are now told apart by their folders; one file named twice in a command is read once (it had emptied the
 * list: each row stood for the other); any door giving two files of one name gets a copy number on the second.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';
import { buildReport } from '../../src/domain/report/report';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { consolidate } from '../../src/domain/ceremony/consolidate';
import { defaultProfile } from '../../src/domain/profile';
import { readXlsx, sheetWith, toBytes } from '../fixtures/workbooks';
import { runCli, tempDir } from './run-cli';

type Person = [string, number, string];

function unitFile(unit: string, people: Person[], sheet = 'Sheet1'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, sheet, [
    [unit.toUpperCase()],
    ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    [],
    ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
    ...people.map((p, i) => [i + 1, ...p]),
  ]);
  return wb;
}

const AN_BINH: Person[] = [
  ['Nguyễn Văn Hòa và Trần Văn Nam', 1970, 'Bí thư chi bộ ấp 1'],
  ['Trần Thị Lan', 1980, 'Chủ tịch Hội LHPN xã'],
];
const PHU_HUU: Person[] = [
  ['Lê Văn Tám', 1975, 'Trưởng ấp 2'],
  ['Phạm Thị Mai', 1985, 'Giáo viên Trường Tiểu học Phú Hữu'],
];

let dir: string;
async function write(rel: string, wb: ExcelJS.Workbook): Promise<string> {
  const f = path.join(dir, rel);
  await fs.mkdir(path.dirname(f), { recursive: true });
  await fs.writeFile(f, await toBytes(wb));
  return f;
}

beforeEach(async () => {
  dir = await tempDir();
});

async function listed(out: string): Promise<{ names: string[]; excluded: string[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const [list, left] = wb.worksheets;
  const names: string[] = [];
  list?.eachRow((row) => {
    if (/^\d+$/.test(String(row.getCell(1).value ?? ''))) names.push(String(row.getCell(2).value));
  });
  const excluded: string[][] = [];
  left?.eachRow((row, r) => {
    if (r > 1) excluded.push([String(row.getCell(1).value), String(row.getCell(5).value)]);
  });
  return { names, excluded };
}

describe('two files of one name in two folders', () => {
  it.each([
    ['same sheet name', 'Sheet1', 'Sheet1'],
    ['other sheet names', 'DS', 'Danh sách'],
  ])('keep their own rows and findings (%s)', async (_, sheetA, sheetB) => {
    const a = await write('Xa An Binh/danh-sach.xlsx', unitFile('Đảng ủy xã An Bình', AN_BINH, sheetA));
    const b = await write('Xa Phu Huu/danh-sach.xlsx', unitFile('Đảng ủy xã Phú Hữu', PHU_HUU, sheetB));
    const out = path.join(dir, 'ds.xlsx');
    const r = await runCli(['consolidate', a, b, '--ceremony', '2023', '-o', out]);
    expect(r.code).toBe(0);
    const { names, excluded } = await listed(out);
    expect(names.sort()).toEqual(['Lê Văn Tám', 'Phạm Thị Mai', 'Trần Thị Lan']);
    expect(excluded).toEqual([['Xa An Binh/danh-sach.xlsx', 'Nguyễn Văn Hòa và Trần Văn Nam']]);
    const text = (await runCli(['check', a, b])).out;
    expect(text).toContain('Xa An Binh/danh-sach.xlsx');
    expect(text).toMatch(/2 tệp/);
  });

  it('a name told apart only by folders deeper up', async () => {
    const a = await write('2023/An Binh/ds.xlsx', unitFile('Đảng ủy xã An Bình', AN_BINH));
    const b = await write('2024/An Binh/ds.xlsx', unitFile('Đảng ủy xã Phú Hữu', PHU_HUU));
    const json = JSON.parse((await runCli(['check', a, b, '--json'])).out) as { findings: { file: string; code: string }[] };
    expect(json.findings.filter((f) => f.code === 'NOT_SINGLE_SUBJECT').map((f) => f.file)).toEqual(['2023/An Binh/ds.xlsx']);
  });

  it('near miss: files of their own names keep their bare names', async () => {
    const a = await write('Xa An Binh/an-binh.xlsx', unitFile('Đảng ủy xã An Bình', AN_BINH));
    const b = await write('Xa Phu Huu/phu-huu.xlsx', unitFile('Đảng ủy xã Phú Hữu', PHU_HUU));
    const json = JSON.parse((await runCli(['check', a, b, '--json'])).out) as { findings: { file: string; code: string }[] };
    expect(json.findings.filter((f) => f.code === 'NOT_SINGLE_SUBJECT').map((f) => f.file)).toEqual(['an-binh.xlsx']);
  });
});

describe('one file named twice in a command', () => {
  it.each([
    ['the same path', (f: string) => [f, f]],
    ['another spelling of the path', (f: string) => [f, path.join(path.dirname(f), '.', path.basename(f))]],
    ['three times among others', (f: string) => [f, f, f]],
  ])('is read once, and said (%s)', async (_, paths) => {
    const f = await write('tong-hop.xlsx', unitFile('Đảng ủy xã Phú Hữu', PHU_HUU));
    const out = path.join(dir, 'ds.xlsx');
    const r = await runCli(['consolidate', ...paths(f), '--ceremony', '2023', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/tong-hop\.xlsx được ghi \d lần trong lệnh: chỉ đọc một lần/);
    expect((await listed(out)).names.sort()).toEqual(['Lê Văn Tám', 'Phạm Thị Mai']);
    const check = await runCli(['check', ...paths(f)]);
    expect(check.out).toMatch(/1 tệp · 0 đơn vị · 2 điển hình/);
    expect(check.out).not.toContain('DUPLICATE');
  });

  it('near miss: a copy under another name is read, and its rows are one exemplar each', async () => {
    const f = await write('tong-hop.xlsx', unitFile('Đảng ủy xã Phú Hữu', PHU_HUU));
    const copy = await write('tong-hop - Copy.xlsx', unitFile('Đảng ủy xã Phú Hữu', PHU_HUU));
    const out = path.join(dir, 'ds.xlsx');
    const r = await runCli(['consolidate', f, copy, '--ceremony', '2023', '-o', out]);
    expect(r.err).not.toMatch(/chỉ đọc một lần/);
    expect((await listed(out)).names.sort()).toEqual(['Lê Văn Tám', 'Phạm Thị Mai']);
  });
});

describe('any door: grids of one name', () => {
  it('the second is read under a copy number, each keeping its rows', async () => {
    const a = await readXlsx(await toBytes(unitFile('Đảng ủy xã An Bình', AN_BINH)), 'danh-sach.xlsx');
    const b = await readXlsx(await toBytes(unitFile('Đảng ủy xã Phú Hữu', PHU_HUU)), 'danh-sach.xlsx');
    const read = readWorkbooks([a, b], { profile: defaultProfile() });
    const report = buildReport(read, { y: 2023, m: 3, d: 1 }, 2);
    expect(report.findings.filter((f) => f.code === 'NOT_SINGLE_SUBJECT').map((f) => f.file)).toEqual(['danh-sach.xlsx']);
    const book = consolidate(read, report, '2023');
    expect(book.selection.individuals.map((e) => e.name).sort()).toEqual(['Lê Văn Tám', 'Phạm Thị Mai', 'Trần Thị Lan']);
    expect(new Set(read.registrations.map((r) => r.source.file))).toEqual(new Set(['danh-sach.xlsx', 'danh-sach (2).xlsx']));
  });
});

describe('a copy number in a file name', () => {
  it.each(['Xa Phu Huu (1).xlsx', 'Xa Phu Huu(2).xlsx', 'Xa Phu Huu.xlsx'])('names no other unit: %s', async (name) => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Đơn vị', [
      ['STT', 'Tên đơn vị', 'Loại đơn vị'],
      [1, 'Đảng ủy xã Phú Hữu', 'Đảng bộ xã'],
      [2, 'Đảng ủy xã An Bình', 'Đảng bộ xã'],
    ]);
    const units = await write('don-vi.xlsx', wb);
    // No letterhead: the file's name is all that tells whose list it is.
    const list = new ExcelJS.Workbook();
    sheetWith(list, 'DS', [['STT', 'Họ và tên', 'Năm sinh'], [1, 'Lê Văn Tám', 1975]]);
    const f = await write(name, list);
    const json = JSON.parse((await runCli(['check', units, f, '--json'])).out) as { quota: { unit: string; registered: number }[] };
    expect(json.quota.find((q) => q.unit === 'Đảng ủy xã Phú Hữu')?.registered).toBe(1);
  });
});
