/**
 * A list typed inside a framing table (a bordered box around the page: one cell a row, the list's table inside) is
 * read as if the frame were not there; a table nested in a list's cell stays that cell's text. A document without a
 * table still names its sender.
 */
import { Document, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { docxBytes } from '../fixtures/word-lists';

const p = (text: string) => new Paragraph({ children: [new TextRun({ text })] });
const cellOf = (...children: (Paragraph | Table)[]) => new TableCell({ children });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });

const LETTERHEAD = ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'];
const DATE_LINE = 'An Bình, ngày 20 tháng 02 năm 2023';

function listTable(): Table {
  return new Table({
    rows: [
      row(cellOf(p('STT')), cellOf(p('Họ và tên')), cellOf(p('Năm sinh')), cellOf(p('Chức vụ, đơn vị công tác'))),
      row(cellOf(p('1')), cellOf(p('Nguyễn Văn Tâm')), cellOf(p('1968')), cellOf(p('Bí thư Chi bộ ấp Bình Hòa'))),
      row(cellOf(p('2')), cellOf(p('Lê Thị Hạnh')), cellOf(p('1985')), cellOf(p('Chủ tịch Hội LHPN xã'))),
    ],
  });
}

/** The page's contents framed three ways. */
const FRAMES: [string, () => (Paragraph | Table)[]][] = [
  ['one cell holding the whole page', () => [new Table({ rows: [row(cellOf(...LETTERHEAD.map(p), listTable(), p(DATE_LINE)))] })]],
  [
    'one column of three rows: letterhead, list, signature',
    () => [new Table({ rows: [row(cellOf(...LETTERHEAD.map(p))), row(cellOf(p(''), listTable(), p(''))), row(cellOf(p(DATE_LINE)))] })],
  ],
  [
    'a frame inside a frame, the letterhead outside both',
    () => [...LETTERHEAD.map(p), new Table({ rows: [row(cellOf(new Table({ rows: [row(cellOf(listTable()))] }), p(DATE_LINE)))] })],
  ],
];

async function gridOf(children: (Paragraph | Table)[]) {
  return readDocx(await docxBytes(new Document({ sections: [{ children }] })), 'AnBinh.docx');
}

describe('a list inside a framing table', () => {
  it.each(FRAMES)('%s: the list is a table of its own, the letterhead above it and the date line below', async (_, children) => {
    const grid = await gridOf(children());
    const lists = grid.sheets.filter((s) => s.rows.length === 3);
    expect(lists).toHaveLength(1);
    const [list] = lists;
    expect(list?.rows.map((r) => r[1]?.v)).toEqual(['Họ và tên', 'Nguyễn Văn Tâm', 'Lê Thị Hạnh']);
    expect(list?.paragraphs?.above.map((c) => c.v)).toEqual(expect.arrayContaining(LETTERHEAD));
    expect(list?.paragraphs?.below.map((c) => c.v)).toContain(DATE_LINE);
  });

  it.each(FRAMES)('%s: its rows are registrations of the unit the letterhead names', async (_, children) => {
    // No units list: the unit is the letterhead's line, as a clerk writes it (not in its capitals).
    const read = readWorkbooks([await gridOf(children())], { profile: defaultProfile() });
    expect(read.registrations.map((r) => [r.name, r.birthYear, r.unitText])).toEqual([
      ['Nguyễn Văn Tâm', 1968, 'Đảng ủy xã An Bình'],
      ['Lê Thị Hạnh', 1985, 'Đảng ủy xã An Bình'],
    ]);
  });
});

describe('near misses: tables that are no frame', () => {
  it('a table nested in a list cell stays that cell’s text, and the list stays one table', async () => {
    const inner = new Table({ rows: [row(cellOf(p('Bí thư')), cellOf(p('Chi bộ ấp 3')))] });
    const list = new Table({
      rows: [
        row(cellOf(p('STT')), cellOf(p('Họ và tên')), cellOf(p('Chức vụ'))),
        row(cellOf(p('1')), cellOf(p('Nguyễn Văn Tâm')), cellOf(inner)),
      ],
    });
    const grid = await gridOf([list]);
    expect(grid.sheets).toHaveLength(1);
    const cells = grid.sheets[0]?.rows[1]?.map((c) => String(c?.v).trim());
    expect(cells).toEqual(['1', 'Nguyễn Văn Tâm', 'Bí thư\nChi bộ ấp 3']);
  });

  it('a one-column table without a table inside is layout: its text is among the paragraphs', async () => {
    const box = new Table({ rows: [row(cellOf(p('ĐẢNG ỦY XÃ AN BÌNH'))), row(cellOf(p('Số: 12-DS/ĐU')))] });
    const grid = await gridOf([box, listTable(), p(DATE_LINE)]);
    const list = grid.sheets.find((s) => s.rows.length === 3);
    expect(list?.paragraphs?.above.map((c) => c.v)).toEqual(['ĐẢNG ỦY XÃ AN BÌNH', 'Số: 12-DS/ĐU']);
    expect(grid.sheets).toHaveLength(2);
  });
});

describe('a document without a table', () => {
  it('is reported under the unit its letterhead names, which is not told it sent nothing', async () => {
    const { readXlsx } = await import('../fixtures/workbooks');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đơn vị');
    ws.addRows([
      ['STT', 'Tên đơn vị', 'Loại đơn vị'],
      [1, 'Đảng ủy xã An Bình', 'Đảng bộ xã'],
      [2, 'Đảng ủy xã Phú Hữu', 'Đảng bộ xã'],
    ]);
    const reg = wb.addWorksheet('Đăng ký');
    reg.addRows([
      ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh'],
      [1, 'Đảng ủy xã Phú Hữu', 'Trần Văn Bình', 1970],
    ]);
    const units = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()), 'don-vi.xlsx');
    for (const letterhead of [['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH'], ['ĐẢNG ỦY XÃ AN BÌNH', '*', 'Số 05-CV/ĐU']]) {
      const doc = await gridOf([...letterhead.map(p), p('DANH SÁCH'), p('1. Ông Nguyễn Văn Tâm, Bí thư Chi bộ ấp Bình Hòa'), p(DATE_LINE)]);
      const read = readWorkbooks([units, doc], { profile: defaultProfile() });
      const unreadable = read.findings.filter((f) => f.code === 'FILE_UNREADABLE');
      expect(unreadable.map((f) => [f.file, f.unit])).toEqual([['AnBinh.docx', 'Đảng ủy xã An Bình']]);
      expect(read.unreadableUnits).toEqual([read.units.find((u) => u.name === 'Đảng ủy xã An Bình')?.id]);
      // The unit is told to send its list as a table, not to check a header row it never typed.
      expect(unreadable[0]?.message).toMatch(/không có bảng \(danh sách gõ thành các đoạn văn\)/);
    }
  });
});
