/**
 * Trial 16b #10: a file whose title block names no unit and whose name matches none of the list («DS DHTT.xlsx»)
 * gives rows of an unknown unit named after the file; no phiếu is addressed to that name («Kính gửi: DS DHTT»): its
 * findings are the district's to see, as a master's unknown units are. Near misses: an unlisted unit's own letterhead
 * still gets its phiếu; a listed unit's file named by the unit gets the unit's phiếu.
 */
import { districtFindings, feedbackSheets, unitsWithFindings } from '../../../src/domain/feedback/feedback-sheet';
import { unitsView } from '../../../src/domain/report/by-unit';
import { Book, checkBooks, oneSheet } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS = oneSheet('don-vi.xlsx', [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ['DBX01', 'Đảng bộ xã Đông Hòa', 'Đảng bộ xã'], ['DT01', 'Huyện đoàn', 'Đoàn thể huyện']], 'Đơn vị');
const HEAD: Row = ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'];
const ROWS: Row[] = [
  [1, 'Nguyễn Văn An', 1970, 'Trưởng ấp 1, xã Đông Hòa'],
  [2, 'Lê Văn Bình', '19x1', 'Trưởng ấp 2, xã Đông Hòa'],
];
const file = (name: string, letterhead: Row[] = [['ĐẢNG BỘ HUYỆN HÒA BÌNH'], ['*']]): Book => oneSheet(name, [...letterhead, ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [], HEAD, ...ROWS], 'Sheet1');

async function phieu(books: Book[]) {
  const { read, report } = await checkBooks([UNITS, ...books]);
  const asOf = { y: 2023, m: 3, d: 1 };
  const view = unitsView(read, report, asOf);
  const sheets = feedbackSheets(read.profile, asOf, unitsWithFindings(view, report.findings, read));
  return { to: sheets.map((s) => s.unit), district: districtFindings(view, report.findings, read).map((f) => `${f.code} ${f.file} ${f.row}`) };
}

describe('no phiếu to a file name', () => {
  it.each(['DS DHTT.xlsx', 'Danh sach DHTT (1).xlsx', 'ds-dhtt.xlsx'])('%p: its rows are the district’s to see', async (name) => {
    const got = await phieu([file(name)]);
    expect(got.to.every((u) => ['Đảng bộ xã Đông Hòa', 'Huyện đoàn'].includes(u))).toBe(true);
    expect(got.district).toEqual(expect.arrayContaining([`UNKNOWN_UNIT ${name} 6`, `UNKNOWN_UNIT ${name} 7`]));
  });

  it.each([
    ['Hội Nông dân huyện.xlsx', 'Hội Nông dân huyện'],
    ['hoi-nong-dan-tan-lap.xlsx', 'hoi nong dan tan lap'],
  ])('near miss (review 24): an unlisted unit named by its file %p still gets its phiếu', async (name, unit) => {
    const got = await phieu([file(name)]);
    expect(got.to.map((u) => u.toLowerCase())).toContain(unit.toLowerCase());
    expect(got.district.filter((d) => d.includes(name))).toEqual([]);
  });

  it('near miss: an unlisted unit’s own letterhead still gets its phiếu', async () => {
    const got = await phieu([file('tan-lap.xlsx', [['ĐẢNG BỘ HUYỆN HÒA BÌNH'], ['ĐẢNG ỦY XÃ TÂN LẬP'], ['*']])]);
    expect(got.to).toContain('ĐẢNG ỦY XÃ TÂN LẬP');
    expect(got.district.filter((d) => d.includes('tan-lap.xlsx'))).toEqual([]);
  });

  it('near miss: a listed unit’s file named by it gets the unit’s phiếu', async () => {
    const got = await phieu([file('Dang bo xa Dong Hoa.xlsx')]);
    expect(got.to).toContain('Đảng bộ xã Đông Hòa');
    expect(got.district).toEqual([]);
  });
});
