/**
 * A mass organisation's own list whose «Đơn vị đề xuất» column names its own branches (trial 15): «Hội ND xã An
 * Bình», «Chi hội ND ấp 3» under Hội Nông dân huyện's letterhead; «Đoàn xã Tân Lập», «Chi đoàn ấp 2» under Huyện
 * đoàn's. The branches propose inside the organisation: the rows count for the unit the letterhead names, instead
 * of every row becoming UNKNOWN_UNIT and the unit short. Near misses: another organisation's body, a unit of the list.
 */
import { readBooks, unitFile, unitsBook, unitsOfRows } from '../../fixtures/unit-shapes';

const HEAD = ['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị đề xuất', 'Thành tích'];
const rowsOf = (proposers: string[]) => proposers.map((p, i) => [i + 1, `Nguyễn Văn ${String.fromCharCode(65 + i)}`, 1970 + i, p, 'Tốt']);
const codesOf = async (letterhead: string[], proposers: string[]) =>
  unitsOfRows(await readBooks([unitsBook(), unitFile('ds.xlsx', letterhead, HEAD, rowsOf(proposers))])).map(([, c]) => c);

describe("a mass organisation's list naming its own branches", () => {
  it.each([
    [['HỘI NÔNG DÂN VIỆT NAM', 'BCH HỘI NÔNG DÂN HUYỆN AN PHÚ'], ['Chi hội ND ấp 3, xã An Bình', 'Hội ND xã An Bình'], 'ND'],
    [['HỘI NÔNG DÂN HUYỆN AN PHÚ'], ['Hội Nông dân xã Tân Lập', 'Chi hội Nông dân ấp Phú Lợi'], 'ND'],
    [['HUYỆN ĐOÀN AN PHÚ'], ['Đoàn xã Tân Lập', 'Chi đoàn ấp 2'], 'HD'],
    [['ĐOÀN TNCS HỒ CHÍ MINH', 'BCH HUYỆN ĐOÀN AN PHÚ'], ['Đoàn TN xã An Bình', 'Chi đoàn Trường THPT An Phú'], 'HD'],
    [['HỘI LHPN HUYỆN AN PHÚ'], ['Hội LHPN xã An Bình', 'Chi hội Phụ nữ ấp 1'], 'PN'],
    [['HỘI CỰU CHIẾN BINH HUYỆN AN PHÚ'], ['Hội CCB xã Tân Lập', 'Chi hội CCB ấp 4'], 'CCB'],
    // The organisation itself among its branches.
    [['HỘI NÔNG DÂN HUYỆN AN PHÚ'], ['Hội Nông dân huyện', 'Hội ND xã An Bình'], 'ND'],
  ])('%j with proposers %j: every row is %s', async (letterhead, proposers, code) => {
    expect(await codesOf(letterhead, proposers)).toEqual(proposers.map(() => code));
  });

  it("near miss: another organisation's body in the column counts for no unit", async () => {
    expect(await codesOf(['HỘI NÔNG DÂN HUYỆN AN PHÚ'], ['Chi hội Phụ nữ ấp 3', 'Hội ND xã An Bình'])).toEqual([undefined, undefined]);
  });

  it('near miss: a unit of the list in the column is that unit', async () => {
    expect(await codesOf(['HỘI NÔNG DÂN HUYỆN AN PHÚ'], ['Đảng bộ xã An Bình', 'Đảng bộ xã Tân Lập'])).toEqual(['X01', 'X02']);
  });

  it("near miss: a file's name alone («Hội Nông dân huyện.xlsx», no letterhead) does not outweigh the column", async () => {
    const read = await readBooks([unitsBook(), { fileName: 'Hội Nông dân huyện.xlsx', sheets: [{ name: 'Sheet1', rows: [HEAD, ...rowsOf(['Hội ND xã An Bình', 'Chi hội ND ấp 3'])] }] }]);
    expect(unitsOfRows(read).map(([, c]) => c)).toEqual([undefined, undefined]);
  });

  it("near miss: the trade unions' «Công đoàn» is not the youth union's «Đoàn»", async () => {
    expect(await codesOf(['HUYỆN ĐOÀN AN PHÚ'], ['Công đoàn xã Tân Lập', 'Chi đoàn ấp 2'])).toEqual([undefined, undefined]);
  });
});
