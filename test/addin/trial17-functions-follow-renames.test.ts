/**
 * Trial 17a, class 8: CHECKQUOTA() kept an old answer after a sheet was renamed (a per-unit sheet's name gives its
 * unit) or rows were hidden: the add-in listened only to cell edits and sheets added or deleted. It now listens to
 * Excel's onNameChanged (ExcelApi 1.17) and onRowHiddenChanged (1.11) where the host has them; a sheet renamed to or
 * from «Cấu hình» recalculates the profile's functions. Near misses: older hosts (no such events) still listen to the
 * rest without failing; renaming an ordinary sheet asks no full recalculation.
 */
import ExcelJS from 'exceljs';
import * as fns from '../../src/functions/functions';
import { startFunctions as startRuntime } from '../../src/functions/register';
import { feed } from '../../src/functions/runtime';
import { ChangeNotice, watchWorkbook } from '../../src/workbook/office/changes';
import { localEngine } from '../../src/worker/engine';
import { install } from '../e2e/fake-office';
import { sheetWith } from '../fixtures/workbooks';
import { startFunctions, stream, until } from './function-host';
import { seedFromWorkbook } from './seed';

/** The trial's workbook: An Bình's sheet named for it, Tân Lập's still «Sheet3». */
function perUnit(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã'], ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã']]);
  sheetWith(wb, 'ĐB xã An Bình', [['STT', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh'], [1, 'Cá nhân', 'Nguyễn Văn Hùng', 1975], [2, 'Cá nhân', 'Trần Thị Mai', 1982]]);
  sheetWith(wb, 'Sheet3', [['STT', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh'], [1, 'Cá nhân', 'Lê Văn Tám', 1968], [2, 'Cá nhân', 'Mai Văn Hai', 1977]]);
  return wb;
}

async function notices(api: string, act: (fake: ReturnType<typeof install>) => void): Promise<ChangeNotice[]> {
  const fake = install({ ...seedFromWorkbook(perUnit()), api });
  const seen: ChangeNotice[] = [];
  await watchWorkbook((n) => seen.push(n));
  act(fake);
  return seen;
}

describe('the functions follow renamed sheets and hidden rows', () => {
  it('CHECKQUOTA() gives the new answer once a per-unit sheet is renamed for its unit', async () => {
    const fake = startFunctions(perUnit());
    const cell = stream();
    fns.checkQuota('Đảng bộ xã Tân Lập', null as unknown as unknown[][], null, cell.invocation);
    await until(() => cell.results.length > 0);
    expect(cell.results[0]).toEqual([['Thiếu 2 (0/2)']]);
    fake.state.renameSheet('Sheet3', 'ĐB xã Tân Lập');
    await until(() => cell.results.length > 1);
    expect(cell.results.at(-1)).toEqual([['Đạt (2/2)']]);
    cell.cancel();
  });

  it('hiding rows is heard, and the quota is computed afresh', async () => {
    const fake = startFunctions(perUnit());
    const cell = stream();
    fns.checkQuota('Đảng bộ xã An Bình', null as unknown as unknown[][], null, cell.invocation);
    await until(() => cell.results.length > 0);
    const runs = feed.runs;
    fake.state.hideRows('ĐB xã An Bình', [3]);
    await until(() => feed.runs > runs);
    await until(() => cell.results.length > 1);
    cell.cancel();
  });

  it('each event where the host has it: 1.17 both, 1.11 rows only, 1.9 neither, and no failure', async () => {
    const act = (fake: ReturnType<typeof install>) => {
      fake.state.renameSheet('Sheet3', 'ĐB xã Tân Lập');
      fake.state.hideRows('ĐB xã An Bình', [2]);
    };
    expect((await notices('1.17', act)).map((n) => n.kind)).toEqual(['renamed', 'rowsHidden']);
    expect((await notices('1.17', act))[0]?.names).toEqual(['Sheet3', 'ĐB xã Tân Lập']);
    expect((await notices('1.16', act)).map((n) => n.kind)).toEqual(['rowsHidden']);
    expect((await notices('1.9', act)).map((n) => n.kind)).toEqual([]);
  });

  it('a sheet renamed to «Cấu hình» recalculates the profile’s functions; an ordinary rename does not', async () => {
    const fake = install(seedFromWorkbook(perUnit()));
    startRuntime(localEngine());
    feed.invalidate();
    const cell = stream();
    fns.checkQuota(null, null as unknown as unknown[][], null, cell.invocation);
    await until(() => cell.results.length > 0);
    fake.state.renameSheet('ĐB xã An Bình', 'An Bình');
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.state.calculations).toEqual([]);
    fake.state.renameSheet('Sheet3', 'Cấu hình');
    await until(() => fake.state.calculations.length > 0);
    expect(fake.state.calculations).toEqual(['Full']);
    cell.cancel();
  });
});
