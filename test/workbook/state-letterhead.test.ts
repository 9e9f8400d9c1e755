/**
 * A Word list under the state-style letterhead: a borderless table of two cells, the sender on the left («HỘI NÔNG
 * DÂN VIỆT NAM» over «BCH HỘI NÔNG DÂN HUYỆN …»), the republic's motto and the date line on the right. The motto is
 * no unit, and «xã hội» in it no commune: the sender proposes. Near miss: a commune's body under its district's line
 * is still the commune's.
 */
import ExcelJS from 'exceljs';
import { Document, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { docxBytes } from '../fixtures/word-lists';
import { roundTrip, sheetWith } from '../fixtures/workbooks';

const UNITS = [['STT', 'Tên đơn vị'], [1, 'Hội Nông dân huyện'], [2, 'Hội LHPN huyện'], [3, 'UBND huyện'], [4, 'Đảng ủy xã An Lạc']];

/** A cell of lines, each its own paragraph or one paragraph with line breaks. */
function cell(lines: string[], breaks: boolean): TableCell {
  const children = breaks
    ? [new Paragraph({ children: lines.map((l, i) => new TextRun({ text: l, break: i ? 1 : 0 })) })]
    : lines.map((l) => new Paragraph(l));
  return new TableCell({ children });
}

/** The Word list: what stands above its title (`above`), the title, then its table of one person. */
async function readList(above: (Paragraph | Table)[]) {
  const doc = new Document({
    sections: [
      {
        children: [
          ...above,
          new Paragraph('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'),
          new Table({
            rows: [
              ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
              ['1', 'Trần Thị Cúc', '1980', 'Chi hội trưởng ấp 3'],
            ].map((r) => new TableRow({ children: r.map((t) => new TableCell({ children: [new Paragraph(t)] })) })),
          }),
        ],
      },
    ],
  });
  const units = new ExcelJS.Workbook();
  sheetWith(units, 'Đơn vị', UNITS);
  const read = readWorkbooks([await roundTrip(units, 'don-vi.xlsx'), await readDocx(await docxBytes(doc), 'ds.docx')], { profile: defaultProfile() });
  return {
    units: read.registrations.map((r) => read.units.find((u) => u.id === r.unitId)?.name ?? r.unitText),
    unknown: read.findings.filter((f) => f.code === 'UNKNOWN_UNIT').length,
  };
}

function proposer(left: string[], breaks: boolean, motto = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']) {
  return readList([new Table({ rows: [new TableRow({ children: [cell(left, breaks), cell([...motto, 'An Phú, ngày 24 tháng 02 năm 2023'], breaks)] })] })]);
}

describe('a Word list under the state-style letterhead table', () => {
  it.each([
    [['HỘI NÔNG DÂN VIỆT NAM', 'BCH HỘI NÔNG DÂN HUYỆN AN PHÚ'], 'Hội Nông dân huyện'],
    [['HỘI LHPN TỈNH AN GIANG', 'HỘI LHPN HUYỆN AN PHÚ'], 'Hội LHPN huyện'],
    [['ỦY BAN NHÂN DÂN', 'HUYỆN AN PHÚ'], 'UBND huyện'],
  ])('%j: the sender proposes', async (left, unit) => {
    for (const breaks of [false, true]) expect(await proposer(left, breaks)).toEqual({ units: [unit], unknown: 0 });
  });

  it('near miss: a commune\'s body under its district\'s line, the Party\'s motto beside: the commune\'s', async () => {
    expect(await proposer(['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN LẠC'], false, ['ĐẢNG CỘNG SẢN VIỆT NAM'])).toEqual({ units: ['Đảng ủy xã An Lạc'], unknown: 0 });
  });
});

describe('the recipients under «Kính gửi»', () => {
  const sender = async (lines: string[]) => (await readList(lines.map((t) => new Paragraph(t)))).units;

  it.each([
    [['HỘI NÔNG DÂN TỈNH AN GIANG', 'BCH HỘI NÔNG DÂN HUYỆN AN PHÚ', 'Kính gửi:', 'Đảng ủy xã An Lạc.']],
    [['HỘI NÔNG DÂN TỈNH AN GIANG', 'BCH HỘI NÔNG DÂN HUYỆN AN PHÚ', 'Kính gửi:', '- Đảng ủy xã An Lạc;', '- Ban Tuyên giáo Huyện ủy.']],
    [['HỘI NÔNG DÂN TỈNH AN GIANG', 'BCH HỘI NÔNG DÂN HUYỆN AN PHÚ', 'Kính gửi: Đảng ủy xã An Lạc']],
  ])('%j: the sender proposes, not a recipient', async (lines) => {
    expect(await sender(lines)).toEqual(['Hội Nông dân huyện']);
  });

  it('near miss: a commune\'s own list under its letterhead is the commune\'s', async () => {
    expect(await sender(['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN LẠC', 'Kính gửi: Ban Tuyên giáo Huyện ủy'])).toEqual(['Đảng ủy xã An Lạc']);
  });
});
