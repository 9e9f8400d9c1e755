/**
 * Where a finding is, said as its reader finds it: a Word list's table by what it holds («bảng danh sách»), not by
 * the reader's count of tables (which counts the letterhead's layout table), and its cells by row and column, never
 * by a workbook's cell name ("B2") that the document has not got. Workbooks keep their sheets and cells.
 */
import { Document, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { defaultProfile } from '../../../src/domain/profile';
import { buildReport } from '../../../src/domain/report/report';
import { renderText } from '../../../src/domain/report/render-text';
import { placeText, wordTableNamer } from '../../../src/domain/report/word-table-names';
import { encodeLegacy } from '../../../src/domain/text';
import { readDocx } from '../../../src/workbook/docx/read-docx';
import { layout, p, unitsList } from '../../fixtures/trial12-fix12-word';
import { docxBytes } from '../../fixtures/word-lists';
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const vnTime = (t: string) => new Paragraph({ children: [new TextRun({ text: encodeLegacy(t, 'tcvn3'), font: '.VnTime' })] });
const cell = (x: Paragraph) => new TableCell({ children: [x] });
const listTable = (rows: (string | Paragraph)[][]) =>
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r) => new TableRow({ children: r.map((x) => cell(typeof x === 'string' ? p(x) : x)) })) });

const HEADER = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'];
const LETTERHEAD = layout([['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH'], ['ĐẢNG CỘNG SẢN VIỆT NAM', 'An Bình, ngày 20 tháng 02 năm 2023']]);

async function checkWord(children: (Paragraph | Table)[]) {
  const grid = await readDocx(await docxBytes(new Document({ sections: [{ children }] })), 'dang-uy-xa-an-binh.docx');
  const read = readWorkbooks([await unitsList(), grid], { profile: defaultProfile() });
  const report = buildReport(read, { y: 2023, m: 3, d: 1 }, 2);
  return { read, report, text: renderText(report, wordTableNamer(read)) };
}

describe('a Word list after a letterhead laid out in a table', () => {
  const rows = [
    HEADER,
    ['1', vnTime('Trần Văn Ơn'), '1970', vnTime('Nông dân')],
    ['2', 'Lê Thị Hoa', '1975', 'Bí thư chi bộ'],
    ['3', 'Nguyễn Văn Hùng; Lê Văn Tám', '', 'Nông dân'],
  ];

  it('is «bảng danh sách» in the text report, its rows by number and text', async () => {
    const { text } = await checkWord([LETTERHEAD, p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), listTable(rows)]);
    expect(text).toContain('dang-uy-xa-an-binh.docx, bảng danh sách, dòng 4, «3 | Nguyễn Văn Hùng; Lê Văn Tám | Nông dân»');
    expect(text).not.toMatch(/Bảng 2|trang «Bảng/);
  });

  it('says converted cells by row and column, several in one row once', async () => {
    const { report } = await checkWord([LETTERHEAD, listTable(rows)]);
    const legacy = report.findings.filter((f) => f.code === 'LEGACY_ENCODING');
    expect(legacy.map((f) => f.message)).toEqual([expect.stringMatching(/^2 ô ở dòng 2, cột 2, 4 viết bằng bảng mã TCVN3/)]);
    // The JSON keeps the cells' names as the contract has them.
    expect(legacy[0]?.cells).toEqual(['B2', 'D2']);
  });

  it('two list tables are the first and the second list', async () => {
    const { read, report } = await checkWord([LETTERHEAD, p('I. TẬP THỂ'), listTable([['STT', 'Tên tập thể', 'Thành tích'], ['1', 'Chi bộ ấp Hà Bao', 'Dẫn đầu phong trào']]), p('II. CÁ NHÂN'), listTable(rows)]);
    const f = report.findings.find((x) => x.code === 'NOT_SINGLE_SUBJECT');
    expect(f && placeText(f, wordTableNamer(read))).toMatch(/^dang-uy-xa-an-binh\.docx, bảng danh sách thứ 2, dòng 4/);
  });
});

describe('near miss: a workbook', () => {
  it('keeps its sheet and its cells named as Excel names them', async () => {
    const { read, report } = await checkBooks([
      unitsBook(),
      oneSheet('dang-bo-xa-an-binh.xlsx', [HEADER, [1, encodeLegacy('Trần Văn Ơn', 'tcvn3'), 1970, 'Nông dân'], [2, 'Nguyễn Văn Hùng; Lê Văn Tám', 1970, 'Nông dân']], 'DS', (ws) => {
        ws.getCell('B2').font = { name: '.VnTime' };
      }),
    ]);
    const text = renderText(report, wordTableNamer(read));
    expect(text).toContain('dang-bo-xa-an-binh.xlsx, trang «DS», dòng 3');
    expect(report.findings.find((f) => f.code === 'LEGACY_ENCODING')?.message).toMatch(/^Ô B2 viết bằng bảng mã TCVN3/);
  });
});
