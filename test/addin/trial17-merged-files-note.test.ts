/**
 * Trial 17a, class 7: unit files merged with «Gộp file» are counted by the pane only (interfaces.md: they are read
 * and consolidated with the workbook's own; nothing says they are written into it), so =DIENHINH.CHECKQUOTA() beside
 * the data gave another answer without a word. The pane now says, with the result it shows, that the merged files
 * are counted there and not by the DIENHINH functions. Near miss: no merged file, no such note.
 */
import ExcelJS from 'exceljs';
import { officeWorkspace } from '../../src/taskpane/office-workspace';
import { localEngine } from '../../src/worker/engine';
import { install } from '../e2e/fake-office';
import { sheetWith, toBytes } from '../fixtures/workbooks';
import { seedFromWorkbook } from './seed';

const ASOF = '2023-03-01';
const quiet = () => undefined;
const fileOf = (name: string, bytes: Uint8Array) => {
  const copy = bytes.slice().buffer;
  return { name, arrayBuffer: () => Promise.resolve(copy) } as unknown as File;
};

function district(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã'], ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã']]);
  sheetWith(wb, 'Đăng ký', [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'], [1, 'X01', 'Nguyễn Văn Hùng', 1975], [2, 'X01', 'Lê Thị Mai', 1980]]);
  return wb;
}

function tanLap(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'DS', [['ĐẢNG ỦY XÃ TÂN LẬP'], [], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Trần Văn Ba', 1970], [2, 'Võ Thị Lan', 1985]]);
  return wb;
}

describe('merged unit files and the DIENHINH functions', () => {
  it('the pane counts them and says the functions do not', async () => {
    install(seedFromWorkbook(district(), 'Huyện.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    await ws.addFiles([fileOf('tan-lap.xlsx', await toBytes(tanLap()))], quiet);
    const o = await ws.check(ASOF, quiet);
    expect(o.report.quota.find((q) => q.unit === 'Đảng bộ xã Tân Lập')?.registered).toBe(2);
    expect(o.notes).toEqual([expect.stringMatching(/1 tệp đã gộp.*hàm DIENHINH.*CHECKQUOTA/)]);
  });

  it('near miss: the workbook alone, no note', async () => {
    install(seedFromWorkbook(district(), 'Huyện.xlsx'));
    const o = await officeWorkspace(localEngine(), () => ASOF).check(ASOF, quiet);
    expect(o.notes).toBeUndefined();
  });
});
