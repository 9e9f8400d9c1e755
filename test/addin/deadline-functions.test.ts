/**
 * Trial 11, items 4, 5, 10, 11: DEADLINE and CHECKDEADLINE answer only for the deadlines the guideline sets, refuse
 * numbers and texts that are no list's date, count in the workbook's own date system (1900 or 1904), and judge by the
 * workbook's «Cấu hình» sheet, tables or not; a sheet that cannot be read is their error, never the default profile.
 */
import ExcelJS from 'exceljs';
import * as fns from '../../src/functions/functions';
import type { Row } from '../fixtures/workbooks';
import { startFunctions } from './function-host';

function start(sheets: Record<string, Row[]>, date1904 = false) {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  startFunctions(wb, { name: 'So lam viec.xlsx', date1904 });
}

const UNITS: Row[] = [['STT', 'Tên đơn vị', 'Loại đơn vị'], [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã']];

async function excelError(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected an Excel error');
}

describe('DEADLINE(which): only the deadlines the guideline sets', () => {
  it.each(['danh sách bổ sung', 'danh sách đề nghị 2025', 'danh sách 2025', 'kế hoạch bồi dưỡng', 'kế hoạch 2025', 'đề xuất 2025', 'danh sách giai đoạn 2'])(
    '«%s» has no deadline of its own: #VALUE!, never another list’s date',
    async (which) => {
      start({ 'Đơn vị': UNITS });
      const e = await excelError(fns.deadline(which));
      expect(e.code).toBe('#VALUE!');
      expect(e.message).toContain('Hướng dẫn không đặt thời hạn');
      expect((await excelError(fns.checkDeadline('10/03/2024', which))).code).toBe('#VALUE!');
    },
  );

  it.each<[string, number]>([
    ['danh sách', 44982],
    ['Danh sách đăng ký', 44982],
    ['danh sách đăng ký 2023', 44982],
    ['kế hoạch', 44586],
    ['kế hoạch triển khai năm 2022', 44586],
    ['2025', 45796],
    ['lễ 2023', 45065],
  ])('near miss: «%s» is %d', async (which, serial) => {
    start({ 'Đơn vị': UNITS });
    await expect(fns.deadline(which)).resolves.toBe(serial);
  });
});

describe('CHECKDEADLINE(date): a number or a text that is no date of a list is refused', () => {
  it.each<[string, string | number]>([
    ['a date typed as a number yyyymmdd', 20230224],
    ['a huge number', 1e9],
    ['a serial past 9999', 2958466],
    ['the last day Excel knows', '31/12/9999'],
    ['the first day Excel knows', '01/01/1900'],
  ])('%s', async (_, date) => {
    start({ 'Đơn vị': UNITS });
    const e = await excelError(fns.checkDeadline(date, 'danh sách'));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('Không đọc được ngày');
  });

  it('near misses: a serial and a text of this century are read', async () => {
    start({ 'Đơn vị': UNITS });
    await expect(fns.checkDeadline(44981, 'danh sách')).resolves.toBe('Đúng hạn');
    await expect(fns.checkDeadline('26/02/2023', 'danh sách')).resolves.toBe('Trễ 1 ngày');
  });

  it('counts the days late from the deadline day, as the check does (trial 11, item 10)', async () => {
    start({ 'Đơn vị': UNITS });
    await expect(fns.checkDeadline('27/02/2023', 'danh sách')).resolves.toBe('Trễ 2 ngày');
    await expect(fns.checkDeadline('25/02/2023', 'danh sách')).resolves.toMatch(/^Trễ hạn \(nộp đúng ngày hạn 25\/02\/2023/);
    await expect(fns.checkDeadline('24/02/2023', 'danh sách')).resolves.toBe('Đúng hạn');
    await expect(fns.checkDeadline('26/01/2022', 'kế hoạch')).resolves.toBe('Trễ 1 ngày');
  });

  it('on a deadline the district moved in «Cấu hình», the deadline day\'s text names its setting, not the guideline (trial 19 #7)', async () => {
    start({ 'Cấu hình': [['Khóa', 'Giá trị'], ['deadlines.list', '2023-03-05']], 'Đơn vị': UNITS });
    await expect(fns.checkDeadline('05/03/2023', 'danh sách')).resolves.toBe('Trễ hạn (nộp đúng ngày hạn 05/03/2023; Cấu hình của huyện ghi «trước ngày 05/03/2023»)');
    await expect(fns.checkDeadline('06/03/2023', 'danh sách')).resolves.toBe('Trễ 1 ngày');
    // The plan's deadline is still the guideline's.
    await expect(fns.checkDeadline('25/01/2022', 'kế hoạch')).resolves.toBe('Trễ hạn (nộp đúng ngày hạn 25/01/2022; Hướng dẫn ghi «trước ngày 25/01/2022»)');
  });

  it('near miss: with the deadline day on time in «Cấu hình», that day is on time and the next one day late', async () => {
    start({ 'Cấu hình': [['Khóa', 'Giá trị'], ['Nộp đúng ngày hạn vẫn là đúng hạn', 'Có']], 'Đơn vị': UNITS });
    await expect(fns.checkDeadline('25/02/2023', 'danh sách')).resolves.toBe('Đúng hạn');
    await expect(fns.checkDeadline('26/02/2023', 'danh sách')).resolves.toBe('Trễ 1 ngày');
  });
});

describe('the workbook’s date system', () => {
  it('a 1904 workbook’s serials are read and written as it counts them', async () => {
    start({ 'Đơn vị': UNITS }, true);
    // 01/03/2023 is 43524 in the 1904 system (44986 in the 1900 one).
    await expect(fns.checkDeadline(43524, 'danh sách')).resolves.toBe('Trễ 4 ngày');
    await expect(fns.deadline('danh sách')).resolves.toBe(44982 - 1462);
  });

  it('near miss: a 1900 workbook is unchanged', async () => {
    start({ 'Đơn vị': UNITS });
    await expect(fns.checkDeadline(44986, 'danh sách')).resolves.toBe('Trễ 4 ngày');
  });
});

describe('the workbook’s «Cấu hình» sheet', () => {
  const settings: Row[] = [['Khóa', 'Giá trị'], ['Chỉ tiêu: Đảng bộ xã', 3], ['Hạn gửi danh sách đăng ký', '28/02/2023']];

  it('is read without any table in the workbook', async () => {
    start({ 'Cấu hình': settings });
    await expect(fns.quota('Đảng bộ xã')).resolves.toBe(3);
    await expect(fns.checkDeadline('26/02/2023', 'danh sách')).resolves.toBe('Đúng hạn');
  });

  it('one that cannot be read is the functions’ error, not the default profile', async () => {
    start({ 'Cấu hình': [...settings, ['Nộp đúng ngày hạn vẫn là đúng hạn', 'có ạ']], 'Đơn vị': UNITS });
    expect((await excelError(fns.quota('Đảng bộ xã'))).message).toContain('có ạ');
    expect((await excelError(fns.deadline('danh sách'))).message).toContain('có ạ');
  });

  it('near miss: with tables, the sheet is read as before', async () => {
    start({ 'Cấu hình': settings, 'Đơn vị': UNITS });
    await expect(fns.quota('Đảng bộ xã')).resolves.toBe(3);
    await expect(fns.deadline('danh sách')).resolves.toBe(44985);
  });
});
