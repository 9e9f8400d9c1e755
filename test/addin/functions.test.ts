/**
 * The DIENHINH functions over the fake Excel host: answers, Excel error values with Vietnamese messages, the shared
 * computation behind many CHECKQUOTA cells, and streaming results that follow edits to the tables.
 */
import type ExcelJS from 'exceljs';
import * as fns from '../../src/functions/functions';
import { feed } from '../../src/functions/runtime';
import { configureFunctions, todayIso } from '../../src/functions/services';
import { readOpenWorkbook } from '../../src/workbook/office/read-workbook';
import { localEngine } from '../../src/worker/engine';
import { install } from '../e2e/fake-office';
import { canonicalMaster } from '../fixtures/layouts';
import { startFunctions, stream, until } from './function-host';

type Matrix = unknown[][];

const start = (wb: ExcelJS.Workbook = canonicalMaster()) => startFunctions(wb);

async function excelError(p: Promise<unknown> | (() => unknown)): Promise<{ code: string; message: string }> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected an Excel error');
}

describe('DIENHINH custom functions', () => {
  it('CHECKQUOTA() spills the quota table, one analysis for a thousand cells', async () => {
    start();
    const runsBefore = feed.runs;
    const cells = Array.from({ length: 1000 }, () => stream());
    cells.forEach((c) => fns.checkQuota(null, null as unknown as unknown[][], null, c.invocation));
    await until(() => cells.every((c) => c.results.length > 0));
    expect(feed.runs - runsBefore).toBe(1);
    const table = cells[0]?.results[0] as Matrix;
    expect(table[0]).toEqual(['Đơn vị', 'Loại đơn vị', 'Chỉ tiêu', 'Đã đăng ký', 'Kết quả']);
    expect(table).toContainEqual(['Đảng bộ xã An Bình', 'Đảng bộ xã', 2, 2, 'Đạt']);
    expect(table).toContainEqual(['Đảng bộ xã Tân Lập', 'Đảng bộ xã', 2, 2, 'Đạt']);
    cells.forEach((c) => c.cancel());
    expect(feed.listeners).toBe(0);
  });

  it('CHECKQUOTA follows edits to the registrations table (streaming)', async () => {
    const fake = start();
    const cell = stream();
    fns.checkQuota('Đảng bộ xã Tân Lập', null as unknown as unknown[][], null, cell.invocation);
    await until(() => cell.results.length > 0);
    expect(cell.results[0]).toEqual([['Đạt (2/2)']]);
    // The user clears the name of one of Tân Lập's two exemplars (row 5 of "Đăng ký", column D).
    fake.state.edit('Đăng ký', 5, 4, '');
    fake.state.edit('Đăng ký', 5, 2, '');
    await until(() => cell.results.length > 1);
    expect(cell.results[cell.results.length - 1]).toEqual([['Thiếu 1 (1/2)']]);
    cell.cancel();
  });

  it('CHECKQUOTA with an explicit range is a pure function of its arguments', async () => {
    start();
    const cell = stream();
    fns.checkQuota('X01', [['X01'], ['X02'], ['X01']], 'Đảng bộ xã', cell.invocation);
    await until(() => cell.results.length > 0);
    expect(cell.results).toEqual([[['Đạt (2/2)']]]);
    const one = stream();
    fns.checkQuota('Chi bộ Trường THPT An Phú', [['Đảng bộ xã An Bình']], null, one.invocation);
    await until(() => one.results.length > 0);
    expect(one.results).toEqual([[['Thiếu 1 (0/1)']]]);
  });

  it('CHECKQUOTA of an unknown unit is #N/A with a Vietnamese message', async () => {
    start();
    const cell = stream();
    fns.checkQuota('Đảng bộ xã Không Có', null as unknown as unknown[][], null, cell.invocation);
    await until(() => cell.results.length > 0);
    const err = cell.results[0] as { code: string; message: string };
    expect(err.code).toBe('#N/A');
    expect(err.message).toContain('Không có đơn vị «Đảng bộ xã Không Có»');
    cell.cancel();
  });

  it('QUOTA, DEADLINE, CHECKDEADLINE, UNITTYPE, NORMALIZE', async () => {
    start();
    await expect(fns.quota('Đảng bộ xã')).resolves.toBe(2);
    await expect(fns.quota('Chi bộ Trường THPT An Phú')).resolves.toBe(1);
    await expect(fns.deadline('danh sách')).resolves.toBe(44982); // 25/02/2023
    await expect(fns.deadline('kế hoạch')).resolves.toBe(44586); // 25/01/2022
    await expect(fns.deadline('2025')).resolves.toBe(45796); // 19/05/2025
    await expect(fns.checkDeadline('20/02/2023', 'danh sách')).resolves.toBe('Đúng hạn');
    await expect(fns.checkDeadline(44982, 'danh sách')).resolves.toBe('Trễ hạn (nộp đúng ngày hạn 25/02/2023; Hướng dẫn ghi «trước ngày 25/02/2023»)');
    await expect(fns.checkDeadline('01/03/2023', 'danh sách')).resolves.toBe('Trễ 4 ngày');
    await expect(fns.unitType('Đảng ủy xã An Bình')).resolves.toBe('Đảng bộ xã');
    await expect(fns.unitType('Huyện đoàn')).resolves.toBe('Đoàn thể huyện');
    expect(fns.normalize('NguyÔn  V¨n Hïng')).toBe('Nguyễn Văn Hùng');
    expect(fns.normalize('Nguye\u0302\u0303n\u00a0Thi\u0323 Lan ')).toBe('Nguyễn Thị Lan');
  });

  it('bad arguments give #VALUE! or #N/A with Vietnamese messages', async () => {
    start();
    const e1 = await excelError(fns.checkDeadline('31/02/2023', 'danh sách'));
    expect(e1.code).toBe('#VALUE!');
    expect(e1.message).toContain('Không đọc được ngày «31/02/2023»');
    const e2 = await excelError(fns.deadline('hôm nay'));
    expect(e2.code).toBe('#VALUE!');
    expect(e2.message).toContain('«kế hoạch», «danh sách»');
    const e3 = await excelError(fns.unitType('Công ty ABC'));
    expect(e3.code).toBe('#N/A');
    const e4 = await excelError(() => fns.normalize(''));
    expect(e4.code).toBe('#VALUE!');
    const e5 = await excelError(fns.quota(''));
    expect(e5.code).toBe('#VALUE!');
  });

  it('DUPLICATES answers one row per name, and checks its ranges', async () => {
    start();
    const names = [['Nguyễn Văn Hùng'], ['Trần Thị Thủy'], ['Nguyễn Văn Hùng']];
    const out = await fns.duplicates(names, [[1975], [1979], [1975]], [['X01'], ['X01'], ['X02']], {} as CustomFunctions.Invocation);
    expect(out).toHaveLength(3);
    expect(out.every((r) => r.length === 1 && typeof r[0] === 'string')).toBe(true);
    const err = await excelError(fns.duplicates(names, [[1975]], [], {} as CustomFunctions.Invocation));
    expect(err.code).toBe('#VALUE!');
  });

  it('a workbook without tables gives a clear #N/A, never #BUSY!', async () => {
    install({ sheets: [{ name: 'Sheet1', rows: [['Xin chào']] }] });
    configureFunctions({
      engine: localEngine(),
      readWorkbook: async () => (await readOpenWorkbook()).grid,
      watch: () => Promise.resolve(),
      profileOverride: () => undefined,
      today: () => todayIso(),
    });
    feed.invalidate();
    const cell = stream();
    fns.checkQuota(null, null as unknown as unknown[][], null, cell.invocation);
    await until(() => cell.results.length > 0);
    const err = cell.results[0] as { code: string; message: string };
    expect(err.code).toBe('#N/A');
    expect(err.message).toMatch(/không có bảng nào nhận ra được/i);
    // The functions that need only the profile still answer.
    await expect(fns.quota('Đảng bộ thị trấn')).resolves.toBe(2);
    cell.cancel();
  });
});
