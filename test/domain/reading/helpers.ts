import ExcelJS from 'exceljs';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import type { ReadResult } from '../../../src/domain/records';
import { roundTrip, Row, sheetWith } from '../../fixtures/workbooks';

export const UNITS_SHEET: Row[] = [
  ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
  ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
  ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã'],
];

/** A workbook with the usual units list and one registrations sheet laid out by the test. */
export async function readRegistrationSheet(rows: Row[], edit?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<ReadResult> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', UNITS_SHEET);
  const ws = sheetWith(wb, 'Đăng ký', rows);
  edit?.(ws, wb);
  return readWorkbooks([await roundTrip(wb, 'test.xlsx')], { profile: defaultProfile() });
}

export function names(read: ReadResult): string[] {
  return read.registrations.map((r) => r.name);
}
