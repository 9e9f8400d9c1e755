/**
 * Trial 16a #4: in a master without letterheads, a very hidden old registrations sheet («Đăng ký (cũ)») was read as
 * data: its ghost exemplar reached the ceremony list, unseen in Excel and unsaid by `check`. A hidden sheet's list
 * beside a list in sight is not read, whatever its name, and SHEET_SKIPPED says so (and how to have it read). Near
 * misses: the sheets in sight are read as before, a hidden units list is read, a hidden sheet that is the file's only
 * list is read.
 */
import ExcelJS from 'exceljs';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import { roundTrip, Row, sheetWith } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
  ['DBX01', 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
  ['DT03', 'Hội Nông dân huyện', 'Đoàn thể huyện'],
];
const HEAD: Row = ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh'];
const SHOWN: Row[] = [HEAD, [1, 'Đảng bộ xã An Bình', 'Cá nhân', 'Nguyễn Văn Hòa', 1970], [2, 'Hội Nông dân huyện', 'Cá nhân', 'Võ Công Danh', 1978]];
const GHOST: Row[] = [HEAD, [1, 'Đảng bộ xã An Bình', 'Cá nhân', 'Phan Văn Cũ', 1960]];

async function master(hiddenName: string, state: ExcelJS.WorksheetState, opts: { shown?: boolean; unitsHidden?: boolean } = {}) {
  const wb = new ExcelJS.Workbook();
  const units = sheetWith(wb, 'Đơn vị', UNITS);
  if (opts.unitsHidden) units.state = 'hidden';
  if (opts.shown !== false) sheetWith(wb, 'Đăng ký', SHOWN);
  sheetWith(wb, hiddenName, GHOST).state = state;
  const read = readWorkbooks([await roundTrip(wb, 'tong-hop.xlsx')], { profile: defaultProfile() });
  const report = buildReport(read, { y: 2023, m: 3, d: 1 }, 1);
  return { names: read.registrations.map((r) => r.name), skipped: report.findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => [f.sheet, f.message]) };
}

describe('a hidden registrations sheet beside the list in sight, in a master without letterheads', () => {
  it.each<[string, ExcelJS.WorksheetState]>([
    ['Đăng ký (cũ)', 'veryHidden'],
    ['Đăng ký (cũ)', 'hidden'],
    ['Sheet3', 'veryHidden'],
    ['Hội Nông dân', 'hidden'],
  ])('«%s», %s: not read, SHEET_SKIPPED says so', async (name, state) => {
    const { names, skipped } = await master(name, state);
    expect(names).toEqual(['Nguyễn Văn Hòa', 'Võ Công Danh']);
    expect(skipped.map(([sheet]) => sheet)).toEqual([name]);
    expect(skipped[0]?.[1]).toContain('đang bị ẩn');
  });
});

describe('near misses', () => {
  it('a hidden units list beside the list in sight is read', async () => {
    const { names, skipped } = await master('Sheet3', 'visible', { unitsHidden: true });
    expect(names).toEqual(['Nguyễn Văn Hòa', 'Võ Công Danh', 'Phan Văn Cũ']);
    expect(skipped).toEqual([]);
  });

  it('a hidden sheet that is the file\'s only list is read', async () => {
    const { names } = await master('Đăng ký', 'hidden', { shown: false });
    expect(names).toEqual(['Phan Văn Cũ']);
  });
});
