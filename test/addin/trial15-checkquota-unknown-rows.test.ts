/**
 * Trial 15, class 8 (function side): CHECKQUOTA(unit, range) no longer says «Thiếu» silently when rows of the range
 * name no unit of the workbook's units list. The check reports UNKNOWN_UNIT for them; the cell keeps its status
 * («Đạt (2/2)», «Thiếu 1 (1/2)») first and tells how many rows named no unit of the list. Near misses: rows naming
 * other units of the list, blank cells, the column's label, a cell naming two units, a workbook without a units list.
 */
import { defaultProfile } from '../../src/domain/profile';
import { unitStatusFromRange } from '../../src/functions/quota';
import { checkQuotaOver, checkSays, CODED_UNITS, column } from '../fixtures/trial15-fix15-fn';
import type { Row } from '../fixtures/workbooks';

const unknownRows = (status: string, n: number) => `${status}; ${n} dòng ghi đơn vị không có trong danh sách đơn vị`;

describe('CHECKQUOTA(unit, range) tells the rows that name no unit of the list', () => {
  it.each<[string, string, (string | number)[], string]>([
    ['one row of a unit not in the list', 'Đảng bộ xã Tân Lập', ['Đảng bộ xã Tân Lập', 'Chi bộ Không Có'], unknownRows('Thiếu 1 (1/2)', 1)],
    ['two, beside a unit that has its quota', 'Chi bộ Trung tâm Y tế huyện', ['CB03', 'Đảng bộ xã Tân Hội', 'Chi bộ Trường THPT Vĩnh Lộc'], unknownRows('Đạt (1/1)', 2)],
    ['a code no unit has', 'Đảng bộ xã An Bình', ['DBX01', 'DBX09'], unknownRows('Thiếu 1 (1/2)', 1)],
    ['a commune’s body, not the district’s', 'Hội Nông dân huyện', ['Hội Nông dân xã An Bình'], unknownRows('Thiếu 1 (0/1)', 1)],
  ])('%s', async (_, unit, cells, expected) => {
    await expect(checkQuotaOver(CODED_UNITS, cells, unit, column(cells))).resolves.toBe(expected);
  });

  it('the count is the check’s UNKNOWN_UNIT count for the same column', async () => {
    const cells = ['Đảng bộ xã Tân Lập', 'Chi bộ Không Có', 'DBX02', 'Đảng ủy xã Tân Hội', 'Hội ND huyện', 'Ban Không Tên'];
    const check = await checkSays(CODED_UNITS, cells, 'Đảng bộ xã Tân Lập');
    expect(check).toMatchObject({ registered: 2, required: 2, unknown: 3 });
    await expect(checkQuotaOver(CODED_UNITS, cells, 'Đảng bộ xã Tân Lập', column(cells))).resolves.toBe(unknownRows('Đạt (2/2)', check.unknown));
  });

  it('trial 15’s repro: a list that abbreviates, rows that spell the name out with the district: both counted, no note', async () => {
    const units: Row[] = [['Mã ĐV', 'Tên đơn vị'], ['X01', 'ĐU xã An Bình']];
    const cells = ['Đảng bộ xã An Bình, huyện An Phú', 'Đảng ủy xã An Bình'];
    await expect(checkQuotaOver(units, cells, 'ĐU xã An Bình', column(cells))).resolves.toBe('Đạt (2/2)');
    await expect(checkQuotaOver(units, [...cells, 'Đảng bộ xã Tân Lập'], 'ĐU xã An Bình', column([...cells, 'Đảng bộ xã Tân Lập']))).resolves.toBe(unknownRows('Đạt (2/2)', 1));
  });

  it('near misses: other units of the list, blank cells, the column’s label, two units in one cell give no note', async () => {
    const cells = ['Đơn vị đề xuất', 'Đảng bộ xã Tân Lập', '', 'DBX01', 'CB03', 'Đảng bộ xã An Bình; Hội Nông dân huyện'];
    await expect(checkQuotaOver(CODED_UNITS, cells.slice(1), 'Đảng bộ xã Tân Lập', column(cells))).resolves.toBe('Thiếu 1 (1/2)');
    await expect(checkQuotaOver(CODED_UNITS, cells.slice(1), 'Hội Nông dân huyện', column(cells))).resolves.toBe('Đạt (1/1)');
    await expect(checkQuotaOver(CODED_UNITS, cells.slice(1), 'Đảng bộ xã An Bình', column(cells))).resolves.toBe('Đạt (2/2)');
  });

  it('near miss: a label below the first cell is a row like any other', async () => {
    await expect(checkQuotaOver(CODED_UNITS, [], 'Đảng bộ xã Tân Lập', column(['Đảng bộ xã Tân Lập', 'Đơn vị đề xuất']))).resolves.toBe(unknownRows('Thiếu 1 (1/2)', 1));
  });

  it('near miss: without a units list there is no list to name, and no note (the pure form)', () => {
    expect(unitStatusFromRange(defaultProfile(), 'Đảng bộ xã Tân Lập', column(['Đảng bộ xã Tân Lập', 'Chi bộ Không Có']) as string[][])).toBe('Thiếu 1 (1/2)');
  });
});
