/** A "không trùng" decision kept in the workbook silences its group on the next check, from any door. */
import ExcelJS from 'exceljs';
import { DECISION_COLUMNS, DECISION_SHEET_NAME } from '../../../src/domain/decision-sheet';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import { roundTrip, sheetWith } from '../../fixtures/workbooks';

function district(decisions?: string[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
    ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã'],
    ['PN', 'Hội Liên hiệp Phụ nữ huyện', 'Đoàn thể huyện'],
  ]);
  sheetWith(wb, 'Đăng ký', [
    ['Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác'],
    ['X02', 'Cá nhân', 'Trần Thị Thủy', 1979, 'Nữ', 'Chi hội trưởng Phụ nữ thôn 1, xã Tân Lập'],
    ['PN', 'Cá nhân', 'Trần Thị Thuỷ', 1979, 'Nữ', 'Chi hội trưởng Phụ nữ thôn 1, xã Tân Lập'],
  ]);
  if (decisions) sheetWith(wb, DECISION_SHEET_NAME, [[...DECISION_COLUMNS], ...decisions]);
  return wb;
}

async function duplicatesIn(wb: ExcelJS.Workbook) {
  const read = readWorkbooks([await roundTrip(wb)], { profile: defaultProfile() });
  return buildReport(read, { y: 2023, m: 3, d: 1 }, 1).findings.filter((f) => f.code === 'DUPLICATE');
}

describe('duplicate decisions kept in the workbook', () => {
  it('reports the group with its key, and stops once it is marked "Không trùng"', async () => {
    const before = await duplicatesIn(district());
    expect(before).toHaveLength(1);
    const key = before[0]?.groupKey ?? '';
    expect(key).toMatch(/^TL-/);
    expect(await duplicatesIn(district([[key, 'Trần Thị Thủy (2 dòng)', 'Chắc chắn', 'Không trùng', '24/11/2026']]))).toEqual([]);
  });

  it('keeps reporting a group whose decision is for another key', async () => {
    expect(await duplicatesIn(district([['TL-00000000000000', 'khác', 'Chắc chắn', 'Không trùng', '']]))).toHaveLength(1);
  });
});
