/**
 * A commune party committee's own file whose "Đơn vị đề xuất" column names its chi bộ (trial5 #17): the committee
 * the title names proposes, as under a "Chi bộ đề xuất" column. Near misses keep their UNKNOWN_UNIT or their unit.
 */
import { Document, Paragraph, Table, TableCell, TableRow } from 'docx';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import { readDocx } from '../../../src/workbook/docx/read-docx';
import { docxBytes } from '../../fixtures/word-lists';
import { book } from '../../fixtures/unit-shapes';
import { roundTrip } from '../../fixtures/workbooks';
import { codesAt, namesOnlyUnits, unitNamesOfRows } from '../../fixtures/trial-shapes';
import { readBooks, unitFile } from '../../fixtures/unit-shapes';
import type { Row } from '../../fixtures/workbooks';

const LIST = ['Đảng bộ xã An Bình', 'Chi bộ Trường THCS An Bình', 'Hội Nông dân huyện'];

async function check(letterhead: string[], unitHeader: string, unitCells: string[], fileName = 'ds.xlsx') {
  const rows = unitCells.map((u, i): Row => [i + 1, `Nguyễn Văn ${'ABCD'[i]}`, 1970 + i, 'Nông dân', u]);
  const file = unitFile(fileName, letterhead, ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', unitHeader], rows);
  const read = await readBooks([namesOnlyUnits(LIST), file]);
  return { read, report: buildReport(read, { y: 2023, m: 3, d: 1 }, 1) };
}

const COMMUNE = ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH'];

describe("a đảng bộ's own file naming its chi bộ as proposers", () => {
  it.each([
    ['Đơn vị đề xuất', ['Chi bộ ấp 1', 'Chi bộ Trường TH An Bình']],
    ['Đơn vị đăng ký', ['Chi bộ ấp 1', 'Chi bộ ấp 2', 'Chi bộ ấp 1']],
    ['Tên đơn vị đề xuất', ['CB ấp Phú Thạnh', 'Chi bộ Trạm Y tế xã']],
    ['Đơn vị đề xuất', ['Đảng ủy xã An Bình', 'Chi bộ ấp 1']],
  ])('%s %j: the commune proposes every row', async (header, cells) => {
    const { read, report } = await check(COMMUNE, header, cells);
    expect(unitNamesOfRows(read).map(([, u]) => u)).toEqual(cells.map(() => 'Đảng bộ xã An Bình'));
    expect(codesAt(report, 'UNKNOWN_UNIT')).toEqual([]);
    expect(codesAt(report, 'UNIT_CONFLICT')).toEqual([]);
  });
});

it('no title, the file named for the đảng bộ: the same', async () => {
  const { read, report } = await check(['BÁO CÁO'], 'Đơn vị đề xuất', ['Chi bộ ấp 1', 'Chi bộ ấp 2'], 'DangBoXaAnBinh.xlsx');
  expect(unitNamesOfRows(read).map(([, u]) => u)).toEqual(['Đảng bộ xã An Bình', 'Đảng bộ xã An Bình']);
  expect(codesAt(report, 'UNKNOWN_UNIT')).toEqual([]);
});

describe('in Word', () => {
  const p = (text: string) => new Paragraph({ text });
  const row = (cells: (string | number)[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [p(String(c))] })) });
  it.each([
    [['Chi bộ ấp 1', 'Chi bộ Trường TH An Bình'], 0],
    [['Chi bộ ấp 1', 'Hội Nông dân xã An Bình'], 2],
  ])('%j: %d UNKNOWN_UNIT', async (cells, unknown) => {
    const doc = new Document({
      sections: [
        {
          children: [
            ...COMMUNE.map(p),
            p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'),
            new Table({
              rows: [row(['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị đề xuất']), ...cells.map((c, i) => row([i + 1, `Trần Văn ${'AB'[i]}`, 1970 + i, c]))],
            }),
            p('An Bình, ngày 15 tháng 02 năm 2023'),
          ],
        },
      ],
    });
    const units = namesOnlyUnits(LIST);
    const grids = [await roundTrip(book(units), units.fileName), await readDocx(await docxBytes(doc), 'AnBinh.docx')];
    const read = await readWorkbooks(grids, { profile: defaultProfile() });
    const report = buildReport(read, { y: 2023, m: 3, d: 1 }, 1);
    expect(codesAt(report, 'UNKNOWN_UNIT')).toHaveLength(unknown);
    expect(read.registrations).toHaveLength(2);
  });
});

describe('near misses', () => {
  it('a chi bộ the district lists itself proposes for itself', async () => {
    const { read } = await check(COMMUNE, 'Đơn vị đề xuất', ['Chi bộ ấp 1', 'Chi bộ Trường THCS An Bình']);
    expect(unitNamesOfRows(read).map(([, u]) => u)).toEqual([undefined, 'Chi bộ Trường THCS An Bình']);
  });

  it('values that are not chi bộ keep UNKNOWN_UNIT', async () => {
    const { report } = await check(COMMUNE, 'Đơn vị đề xuất', ['Chi bộ ấp 1', 'Hội Nông dân xã An Bình']);
    expect(codesAt(report, 'UNKNOWN_UNIT')).toHaveLength(2);
  });

  it("a mass organisation's file naming chi bộ keeps UNKNOWN_UNIT", async () => {
    const { report } = await check(['HỘI NÔNG DÂN HUYỆN AN PHÚ'], 'Đơn vị đề xuất', ['Chi bộ ấp 1', 'Chi bộ ấp 2']);
    expect(codesAt(report, 'UNKNOWN_UNIT')).toHaveLength(2);
  });

  it('a file whose title names no unit keeps UNKNOWN_UNIT', async () => {
    const { report } = await check(['BAN TUYÊN GIÁO'], 'Đơn vị đề xuất', ['Chi bộ ấp 1', 'Chi bộ ấp 2']);
    expect(codesAt(report, 'UNKNOWN_UNIT')).toHaveLength(2);
  });
});
