/**
 * Trial 14, class 12: an inbox nearly always holds one file that cannot be read (damaged, password-protected, a .csv,
 * a .pdf, an old .doc). `consolidate` makes the list from the rest, as `check` checks the rest: the unreadable file is
 * named in a warning (FILE_UNREADABLE, its own sentence), the list is written, exit 0 (findings do not stop it). Alone,
 * or with nothing readable, it still refuses (exit 2, nothing written). `feedback` and the engine behind the task pane
 * and the browser page go on alike.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { analyze } from '../../src/worker/engine';
import { messyUnitFile, messyUnits } from '../fixtures/layouts';
import { toBytes, readXlsx } from '../fixtures/workbooks';
import { runCli, tempDir } from './run-cli';

let dir: string;
let good: string[];

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const f = path.join(dir, name);
  await fs.writeFile(f, bytes);
  return f;
}

const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
const oleNamed = (name: string) => new Uint8Array([...ole, ...Array.from(name).flatMap((c) => [c.charCodeAt(0), 0])]);

beforeAll(async () => {
  dir = await tempDir();
  good = [
    await file('Don vi.xlsx', await toBytes(messyUnits())),
    await file('X01.xlsx', await toBytes(messyUnitFile('X01'))),
    await file('X02.xlsx', await toBytes(messyUnitFile('X02'))),
  ];
});

const bad: [string, () => Promise<string>, RegExp][] = [
  ['a damaged .xlsx', async () => file('DS Phu Hoa.xlsx', (await fs.readFile(good[1] as string)).subarray(0, 900)), /bị hỏng/],
  ['a password-protected .xlsx', () => file('mat-khau.xlsx', oleNamed('EncryptionInfo')), /mật khẩu/],
  ['an old .doc', () => file('cu.doc', oleNamed('WordDocument')), /\.doc/],
  ['a .csv', () => file('ds.csv', 'STT,Họ và tên\n1,Nguyễn Văn A\n'), /không phải là sổ làm việc/],
  ['a .pdf', () => file('ds.pdf', '%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'), /không phải là sổ làm việc/],
];

describe('consolidate with one unreadable file among others', () => {
  it.each(bad)('%s: the list is made from the rest, the file named, exit 0', async (_n, make, sentence) => {
    const b = await make();
    const alone = await runCli(['check', b]);
    expect(alone.code).toBe(2);
    expect(alone.err.trim()).toMatch(sentence);
    for (const ext of ['xlsx', 'docx']) {
      const out = path.join(dir, `ds-${path.basename(b)}.${ext}`);
      const r = await runCli(['consolidate', ...good, b, '--ceremony', '2023', '-o', out, '--as-of', '2023-03-01']);
      expect(r.code).toBe(0);
      expect((await fs.stat(out)).size).toBeGreaterThan(0);
      // One warning names the file, says in words that it could not be read (no bare code, trial 21a #5), gives the
      // sentence it gets alone, and says the list lacks it.
      const warning = r.err.split('\n').find((l) => l.includes(path.basename(b)));
      expect(warning).toMatch(/^Cảnh báo: Danh sách được lập khi thiếu tệp /);
      expect(warning).toContain(', tệp không đọc được: ');
      expect(warning).not.toMatch(/[A-Z]+_[A-Z_]+/);
      expect(warning).toContain(alone.err.trim());
      expect(warning).toContain('chưa có trong danh sách');
      expect(r.out).toMatch(/^Đã ghi .*: 2 tập thể, 2 cá nhân; .*Kết quả kiểm tra: [1-9]\d* lỗi/);
    }
    // The same files without the bad one: the same list.
    const out = path.join(dir, 'ds-good.xlsx');
    const clean = await runCli(['consolidate', ...good, '--ceremony', '2023', '-o', out, '--as-of', '2023-03-01']);
    expect(clean.code).toBe(0);
    expect(clean.err).not.toContain('FILE_UNREADABLE');
    expect(clean.out).toMatch(/: 2 tập thể, 2 cá nhân;/);
  });

  it('two unreadable files: each named once', async () => {
    const a = await file('hong-a.xlsx', 'không phải');
    const b = await file('hong-b.docx', 'x');
    const out = path.join(dir, 'ds-2.xlsx');
    const r = await runCli(['consolidate', ...good, a, b, '--ceremony', '2023', '-o', out, '--as-of', '2023-03-01']);
    expect(r.code).toBe(0);
    expect(r.err.split('\n').filter((l) => l.includes('tệp không đọc được:')).map((l) => /thiếu tệp (\S+)/.exec(l)?.[1])).toEqual(['hong-a.xlsx,', 'hong-b.docx,']);
  });

  it('alone, or with nothing readable, it still refuses and writes nothing', async () => {
    const a = await file('hong-1.xlsx', 'không phải');
    const b = await file('hong-2.docx', '');
    for (const files of [[a], [a, b]]) {
      const out = path.join(dir, `none-${files.length}.xlsx`);
      const r = await runCli(['consolidate', ...files, '--ceremony', '2023', '-o', out, '--as-of', '2023-03-01']);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain('hong-1.xlsx');
      await expect(fs.stat(out)).rejects.toThrow();
    }
  });

  it('feedback goes on too: the readable units get their phiếu', async () => {
    const b = await file('hong-3.xlsx', 'không phải');
    const out = path.join(dir, 'phieu');
    const r = await runCli(['feedback', ...good, b, '-o', out, '--as-of', '2023-03-01']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Đã ghi \d+ phiếu góp ý/);
  });

  it('the engine behind the task pane and the browser page makes the list and names the file', async () => {
    const grids = await Promise.all(good.map(async (f) => readXlsx(new Uint8Array(await fs.readFile(f)), path.basename(f))));
    const unreadable = [{ file: 'hong.xls', message: 'Tệp hong.xls bị hỏng hoặc không đọc được.' }];
    const result = analyze({ grids, asOf: '2023-03-01', unreadable, ceremony: { id: '2023', taken: [] } });
    expect(result.book).toMatchObject({ collectives: 2, individuals: 2 });
    expect(result.book?.notices.filter((n) => n.level === 'warning').map((n) => n.message)).toEqual([
      expect.stringMatching(/^Danh sách được lập khi thiếu tệp hong\.xls, tệp không đọc được: Tệp hong\.xls bị hỏng/),
      // The units list records four more units' lists, whose files are not given either (trial20b #2).
      expect.stringMatching(/^Danh sách đơn vị ghi đã nhận danh sách đăng ký của .*4 đơn vị này/),
    ]);
    const clean = analyze({ grids, asOf: '2023-03-01', ceremony: { id: '2023', taken: [] } });
    expect(clean.book).toMatchObject({ collectives: 2, individuals: 2 });
    expect(clean.book?.notices.some((n) => n.message.includes('FILE_UNREADABLE'))).toBe(false);
  });
});
