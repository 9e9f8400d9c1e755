/**
 * A master whose units list stands beside its registrations on one sheet, on the same rows: both are read, so the
 * quota is checked. Near misses: a spacer column inside the registrations, and a block beside them that heads nothing.
 */
import { unitsWithFindings } from '../../../src/domain/feedback/feedback-sheet';
import { unitsView } from '../../../src/domain/report/by-unit';
import { checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Đảng ủy xã An Bình'],
  [2, 'Đảng ủy xã Phú Hữu'],
  [3, 'Hội Nông dân huyện'],
];
const UNITS_TYPED: Row[] = [
  ['Mã', 'Tên đơn vị', 'Loại đơn vị'],
  ['X01', 'Đảng ủy xã An Bình', 'Đảng bộ xã'],
  ['X02', 'Đảng ủy xã Phú Hữu', 'Đảng bộ xã'],
  ['H01', 'Hội Nông dân huyện', 'Đoàn thể huyện'],
];
const REGS: Row[] = [
  ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'],
  [1, 'Đảng ủy xã An Bình', 'Nguyễn Văn Tâm', 1968],
  [2, 'Đảng ủy xã An Bình', 'Lê Thị Hoa', 1975],
  [3, 'Đảng ủy xã Phú Hữu', 'Trần Văn Ba', 1960],
];

/** Two tables on the same rows, an empty column between them. */
const beside = (left: Row[], right: Row[]): Row[] => left.map((row, i) => [...row, null, ...(right[i] ?? [])]);
const sheet = (rows: Row[]) => ({ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Tổng hợp', rows }] });

describe('a units list beside the registrations', () => {
  it.each([
    ['names only, on the left', beside(UNITS, REGS)],
    ['names only, on the right', beside(REGS, UNITS)],
    ['codes and types, on the left', beside(UNITS_TYPED, REGS)],
  ])('%s: both read, and the quota checked', async (_, rows) => {
    const { read, report } = await checkBooks([sheet(rows)]);
    expect(read.units.map((u) => u.name)).toEqual(['Đảng ủy xã An Bình', 'Đảng ủy xã Phú Hữu', 'Hội Nông dân huyện']);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm', 'Lê Thị Hoa', 'Trần Văn Ba']);
    expect(report.quota.map((q) => [q.unit, q.registered, q.status])).toEqual([
      ['Đảng ủy xã An Bình', 2, 'ok'],
      ['Đảng ủy xã Phú Hữu', 1, 'short'],
      ['Hội Nông dân huyện', 0, 'short'],
    ]);
    expect(codes(report, 'QUOTA_SHORT')).toHaveLength(2);
  });
});

describe('each unit’s findings go to that unit, though the two tables share their row numbers', () => {
  it.each([
    ['registrations on the left', (r: Row[], u: Row[]) => beside(r, u)],
    ['registrations on the right', (r: Row[], u: Row[]) => beside(u, r)],
  ])('%s', async (_, layout) => {
    // An unreadable birth year on An Bình's first row, on the same sheet row as the units list's first unit.
    const regs = REGS.map((row, i) => (i === 1 ? [row[0], row[1], row[2], 'l968'] : row));
    const { read, report } = await checkBooks([sheet(layout(regs, UNITS))]);
    const view = unitsView(read, report, { y: 2023, m: 3, d: 1 });
    const codesOf = new Map(unitsWithFindings(view, report.findings, read).map((u) => [u.name, u.findings.map((f) => f.code).sort()]));
    expect(codesOf.get('Đảng ủy xã An Bình')).toEqual(['INVALID_DATE']);
    expect(codesOf.get('Đảng ủy xã Phú Hữu')).toEqual(['QUOTA_SHORT']);
    expect(codesOf.get('Hội Nông dân huyện')).toEqual(['QUOTA_SHORT', 'REGISTRATION_MISSING']);
    // The right-hand table's findings say which table they are in.
    const right = report.findings.filter((f) => f.block !== undefined);
    expect(right.length).toBeGreaterThan(0);
  });
});

describe('near misses', () => {
  it('a spacer column inside the registrations leaves one table', async () => {
    const rows: Row[] = REGS.map((r) => [r[0], r[1], r[2], null, r[3]]);
    const { read } = await checkBooks([sheet(rows)]);
    expect(read.units).toEqual([]);
    expect(read.registrations.map((r) => [r.name, r.birthYear])).toEqual([
      ['Nguyễn Văn Tâm', 1968],
      ['Lê Thị Hoa', 1975],
      ['Trần Văn Ba', 1960],
    ]);
  });

  it('a block beside them that heads no table (notes) is not a units list', async () => {
    const notes: Row[] = [['Ghi chú'], ['Danh sách đã thông qua Ban Thường vụ'], [], []];
    const { read } = await checkBooks([sheet(beside(REGS, notes))]);
    expect(read.units).toEqual([]);
    expect(read.registrations).toHaveLength(3);
  });
});
