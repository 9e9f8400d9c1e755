/**
 * The task pane in a plain browser (no Office host), at the task pane's width (350 px) and at a desktop's (1280 px):
 * pick files (one of them unreadable), check, read the result unit by unit and by kind, decide a duplicate, export
 * the phiếu góp ý, consolidate, edit the profile (refused when invalid, kept across a reload). axe-core finds no
 * serious or critical violation in any view. Nothing leaves the machine: every request goes to the test's server.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'fs';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DIST, ensureBuilt, launch, overflowing, PageLog, screenshot, seriousViolations, watchPage } from './browser';
import { SampleFiles, writeSamples } from './sample';
import { serveDirectory, StaticServer } from './static-server';

jest.setTimeout(240_000);

let server: StaticServer;
let browser: Browser;
let samples: SampleFiles;

beforeAll(async () => {
  ensureBuilt();
  samples = await writeSamples();
  server = await serveDirectory(DIST);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (samples) fs.rmSync(samples.dir, { recursive: true, force: true });
});

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function textsOf(ws: ExcelJS.Worksheet | undefined): string[] {
  const texts: string[] = [];
  ws?.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
  return texts;
}

describe.each([350, 1280])('standalone browser page at %i px', (width) => {
  let context: BrowserContext;
  let page: Page;
  let log: PageLog;
  const shot = (name: string) => screenshot(page, `trinh-duyet-${name}-${width}.png`);
  const expectAccessible = async () => expect(await seriousViolations(page)).toEqual([]);
  const expectFits = async () => expect(await overflowing(page)).toEqual([]);

  beforeAll(async () => {
    // An English browser: dates must still read dd/mm/yyyy.
    context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, locale: 'en-US' });
    page = await context.newPage();
    log = watchPage(page, server.url);
  });
  afterAll(() => context?.close());
  const unitNamed = (name: string) =>
    page.getByTestId('units').locator('details.unit').filter({ has: page.locator('.unit-name', { hasText: name }) });

  it('opens without Office: files first, office.js from the build, tabs that fit', async () => {
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('tab', { name: 'Chọn tệp' }).waitFor();
    for (const name of ['Chọn tệp', 'Kiểm tra', 'Trùng lặp', 'Tổng hợp', 'Cấu hình']) expect(await page.getByRole('tab', { name }).isVisible()).toBe(true);
    expect(await page.getByRole('tab', { name: 'Gộp file' }).count()).toBe(0);
    expect(server.requests).toContain('/office-js/office.js');
    expect(server.requests).not.toContain('/functions.js');
    // Every tab is inside the window, none cut off.
    const boxes = await page.getByRole('tab').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(Math.max(...boxes)).toBeLessThanOrEqual(width);
    await expectFits();
    await expectAccessible();
  });

  it('reads the picked files; an unreadable one is listed with its sentence, the others kept', async () => {
    await page.getByTestId('file-input').setInputFiles([samples.master, samples.unitFile, samples.broken]);
    const files = page.getByTestId('files');
    // The list and its summary render once every file is read; wait for the summary, not for the first name shown.
    await page.getByTestId('files-summary').filter({ hasText: 'Đã chọn 3 tệp. 1 tệp không đọc được.' }).waitFor({ timeout: 30_000 });
    await files.locator('li.bad').first().waitFor();
    expect(await files.getByText(path.basename(samples.broken), { exact: true }).count()).toBe(1);
    expect(await files.locator('li').count()).toBe(3);
    expect(await page.getByTestId('files-summary').textContent()).toBe('Đã chọn 3 tệp. 1 tệp không đọc được.');
    expect(await files.locator('li.bad').count()).toBe(1);
    expect(await files.locator('li.bad .file-error').textContent()).toMatch(/\S.*\./);
    // The browser's own picker caption ("No file chosen") is nowhere to be seen.
    expect(await page.getByTestId('file-input').isVisible()).toBe(false);
    expect(await page.getByText('No file chosen').count()).toBe(0);
    await page.getByRole('button', { name: 'Chọn thêm tệp' }).waitFor();
    await shot('chon-tep');
    await expectFits();
    await expectAccessible();
  });

  it('checks the rest: units worst first, with collection state and the unreadable file in the summary', async () => {
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    const asOf = page.getByRole('textbox', { name: /Ngày xét/ });
    expect(await asOf.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await asOf.fill('01/03/2023');
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const summary = page.getByTestId('summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toMatch(/6 đơn vị, \d+ điển hình đăng ký — \d+ lỗi · \d+ cảnh báo · \d+ thông tin — 1 tệp không đọc được/);
    expect(await page.getByTestId('unreadable').textContent()).toContain(path.basename(samples.broken));
    expect(await page.getByTestId('collection').textContent()).toBe('Đã gửi 6/6 đơn vị. Hạn gửi danh sách 25/02/2023 đã qua 4 ngày.');
    const units = page.getByTestId('units').locator('details.unit');
    expect(await units.count()).toBe(6);
    // The units with an error come first: Hội LHPN, whose file (named after it) could not be read, and Tân Lập.
    expect((await units.locator('.unit-name').allTextContents()).slice(0, 2)).toEqual(['Hội Liên hiệp Phụ nữ huyện', 'Đảng bộ xã Tân Lập']);
    expect(await units.first().locator('summary').textContent()).toMatch(/1 lỗi.*Đoàn thể huyện · khối Mặt trận – đoàn thể.*Chỉ tiêu: cần 1, có 2 — Đạt/);
    expect(await unitNamed('Đảng bộ xã Tân Lập').locator('summary').textContent()).toMatch(/1 lỗi.*Đúng hạn.*Đảng bộ xã · khối Đảng.*Tệp: huyen-an-phu\.xlsx — ngày 22\/02\/2023.*Chỉ tiêu: cần 2, có 2 — Đạt/);
    await shot('kiem-tra');
    await expectFits();
    await expectAccessible();
  });

  it('opens a unit to its findings under Vietnamese labels, with file, sheet and cell', async () => {
    const unit = unitNamed('Đảng bộ xã Tân Lập');
    await unit.locator('summary').click();
    const item = unit.locator('li.finding').filter({ hasText: 'Một dòng ghi nhiều điển hình' });
    await item.waitFor();
    expect(await item.locator('.code-tag').textContent()).toBe('NOT_SINGLE_SUBJECT');
    expect(await item.textContent()).toMatch(/«Nguyễn Văn A», «Lê Thị B»/);
    expect(await item.locator('.where').textContent()).toBe('huyen-an-phu.xlsx, trang «Đăng ký», dòng 12');
    // In a browser there is no cell to select: the place is the answer.
    expect(await item.getByRole('button', { name: 'Đến ô' }).count()).toBe(0);
    await unit.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot('don-vi');
    await expectFits();
    await expectAccessible();
  });

  it('filters units by "còn lỗi" and by bloc; the view by kind folds repeated unit findings', async () => {
    const units = page.getByTestId('units').locator('details.unit');
    await page.getByRole('checkbox', { name: 'Còn lỗi' }).check();
    const withErrors = await units.count();
    expect(withErrors).toBeGreaterThanOrEqual(1);
    expect(withErrors).toBeLessThan(6);
    await page.getByRole('checkbox', { name: 'Còn lỗi' }).uncheck();
    await page.getByRole('combobox', { name: 'Khối' }).selectOption('Đảng');
    expect(await units.count()).toBe(4);
    await page.getByRole('combobox', { name: 'Khối' }).selectOption('');
    await page.getByRole('radio', { name: 'Loại lỗi' }).check();
    const findings = page.getByTestId('findings');
    await findings.waitFor();
    expect(await findings.textContent()).toMatch(/Lỗi \(\d+\)/);
    expect(await findings.textContent()).toContain('Một dòng ghi nhiều điển hình');
    await shot('loai-loi');
    await expectAccessible();
    await page.getByRole('radio', { name: 'Đơn vị' }).check();
  });

  it('exports the phiếu góp ý: one sheet per unit with findings, under the Party header', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Xuất phiếu góp ý' }).click()]);
    expect(download.suggestedFilename()).toBe('phieu-gop-y-2023-03-01.xlsx');
    await page.getByText(/phiếu góp ý, mỗi đơn vị một trang/).waitFor();
    const file = path.join(samples.dir, `phieu-${width}.xlsx`);
    await download.saveAs(file);
    const wb = await readBook(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain('Đảng bộ xã Tân Lập');
    const texts = textsOf(wb.getWorksheet('Đảng bộ xã Tân Lập'));
    expect(texts).toEqual(expect.arrayContaining(['PHIẾU GÓP Ý', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'huyen-an-phu.xlsx, trang «Đăng ký», dòng 12 (danh sách tổng hợp của huyện)']));
    expect(texts.some((t) => t.startsWith('Một dòng ghi nhiều điển hình:'))).toBe(true);
  });

  it('shows a duplicate group side by side; "Không trùng" takes it out, now and at the next check', async () => {
    await page.getByRole('tab', { name: 'Trùng lặp' }).click();
    const groups = page.getByTestId('duplicates').locator('li.group');
    await groups.first().waitFor();
    const before = await groups.count();
    const first = groups.first();
    expect(await first.textContent()).toMatch(/Chắc chắn trùng|Có thể trùng/);
    expect(await first.locator('.why').textContent()).toMatch(/^(Chắc chắn trùng vì|Chỉ có thể trùng)/);
    const table = first.locator('table.compare');
    expect(await table.locator('thead th').allTextContents()).toEqual(['Dòng 1', 'Dòng 2']);
    const rowOf = (label: string) => table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
    expect(await rowOf('Họ tên / tên tập thể').locator('td').allTextContents()).toEqual(['Nguyễn Văn Hùng', 'Nguyễn Văn Hùng']);
    expect(await rowOf('Đơn vị').locator('td').allTextContents()).toEqual(['Đảng bộ xã An Bình (khác)', 'Hội Liên hiệp Phụ nữ huyện (khác)']);
    expect(await rowOf('Năm sinh').locator('td.diff').count()).toBe(0);
    // A commune given on one row only is no difference.
    expect(await rowOf('Xã, thị trấn').locator('td.diff').count()).toBe(0);
    await first.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot('trung-lap');
    await expectFits();
    await expectAccessible();
    await first.getByRole('button', { name: 'Không trùng' }).click();
    await page.getByText('Đã ghi quyết định «Không trùng».').waitFor();
    expect(await groups.count()).toBe(before - 1);
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByTestId('summary').waitFor();
    await page.getByRole('tab', { name: 'Trùng lặp' }).click();
    await page.getByText(/Các điển hình được đề xuất nhiều lần/).waitFor();
    expect(await page.getByTestId('duplicates').locator('li.group').count()).toBe(before - 1);
    // The decision kept in this browser is in view, and can be taken back (trial 16).
    const stored = page.getByTestId('stored-decisions');
    expect(await stored.locator('summary').textContent()).toBe('Quyết định đã lưu trên trình duyệt này (1)');
    await stored.locator('summary').click();
    expect(await stored.locator('li').textContent()).toMatch(/^Không trùng \(\d{2}\/\d{2}\/\d{4}\): .*Nguyễn Văn Hùng/);
    await expect(stored.getByRole('button', { name: 'Bỏ quyết định' }).isVisible()).resolves.toBe(true);
    await expectFits();
    await expectAccessible();
  });

  it('makes the ceremony list with a picked file unreadable, naming it, as the command line does', async () => {
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.getByRole('radio', { name: /Năm 2023/ }).check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Tổng hợp', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('danh-sach-tuyen-duong-2023.xlsx');
    await page.getByText(`Danh sách được lập khi thiếu tệp ${path.basename(samples.broken)}`, { exact: false }).waitFor({ timeout: 60_000 });
    await expectFits();
    // The file left out, the list is made without the warning.
    await page.getByRole('tab', { name: 'Chọn tệp' }).click();
    await page.getByRole('button', { name: `Bỏ ${path.basename(samples.broken)}` }).click();
    await page.getByTestId('files-summary').filter({ hasText: 'Đã chọn 2 tệp.' }).waitFor();
  });

  it('consolidates and downloads the ceremony workbook, which ExcelJS reads back', async () => {
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.getByRole('radio', { name: /Năm 2023/ }).check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Tổng hợp', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('danh-sach-tuyen-duong-2023.xlsx');
    const file = path.join(samples.dir, `download-${width}.xlsx`);
    await download.saveAs(file);
    await page.getByText(/Đã tạo tệp danh-sach-tuyen-duong-2023.xlsx/).waitFor();
    await shot('tong-hop');
    await expectFits();
    await expectAccessible();
    const wb = await readBook(file);
    expect(wb.worksheets.map((w) => w.name)[0]).toBe('Lễ tuyên dương 2023');
    const texts = textsOf(wb.worksheets[0]);
    expect(texts).toEqual(expect.arrayContaining(['DANH SÁCH', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'I. TẬP THỂ', 'II. CÁ NHÂN', 'Nguyễn Văn Hùng', 'Đỗ Quang Vinh']));
    expect(texts).not.toContain('Nguyễn Văn A, Lê Thị B');
  });

  it('offers the same list as a Word document', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Tải bản Word' }).click()]);
    expect(download.suggestedFilename()).toBe('danh-sach-tuyen-duong-2023.docx');
    const file = path.join(samples.dir, `download-${width}.docx`);
    await download.saveAs(file);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const t of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'DANH SÁCH', 'I. TẬP THỂ', 'II. CÁ NHÂN', 'Nguyễn Văn Hùng', 'TRƯỞNG BAN']) expect(xml).toContain(t);
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('refuses a quota of −3 with the profile\'s message, shows dates dd/mm/yyyy, keeps settings across a reload', async () => {
    await page.getByRole('tab', { name: 'Cấu hình' }).click();
    const list = page.getByRole('textbox', { name: /Hạn gửi danh sách đăng ký/ });
    await list.waitFor();
    expect(await list.inputValue()).toBe('25/02/2023');
    const quota = page.getByRole('spinbutton', { name: 'Đảng bộ xã' });
    await quota.fill('-3');
    await page.getByRole('button', { name: 'Lưu cấu hình' }).click();
    await page.getByRole('alert').filter({ hasText: 'không được nhỏ hơn 0' }).waitFor();
    expect(await page.getByText('Đã lưu cấu hình').count()).toBe(0);
    expect(await page.getByText('Chỉ tiêu của «Đảng bộ xã» phải là số nguyên không âm.').count()).toBe(1);
    await quota.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot('cau-hinh-loi');
    await quota.fill('3');
    await page.getByRole('textbox', { name: 'Tên huyện' }).fill('An Phú');
    await list.fill('28/02/2023');
    // An abbreviation without "=" is refused before anything is saved; the signed list's texts are edited here too.
    const abbreviations = page.getByRole('textbox', { name: /Viết tắt tên đơn vị/ });
    await abbreviations.fill('HCTĐ Hội Chữ thập đỏ');
    expect(await page.getByText('Mỗi cặp cần dạng «viết tắt = tên đầy đủ»', { exact: false }).count()).toBe(1);
    await abbreviations.fill('HCTĐ = Hội Chữ thập đỏ');
    await page.getByRole('textbox', { name: 'Người ký: họ và tên (để trống để ký tay)' }).fill('Nguyễn Văn Ký');
    await page.getByRole('textbox', { name: 'Nơi nhận (mỗi dòng một nơi)' }).fill('Thường trực Huyện ủy\nCác đơn vị có tên\n');
    await page.getByRole('group', { name: 'Năm 2025' }).getByRole('textbox', { name: /Số quyết định/ }).fill('125-QĐ/HU');
    await page.getByRole('button', { name: 'Lưu cấu hình' }).click();
    await page.getByText('Đã lưu cấu hình trên máy này.').waitFor();
    await shot('cau-hinh');
    await expectFits();
    await expectAccessible();
    await page.reload();
    await page.getByRole('tab', { name: 'Cấu hình' }).click();
    await page.getByRole('textbox', { name: 'Tên huyện' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Tên huyện' }).inputValue()).toBe('An Phú');
    expect(await page.getByRole('textbox', { name: /Hạn gửi danh sách đăng ký/ }).inputValue()).toBe('28/02/2023');
    expect(await page.getByRole('spinbutton', { name: 'Đảng bộ xã' }).inputValue()).toBe('3');
    expect(await page.getByRole('textbox', { name: /Viết tắt tên đơn vị/ }).inputValue()).toBe('HCTĐ = Hội Chữ thập đỏ');
    expect(await page.getByRole('textbox', { name: 'Người ký: họ và tên (để trống để ký tay)' }).inputValue()).toBe('Nguyễn Văn Ký');
    expect(await page.getByRole('textbox', { name: 'Nơi nhận (mỗi dòng một nơi)' }).inputValue()).toBe('Thường trực Huyện ủy\nCác đơn vị có tên');
    expect(await page.getByRole('group', { name: 'Năm 2025' }).getByRole('textbox', { name: /Số quyết định/ }).inputValue()).toBe('125-QĐ/HU');
  });

  it('sent nothing anywhere and logged no error', () => {
    expect(log.external).toEqual([]);
    expect(log.errors.filter((e) => !/Failed to load resource.*404/.test(e))).toEqual([]);
  });
});

describe('standalone page without office.js', () => {
  it('still works where office.js cannot load at all', async () => {
    const other = await browser.newPage();
    await other.route('**/office-js/office.js', (route) => route.abort());
    await other.goto(`${server.url}taskpane.html`);
    await other.getByRole('tab', { name: 'Chọn tệp' }).waitFor({ timeout: 10_000 });
    await other.close();
  });
});

describe('standalone page by keyboard alone (trial 15)', () => {
  it('keeps focus on the pressed button while files are read and while the check runs', async () => {
    const context = await browser.newContext({ viewport: { width: 340, height: 800 }, locale: 'en-US' });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}taskpane.html`);
      await page.getByRole('tab', { name: 'Chọn tệp' }).waitFor({ timeout: 10_000 });
      // The user pressed the file button; the picker's choice is given as the other tests give it.
      await page.getByRole('button', { name: /^Chọn tệp \(/ }).focus();
      await page.getByTestId('file-input').setInputFiles([samples.master, samples.unitFile]);
      await page.getByTestId('files-summary').waitFor();
      const focused = () => page.evaluate(() => (document.activeElement === document.body ? 'BODY' : (document.activeElement?.textContent ?? '').trim()));
      expect(await focused()).not.toBe('BODY');
      await page.getByRole('tab', { name: 'Kiểm tra' }).click();
      await page.getByRole('button', { name: 'Kiểm tra', exact: true }).focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('summary').waitFor({ timeout: 60_000 });
      expect(await focused()).toBe('Kiểm tra');
    } finally {
      await context.close();
    }
  });
});
