/**
 * Several files, some unreadable: each unreadable one is a FILE_UNREADABLE error finding carrying the sentence it
 * would get alone, the rest is checked (exit 1); only when nothing can be read is it exit 2. The same in the engine
 * behind the browser page and the task pane. Word lists and .xls files are read like workbooks in every door.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { analyze, readFiles } from '../../src/worker/engine';
import { UNITS } from '../fixtures/district';
import { messyUnitFile, messyUnits } from '../fixtures/layouts';
import { wordUnitFile } from '../fixtures/word-lists';
import { sheetWith, toBytes } from '../fixtures/workbooks';
import { runCli, withMaster } from './run-cli';

let dir: string;
let master: string;

beforeAll(async () => {
  ({ dir, master } = await withMaster());
});

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const f = path.join(dir, name);
  await fs.writeFile(f, bytes);
  return f;
}

interface JsonFinding {
  code: string;
  file: string;
  message: string;
  severity: string;
  rowText?: string;
}

const findingsOf = (out: string) => (JSON.parse(out) as { findings: JsonFinding[] }).findings;

describe('dienhinh check with an unreadable file among several', () => {
  const unusable: [string, () => Promise<string>, RegExp][] = [
    ['a text file', () => file('ghi-chu.xlsx', 'Đây không phải tệp Excel'), /không phải là sổ làm việc Excel/],
    ['a damaged .docx', async () => file('hong.docx', (await wordUnitFile('X01')).subarray(0, 800)), /bị hỏng.*Word/],
    ['an empty file', () => file('rong.xls', ''), /rỗng/],
    ['a missing file', async () => path.join(dir, 'khong-co.docx'), /Không tìm thấy tệp/],
    [
      'a workbook without a recognisable table',
      async () => {
        const wb = new ExcelJS.Workbook();
        sheetWith(wb, 'Sheet1', [['Báo cáo tháng'], ['Nội dung', 'Số liệu'], ['Tuyên truyền', 5]]);
        return file('bao-cao.xlsx', await toBytes(wb));
      },
      /không có bảng nào nhận ra được/,
    ],
  ];

  it.each(unusable)('%s: FILE_UNREADABLE with its own sentence, the rest checked, exit 1', async (_name, make, message) => {
    const bad = await make();
    const alone = await runCli(['check', bad]);
    expect(alone.code).toBe(2);
    const r = await runCli(['check', master, bad, '--json', '--as-of', '2023-03-01']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const findings = findingsOf(r.out);
    const unreadable = findings.filter((f) => f.code === 'FILE_UNREADABLE');
    expect(unreadable).toEqual([expect.objectContaining({ file: path.basename(bad), severity: 'error', message: alone.err.trim() })]);
    expect(unreadable[0]?.message).toMatch(message);
    // The readable master is checked as it is alone (it has no error of its own).
    expect(findings.filter((f) => f.code !== 'FILE_UNREADABLE' && f.severity === 'error')).toEqual([]);
    const text = await runCli(['check', master, bad, '--as-of', '2023-03-01']);
    expect(text.code).toBe(1);
    expect(text.out).toContain('FILE_UNREADABLE');
    expect(text.out).toContain(`1 tệp không đọc được: ${path.basename(bad)}`);
  });

  it('exit 0 when every file is read, and exit 2 with each sentence when none is', async () => {
    const clean = await runCli(['check', master, '--as-of', '2023-03-01']);
    expect(clean.code).toBe(0);
    expect(clean.out).not.toContain('không đọc được');
    const a = await file('a.xlsx', 'không phải');
    const b = await file('b.docx', '');
    const r = await runCli(['check', a, b]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/a\.xlsx.*không phải là sổ làm việc/);
    expect(r.err).toMatch(/b\.docx rỗng/);
    expect(r.err).not.toMatch(/\bat \S+ \(|Error:|node_modules/);
  });

  it('consolidate makes the list from the rest and names the unusable file (trial 14, class 12)', async () => {
    const bad = await file('hong-2.docx', 'x');
    const out = path.join(dir, 'ds.xlsx');
    const r = await runCli(['consolidate', master, bad, '--ceremony', '2023', '-o', out, '--as-of', '2023-03-01']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^Cảnh báo: Danh sách được lập khi thiếu tệp hong-2\.docx, tệp không đọc được: /);
    expect((await fs.stat(out)).size).toBeGreaterThan(0);
  });
});

describe('every door reads Word lists and .xls', () => {
  async function unitFiles(): Promise<string[]> {
    const files = [await file('don-vi.xlsx', await toBytes(messyUnits()))];
    for (const [i, u] of UNITS.entries()) {
      if (i % 3 === 0) files.push(await file(`${u.code}.docx`, await wordUnitFile(u.code, { encoding: i % 2 ? 'tcvn3' : undefined })));
      else if (i % 3 === 1) {
        // A unit file re-saved as Excel 97–2003.
        const x = XLSX.read(await toBytes(messyUnitFile(u.code)), { type: 'array' });
        files.push(await file(`${u.code}.xls`, new Uint8Array(XLSX.write(x, { type: 'array', bookType: 'biff8' }) as ArrayBuffer)));
      } else files.push(await file(`${u.code}.xlsx`, await toBytes(messyUnitFile(u.code))));
    }
    return files;
  }

  it('the command line checks and consolidates a mix of .xlsx, .xls and .docx', async () => {
    const files = await unitFiles();
    const r = await runCli(['check', ...files, '--json', '--as-of', '2023-03-01']);
    expect(r.err).toBe('');
    const json = JSON.parse(r.out) as { summary: { units: number; registrations: number; errors: number } };
    expect(json.summary).toMatchObject({ units: UNITS.length, registrations: 10, errors: 0 });
    const out = path.join(dir, 'ds-2023.xlsx');
    const c = await runCli(['consolidate', ...files, '--ceremony', '2023', '-o', out, '--as-of', '2023-03-01']);
    // Only the notice that the district was taken from the files' title blocks (the units list names no district).
    expect(c.err).toMatch(/^Lưu ý: Tên huyện «An Phú» lấy từ tiêu đề của 7 tệp/);
    expect(c.err.trim().split('\n')).toHaveLength(1);
    expect(c.code).toBe(0);
    expect(c.out).toMatch(/tập thể, .* cá nhân/);
  });

  it('the engine (browser page, task pane) reads the same files and reports the unreadable ones', async () => {
    const files = await unitFiles();
    const inputs = await Promise.all(
      [...files, await file('hong.xls', 'abc'), await file('cu.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array.from('WordDocument').flatMap((ch) => [ch.charCodeAt(0), 0])]))].map(async (f) => {
        const b = await fs.readFile(f);
        return { name: path.basename(f), bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
      }),
    );
    const read = await readFiles(inputs);
    expect(read.grids.map((g) => g.fileName)).toEqual(files.map((f) => path.basename(f)));
    expect(read.errors.map((e) => e.file)).toEqual(['hong.xls', 'cu.doc']);
    const result = analyze({ grids: read.grids, asOf: '2023-03-01', unreadable: read.errors });
    const unreadable = result.report.findings.filter((f) => f.code === 'FILE_UNREADABLE');
    expect(unreadable.map((f) => [f.file, f.message]).sort()).toEqual(read.errors.map((e) => [e.file, e.message]).sort());
    expect(result.report.summary).toMatchObject({ files: files.length + 2, units: UNITS.length, registrations: 10, errors: 2 });
    // The browser page and the task pane make the ceremony list from the rest, as the command line does, and say
    // which files it lacks.
    const made = analyze({ grids: read.grids, asOf: '2023-03-01', unreadable: read.errors, ceremony: { id: '2023', taken: [] } }).book;
    expect(made?.individuals).toBeGreaterThan(0);
    const named = (made?.notices ?? []).filter((n) => n.message.includes('tệp không đọc được:')).map((n) => /thiếu tệp (\S+),/.exec(n.message)?.[1]);
    expect(named.sort()).toEqual(['cu.doc', 'hong.xls']);
    expect(analyze({ grids: read.grids, asOf: '2023-03-01', ceremony: { id: '2023', taken: [] } }).book?.individuals).toBe(made?.individuals);
    // Every unit's own file, Word, .xls or .xlsx, carries its date line.
    expect(result.dateLines.map((d) => [d.file.replace(/\.\w+$/, ''), d.date]).sort()).toEqual(UNITS.map((u) => [u.code, { y: 2023, m: 2, d: 20 }]).sort());
  });
});

describe('Excel\'s and Word\'s owner files («~$…») beside the lists', () => {
  // What Office leaves while a file is open: 165 bytes, the user's name, no workbook.
  const lock = () => file('~$tong-hop.xlsx', Buffer.concat([Buffer.from([10]), Buffer.from('Nguyen Van A'.padEnd(164, ' '))]));

  it('is left out and said so, the rest checked as if it were not there', async () => {
    const r = await runCli(['check', master, await lock(), '--as-of', '2023-03-01', '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Bỏ qua ~$tong-hop.xlsx: đây là tệp tạm');
    expect(findingsOf(r.out).filter((f) => f.code === 'FILE_UNREADABLE')).toEqual([]);
  });

  it('given alone, it is refused with the list it sits beside named', async () => {
    const r = await runCli(['check', await lock(), '--as-of', '2023-03-01']);
    expect(r.code).toBe(2);
    expect(r.err).not.toContain('Bỏ qua');
    expect(r.err).toContain('~$tong-hop.xlsx là tệp tạm Excel/Word tạo ra khi một tệp đang mở, không phải danh sách: hãy chọn tệp «tong-hop.xlsx».');
  });
});
