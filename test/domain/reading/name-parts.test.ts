/**
 * A name typed in parts, each in a column of its own (trial 10 #1): «Họ và tên đệm | Tên», «Họ | Tên đệm | Tên»,
 * «Họ và tên» over «Họ đệm | Tên». The parts are one name: on the list, in the count and for duplicates. Near misses:
 * a whole name beside another «Tên …» column, a collective's name merged across the parts.
 */
import type ExcelJS from 'exceljs';
import { checkBooks, codes, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
  [2, 'Hội Nông dân huyện', 'Đoàn thể huyện'],
];
const TITLE: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], []];
const DATED: Row[] = [[], ['', '', '', '', 'An Bình, ngày 20 tháng 02 năm 2023']];

/** The names read from a unit file of these header rows and rows, with the district's units list. */
async function namesRead(head: Row[], rows: Row[], edit?: (ws: ExcelJS.Worksheet) => void): Promise<string[]> {
  const { read } = await checkBooks([unitsBook(UNITS), oneSheet('dang-uy-xa-an-binh.xlsx', [...TITLE, ...head, ...rows, ...DATED], 'Sheet1', edit)]);
  return read.registrations.map((r) => r.name);
}

describe('a name typed in parts is one name', () => {
  it.each(['Họ và tên đệm', 'Họ đệm', 'Họ và chữ lót', 'Họ lót', 'Họ và đệm'])('«%s | Tên»', async (surname) => {
    const names = await namesRead(
      [['STT', surname, 'Tên', 'Năm sinh', 'Chức vụ, đơn vị công tác']],
      [
        [1, 'Nguyễn Văn', 'Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
        [2, 'Lê Thị', 'Mai', 1982, 'Chủ tịch Hội LHPN xã'],
      ],
    );
    expect(names).toEqual(['Nguyễn Văn Hùng', 'Lê Thị Mai']);
  });

  it.each([
    ['Họ', 'Tên đệm'],
    ['Họ', 'Chữ lót'],
  ])('«%s | %s | Tên»', async (surname, middle) => {
    const names = await namesRead(
      [['STT', surname, middle, 'Tên', 'Năm sinh', 'Chức vụ']],
      [
        [1, 'Nguyễn', 'Văn', 'Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
        [2, 'Trương', '', 'Sơn', 1991, 'Đoàn viên'],
      ],
    );
    expect(names).toEqual(['Nguyễn Văn Hùng', 'Trương Sơn']);
  });

  it('«Họ và tên» merged over «Họ đệm | Tên»', async () => {
    const names = await namesRead(
      [
        ['STT', 'Họ và tên', '', 'Năm sinh', 'Chức vụ'],
        ['', 'Họ đệm', 'Tên', '', ''],
      ],
      [[1, 'Nguyễn Văn', 'Hùng', 1970, 'Bí thư Chi bộ ấp 3']],
      (ws) => {
        ws.mergeCells('B4:C4');
        ws.mergeCells('A4:A5');
        ws.mergeCells('D4:D5');
        ws.mergeCells('E4:E5');
      },
    );
    expect(names).toEqual(['Nguyễn Văn Hùng']);
  });

  it('a collective\'s name merged across the parts is read once', async () => {
    const names = await namesRead(
      [['STT', 'Họ và tên đệm', 'Tên', 'Năm sinh', 'Chức vụ']],
      [
        [1, 'Chi bộ ấp 3', '', '', 'xã An Bình'],
        [2, 'Lê Thị', 'Mai', 1982, 'Chủ tịch Hội LHPN xã'],
      ],
      (ws) => ws.mergeCells('B5:C5'),
    );
    expect(names).toEqual(['Chi bộ ấp 3', 'Lê Thị Mai']);
  });

  it('beside a collectives\' name column, the parts are the persons\' name', async () => {
    const names = await namesRead(
      [['STT', 'Tên tập thể', 'Họ và tên đệm', 'Tên', 'Năm sinh', 'Chức vụ']],
      [
        [1, 'Chi bộ ấp 3', '', '', '', 'xã An Bình'],
        [2, '', 'Nguyễn Văn', 'Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
        [3, '', 'Lê Thị', 'Mai', 1982, 'Chủ tịch Hội LHPN xã'],
      ],
    );
    expect(names).toEqual(['Chi bộ ấp 3', 'Nguyễn Văn Hùng', 'Lê Thị Mai']);
  });

  it('near miss: a whole name column beside blank parts stays the name', async () => {
    const names = await namesRead([['STT', 'Họ và tên / Tên tập thể', 'Họ đệm', 'Tên', 'Năm sinh', 'Chức vụ']], [[1, 'Nguyễn Văn Hùng', '', '', 1970, 'Trưởng ấp']]);
    expect(names).toEqual(['Nguyễn Văn Hùng']);
  });

  it('the person another unit wrote whole is the same person', async () => {
    const split = oneSheet('dang-uy-xa-an-binh.xlsx', [...TITLE, ['STT', 'Họ và tên đệm', 'Tên', 'Năm sinh', 'Chức vụ'], [1, 'Nguyễn Văn', 'Hùng', 1970, 'Bí thư Chi bộ ấp 3'], ...DATED], 'Sheet1');
    const whole = oneSheet('hoi-nong-dan.xlsx', [['HỘI NÔNG DÂN HUYỆN'], ['DANH SÁCH ĐĂNG KÝ'], [], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [1, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3, xã An Bình']], 'Sheet1');
    const { report } = await checkBooks([unitsBook(UNITS), split, whole]);
    expect(codes(report, 'DUPLICATE')).toEqual(['DUPLICATE']);
  });

  it.each([
    ['a whole name beside «Tên gọi khác»', ['STT', 'Họ và tên', 'Tên gọi khác', 'Năm sinh', 'Chức vụ'], [1, 'Nguyễn Văn Hùng', 'Hùng Râu', 1970, 'Trưởng ấp'], 'Nguyễn Văn Hùng'],
    ['a whole name «Họ tên» beside «Tên»', ['STT', 'Họ tên', 'Tên', 'Năm sinh', 'Chức vụ'], [1, 'Nguyễn Văn Hùng', 'Hùng', 1970, 'Trưởng ấp'], 'Nguyễn Văn Hùng'],
    ['«Họ» not beside «Tên»', ['STT', 'Họ và tên', 'Họ', 'Năm sinh', 'Chức vụ'], [1, 'Nguyễn Văn Hùng', 'Nguyễn', 1970, 'Trưởng ấp'], 'Nguyễn Văn Hùng'],
  ])('near miss: %s stays the name', async (_label, head, row, name) => {
    expect(await namesRead([head], [row])).toEqual([name]);
  });
});
