import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { canonicalMaster } from '../fixtures/layouts';
import { REGISTRATIONS, UNITS } from '../fixtures/district';
import { sheetWith, toBytes } from '../fixtures/workbooks';
import { runCli, withMaster } from './run-cli';

let dir: string;
let master: string;

beforeAll(async () => {
  ({ dir, master } = await withMaster());
});

async function withBadDate(): Promise<string> {
  const wb = canonicalMaster();
  wb.getWorksheet('Đơn vị')!.getCell('E2').value = '31/02/2023';
  const file = path.join(dir, 'ngay-sai.xlsx');
  await fs.writeFile(file, await toBytes(wb));
  return file;
}

describe('dienhinh check', () => {
  it('prints a Vietnamese report and exits 0 when there is no error', async () => {
    const r = await runCli(['check', master, '--as-of', '2023-03-01']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('KIỂM TRA DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN');
    expect(r.out).toContain(`${UNITS.length} đơn vị · ${REGISTRATIONS.length} điển hình đăng ký`);
  });

  it('prints the JSON contract with --json', async () => {
    const r = await runCli(['check', master, '--as-of', '2023-03-01', '--json']);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(json).toMatchObject({
      version: 1,
      asOf: '2023-03-01',
      summary: { units: UNITS.length, registrations: REGISTRATIONS.length, errors: 0 },
    });
    expect(Array.isArray(json.findings)).toBe(true);
    expect(Array.isArray(json.quota)).toBe(true);
  });

  it('exits 1 with the finding located when the data has an error', async () => {
    const file = await withBadDate();
    const r = await runCli(['check', file, '--json', '--as-of', '2023-03-01']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { findings: Record<string, unknown>[] };
    expect(json.findings).toContainEqual(
      expect.objectContaining({ code: 'INVALID_DATE', severity: 'error', rule: null, sheet: 'Đơn vị', row: 2, column: 'E', unit: 'Đảng bộ xã An Bình', unitCode: 'X01' }),
    );
    const text = await runCli(['check', file, '--as-of', '2023-03-01']);
    expect(text.out).toMatch(/■ Đảng bộ xã An Bình \(X01\) — 1 lỗi/);
    expect(text.out).toContain('«31/02/2023»');
  });

  it('defaults --as-of to today', async () => {
    const r = await runCli(['check', master, '--json']);
    expect((JSON.parse(r.out) as { asOf: string }).asOf).toBe('2023-03-01');
  });
});

describe('unusable input: exit 2, one Vietnamese sentence, nothing else', () => {
  async function file(name: string, bytes: Uint8Array | string): Promise<string> {
    const f = path.join(dir, name);
    await fs.writeFile(f, bytes);
    return f;
  }
  const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
  const encrypted = new Uint8Array([...ole, ...Array.from('EncryptionInfo').flatMap((c) => [c.charCodeAt(0), 0])]);

  const cases: [string, () => Promise<string[]>, RegExp][] = [
    ['a text file', async () => ['check', await file('ghi-chu.xlsx', 'Đây không phải tệp Excel')], /không phải là sổ làm việc Excel/],
    ['a damaged zip', async () => ['check', await file('hong.xlsx', (await fs.readFile(master)).subarray(0, 600))], /bị hỏng/],
    ['an old .xls', async () => ['check', await file('cu.xls', ole)], /\.xls.*lưu lại dưới dạng \.xlsx/],
    ['a password-protected file', async () => ['check', await file('mat-khau.xlsx', encrypted)], /mật khẩu/],
    ['an empty file', async () => ['check', await file('rong.xlsx', '')], /rỗng/],
    ['a missing file', async () => ['check', path.join(dir, 'khong-co.xlsx')], /Không tìm thấy tệp/],
    ['a bad --as-of', async () => ['check', master, '--as-of', '01/03/2023'], /Ngày xét/],
    ['an unknown option', async () => ['check', master, '--quiet'], /Không hiểu tùy chọn --quiet/],
    ['no file', async () => ['check'], /cần ít nhất một tệp/],
    ['an unknown command', async () => ['kiemtra', master], /Không có lệnh «kiemtra»/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const r = await runCli(await args());
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat \S+ \(|Error:|node_modules/);
  });

  it('a workbook with no recognisable table', async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Sheet1', [['Báo cáo tháng'], ['Nội dung', 'Số liệu'], ['Tuyên truyền', 5]]);
    const f = await file('bao-cao.xlsx', await toBytes(wb));
    const r = await runCli(['check', f]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không có bảng nào nhận ra được/);
  });

  it('a bad profile names the key and the problem', async () => {
    const cfg = await file('cau-hinh.json', JSON.stringify({ deadlines: { list: '2023-02-31' } }));
    const r = await runCli(['check', master, '--config', cfg]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('«Hạn gửi danh sách đăng ký»');
    expect(r.err).toContain('ngày có thật');
    const typo = await file('cau-hinh-2.json', JSON.stringify({ deadline: {} }));
    expect((await runCli(['check', master, '--config', typo])).err).toMatch(/khóa không được biết: «deadline»/);
    const broken = await file('cau-hinh-3.json', '{ "district": "An Phú", }');
    expect((await runCli(['check', master, '--config', broken])).err).toMatch(/không phải JSON hợp lệ, lỗi ở dòng 1/);
  });

  it('never changes an input file', async () => {
    const before = await fs.readFile(master);
    await runCli(['check', master, '--json']);
    expect(Buffer.compare(before, await fs.readFile(master))).toBe(0);
  });
});

describe('--config', () => {
  it('applies a partial profile over the default: an earlier list deadline makes units late', async () => {
    const late = async (profile: object) => {
      const cfg = path.join(dir, 'som.json');
      await fs.writeFile(cfg, JSON.stringify(profile));
      const r = await runCli(['check', master, '--config', cfg, '--json', '--as-of', '2023-03-01']);
      const json = JSON.parse(r.out) as { findings: { code: string; unitCode?: string }[] };
      return json.findings.filter((f) => f.code === 'REGISTRATION_LATE').map((f) => f.unitCode).sort();
    };
    expect(await late({})).toEqual([]);
    expect(await late({ deadlines: { list: '2023-02-15' } })).toEqual(['CB1', 'PN', 'UB', 'X01', 'X02']);
    // The list of CB1 arrived on 15/02 itself: on time only when the day counts.
    expect(await late({ deadlines: { list: '2023-02-15' }, deadlineDayIsOnTime: true })).toEqual(['PN', 'UB', 'X01', 'X02']);
  });
});

describe('dienhinh check on a units list alone, before any list has come', () => {
  async function bookOf(name: string, rows: (string | number)[][], sheet = 'Đơn vị'): Promise<string> {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, sheet, rows);
    const file = path.join(dir, name);
    await fs.writeFile(file, await toBytes(wb));
    return file;
  }

  it('says which unit has sent nothing, each short of its quota', async () => {
    const units = await bookOf('chi-don-vi.xlsx', [['STT', 'Tên đơn vị', 'Loại đơn vị'], [1, 'Đảng ủy xã An Bình', 'Đảng bộ xã'], [2, 'Huyện đoàn', 'Đoàn thể huyện']]);
    const r = await runCli(['check', units, '--as-of', '2023-03-01', '--json']);
    expect(r.code).toBe(1);
    const codes = (JSON.parse(r.out) as { findings: { code: string; unit?: string }[] }).findings.map((f) => `${f.code} ${f.unit ?? ''}`);
    expect(codes.sort()).toEqual(['QUOTA_SHORT Huyện đoàn', 'QUOTA_SHORT Đảng ủy xã An Bình', 'REGISTRATION_MISSING Huyện đoàn', 'REGISTRATION_MISSING Đảng ủy xã An Bình'].sort());
  });

  it.each<[string, string, (string | number)[][]]>([
    ['its sheet named «Đơn vị»', 'Đơn vị', []],
    ['its sheet named «DS đơn vị»', 'DS đơn vị', []],
    ['its title «DANH SÁCH CÁC ĐƠN VỊ»', 'Sheet1', [['DANH SÁCH CÁC ĐƠN VỊ ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], []]],
  ])('a list of names alone that says it is the units’ (%s) is checked as one (trial 11, item 13)', async (_, sheet, above) => {
    const units = await bookOf('don-vi.xlsx', [...above, ['STT', 'Tên đơn vị'], [1, 'Đảng ủy xã An Bình'], [2, 'Huyện đoàn']], sheet);
    const r = await runCli(['check', units, '--as-of', '2023-03-01', '--json']);
    expect(r.code).toBe(1);
    const codes = (JSON.parse(r.out) as { findings: { code: string; unit?: string }[] }).findings.map((f) => `${f.code} ${f.unit ?? ''}`);
    expect(codes).toEqual(expect.arrayContaining(['QUOTA_SHORT Huyện đoàn', 'QUOTA_SHORT Đảng ủy xã An Bình']));
  });

  it('near miss: a list of names under «Tên đơn vị» alone, a list of collectives maybe, is no units list to check', async () => {
    const names = await bookOf('tap-the.xlsx', [['STT', 'Tên đơn vị', 'Ghi chú'], [1, 'Chi bộ ấp 1', ''], [2, 'Chi hội Nông dân ấp 2', '']], 'Sheet1');
    const r = await runCli(['check', names, '--as-of', '2023-03-01']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không tìm thấy danh sách đăng ký điển hình nào/);
  });

  it('near miss: a sheet named «Đơn vị» under a title of exemplars is no units list to check (review 13)', async () => {
    const names = await bookOf('tap-the.xlsx', [['DANH SÁCH TẬP THỂ ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [], ['STT', 'Tên đơn vị', 'Ghi chú'], [1, 'Chi bộ ấp 1', '']]);
    const r = await runCli(['check', names, '--as-of', '2023-03-01']);
    expect(r.code).toBe(2);
  });

  it('a refusal for want of a list names a file that could not be read besides', async () => {
    const names = await bookOf('tap-the.xlsx', [['STT', 'Tên đơn vị', 'Ghi chú'], [1, 'Chi bộ ấp 1', '']], 'Sheet1');
    const bad = path.join(dir, 'hoi-phu-nu.xlsx');
    await fs.writeFile(bad, 'PK\u0003\u0004 cut off');
    const r = await runCli(['check', names, bad, '--as-of', '2023-03-01']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không tìm thấy danh sách đăng ký điển hình nào[^]*hoi-phu-nu\.xlsx/);
  });

  it('near miss: a workbook of neither a units list nor a list is refused in one sentence', async () => {
    const other = await bookOf('khac.xlsx', [['Ghi chú'], ['Không có gì']]);
    const r = await runCli(['check', other, '--as-of', '2023-03-01']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không có bảng nào nhận ra được/);
  });
});
