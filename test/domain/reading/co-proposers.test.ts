/**
 * Trial 10, item 11: one unit cell naming two units or more («Đảng bộ xã An Bình; Hội Nông dân huyện», two lines,
 * «… và …», «… (phối hợp …)») is an exemplar they propose together: it counts for each, the unit view of each shows
 * it, and the signed list names every one of them on one line. Near misses: a unit of the list whose own name holds
 * «và» or a comma, and a cell whose second part is no unit (still UNKNOWN_UNIT, never half counted).
 */
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Đảng bộ xã An Bình'],
  [2, 'Hội Nông dân huyện'],
  [3, 'Văn phòng HĐND và UBND huyện'],
  [4, 'Trung tâm Văn hóa, Thể thao huyện'],
  [5, 'UBND huyện'],
];

const list = (cell: string) =>
  oneSheet('tong hop.xlsx', [
    ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
    [1, cell, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
    [2, 'Đảng bộ xã An Bình', 'Lê Thị Mai', 1982, 'Chủ tịch Hội LHPN xã'],
  ]);

const registered = (report: Awaited<ReturnType<typeof checkBooks>>['report'], unit: string) => report.quota.find((q) => q.unit === unit)?.registered;

describe('a unit cell naming units that propose together', () => {
  it.each([
    'Đảng bộ xã An Bình; Hội Nông dân huyện',
    'Đảng bộ xã An Bình, Hội Nông dân huyện',
    'ĐU xã An Bình và Hội ND huyện',
    'Đảng bộ xã An Bình\nHội Nông dân huyện',
    'Đảng bộ xã An Bình - Hội Nông dân huyện',
    'Đảng bộ xã An Bình (phối hợp Hội Nông dân huyện)',
    'Đảng bộ xã An Bình / Hội Nông dân huyện',
  ])('%j', async (cell) => {
    const { read, report } = await checkBooks([unitsBook(UNITS), list(cell)]);
    expect(codes(report, 'UNKNOWN_UNIT', 'UNIT_CONFLICT')).toEqual([]);
    expect(registered(report, 'Đảng bộ xã An Bình')).toBe(2);
    expect(registered(report, 'Hội Nông dân huyện')).toBe(1);
    const hung = consolidate(read, report, '2023').selection.individuals.find((e) => e.name === 'Nguyễn Văn Hùng');
    expect(hung?.units).toEqual(['Đảng bộ xã An Bình', 'Hội Nông dân huyện']);
  });
});

describe('near misses', () => {
  it.each(['Văn phòng HĐND và UBND huyện', 'Trung tâm Văn hóa, Thể thao huyện'])('%s is one unit of the list', async (cell) => {
    const { read, report } = await checkBooks([unitsBook(UNITS), list(cell)]);
    expect(registered(report, cell)).toBe(1);
    expect(registered(report, 'UBND huyện')).toBe(0);
    expect(read.registrations.every((r) => !r.coUnitIds)).toBe(true);
  });

  // Review 14: a part is a unit only as written; a commune's own chapter or a body with its place is one body.
  it.each([
    'Đảng bộ xã An Bình; Hội Khuyến học huyện',
    'Đảng bộ xã An Bình - Chi bộ ấp 3',
    'Đảng bộ xã An Bình - Hội Nông dân',
    'Đảng bộ xã An Bình\nHội Nông dân',
    'Hội Nông dân, xã An Bình',
    'Xã An Bình - Hội Nông dân',
  ])('%j: a part that is no unit as written leaves the row unknown, counted for none', async (cell) => {
    const { report } = await checkBooks([unitsBook(UNITS), list(cell)]);
    expect(codes(report, 'UNKNOWN_UNIT')).toEqual(['UNKNOWN_UNIT']);
    expect(registered(report, 'Đảng bộ xã An Bình')).toBe(1);
    expect(registered(report, 'Hội Nông dân huyện')).toBe(0);
  });
});
