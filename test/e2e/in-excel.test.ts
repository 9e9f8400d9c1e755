/**
 * The task pane inside a fake Excel host: fake-office.js (an in-memory workbook with Excel's batch semantics and a
 * sync counter) is injected before the page's scripts and stands in for office.js. Custom functions are registered
 * before the UI loads; Kiểm tra reads the workbook in a few syncs; Tổng hợp writes the ceremony sheets, and a second
 * run asks before replacing them.
 */
import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { seedFromWorkbook } from '../addin/seed';
import { DIST, ensureBuilt, launch, PageLog, screenshot, watchPage } from './browser';
import type { FakeState } from './fake-office';
import { districtWorkbook } from './sample';
import { serveDirectory, StaticServer } from './static-server';

jest.setTimeout(240_000);

const FAKE = fs.readFileSync(path.join(__dirname, 'fake-office.js'), 'utf8');
const FUNCTION_IDS = ['CHECKDEADLINE', 'CHECKQUOTA', 'DEADLINE', 'DUPLICATES', 'NORMALIZE', 'QUOTA', 'UNITTYPE'];

let server: StaticServer;
let browser: Browser;
let page: Page;
let log: PageLog;

type FakeWindow = Window & { __fakeExcel: FakeState };
const fake = <T>(fn: (s: FakeState) => T): Promise<T> => page.evaluate(`(${fn.toString()})(window.__fakeExcel)`) as Promise<T>;

async function until(cond: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const t0 = Date.now();
  while (!(await cond())) {
    if (Date.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  ensureBuilt();
  server = await serveDirectory(DIST);
  browser = await launch();
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'vi-VN' });
  page = await context.newPage();
  log = watchPage(page, server.url);
  // The fake host replaces office.js: the real library would overwrite it.
  await page.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '/* office.js is the fake host here */' }));
  const seed = seedFromWorkbook(districtWorkbook(), 'Huyện An Phú.xlsx');
  await page.addInitScript({ content: `${FAKE}\n;window.__installFakeOffice(${JSON.stringify(seed)});` });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('in Excel (fake host)', () => {
  it('registers the DIENHINH functions, then shows the task pane', async () => {
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('tab', { name: 'Gộp file' }).waitFor();
    expect((await fake((s) => Object.keys(s.functions))).sort()).toEqual(FUNCTION_IDS);
    // The functions chunk came before the UI chunk.
    const order = server.requests.filter((r) => r === '/functions.js' || r === '/ui.js');
    expect(order).toEqual(['/functions.js', '/ui.js']);
  });

  it('CHECKQUOTA() answers through the page (shared runtime, engine in the worker)', async () => {
    const table = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const w = window as unknown as FakeWindow;
          const fn = w.__fakeExcel.functions.CHECKQUOTA as (...a: unknown[]) => void;
          const inv = { setResult: (v: unknown) => resolve(v), onCanceled: undefined as unknown };
          fn(null, null, null, inv);
        }),
    );
    expect(table).toEqual(expect.arrayContaining([['Đảng bộ xã An Bình', 'Đảng bộ xã', 2, 2, 'Đạt']]));
    const status = await page.evaluate(() => (window as unknown as FakeWindow).__fakeExcel.functions.UNITTYPE?.('Đảng ủy xã Tân Lập'));
    expect(status).toBe('Đảng bộ xã');
  });

  it('Kiểm tra reads the workbook in a fixed, small number of syncs and shows the findings', async () => {
    const before = await fake((s) => s.runs.length);
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByTestId('summary').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('summary').textContent()).toMatch(/6 đơn vị, 12 điển hình đăng ký/);
    const runs = await fake((s) => s.runs.map((r) => r.syncs));
    const checkRuns = runs.slice(before);
    expect(checkRuns).toHaveLength(1);
    expect(checkRuns[0]).toBeLessThanOrEqual(4);
    await page.getByTestId('findings').getByText(/^NOT_SINGLE_SUBJECT/).click();
    await page.getByRole('button', { name: 'Đến ô' }).first().click();
    await until(async () => (await fake((s) => s.selected)) === "'Đăng ký'!A12");
    await screenshot(page, 'excel-kiem-tra.png');
  });

  it('highlights the rows with findings, and removes the highlight again', async () => {
    await page.getByRole('button', { name: 'Tô màu các dòng có lỗi, cảnh báo' }).click();
    await page.getByText(/Đã tô màu \d+ vùng/).waitFor();
    expect(await fake((s) => s.cell('Đăng ký', 12, 4)?.fill)).toBe('#FDE7E9');
    await page.getByRole('button', { name: 'Bỏ tô màu' }).click();
    await page.getByText(/Đã bỏ tô màu/).waitFor();
    expect(await fake((s) => s.cell('Đăng ký', 12, 4)?.fill)).toBeNull();
  });

  it('Tổng hợp writes the ceremony sheets into the workbook, text as text', async () => {
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const before = await fake((s) => s.runs.length);
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    await page.getByText(/Đã tạo các trang/).waitFor({ timeout: 60_000 });
    await screenshot(page, 'excel-tong-hop.png');
    const names = await fake((s) => s.sheetNames());
    expect(names).toEqual(['Đơn vị', 'Đăng ký', 'Lễ tuyên dương 2023', 'Không đưa vào danh sách', 'Chỉ tiêu đăng ký']);
    const texts = await fake((s) => s.textOf('Lễ tuyên dương 2023'));
    expect(texts).toEqual(expect.arrayContaining(['DANH SÁCH', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'I. TẬP THỂ', 'II. CÁ NHÂN', 'Nguyễn Văn Hùng']));
    const info = await fake((s) => s.sheetInfo('Lễ tuyên dương 2023'));
    expect(info?.page).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });
    const runs = await fake((s) => s.runs.slice(0).map((r) => ({ syncs: r.syncs, options: r.options })));
    const consolidateRuns = runs.slice(before);
    // One read (a few syncs) and one write: a name check and the write itself, as one undo step.
    expect(consolidateRuns).toHaveLength(2);
    expect(consolidateRuns[0]?.syncs).toBeLessThanOrEqual(4);
    expect(consolidateRuns[1]).toEqual({ syncs: 2, options: { mergeUndoGroup: true } });
    const formulas = await fake((s) => s.sheetNames().flatMap((n) => Array.from({ length: 40 }, (_, r) => Array.from({ length: 8 }, (_, c) => s.cell(n, r + 1, c + 1))).flat()).filter((c) => c?.formula).length);
    expect(formulas).toBe(0);
  });

  it('a second Tổng hợp asks, then replaces only its own sheets', async () => {
    await page.getByRole('button', { name: 'Tổng hợp', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('«Lễ tuyên dương 2023»');
    await screenshot(page, 'excel-thay-the.png');
    await dialog.getByRole('button', { name: 'Thay thế' }).click();
    await page.getByText(/Đã tạo các trang/).waitFor({ timeout: 60_000 });
    expect(await fake((s) => s.sheetNames())).toEqual(['Đơn vị', 'Đăng ký', 'Lễ tuyên dương 2023', 'Không đưa vào danh sách', 'Chỉ tiêu đăng ký']);
  });

  it('the profile tab saves into the workbook settings', async () => {
    await page.getByRole('tab', { name: 'Cấu hình' }).click();
    const district = page.getByRole('textbox', { name: 'Tên huyện' });
    await district.fill('An Phú');
    await page.getByRole('button', { name: 'Lưu cấu hình' }).click();
    await page.getByText('Đã lưu cấu hình.').waitFor();
    expect(await fake((s) => (s.settings['dienhinh.profile'] as { district?: string }).district)).toBe('An Phú');
    await screenshot(page, 'excel-cau-hinh.png');
  });

  it('Trùng lặp: "Không trùng" writes a row into the matcher\'s decision sheet', async () => {
    // Saving the profile asked for a new check.
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByTestId('summary').waitFor();
    await page.getByRole('tab', { name: 'Trùng lặp' }).click();
    const group = page.getByTestId('duplicates').locator('li.group').first();
    await group.waitFor();
    expect(await group.textContent()).toContain('Nguyễn Văn Hùng');
    await screenshot(page, 'excel-trung-lap.png');
    await group.getByRole('button', { name: 'Không trùng' }).click();
    await page.getByText('Đã ghi quyết định «Không trùng».').waitFor();
    expect(await fake((s) => s.cell('Quyết định trùng lặp', 1, 1)?.value)).toBe('Mã nhóm');
    expect(await fake((s) => s.cell('Quyết định trùng lặp', 2, 4)?.value)).toBe('Không trùng');
    expect(String(await fake((s) => s.cell('Quyết định trùng lặp', 2, 1)?.value))).toMatch(/^TL-/);
  });

  it('logged no error and sent nothing anywhere', () => {
    expect(log.external).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
