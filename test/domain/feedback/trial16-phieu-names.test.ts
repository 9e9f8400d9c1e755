/**
 * Trial 16b #11: a phiếu góp ý names the exemplar each row problem is about, so that the unit can act — above all for
 * rows of the district's master, a file the unit never saw (its «Vị trí» says it is the district's compiled list). A
 * bad birth year is told as a year to correct («Năm sinh chưa đúng»), not as «Ngày không đọc được». A row with no name
 * is found by what it holds. Near misses: a message that already quotes the row's subjects (NOT_SINGLE_SUBJECT) gets
 * no second name; a unit's own file keeps its plain place; the check's own findings are unchanged.
 */
import ExcelJS from 'exceljs';
import { feedbackSheets, feedbackText, unitsWithFindings } from '../../../src/domain/feedback/feedback-sheet';
import type { WorkbookGrid } from '../../../src/domain/grid';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { unitsView } from '../../../src/domain/report/by-unit';
import { buildReport } from '../../../src/domain/report/report';
import { Row, roundTrip, sheetWith } from '../../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 1 };
const UNITS: Row[] = [
  ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
  ['DBX01', 'Đảng bộ xã Đông Hòa', 'Đảng bộ xã'],
  ['DT01', 'Huyện đoàn', 'Đoàn thể huyện'],
];
const HEAD: Row = ['STT', 'Mã đơn vị', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích', 'Giai đoạn'];
const row = (n: number, name: string, year: unknown, phase: unknown = 1, kind = 'Cá nhân', post = `Trưởng ấp ${n}`): Row => [n, 'DBX01', 'Đảng bộ xã Đông Hòa', kind, name, year as Row[number], post, 'thành tích', phase as Row[number]];

async function master(rows: Row[]): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', UNITS);
  sheetWith(wb, 'Đăng ký', [HEAD, ...rows]);
  return roundTrip(wb, 'master.xlsx');
}

async function unitFile(rows: Row[]): Promise<WorkbookGrid[]> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', UNITS);
  const units = await roundTrip(wb, 'don-vi.xlsx');
  const own = new ExcelJS.Workbook();
  sheetWith(own, 'DS', [['ĐẢNG ỦY XÃ ĐÔNG HÒA'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Giai đoạn'], ...rows]);
  return [units, await roundTrip(own, 'dong-hoa.xlsx')];
}

/** The phiếu of Đông Hòa: its body rows as [place, what is wrong, advice]. */
function phieu(grids: WorkbookGrid[]) {
  const read = readWorkbooks(grids, { profile: defaultProfile() });
  const report = buildReport(read, AS_OF, grids.length);
  const view = unitsView(read, report, AS_OF);
  const sheets = feedbackSheets(read.profile, AS_OF, unitsWithFindings(view, report.findings, read));
  const sheet = sheets.find((s) => s.unit === 'Đảng bộ xã Đông Hòa')?.sheet;
  const at = (r: number, c: number) => String(sheet?.cells.find((x) => x.row === r && x.col === c)?.value ?? '');
  const rows: [string, string, string][] = [];
  for (let r = 10; at(r, 3); r++) rows.push([at(r, 2), at(r, 3), at(r, 4)]);
  return { rows, report };
}

describe("a phiếu names each row's exemplar", () => {
  it.each([
    ['an unreadable phase', row(2, 'Trần Văn Cường', 1982, 'GĐ3'), 'Giai đoạn không đọc được (điển hình «Trần Văn Cường»): ', 'I3'],
    ['a birth year «19x0»', row(2, 'Lê Văn Dũng', '19x0'), 'Năm sinh chưa đúng (điển hình «Lê Văn Dũng»): ', 'F3'],
    ['a birth year to come', row(2, 'Lê Văn Dũng', 2030), 'Năm sinh chưa đúng (điển hình «Lê Văn Dũng»): ', 'F3'],
    ['a row with no name', row(2, '', 1980, 1, 'Cá nhân', 'Trưởng ấp Bình Lợi'), 'Thiếu thông tin (dòng chưa ghi tên, có nội dung «Trưởng ấp Bình Lợi»): ', 'E3'],
  ])('in the master, %s: named, and the place says it is the district’s list', async (_, bad, what, cell) => {
    const { rows, report } = phieu([await master([row(1, 'Nguyễn Văn An', 1980), bad])]);
    const mine = rows.filter(([place]) => place.includes(`ô ${cell}`));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.[0]).toBe(feedbackText.inDistrictMaster(`master.xlsx, trang «Đăng ký», ô ${cell}`));
    expect(mine[0]?.[1].startsWith(what)).toBe(true);
    // The check's own message is as before: the phiếu adds the name.
    expect(report.findings.every((f) => !f.message.includes('điển hình «'))).toBe(true);
  });

  it('a bad birth year is advised as a year', async () => {
    const { rows } = phieu([await master([row(1, 'Nguyễn Văn An', 1980), row(2, 'Lê Văn Dũng', '1990-1991')])]);
    const year = rows.find(([, w]) => w.startsWith('Năm sinh chưa đúng'));
    expect(year).toBeDefined();
    expect(year?.[2]).toBe(feedbackText.birthYearAdvice);
  });

  it("in the unit's own file: the exemplar named too, its place plain", async () => {
    const { rows } = phieu(await unitFile([[1, 'Nguyễn Văn An', 1980, 'Bí thư', 1], [2, 'Lê Văn Dũng', '19x0', 'Trưởng ấp', 1], [3, 'Trần Văn Cường', 1982, 'Phó ấp', 'GĐ3']]));
    expect(rows.filter(([, w]) => w.includes('điển hình «')).map(([p, w]) => [p, w.slice(0, w.indexOf(':'))])).toEqual([
      ['dong-hoa.xlsx, trang «DS», ô C5', 'Năm sinh chưa đúng (điển hình «Lê Văn Dũng»)'],
      ['dong-hoa.xlsx, trang «DS», ô E6', 'Giai đoạn không đọc được (điển hình «Trần Văn Cường»)'],
    ]);
  });

  it('near miss: NOT_SINGLE_SUBJECT quotes the subjects itself, with no second name', async () => {
    const { rows } = phieu([await master([row(1, 'Nguyễn Văn An', 1980), row(2, 'Nguyễn Văn Bình, Lê Thị Cúc', '')])]);
    const two = rows.find(([, w]) => w.startsWith('Một dòng ghi nhiều điển hình'));
    expect(two?.[1]).not.toContain('điển hình «Nguyễn Văn Bình, Lê Thị Cúc»');
    expect(two?.[1]).toContain('Nguyễn Văn Bình');
  });

  it('near miss: a unit-level finding (its quota) names no exemplar', async () => {
    const { rows } = phieu([await master([row(1, 'Nguyễn Văn An', 1980)])]);
    const quota = rows.find(([, w]) => w.startsWith('Chưa đủ chỉ tiêu'));
    expect(quota?.[1]).not.toContain('điển hình «');
  });
});
