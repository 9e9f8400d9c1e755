/**
 * A line pasted between units' rows of a district master (trial 10 #7): a unit's date line and signature, a note
 * closed by "./.", «(Kèm theo Công văn …)». The rows numbered on under it are still the table's. Near misses: a unit's
 * own list signed, then its signer's name and recipients; rows under the signature that do not number on.
 */
import { checkBooks, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình'], [2, 'Đảng bộ xã Tân Lập'], [3, 'Chi bộ Trường THCS An Bình']];
const AB = 'Đảng bộ xã An Bình';
const TL = 'Đảng bộ xã Tân Lập';

const LINES: [string, Row[]][] = [
  ['a unit\'s date line', [['', '', '', '', 'An Bình, ngày 20 tháng 02 năm 2023']]],
  ['a date line and its signature', [[], ['', '', '', '', 'An Bình, ngày 20 tháng 02 năm 2023'], ['', '', '', '', 'T/M ĐẢNG ỦY'], ['', '', '', '', 'BÍ THƯ'], []]],
  ['a note closed by «./.»', [['', 'Danh sách có 02 điển hình./.']]],
  ['a note naming a date', [['', 'Ghi chú: Tân Lập gửi ngày 22/02/2023']]],
  ['«(Kèm theo Công văn …)»', [['', '(Kèm theo Công văn số 12-CV/ĐU ngày 20/02/2023)']]],
];

const read = async (rows: Row[]) => (await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows }] }])).read;

describe('a line between units\' rows of a master leaves the rows under it in the table', () => {
  it.each(LINES)('with a unit column: %s', async (_label, line) => {
    const rows: Row[] = [
      ['STT', 'Đơn vị đề xuất', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
      [1, AB, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
      [2, AB, 'Lê Thị Mai', 1982, 'Chủ tịch Hội LHPN xã'],
      ...line,
      [3, TL, 'Trần Văn Tư', 1962, 'Nông dân ấp 1'],
      [4, TL, 'Võ Thị Sáu', 1990, 'Bí thư Đoàn xã'],
    ];
    expect(unitsByName(await read(rows))).toEqual({ 'Nguyễn Văn Hùng': AB, 'Lê Thị Mai': AB, 'Trần Văn Tư': TL, 'Võ Thị Sáu': TL });
  });

  it.each(LINES)('with units as group rows, numbered anew under each: %s', async (_label, line) => {
    const rows: Row[] = [
      ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN KHỐI ĐẢNG'],
      [],
      ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Ghi chú'],
      ['I', AB],
      [1, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
      [2, 'Lê Thị Mai', 1982, 'Chủ tịch Hội LHPN xã'],
      ...line.map((r) => r.slice(1)),
      ['II', TL],
      [1, 'Trần Văn Tư', 1962, 'Nông dân ấp 1'],
    ];
    expect(unitsByName(await read(rows))).toEqual({ 'Nguyễn Văn Hùng': AB, 'Lê Thị Mai': AB, 'Trần Văn Tư': TL });
  });
});

describe('near misses: what follows a unit\'s own signed list is not read', () => {
  const HEAD: Row = ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'];
  const LIST: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [], HEAD, [1, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'], [2, 'Lê Thị Mai', 1982, 'Hội viên']];
  const SIGNED: Row[] = [[], ['', '', '', 'An Bình, ngày 20 tháng 02 năm 2023'], ['', '', '', 'T/M ĐẢNG ỦY'], ['', '', '', 'BÍ THƯ'], []];

  it.each<[string, Row[]]>([
    ['the signer\'s name and recipients', [['', '', '', 'Trần Văn Bảy'], ['Nơi nhận:'], ['- Ban Tuyên giáo Huyện ủy;'], ['- Lưu VP.']]],
    ['numbered recipients', [['Nơi nhận:'], [3, 'Ban Tuyên giáo Huyện ủy'], [4, 'Lưu VP']]],
    ['rows numbered anew with no group row', [[1, 'Nguyễn Văn A', 1980, 'Trưởng ấp']]],
  ])('%s', async (_label, after) => {
    const { read: r } = await checkBooks([
      { fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }] },
      { fileName: 'dang-uy-xa-an-binh.xlsx', sheets: [{ name: 'DS', rows: [...LIST, ...SIGNED, ...after] }] },
    ]);
    expect(r.registrations.map((x) => x.name)).toEqual(['Nguyễn Văn Hùng', 'Lê Thị Mai']);
  });
});
