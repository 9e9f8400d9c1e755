/**
 * The task pane in a plain browser (no Office host): pick .xlsx files, check, review duplicates, consolidate and
 * download; the download is read back with ExcelJS. Nothing leaves the machine: every request goes to the test's
 * own server.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { DIST, ensureBuilt, launch, PageLog, screenshot, watchPage } from './browser';
import { SampleFiles, writeSamples } from './sample';
import { serveDirectory, StaticServer } from './static-server';

jest.setTimeout(240_000);

let server: StaticServer;
let browser: Browser;
let page: Page;
let log: PageLog;
let samples: SampleFiles;

beforeAll(async () => {
  ensureBuilt();
  samples = await writeSamples();
  server = await serveDirectory(DIST);
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 900, height: 1000 }, acceptDownloads: true, locale: 'vi-VN' });
  page = await context.newPage();
  log = watchPage(page, server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (samples) fs.rmSync(samples.dir, { recursive: true, force: true });
});

describe('standalone browser mode', () => {
  it('opens without Office: files first, office.js from the build, no CSP violation', async () => {
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('tab', { name: 'Chọn tệp' }).waitFor();
    for (const name of ['Chọn tệp', 'Kiểm tra', 'Trùng lặp', 'Tổng hợp', 'Cấu hình']) await page.getByRole('tab', { name }).waitFor();
    expect(await page.getByRole('tab', { name: 'Gộp file' }).count()).toBe(0);
    expect(server.requests).toContain('/office-js/office.js');
    // Outside Excel the custom functions are not loaded at all.
    expect(server.requests).not.toContain('/functions.js');
  });

  it('reads the picked files (a legacy-font unit file included)', async () => {
    await page.getByTestId('file-input').setInputFiles([samples.master, samples.unitFile]);
    await page.getByTestId('files').getByText(path.basename(samples.unitFile)).waitFor();
    expect(await page.getByTestId('files').locator('li').count()).toBe(2);
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshot(page, 'trinh-duyet-chon-tep.png');
  });

  it('checks them and shows the findings grouped by severity and code', async () => {
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const summary = page.getByTestId('summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toMatch(/6 đơn vị, \d+ điển hình đăng ký/);
    const findings = page.getByTestId('findings');
    await expect(findings.textContent()).resolves.toMatch(/Lỗi \(\d+\)/);
    await findings.getByText(/^NOT_SINGLE_SUBJECT/).click();
    await expect(findings.textContent()).resolves.toMatch(/«Nguyễn Văn A», «Lê Thị B».*dòng 12/);
    await expect(page.locator('table.quota').textContent()).resolves.toContain('Đảng bộ xã An Bình');
    await screenshot(page, 'trinh-duyet-kiem-tra.png');
  });

  it('shows the duplicate groups with their evidence; "Không trùng" takes a group out', async () => {
    await page.getByRole('tab', { name: 'Trùng lặp' }).click();
    const groups = page.getByTestId('duplicates').locator('li.group');
    await groups.first().waitFor();
    const before = await groups.count();
    const first = (await groups.first().textContent()) ?? '';
    expect(first).toMatch(/Chắc chắn trùng|Có thể trùng/);
    expect(first).toContain('Nguyễn Văn Hùng');
    await screenshot(page, 'trinh-duyet-trung-lap.png');
    await groups.first().getByRole('button', { name: 'Không trùng' }).click();
    await page.getByText('Đã ghi quyết định «Không trùng».').waitFor();
    expect(await groups.count()).toBe(before - 1);
    // The next check in this session respects the decision.
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByTestId('summary').waitFor();
    await page.getByRole('tab', { name: 'Trùng lặp' }).click();
    await page.getByText(/Các điển hình được đề xuất nhiều lần/).waitFor();
    expect(await page.getByTestId('duplicates').locator('li.group').count()).toBe(before - 1);
  });

  it('consolidates and downloads the ceremony workbook, which ExcelJS reads back', async () => {
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.getByRole('radio', { name: /Năm 2023/ }).check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Tổng hợp', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('danh-sach-tuyen-duong-2023.xlsx');
    const file = path.join(samples.dir, 'download.xlsx');
    await download.saveAs(file);
    await page.getByText(/Đã tạo tệp danh-sach-tuyen-duong-2023.xlsx/).waitFor();
    await screenshot(page, 'trinh-duyet-tong-hop.png');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Lễ tuyên dương 2023');
    expect(names.length).toBe(3);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toEqual(expect.arrayContaining(['DANH SÁCH', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'I. TẬP THỂ', 'II. CÁ NHÂN', 'Nguyễn Văn Hùng', 'Đỗ Quang Vinh']));
    expect(texts.some((t) => /^Tổng cộng: 3 tập thể, \d+ cá nhân$/.test(t))).toBe(true);
    expect(texts).not.toContain('Nguyễn Văn A, Lê Thị B');
    expect(ws.pageSetup.orientation).toBe('landscape');
  });

  it('offers the same list as a Word document', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Tải bản Word' }).click()]);
    expect(download.suggestedFilename()).toBe('danh-sach-tuyen-duong-2023.docx');
    const file = path.join(samples.dir, 'download.docx');
    await download.saveAs(file);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const t of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'DANH SÁCH', 'I. TẬP THỂ', 'II. CÁ NHÂN', 'Nguyễn Văn Hùng', 'TRƯỞNG BAN']) expect(xml).toContain(t);
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('still works where office.js cannot load at all', async () => {
    const other = await browser.newPage();
    await other.route('**/office-js/office.js', (route) => route.abort());
    await other.goto(`${server.url}taskpane.html`);
    await other.getByRole('tab', { name: 'Chọn tệp' }).waitFor({ timeout: 10_000 });
    await other.close();
  });

  it('sent nothing anywhere and logged no error', () => {
    expect(log.external).toEqual([]);
    expect(log.errors.filter((e) => !/Failed to load resource.*404/.test(e))).toEqual([]);
  });
});
