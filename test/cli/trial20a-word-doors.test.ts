/**
 * Trial 20a, what the command line says of Word files.
 * #7: a password-protected or damaged Word file (.docx, .doc…) was told to be opened in Excel and saved as .xlsx;
 * the sentence now names Word (Tệp › Thông tin › Bảo vệ tài liệu, saved as .docx), alone, among others (its
 * FILE_UNREADABLE) and in consolidate's warning. Near misses: the same bytes named as a workbook keep Excel's words.
 * #1: a Word table of numbered rows that could not be joined to the list was only a note of the check: consolidate
 * and feedback now say it in a warning line, as they say a file they could not read. Near miss: a part that joins is
 * no warning.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { rawDocx } from '../fixtures/trial12-fix12-word';
import { body, COLLECTIVES, Entry, entryRow, group, HEADER, PAGE_BREAK, PERSONS, table } from '../fixtures/trial20a-word';
import { runCli, tempDir } from './run-cli';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'vi-du-huyen-an-phu.xlsx');
const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)];
const oleWith = (...streams: string[]) => Uint8Array.from([...ole, ...streams.flatMap((s) => Array.from(s).flatMap((c) => [c.charCodeAt(0), 0]))]);

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
async function file(name: string, bytes: Uint8Array): Promise<string> {
  const f = path.join(dir, name);
  await fs.writeFile(f, bytes);
  return f;
}

const WORD_PASSWORD = /có đặt mật khẩu: hãy mở bằng Word, bỏ mật khẩu \(Tệp › Thông tin › Bảo vệ tài liệu\) rồi lưu lại dưới dạng \.docx\.$/;
const WORD_DAMAGED = /bị hỏng hoặc không đọc được: hãy mở thử bằng Word, lưu lại dưới dạng \.docx rồi chọn lại\.$/;

describe('a Word file that cannot be opened is told to be opened in Word (#7)', () => {
  it.each<[string, string, Uint8Array, RegExp]>([
    ['password-protected (EncryptionInfo)', 'mat-khau.docx', oleWith('EncryptionInfo', 'EncryptedPackage'), WORD_PASSWORD],
    ['password-protected, its package alone', 'mat-khau-2.docx', oleWith('EncryptedPackage'), WORD_PASSWORD],
    ['a password-protected .docm', 'mat-khau.docm', oleWith('EncryptionInfo'), WORD_PASSWORD],
    ['a damaged .doc', 'dang-uy-xa-an-binh.doc', oleWith(), WORD_DAMAGED],
    ['an old-format file named .docx, damaged', 'hong.docx', oleWith(), WORD_DAMAGED],
    ['near miss: a password-protected .xlsx', 'mat-khau.xlsx', oleWith('EncryptionInfo'), /hãy mở bằng Excel, bỏ mật khẩu \(Tệp › Thông tin › Bảo vệ sổ làm việc\) rồi lưu lại\.$/],
    ['near miss: a damaged .xls', 'hong.xls', oleWith(), /hãy mở thử bằng Excel, lưu lại dưới dạng \.xlsx rồi chọn lại\.$/],
  ])('%s', async (_n, name, bytes, sentence) => {
    const f = await file(name, bytes);
    const alone = await runCli(['check', f, '--as-of', '2023-03-01']);
    expect(alone.code).toBe(2);
    expect(alone.err.trim()).toMatch(sentence);
    expect(alone.err).toContain(`Tệp ${name} `);
    const out = path.join(dir, `ds-${name}.xlsx`);
    const r = await runCli(['consolidate', SAMPLE, f, '--ceremony', '2023', '-o', out, '--as-of', '2023-03-01']);
    expect(r.code).toBe(0);
    const warning = r.err.split('\n').find((l) => l.includes('tệp không đọc được:'));
    expect(warning).toContain(alone.err.trim());
  });
});

describe('a numbered Word table left unread is a warning of consolidate and feedback (#1)', () => {
  const first = () => table([...HEADER, group('I. TẬP THỂ'), ...COLLECTIVES.map((e) => entryRow(e)), group('II. CÁ NHÂN'), entryRow(PERSONS[0] as Entry)]);
  const restarted = (e: Entry, n: number): Entry => [String(n), ...e.slice(1)] as Entry;

  it('numbering that starts again: the table is not read, and both commands say so', async () => {
    const second = table([entryRow(restarted(PERSONS[1] as Entry, 1)), entryRow(restarted(PERSONS[2] as Entry, 2))]);
    const f = await file('an-binh-tach.docx', await rawDocx(body(first(), PAGE_BREAK, second)));
    const c = await runCli(['consolidate', SAMPLE, f, '--ceremony', '2023', '-o', path.join(dir, 'ds-tach.xlsx'), '--as-of', '2023-03-01']);
    expect(c.code).toBe(0);
    expect(c.err).toMatch(/^Cảnh báo: Danh sách được lập khi chưa đọc «Bảng 2» của tệp an-binh-tach\.docx \(của Đảng bộ xã An Bình\): bảng có .*chưa có trong danh sách/m);
    const fb = await runCli(['feedback', SAMPLE, f, '-o', path.join(dir, 'phieu'), '--as-of', '2023-03-01']);
    expect(fb.code).toBe(0);
    expect(fb.err).toMatch(/^Cảnh báo: «Bảng 2» của tệp an-binh-tach\.docx có các dòng đánh số nhưng không được đọc \(không có .*phiếu góp ý của Đảng bộ xã An Bình/m);
    await expect(fs.stat(path.join(dir, 'phieu', 'Phiếu góp ý - Đảng bộ xã An Bình.xlsx'))).resolves.toBeTruthy();
  });

  it('near miss: a second part that goes on is read, and nothing is said', async () => {
    const second = table([entryRow(PERSONS[1] as Entry), entryRow(PERSONS[2] as Entry)]);
    const f = await file('an-binh-noi.docx', await rawDocx(body(first(), PAGE_BREAK, second)));
    const c = await runCli(['consolidate', SAMPLE, f, '--ceremony', '2023', '-o', path.join(dir, 'ds-noi.xlsx'), '--as-of', '2023-03-01']);
    expect(c.err).not.toContain('chưa đọc «Bảng');
    const fb = await runCli(['feedback', SAMPLE, f, '-o', path.join(dir, 'phieu-noi'), '--as-of', '2023-03-01']);
    expect(fb.err).not.toContain('không được đọc');
  });
});
