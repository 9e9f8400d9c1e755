/**
 * Trial 15 #4: a letterhead in .VnTime holding the capitals TCVN3 has codes for («Ư» ¦, «Đ» §, «Ơ» ¥) beside the
 * toned capitals it has none for, which a converter leaves as they were («CHI BỘ TR¦ỜNG THCS NH¥N HỘI», «§ẢNG ỦY XÃ
 * …»), is decoded whole, as the table's cells are: the file's rows count for the unit its letterhead names, and the
 * letterhead's conversion is said (LEGACY_ENCODING), in a Word document's paragraphs and a sheet's title rows alike.
 * Near misses: a letterhead in Unicode (in Times New Roman, or typed in a .VnTime template) is left as typed and said
 * nothing of; a true TCVN3 letterhead (.VnTimeH, or caps lock in .VnTime) is read as before.
 */
import { Document, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../../src/domain/grid';
import { encodeLegacy } from '../../../src/domain/text/legacy';
import { readDocx } from '../../../src/workbook/docx/read-docx';
import { checkBooks, codes, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';
import { docxBytes } from '../../fixtures/word-lists';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Chi bộ Trường THCS Nhơn Hội'],
  [2, 'Đảng bộ xã Phước Hưng'],
  [3, 'Đảng bộ xã Tân Lập'],
];
const HEADER = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Thành tích'];

/** As a converter from Unicode writes it: TCVN3's codes where it has one, the letter as it was where it has none. */
const converted = (s: string) => encodeLegacy(s, 'tcvn3');
/** As typed with caps lock in .VnTime: a toned capital is stored as its lowercase code. */
const capsLock = (s: string) => [...s].map((ch) => (converted(ch) === ch && ch.charCodeAt(0) > 0x7f ? converted(ch.toLowerCase()) : converted(ch))).join('');

const run = (text: string, font: string) => new TextRun({ text, font });
const para = (text: string, font: string) => new Paragraph({ children: [run(text, font)] });

/** A unit's Word list: letterhead and title above a table of one person, all in `font`, letterhead as `head` writes it. */
async function wordList(title: string, person: string, head: (s: string) => string, font: string, sideBySide = false): Promise<WorkbookGrid> {
  const cellText = (s: string) => (font.startsWith('.Vn') ? converted(s) : s);
  // The table in .VnTime whatever the letterhead's font (.VnTimeH would draw it in capitals).
  const cellFont = font === '.VnTimeH' ? '.VnTime' : font;
  const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [para(cellText(c), cellFont)] })) });
  const letterhead = [para(head('ĐẢNG BỘ HUYỆN AN PHÚ'), font), para(head(title), font)];
  const top = sideBySide
    ? [new Table({ rows: [new TableRow({ children: [new TableCell({ children: letterhead }), new TableCell({ children: [para(head('ĐẢNG CỘNG SẢN VIỆT NAM'), font)] })] })] })]
    : letterhead;
  const children = [...top, para(head('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), font), new Table({ rows: [row(HEADER), row(['1', person, '1985', 'Giáo viên', 'Dạy giỏi cấp tỉnh'])] })];
  return readDocx(await docxBytes(new Document({ sections: [{ children }] })), 'DS dien hinh.docx');
}

describe('a Word letterhead in .VnTime with capitals TCVN3 lacks', () => {
  it.each([
    ['CHI BỘ TRƯỜNG THCS NHƠN HỘI', 'Chi bộ Trường THCS Nhơn Hội'],
    ['ĐẢNG ỦY XÃ PHƯỚC HƯNG', 'Đảng bộ xã Phước Hưng'],
    ['ĐẢNG ỦY XÃ TÂN LẬP', 'Đảng bộ xã Tân Lập'],
  ])('«%s» is decoded whole: the row counts for %s, the letterhead is said converted', async (title, unit) => {
    for (const sideBySide of [false, true]) {
      const { read, report } = await checkBooks([unitsBook(UNITS), await wordList(title, 'Nguyễn Thị Thủy', converted, '.VnTime', sideBySide)]);
      expect(unitsByName(read)).toEqual({ 'Nguyễn Thị Thủy': unit });
      expect(codes(report, 'UNKNOWN_UNIT')).toEqual([]);
      const said = report.findings.filter((f) => f.code === 'LEGACY_ENCODING' && f.row === undefined);
      expect(said).toHaveLength(1);
      expect(said[0]?.message).toContain(title);
      expect(said[0]?.message).toContain('TCVN3');
    }
  });

  it('near miss: true TCVN3 letterheads (caps lock in .VnTime, or .VnTimeH) are read as before, and said converted', async () => {
    for (const [head, font] of [
      [capsLock, '.VnTime'],
      [(s: string) => encodeLegacy(s, 'tcvn3-caps'), '.VnTimeH'],
    ] as const) {
      const { read, report } = await checkBooks([unitsBook(UNITS), await wordList('CHI BỘ TRƯỜNG THCS NHƠN HỘI', 'Lê Văn Hai', head, font)]);
      expect(unitsByName(read)).toEqual({ 'Lê Văn Hai': 'Chi bộ Trường THCS Nhơn Hội' });
      expect(report.findings.filter((f) => f.code === 'LEGACY_ENCODING' && f.row === undefined)).toHaveLength(1);
    }
  });

  it.each(['Times New Roman', '.VnTime'])('near miss: a Unicode letterhead in %s is left as typed, and nothing is said of it', async (font) => {
    const { read, report } = await checkBooks([unitsBook(UNITS), await wordList('CHI BỘ TRƯỜNG THCS NHƠN HỘI', 'Trần Văn Ba', (s) => s, font)]);
    expect(unitsByName(read)).toEqual({ 'Trần Văn Ba': 'Chi bộ Trường THCS Nhơn Hội' });
    expect(report.findings.filter((f) => f.code === 'LEGACY_ENCODING' && f.row === undefined)).toEqual([]);
  });
});

describe('a sheet whose title rows are in .VnTime with capitals TCVN3 lacks', () => {
  const book = (title: string, head: (s: string) => string) => {
    const rows: Row[] = [[head('ĐẢNG BỘ HUYỆN AN PHÚ')], [head(title)], [head('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN')], [], HEADER.map(converted), [1, converted('Phạm Văn Tư'), 1980, converted('Trưởng ấp'), converted('Tốt')]];
    const edit = (ws: ExcelJS.Worksheet) =>
      ws.eachRow((r) =>
        r.eachCell((c) => {
          if (typeof c.value === 'string') c.font = { name: '.VnTime' };
        }),
      );
    return { fileName: 'DS dien hinh.xlsx', sheets: [{ name: 'Sheet1', rows, edit }] };
  };

  it.each([
    ['CHI BỘ TRƯỜNG THCS NHƠN HỘI', 'Chi bộ Trường THCS Nhơn Hội'],
    ['ĐẢNG ỦY XÃ PHƯỚC HƯNG', 'Đảng bộ xã Phước Hưng'],
  ])('«%s»: the row counts for %s, the title cell is said converted', async (title, unit) => {
    const { read, report } = await checkBooks([unitsBook(UNITS), book(title, converted)]);
    expect(unitsByName(read)).toEqual({ 'Phạm Văn Tư': unit });
    expect(codes(report, 'UNKNOWN_UNIT')).toEqual([]);
    const titleSaid = report.findings.filter((f) => f.code === 'LEGACY_ENCODING' && f.row !== undefined && f.row <= 3);
    expect(titleSaid.map((f) => f.message).join(' ')).toContain(title);
  });

  it('near miss: a Unicode title in a .VnTime template stays as typed', async () => {
    const { read } = await checkBooks([unitsBook(UNITS), book('ĐẢNG ỦY XÃ PHƯỚC HƯNG', (s) => s)]);
    expect(unitsByName(read)).toEqual({ 'Phạm Văn Tư': 'Đảng bộ xã Phước Hưng' });
  });
});
