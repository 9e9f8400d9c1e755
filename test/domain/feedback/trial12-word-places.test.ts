/**
 * trial12 #16 (the location part): a finding in a Word list points to its row by number and by its first cells' text,
 * in the phiếu as in the check's text report; a Word table has no cells named like Excel's («ô C3»); a date line is
 * the document's, in no table. Near miss: a workbook's finding keeps its cell.
 */
import ExcelJS from 'exceljs';
import { feedbackSheets, unitsWithFindings } from '../../../src/domain/feedback/feedback-sheet';
import type { WorkbookGrid } from '../../../src/domain/grid';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { unitsView } from '../../../src/domain/report/by-unit';
import { buildReport } from '../../../src/domain/report/report';
import { renderText } from '../../../src/domain/report/render-text';
import { layout, p, table, unitsList, wordGrid } from '../../fixtures/trial12-fix12-word';
import { roundTrip, sheetWith } from '../../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 1 };
const H = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'];
const ROWS = [H, ['1', 'Nguyễn Văn Tâm', '1968', 'Bí thư', 'NTM'], ['2', 'Lê Thị Hoa', '31/02/1975', 'Hội viên', 'TK']];

async function check(list: WorkbookGrid) {
  const read = readWorkbooks([await unitsList(), list], { profile: defaultProfile() });
  const report = buildReport(read, AS_OF, 2);
  const units = unitsWithFindings(unitsView(read, report, AS_OF), report.findings, read);
  const phieu = feedbackSheets(read.profile, AS_OF, units).find((x) => x.unit === 'Đảng bộ xã An Bình');
  return { text: renderText(report), phieu: (phieu?.sheet.cells ?? []).map((c) => String(c.value)) };
}

describe('a Word list’s row is found by its number and its text', () => {
  it.each([
    ['under a letterhead laid out in a table', () => [layout([['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH'], ['ĐẢNG CỘNG SẢN VIỆT NAM']]), p('DANH SÁCH'), table(ROWS)], 'bảng danh sách'],
    ['under a letterhead typed as paragraphs', () => [p('ĐẢNG ỦY XÃ AN BÌNH'), p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), table(ROWS)], 'bảng danh sách'],
  ])('%s', async (_name, blocks, tableName) => {
    const { text, phieu } = await check(await wordGrid(blocks(), 'AnBinh.docx'));
    expect(phieu).toContain(`AnBinh.docx, ${tableName}, dòng 3, «2 | Lê Thị Hoa | 31/02/1975»`);
    expect(phieu.some((t) => /ô [A-Z]+\d/.test(t))).toBe(false);
    expect(text).toContain('dòng 3, «2 | Lê Thị Hoa | 31/02/1975»');
    expect(text).not.toMatch(/AnBinh\.docx, Bảng \d, ô /);
  });

  it.each([
    ['a date line in a signature table', () => [p('ĐẢNG ỦY XÃ AN BÌNH'), p('DANH SÁCH'), table(ROWS.slice(0, 2)), layout([['Nơi nhận:'], ['An Bình, ngày 27 tháng 02 năm 2023', 'BÍ THƯ']])]],
    ['a date line as a paragraph under the list', () => [p('ĐẢNG ỦY XÃ AN BÌNH'), p('DANH SÁCH'), table(ROWS.slice(0, 2)), p('An Bình, ngày 27 tháng 02 năm 2023')]],
    ['a blank-day date line', () => [p('ĐẢNG ỦY XÃ AN BÌNH'), p('DANH SÁCH'), table(ROWS.slice(0, 2)), p('An Bình, ngày … tháng 3 năm 2023')]],
  ])('lateness read from %s names the document, not a table it is not in', async (_name, blocks) => {
    const list = await wordGrid(blocks(), 'AnBinh.docx');
    const read = readWorkbooks([await unitsList(), list], { profile: defaultProfile() });
    const late = buildReport(read, { y: 2023, m: 4, d: 10 }, 2).findings.filter((f) => f.code === 'REGISTRATION_LATE');
    expect(late).toHaveLength(1);
    expect(late[0]?.message).toContain('dòng ngày tháng của tệp AnBinh.docx');
    expect(late[0]?.message).not.toContain('«Bảng');
  });

  it('near miss: lateness read from a workbook’s date line names its sheet', async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'DangKy', [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ...ROWS.slice(0, 2), [], ['', '', '', 'An Bình, ngày 27 tháng 02 năm 2023']]);
    const read = readWorkbooks([await unitsList(), await roundTrip(wb, 'AnBinh.xlsx')], { profile: defaultProfile() });
    const late = buildReport(read, AS_OF, 2).findings.filter((f) => f.code === 'REGISTRATION_LATE');
    expect(late[0]?.message).toContain('dòng ngày tháng của tệp AnBinh.xlsx, «DangKy»');
  });

  it('near miss: a workbook’s finding keeps its cell', async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'DangKy', [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ...ROWS]);
    const { text, phieu } = await check(await roundTrip(wb, 'AnBinh.xlsx'));
    expect(phieu).toContain('AnBinh.xlsx, trang «DangKy», ô C5');
    expect(text).toContain('AnBinh.xlsx, trang «DangKy», ô C5');
  });
});
