/**
 * Trial 16a #5: a row a unit hid in its own list is left off its count and off the ceremony list (as taken out), but
 * `check` said nothing: «Đạt» with no word of the row nobody sees in the file. The check now names each such row, as
 * the ceremony's excluded sheet does, so that both say the same. Near misses: a row hidden by a filter (out of view
 * only) and a hidden row of a list compiled from several units are counted and listed, by both, and not named.
 */
import ExcelJS from 'exceljs';
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import { groupsOf } from '../../../src/domain/ceremony/consolidate';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import { renderText } from '../../../src/domain/report/render-text';
import { roundTrip, Row, sheetWith } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
  ['DBX01', 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
  ['DT03', 'Hội Nông dân huyện', 'Đoàn thể huyện'],
];
const PEOPLE: Row[] = [
  [1, 'Nguyễn Văn Hòa', 1970, 'Nông dân'],
  [2, 'Trần Thị Lan', 1980, 'Nông dân'],
  [3, 'Phạm Văn Út', 1975, 'Nông dân'],
];

async function check(list: (wb: ExcelJS.Workbook) => void, fileName: string) {
  const u = new ExcelJS.Workbook();
  sheetWith(u, 'Đơn vị', UNITS);
  const wb = new ExcelJS.Workbook();
  list(wb);
  const read = readWorkbooks([await roundTrip(u, 'don-vi.xlsx'), await roundTrip(wb, fileName)], { profile: defaultProfile() });
  const report = buildReport(read, { y: 2023, m: 3, d: 1 }, 2);
  const ceremony = read.profile.ceremonies.find((c) => c.id === '2023');
  const listed = ceremony ? selectEntries(read, report.findings, groupsOf(report), ceremony).individuals.map((e) => e.name) : [];
  return { report, text: renderText(report), listed, anBinh: report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered };
}

/** An Bình's own list, row 5 (Trần Thị Lan) hidden; `filter`: an AutoFilter over the table. */
const unitList = (filter = false) => (wb: ExcelJS.Workbook) => {
  const ws = sheetWith(wb, 'Sheet1', [['ĐẢNG ỦY XÃ AN BÌNH'], [], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'], ...PEOPLE]);
  ws.getRow(5).hidden = true;
  if (filter) ws.autoFilter = 'A3:D6';
};

describe('a row hidden in a unit\'s own list', () => {
  it('is off the count and the list, and the check names it', async () => {
    const { report, text, listed, anBinh } = await check(unitList(), 'dang-uy-xa-an-binh.xlsx');
    expect(anBinh).toBe(2);
    expect(listed).toEqual(['Nguyễn Văn Hòa', 'Phạm Văn Út']);
    expect(report.summary.hiddenRows).toEqual([{ file: 'dang-uy-xa-an-binh.xlsx', sheet: 'Sheet1', row: 5, unit: 'Đảng bộ xã An Bình', name: 'Trần Thị Lan' }]);
    expect(text).toContain('DÒNG ĐANG BỊ ẨN');
    expect(text).toContain('Đảng bộ xã An Bình: «Trần Thị Lan» — dang-uy-xa-an-binh.xlsx, trang «Sheet1», dòng 5.');
  });
});

describe('near misses: counted and listed by both, not named', () => {
  it('a row hidden by a filter', async () => {
    const { report, text, listed, anBinh } = await check(unitList(true), 'dang-uy-xa-an-binh.xlsx');
    expect(anBinh).toBe(3);
    expect(listed).toEqual(['Nguyễn Văn Hòa', 'Trần Thị Lan', 'Phạm Văn Út']);
    expect(report.summary.hiddenRows).toBeUndefined();
    expect(text).not.toContain('DÒNG ĐANG BỊ ẨN');
  });

  it('a hidden row of a list compiled from several units', async () => {
    const { report, listed, anBinh } = await check((wb) => {
      const ws = sheetWith(wb, 'Đăng ký', [
        ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'],
        [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Hòa', 1970],
        [2, 'Đảng bộ xã An Bình', 'Trần Thị Lan', 1980],
        [3, 'Hội Nông dân huyện', 'Võ Công Danh', 1978],
      ]);
      ws.getRow(3).hidden = true;
    }, 'tong-hop.xlsx');
    expect(anBinh).toBe(2);
    expect(listed).toEqual(['Nguyễn Văn Hòa', 'Trần Thị Lan', 'Võ Công Danh']);
    expect(report.summary.hiddenRows).toBeUndefined();
  });
});
