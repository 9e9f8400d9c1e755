/**
 * Letterheads of a commune's own body under its superior ("UBND HUYỆN …" over "UBND XÃ AN BÌNH"): the sender is the
 * commune's body, never the district unit named above it (issue 14 trial). Near misses: a district body's letterhead
 * over two rows, and a party committee's letterhead under "ĐẢNG BỘ HUYỆN".
 */
import { readBooks, REG_HEAD, person, unitFile, unitsBook, unitsOfRows } from '../../fixtures/unit-shapes';
import { buildReport } from '../../../src/domain/report/report';

const rows = [person(1, 'Nguyễn Văn A'), person(2, 'Lê Thị B', 1985)];

describe('a commune\'s body under its superior is not the superior', () => {
  it.each([
    [['UBND HUYỆN AN PHÚ', 'UBND XÃ AN BÌNH'], 'UBND XÃ AN BÌNH'],
    [['ỦY BAN NHÂN DÂN HUYỆN AN PHÚ', 'ỦY BAN NHÂN DÂN XÃ TÂN LẬP', '*'], 'ỦY BAN NHÂN DÂN XÃ TÂN LẬP'],
    [['HỘI NÔNG DÂN HUYỆN AN PHÚ', 'BCH HỘI NÔNG DÂN XÃ AN BÌNH'], 'BCH HỘI NÔNG DÂN XÃ AN BÌNH'],
    [['HUYỆN ĐOÀN AN PHÚ', 'BCH ĐOÀN XÃ TÂN LẬP'], 'BCH ĐOÀN XÃ TÂN LẬP'],
    [['UBMTTQ VN HUYỆN AN PHÚ', 'BAN THƯỜNG TRỰC UBMTTQ THỊ TRẤN AN PHÚ'], 'BAN THƯỜNG TRỰC UBMTTQ THỊ TRẤN AN PHÚ'],
  ])('%j', async (letterhead, sender) => {
    for (const override of [undefined, { district: 'An Phú' }]) {
      const read = await readBooks([unitsBook(), unitFile('danh-sach.xlsx', letterhead, REG_HEAD, rows)], override);
      expect(unitsOfRows(read).map(([, c]) => c)).toEqual([undefined, undefined]);
      expect(read.registrations.map((r) => r.unitText)).toEqual([sender, sender]);
      // Said, not silent: the rows count for no unit until the user names one.
      const report = buildReport(read, { y: 2023, m: 3, d: 1 }, 2);
      expect(report.findings.filter((f) => f.code === 'UNKNOWN_UNIT').map((f) => f.message)).toEqual([
        expect.stringContaining(sender),
        expect.stringContaining(sender),
      ]);
    }
  });
});

describe('near misses: the district unit of the letterhead', () => {
  it.each([
    [['ỦY BAN NHÂN DÂN', 'HUYỆN AN PHÚ'], 'UB'],
    [['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH', '*'], 'X01'],
    [['HỘI NÔNG DÂN VIỆT NAM', 'BCH HỘI NÔNG DÂN HUYỆN AN PHÚ'], 'ND'],
    [['ĐẢNG BỘ HUYỆN AN PHÚ', 'CHI BỘ TRUNG TÂM Y TẾ HUYỆN'], 'CB01'],
    [['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY THỊ TRẤN AN PHÚ'], 'TT01'],
  ])('%j', async (letterhead, code) => {
    const read = await readBooks([unitsBook(), unitFile('danh-sach.xlsx', letterhead, REG_HEAD, rows)]);
    expect(unitsOfRows(read).map(([, c]) => c)).toEqual([code, code]);
  });

  it('a commune\'s body in a file named by a unit of the list: the file\'s name decides', async () => {
    const read = await readBooks([unitsBook(), unitFile('Hội Nông dân huyện.xlsx', ['HỘI NÔNG DÂN HUYỆN', 'BCH HỘI NÔNG DÂN XÃ AN BÌNH'], REG_HEAD, rows)]);
    expect(unitsOfRows(read).map(([, c]) => c)).toEqual(['ND', 'ND']);
  });
});
