/**
 * Trial 17a, class 12: =DIENHINH.DUPLICATES() beside the data disagreed with the pane on the same rows: it rebuilt a
 * table of name, year and unit only, so two «Chi bộ Thôn 1» of two communes were «có thể» trùng and a certain pair
 * (same position) only «có thể». Where Excel gives the names' address and they lie in the workbook's list, it now
 * gives the pane's groups (the check of the whole workbook); elsewhere (a host without addresses, a range outside
 * the list) it reads the range with the workbook's units list, so it knows which commune proposes each row. Near
 * misses: a real pair in the range is still found; argument errors unchanged.
 */
import ExcelJS from 'exceljs';
import * as fns from '../../src/functions/functions';
import { duplicatesInRange, rangePlace } from '../../src/functions/duplicates';
import { officeWorkspace } from '../../src/taskpane/office-workspace';
import { localEngine } from '../../src/worker/engine';
import { Row, sheetWith } from '../fixtures/workbooks';
import { startFunctions } from './function-host';

const ASOF = '2023-03-01';
const REGS: Row[] = [
  ['X01', 'Tập thể', 'Chi bộ Thôn 1', undefined, 'Chi bộ trực thuộc Đảng bộ xã'],
  ['X02', 'Tập thể', 'Chi bộ Thôn 1', undefined, 'Chi bộ trực thuộc Đảng bộ xã'],
  ['X01', 'Cá nhân', 'Nguyễn Văn Hùng', 1975, 'Bí thư Chi bộ Thôn 3'],
  ['ND', 'Cá nhân', 'Nguyễn Văn Hùng', 1975, 'Bí thư Chi bộ Thôn 3, xã An Bình'],
  ['X01', 'Cá nhân', 'Lê Thị Hoà', 1980, 'Hội viên'],
  ['MT', 'Cá nhân', 'Lê Thị Hòa', 1980, 'Hội viên'],
  ['X02', 'Cá nhân', 'Trần Văn Ba', 1960, 'Trưởng thôn'],
  ['X02', 'Cá nhân', 'Trần Văn Ba', 1990, 'Đoàn viên'],
];

function master(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
    ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
    ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã'],
    ['ND', 'Hội Nông dân huyện', 'Đoàn thể huyện'],
    ['MT', 'Ủy ban MTTQ Việt Nam huyện', 'MTTQ huyện'],
  ]);
  sheetWith(wb, 'Đăng ký', [['Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Giai đoạn'], ...REGS.map((r) => [...r, 1])]);
  // The same names copied on a sheet of notes, outside any list.
  sheetWith(wb, 'Ghi chép', REGS.map((r) => [r[2], r[3], r[0]]));
  return wb;
}

const col = (i: number) => REGS.map((r) => [r[i] ?? '']) as unknown as unknown[][];
const invocation = (addresses?: string[]) => (addresses ? { parameterAddresses: addresses } : {}) as unknown as CustomFunctions.Invocation;
const call = (addresses?: string[]) => fns.duplicates(col(2), col(3), col(0), invocation(addresses));

async function paneGroups() {
  const o = await officeWorkspace(localEngine(), () => ASOF).check(ASOF, () => undefined);
  return duplicatesInRange(REGS.length, o.report.findings, o.sources[0] as string, { sheet: 'Đăng ký', top: 2, bottom: 9 });
}

describe('DUPLICATES() beside the data says what the pane says', () => {
  it('names in the workbook’s list: the pane’s groups, row by row', async () => {
    startFunctions(master());
    const out = await call(["'Đăng ký'!C2:C9", "'Đăng ký'!D2:D9", "'Đăng ký'!A2:A9"]);
    expect(out).toEqual(await paneGroups());
    // Two communes' «Chi bộ Thôn 1» are two bodies; the Hùng of one position is one man, for certain.
    expect(out[0]).toEqual(['']);
    expect(out[1]).toEqual(['']);
    expect(out[2]).toEqual(['4']);
    expect(out[3]).toEqual(['3']);
  });

  it('a part of the list: the groups of those rows, by position in the part', async () => {
    startFunctions(master());
    const names = col(2).slice(2, 4);
    const out = await fns.duplicates(names, col(3).slice(2, 4), col(0).slice(2, 4), invocation(['Đăng ký!$C$4:$C$5']));
    expect(out).toEqual([['2'], ['1']]);
  });

  it('a host that gives no address: the range alone, yet two communes’ «Chi bộ Thôn 1» are not «có thể» one', async () => {
    startFunctions(master());
    const out = await call();
    expect(out[0]).toEqual(['']);
    expect(out[1]).toEqual(['']);
  });

  it('names on a sheet outside the list: the same, read with the workbook’s units', async () => {
    startFunctions(master());
    const out = await call(["'Ghi chép'!A1:A8", "'Ghi chép'!B1:B8", "'Ghi chép'!C1:C8"]);
    expect(out[0]).toEqual(['']);
    expect(out[1]).toEqual(['']);
    // Near miss: the same name and year twice is still said.
    expect(out[2]?.[0]).toMatch(/^4/);
  });

  it('reads Excel’s addresses: quoted, absolute, with a workbook, one cell; not several areas', () => {
    expect(rangePlace("'Đăng ký'!C2:C9")).toEqual({ sheet: 'Đăng ký', top: 2, bottom: 9 });
    expect(rangePlace('Sheet1!$C$2:$C$9')).toEqual({ sheet: 'Sheet1', top: 2, bottom: 9 });
    expect(rangePlace("'[Huyện.xlsx]Lê''s list'!D5")).toEqual({ sheet: "Lê's list", top: 5, bottom: 5 });
    expect(rangePlace('Sheet1!C2:C9,Sheet1!E2:E9')).toBeUndefined();
    expect(rangePlace(undefined)).toBeUndefined();
  });
});
