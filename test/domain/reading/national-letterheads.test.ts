/**
 * A letterhead headed by its organisation's national name (issue 14): «ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM» over «XÃ AN
 * THẠNH», «ĐOÀN TNCS HỒ CHÍ MINH» over «BCH HUYỆN ĐOÀN AN PHÚ». The national line is never the sender, and a place
 * alone under it is the organisation of that place, not the commune's party committee (whose quota it would fill).
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { readDocx } from '../../../src/workbook/docx/read-docx';
import { book, readBooks, REG_HEAD, person, unitFile, unitsBook, unitsOfRows } from '../../fixtures/unit-shapes';
import { roundTrip, Row } from '../../fixtures/workbooks';

const rows = [person(1, 'Nguyễn Văn A'), person(2, 'Lê Thị B', 1985)];

/** A list holding a commune's party committee beside its Front, and the district's bodies. */
const UNITS: Row[] = [
  ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
  ['X01', 'Đảng bộ xã An Thạnh', 'Đảng bộ xã'],
  ['MX01', 'Ủy ban MTTQ xã An Thạnh', 'MTTQ huyện'],
  ['X02', 'Đảng bộ xã Phú Hữu', 'Đảng bộ xã'],
  ['MT', 'Ủy ban MTTQ Việt Nam huyện', 'MTTQ huyện'],
  ['HD', 'Huyện đoàn', 'Đoàn thể huyện'],
  ['ND', 'Hội Nông dân huyện', 'Đoàn thể huyện'],
];

const codesOf = async (letterhead: string[]) => unitsOfRows(await readBooks([unitsBook(UNITS), unitFile('danh-sach.xlsx', letterhead, REG_HEAD, rows)])).map(([, c]) => c);
const writtenOf = async (letterhead: string[], fileName = 'danh-sach.xlsx') =>
  [...new Set((await readBooks([unitFile(fileName, letterhead, REG_HEAD, rows)])).registrations.map((r) => r.unitText))];

describe('a letterhead headed by the national organisation, with a units list', () => {
  it.each([
    [['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'XÃ AN THẠNH'], 'MX01'],
    [['ỦY BAN MTTQ VIỆT NAM', 'XÃ AN THẠNH'], 'MX01'],
    [['UBMTTQ VIỆT NAM', 'XÃ AN THẠNH', '*'], 'MX01'],
    [['ỦY BAN MTTQ VIỆT NAM', 'HUYỆN AN PHÚ'], 'MT'],
    [['ĐOÀN TNCS HỒ CHÍ MINH', 'BCH HUYỆN ĐOÀN AN PHÚ'], 'HD'],
    [['HỘI NÔNG DÂN VIỆT NAM', 'HỘI NÔNG DÂN HUYỆN AN PHÚ'], 'ND'],
  ])('%j is %s', async (letterhead, code) => {
    expect(await codesOf(letterhead)).toEqual([code, code]);
  });

  it.each([
    // The commune's own party committee, under the district's: still the commune's.
    [['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN THẠNH', '*'], 'X01'],
    // A place alone under a body that is not a national organisation: that commune's party committee, as before.
    [['HUYỆN ỦY AN PHÚ', 'XÃ AN THẠNH'], 'X01'],
  ])('near miss: %j is %s', async (letterhead, code) => {
    expect(await codesOf(letterhead)).toEqual([code, code]);
  });
});

describe('a letterhead headed by the national organisation, without a units list', () => {
  it.each([
    [['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'XÃ AN THẠNH'], 'Ủy ban Mặt trận Tổ quốc xã An Thạnh'],
    [['ỦY BAN MTTQ VIỆT NAM', 'HUYỆN AN PHÚ'], 'Ủy ban MTTQ huyện An Phú'],
    [['ĐOÀN TNCS HỒ CHÍ MINH', 'BCH HUYỆN ĐOÀN AN PHÚ'], 'Huyện đoàn An Phú'],
    [['HỘI NÔNG DÂN VIỆT NAM', 'HỘI NÔNG DÂN HUYỆN AN PHÚ'], 'Hội Nông dân huyện An Phú'],
    [['HỘI CỰU CHIẾN BINH VIỆT NAM', 'HỘI CCB XÃ AN HÒA'], 'Hội CCB xã An Hòa'],
  ])('%j is written «%s», never the national body', async (letterhead, written) => {
    expect(await writtenOf(letterhead, 'ds.xlsx')).toEqual([written]);
  });

  it("near miss: a district body's own line keeps its name", async () => {
    expect(await writtenOf(['HUYỆN ĐOÀN AN PHÚ'])).toEqual(['Huyện đoàn An Phú']);
  });
});

describe('a Word list under a national letterhead', () => {
  it('«ỦY BAN MTTQ VIỆT NAM» over «XÃ AN THẠNH» is the commune’s Front, not its party committee', async () => {
    const cells = (texts: (string | number)[]) => new TableRow({ children: texts.map((t) => new TableCell({ children: [new Paragraph(String(t))] })) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('ỦY BAN MTTQ VIỆT NAM'),
            new Paragraph('XÃ AN THẠNH'),
            new Paragraph('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'),
            new Table({ rows: [cells(REG_HEAD as string[]), ...rows.map((r) => cells(r as (string | number)[]))] }),
            new Paragraph('An Thạnh, ngày 20 tháng 02 năm 2023'),
          ],
        },
      ],
    });
    const word = await readDocx(new Uint8Array(await Packer.toBuffer(doc)), 'ds-mat-tran.docx');
    const list = unitsBook(UNITS);
    const read = readWorkbooks([await roundTrip(book(list), list.fileName), word], { profile: defaultProfile() });
    expect(unitsOfRows(read).map(([, c]) => c)).toEqual(['MX01', 'MX01']);
  });
});
