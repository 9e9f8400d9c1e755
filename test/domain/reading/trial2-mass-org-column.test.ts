/**
 * Trial 2, item 8: a mass organisation's own list (its title names it) with a "Đơn vị" column saying which commune, or
 * which of its own commune branches, each member is from: the column is the workplace, the rows count for the title's
 * unit. Near misses: a commune's own list, a compiled master, and a column naming units of the list outright.
 */
import type { Row } from '../../fixtures/workbooks';
import { byName, checkBooks, codes, oneSheet, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';

const HEADER: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị', 'Chức vụ'];
const members = (places: string[]): Row[] => places.map((p, i): Row => [i + 1, `Kha Văn ${['An', 'Bình', 'Cường', 'Dũng'][i]}`, 1970 + i, p, 'Hội viên']);

describe("a mass organisation's list with a column of communes", () => {
  it.each<[string, Row[], string[]]>([
    ['Hội Nông dân, communes and a branch', [['HỘI NÔNG DÂN VIỆT NAM'], ['BCH HỘI NÔNG DÂN HUYỆN AN PHÚ']], ['Xã An Bình', 'Xã Tân Lập', 'Hội ND xã Tân Lập']],
    ['Huyện đoàn, communes only', [['BCH HUYỆN ĐOÀN AN PHÚ']], ['Xã An Bình', 'Xã Tân Lập', 'Xã Phú Hữu']],
    ['Hội LHPN, communes in capitals', [['HỘI LHPN HUYỆN AN PHÚ']], ['XÃ AN BÌNH', 'XÃ TÂN LẬP']],
  ])('%s: every row counts for the title\'s unit, the commune is the workplace', async (_, title, places) => {
    const { read, report } = await checkBooks([unitsBook(), oneSheet('hoi.xlsx', [...title, [], ['DANH SÁCH ĐĂNG KÝ'], [], HEADER, ...members(places)])]);
    const unit = report.quota.find((q) => q.registered > 0);
    expect(unit?.registered).toBe(places.length);
    expect(new Set(Object.values(unitsByName(read))).size).toBe(1);
    expect(read.registrations.map((r) => r.workplace)).toEqual(places);
    expect(codes(report, 'UNIT_CONFLICT', 'UNKNOWN_UNIT')).toEqual([]);
  });
});

describe('near misses: the column still names the proposing unit', () => {
  it('a compiled master whose title names no unit of the list', async () => {
    const { read } = await checkBooks([
      unitsBook(),
      oneSheet('tong-hop.xlsx', [['BAN TUYÊN GIÁO HUYỆN ỦY'], ['DANH SÁCH TỔNG HỢP'], [], HEADER, ...members(['Xã An Bình', 'Xã Tân Lập'])]),
    ]);
    expect(unitsByName(read)).toEqual({ 'Kha Văn An': 'Đảng bộ xã An Bình', 'Kha Văn Bình': 'Đảng bộ xã Tân Lập' });
  });

  it("a commune's own list naming its commune in the column", async () => {
    const { read, report } = await checkBooks([unitsBook(), oneSheet('an-binh.xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], [], HEADER, ...members(['Xã An Bình', 'Xã An Bình'])])]);
    expect(Object.values(unitsByName(read))).toEqual(['Đảng bộ xã An Bình', 'Đảng bộ xã An Bình']);
    expect(byName(read, 'Kha Văn An')?.workplace).toBeUndefined();
    expect(codes(report, 'UNIT_CONFLICT')).toEqual([]);
  });

  it("a mass organisation's list whose column names units of the list outright keeps them", async () => {
    const { read } = await checkBooks([
      unitsBook(),
      oneSheet('hoi.xlsx', [['BCH HỘI NÔNG DÂN HUYỆN AN PHÚ'], [], HEADER, ...members(['Đảng bộ xã An Bình', 'Đảng bộ xã Tân Lập'])]),
    ]);
    expect(unitsByName(read)).toEqual({ 'Kha Văn An': 'Đảng bộ xã An Bình', 'Kha Văn Bình': 'Đảng bộ xã Tân Lập' });
  });
});
