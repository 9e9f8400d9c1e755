/**
 * trial12 #16 (the table's number): the phiếu names a Word list's table as the unit sees it. The reader numbers every
 * table, the borderless letterhead and signature tables too («Bảng 2» for the only table the unit sees): the phiếu
 * says «bảng danh sách», «bảng danh sách thứ 2» where the list is in several tables. Near miss: a workbook's place
 * keeps its page and cell.
 */
import ExcelJS from 'exceljs';
import { feedbackSheets, unitsWithFindings } from '../../../src/domain/feedback/feedback-sheet';
import type { WorkbookGrid } from '../../../src/domain/grid';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { unitsView } from '../../../src/domain/report/by-unit';
import { buildReport } from '../../../src/domain/report/report';
import { layout, p, table, unitsList, wordGrid } from '../../fixtures/trial12-fix12-word';
import { roundTrip, sheetWith } from '../../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 1 };
const H = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'];
const HOA = ['2', 'Lê Thị Hoa', '31/02/1975', 'Hội viên', 'TK'];
const ROWS = [H, ['1', 'Nguyễn Văn Tâm', '1968', 'Bí thư', 'NTM'], HOA];
const LETTERHEAD = () => layout([['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH', '*'], ['ĐẢNG CỘNG SẢN VIỆT NAM', 'An Bình, ngày 20 tháng 02 năm 2023']]);
const SIGNATURE = () => layout([['Nơi nhận:', '- Như trên;', '- Lưu VP.'], ['T/M ĐẢNG ỦY', 'BÍ THƯ', '', 'Phạm Văn Đức']]);

/** The «Vị trí» cells of An Bình's phiếu. */
async function places(list: WorkbookGrid): Promise<string[]> {
  const read = readWorkbooks([await unitsList(), list], { profile: defaultProfile() });
  const report = buildReport(read, AS_OF, 2);
  const units = unitsWithFindings(unitsView(read, report, AS_OF), report.findings, read);
  const sheet = feedbackSheets(read.profile, AS_OF, units).find((x) => x.unit === 'Đảng bộ xã An Bình')?.sheet;
  return (sheet?.cells ?? []).filter((c) => c.col === 2 && c.row > 9).map((c) => String(c.value));
}

describe('a Word list’s table in the phiếu', () => {
  it.each([
    ['under a letterhead laid out in a table', () => [LETTERHEAD(), p('DANH SÁCH'), table(ROWS)]],
    ['between a letterhead and a signature laid out in tables', () => [LETTERHEAD(), p('DANH SÁCH'), table(ROWS), SIGNATURE()]],
    ['under a letterhead typed as paragraphs', () => [p('ĐẢNG ỦY XÃ AN BÌNH'), p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), table(ROWS)]],
  ])('is the list’s table, %s', async (_name, blocks) => {
    const got = await places(await wordGrid(blocks(), 'AnBinh.docx'));
    expect(got).toContain('AnBinh.docx, bảng danh sách, dòng 3, «2 | Lê Thị Hoa | 31/02/1975»');
    expect(got.some((t) => /bảng \d/.test(t))).toBe(false);
  });

  it('is numbered among the list’s tables when the list is in several', async () => {
    const blocks = [LETTERHEAD(), p('DANH SÁCH'), p('I. TẬP THỂ'), table([H, ['1', 'Chi bộ ấp Phú Hòa', '', '', 'NTM'], ['2', 'Chi bộ ấp Phú Lợi', '19/19/2000', '', 'TK']]), p('II. CÁ NHÂN'), table(ROWS)];
    const got = await places(await wordGrid(blocks, 'AnBinh.docx'));
    expect(got).toContain('AnBinh.docx, bảng danh sách thứ 2, dòng 3, «2 | Lê Thị Hoa | 31/02/1975»');
    expect(got.some((t) => t.startsWith('AnBinh.docx, bảng danh sách thứ 1, dòng 3'))).toBe(true);
  });
});

describe('near misses', () => {
  it('a workbook’s place keeps its page and cell', async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'DangKy', [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ...ROWS]);
    const got = await places(await roundTrip(wb, 'AnBinh.xlsx'));
    expect(got.some((t) => t.startsWith('AnBinh.xlsx, trang «DangKy», ô C5'))).toBe(true);
  });
});
