/**
 * Trial 16: at a task pane's width (320–350 px) a unit that sent nothing carries two wide badges («1 lỗi, 1 cảnh báo»,
 * «Chưa gửi (quá hạn)»), and its name was pressed into a column one letter wide: exactly the units staff must chase.
 * The badges now go under the name when both do not fit.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Browser } from 'playwright-core';
import { DIST, ensureBuilt, launch, overflowing } from './browser';
import { serveDirectory, StaticServer } from './static-server';

jest.setTimeout(120_000);

let server: StaticServer;
let browser: Browser;
let dir: string;
let files: string[];

const UNITS = [
  ['DBX01', 'Đảng bộ xã Đông Hòa', 'Đảng bộ xã'],
  ['DBX05', 'Đảng bộ xã Phú Hữu', 'Đảng bộ xã'],
  ['CB04', 'Chi bộ Bưu điện huyện', 'Chi bộ cơ sở'],
  ['DT02', 'Hội Liên hiệp Phụ nữ huyện', 'Đoàn thể huyện'],
];

beforeAll(async () => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dienhinh-narrow-'));
  const units = new ExcelJS.Workbook();
  const us = units.addWorksheet('Đơn vị');
  us.addRow(['STT', 'Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Ngày nộp danh sách đăng ký']);
  UNITS.forEach((u, i) => us.addRow([i + 1, ...u, i === 0 ? new Date(Date.UTC(2023, 1, 20)) : null]));
  const list = new ExcelJS.Workbook();
  const ls = list.addWorksheet('DS');
  ls.addRow(['ĐẢNG ỦY XÃ ĐÔNG HÒA']);
  ls.addRow(['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN']);
  ls.addRow(['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ']);
  ls.addRow([1, 'Nguyễn Văn An', 1970, 'Trưởng ấp']);
  ls.addRow([2, 'Lê Văn Bình', 1971, 'Trưởng ấp']);
  files = [path.join(dir, 'don-vi.xlsx'), path.join(dir, 'dong-hoa.xlsx')];
  await units.xlsx.writeFile(files[0] as string);
  await list.xlsx.writeFile(files[1] as string);
  server = await serveDirectory(DIST);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

it.each([320, 350])('at %i px every unit name reads on a line of its own width', async (width) => {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId('file-input').setInputFiles(files);
    await page.getByTestId('files-summary').filter({ hasText: 'Đã chọn 2 tệp.' }).waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('textbox', { name: /Ngày xét/ }).fill('01/03/2023');
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByTestId('summary').waitFor({ timeout: 60_000 });
    const boxes = await page.locator('details.unit .unit-name').evaluateAll((els) =>
      els.map((e) => ({ name: (e.textContent ?? '').trim(), width: e.getBoundingClientRect().width, height: e.getBoundingClientRect().height })),
    );
    expect(boxes.map((b) => b.name).sort()).toEqual(UNITS.map((u) => u[1]).sort());
    // Each name is at least half the pane wide, on at most two lines.
    for (const b of boxes) {
      expect(b.width).toBeGreaterThan(width / 2);
      expect(b.height).toBeLessThan(50);
    }
    expect(await overflowing(page)).toEqual([]);
  } finally {
    await context.close();
  }
});
