/**
 * Trial 21a, the browser page (the task pane's views, which Excel's task pane runs too):
 * #1 a «Ngày xét» typed after a check left the old result on screen while «Xuất phiếu góp ý» judged at the new date:
 *    the result is not shown for another date (as after a change of files or settings), and Tổng hợp says its date.
 * #2 a file of a name already chosen, picked later, replaced another unit's file: it is kept beside it, with a note.
 * #3 a workbook with no table the check recognises is marked in the list of files after the check.
 * #4 a setting the picked workbook's «Cấu hình» sheet decides is shown read-only, saying where to change it.
 * #5 the list's warning about an unread file has no bare finding code.
 * Near misses: the same file picked again replaces it; removing a file clears the result; the date typed back shows
 * that date's result again. axe-core finds no serious or critical violation.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DIST, ensureBuilt, launch, seriousViolations } from './browser';
import { districtWorkbook, SampleFiles, writeSamples } from './sample';
import { serveDirectory, StaticServer } from './static-server';

jest.setTimeout(240_000);

let server: StaticServer;
let browser: Browser;
let samples: SampleFiles;
let context: BrowserContext;
let page: Page;
const extra = { anBinh: '', tanLap: '', empty: '', configured: '' };

async function unitList(file: string, unit: string, names: string[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('DS').addRows([[unit.toUpperCase()], [], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], ...names.map((n, i) => [i + 1, n, 1970 + i, 'Đảng viên'])]);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
}

beforeAll(async () => {
  ensureBuilt();
  samples = await writeSamples();
  extra.anBinh = path.join(samples.dir, 'an-binh', 'danh-sach.xlsx');
  extra.tanLap = path.join(samples.dir, 'tan-lap', 'danh-sach.xlsx');
  await unitList(extra.anBinh, 'Đảng ủy xã An Bình', ['Trần Thị Lan', 'Lê Văn Sáu']);
  await unitList(extra.tanLap, 'Đảng ủy xã Tân Lập', ['Phạm Văn Tư']);
  extra.empty = path.join(samples.dir, 'so-trong.xlsx');
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('Sheet1');
  await empty.xlsx.writeFile(extra.empty);
  extra.configured = path.join(samples.dir, 'cau-hinh', 'huyen-an-phu.xlsx');
  fs.mkdirSync(path.dirname(extra.configured), { recursive: true });
  const configured = districtWorkbook();
  configured.addWorksheet('Cấu hình').addRows([['Khóa', 'Giá trị'], ['Hạn gửi danh sách đăng ký', '28/02/2023']]);
  await configured.xlsx.writeFile(extra.configured);
  server = await serveDirectory(DIST);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (samples) fs.rmSync(samples.dir, { recursive: true, force: true });
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 350, height: 900 }, acceptDownloads: true, locale: 'en-US' });
  page = await context.newPage();
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole('tab', { name: 'Chọn tệp' }).waitFor({ timeout: 10_000 });
});
afterEach(() => context?.close());

const expectAccessible = async () => expect(await seriousViolations(page)).toEqual([]);

async function pick(files: string[], count: number): Promise<void> {
  await page.getByRole('tab', { name: 'Chọn tệp' }).click();
  await page.getByTestId('file-input').setInputFiles(files);
  await page.getByTestId('files-summary').filter({ hasText: `Đã chọn ${count} tệp.` }).waitFor({ timeout: 30_000 });
}

async function check(date: string): Promise<string> {
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByRole('textbox', { name: /Ngày xét/ }).fill(date);
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByTestId('summary').waitFor({ timeout: 60_000 });
  return (await page.getByTestId('summary').textContent()) ?? '';
}

describe('#1 the result stands for its «Ngày xét»', () => {
  it('another date typed after the check takes the result and its phiếu away, until checked at that date', async () => {
    await pick([samples.master, samples.unitFile], 2);
    const at0103 = await check('01/03/2023');
    const asOf = page.getByRole('textbox', { name: /Ngày xét/ });
    await asOf.fill('20/01/2022');
    await page.getByText('Chưa kiểm tra. Bấm «Kiểm tra»', { exact: false }).waitFor();
    expect(await page.getByTestId('summary').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Xuất phiếu góp ý' }).count()).toBe(0);
    await expectAccessible();
    // Tổng hợp says the date its list is judged at, and Trùng lặp asks for a check.
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    expect(await page.getByTestId('consolidate-as-of').textContent()).toContain('ngày xét 20/01/2022');
    await page.getByRole('tab', { name: 'Trùng lặp' }).click();
    await page.getByText('Hãy chạy «Kiểm tra» trước', { exact: false }).waitFor();
    // Near miss: the date typed back, its result (files and settings unchanged) is current again.
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('textbox', { name: /Ngày xét/ }).fill('01/03/2023');
    expect(await page.getByTestId('summary').textContent()).toBe(at0103);
    // Checked at the new date, the phiếu are judged at it, as the result on screen is.
    await check('20/01/2022');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Xuất phiếu góp ý' }).click()]);
    expect(download.suggestedFilename()).toBe('phieu-gop-y-2022-01-20.xlsx');
  });

  it('near miss: removing a file clears the result', async () => {
    await pick([samples.master, samples.unitFile], 2);
    await check('01/03/2023');
    await page.getByRole('tab', { name: 'Chọn tệp' }).click();
    await page.getByRole('button', { name: `Bỏ ${path.basename(samples.unitFile)}` }).click();
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByText('Chưa kiểm tra. Bấm «Kiểm tra»', { exact: false }).waitFor();
    expect(await page.getByTestId('summary').count()).toBe(0);
  });
});

describe('#2 files of one name picked one after the other', () => {
  it('another unit’s «danh-sach.xlsx» is kept beside the first, with a note; the same file again replaces it', async () => {
    await pick([samples.master, extra.anBinh], 2);
    await pick([extra.tanLap], 3);
    const files = page.getByTestId('files');
    expect(await files.locator('.file-name').allTextContents()).toEqual(['huyen-an-phu.xlsx', 'danh-sach.xlsx', 'danh-sach (2).xlsx']);
    expect(await files.locator('li').nth(2).locator('.file-note').textContent()).toMatch(/cùng tên «danh-sach\.xlsx».*«danh-sach \(2\)\.xlsx».*cả hai/);
    expect(await files.locator('li').nth(1).locator('.file-note').count()).toBe(0);
    await expectAccessible();
    // Both units' lists are counted.
    const summary = await check('01/03/2023');
    expect(summary).toMatch(/, \d+ điển hình đăng ký/);
    const byName = async (name: string) => page.getByTestId('units').locator('details.unit').filter({ has: page.locator('.unit-name', { hasText: name }) }).locator('summary').textContent();
    expect(await byName('Đảng bộ xã An Bình')).toMatch(/Tệp: [^—]*danh-sach\.xlsx/);
    expect(await byName('Đảng bộ xã Tân Lập')).toMatch(/Tệp: [^—]*danh-sach \(2\)\.xlsx/);
    // Near miss: the same file picked again (with one more, so that the pick is seen to end) takes its place; it is not added.
    await pick([extra.anBinh, samples.unitFile], 4);
    expect(await files.locator('.file-name').allTextContents()).toEqual(['huyen-an-phu.xlsx', 'danh-sach.xlsx', 'danh-sach (2).xlsx', path.basename(samples.unitFile)]);
  });
});

describe('#3 a workbook the check cannot read', () => {
  it('is marked in the list of files once the check ran, with its sentence', async () => {
    await pick([samples.master, extra.empty], 2);
    expect(await page.getByTestId('files').locator('li.bad').count()).toBe(0);
    expect(await check('01/03/2023')).toContain('1 tệp không đọc được');
    await page.getByRole('tab', { name: 'Chọn tệp' }).click();
    await page.getByTestId('files-summary').filter({ hasText: 'Đã chọn 2 tệp. 1 tệp không đọc được.' }).waitFor();
    const bad = page.getByTestId('files').locator('li.bad');
    expect(await bad.locator('.file-name').allTextContents()).toEqual(['so-trong.xlsx']);
    expect(await bad.locator('.file-error').textContent()).toMatch(/so-trong\.xlsx.*bảng/);
    await expectAccessible();
  });
});

describe('#4 a setting the picked workbook’s «Cấu hình» sheet decides', () => {
  it('is shown from the file, read-only, saying where to change it; the other settings are saved', async () => {
    await pick([extra.configured], 1);
    await page.getByRole('tab', { name: 'Cấu hình' }).click();
    const list = page.getByRole('textbox', { name: /Hạn gửi danh sách đăng ký/ });
    await page.getByText('Theo tệp huyen-an-phu.xlsx, trang «Cấu hình»: muốn đổi, hãy sửa trong tệp', { exact: false }).waitFor({ timeout: 30_000 });
    expect(await list.inputValue()).toBe('28/02/2023');
    expect(await list.getAttribute('readonly')).not.toBeNull();
    // Near miss: a setting the sheet does not write stays editable, and is saved.
    const plan = page.getByRole('textbox', { name: /Hạn gửi kế hoạch triển khai/ });
    expect(await plan.getAttribute('readonly')).toBeNull();
    await page.getByRole('textbox', { name: 'Tên huyện' }).fill('An Phú');
    await expectAccessible();
    await page.getByRole('button', { name: 'Lưu cấu hình' }).click();
    await page.getByText('Đã lưu cấu hình trên máy này.').waitFor();
    expect(await list.inputValue()).toBe('28/02/2023');
    expect(await page.getByRole('textbox', { name: 'Tên huyện' }).inputValue()).toBe('An Phú');
  });
});

describe('#5 the list’s warning about an unread file', () => {
  it('says it in words, with no bare code', async () => {
    await pick([samples.master, samples.broken], 2);
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Tổng hợp', exact: true }).click()]);
    const warning = page.getByText(`Danh sách được lập khi thiếu tệp ${path.basename(samples.broken)}`, { exact: false });
    await warning.waitFor({ timeout: 60_000 });
    expect(await warning.textContent()).toContain(', tệp không đọc được: ');
    expect(await warning.textContent()).not.toMatch(/[A-Z]+_[A-Z_]+/);
  });
});
