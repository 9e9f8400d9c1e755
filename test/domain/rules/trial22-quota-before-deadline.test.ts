/**
 * Trial 22b #8 (team decision): before the registration deadline, a unit from which nothing came (no list date, no
 * row) is not short of its quota yet: no QUOTA_SHORT in the check, «Chưa gửi» in the per-unit view, and its phiếu
 * still asks for the list by the deadline. After the deadline, as before; a unit that sent a list short of its quota,
 * or that the units list records as sent, is still QUOTA_SHORT before it (near misses).
 */
import { quota, computeQuota } from '../../../src/domain/rules/quota';
import { reportOf } from '../../../src/domain/report/report';
import { unitsView } from '../../../src/domain/report/by-unit';
import { unitsWithFindings } from '../../../src/domain/feedback/feedback-sheet';
import type { CalendarDate } from '../../../src/domain/dates';
import type { UnitRecord } from '../../../src/domain/records';
import { ctx, date, FILE, readResult, reg, unit, ReadParts } from './helpers';
import { analyze } from '../../../src/domain/analysis/analyze';

const xa = () => unit('Đảng bộ xã Thạch Bàn', { code: 'X07' });
const chiBo = () => unit('Chi bộ Bưu điện huyện', { code: 'C03' });
const BEFORE_DAYS: CalendarDate[] = [date(20, 1, 2022), date(10, 6, 2022), date(20, 2, 2023), date(24, 2, 2023)];
const AFTER_DAYS: CalendarDate[] = [date(25, 2, 2023), date(1, 3, 2023), date(1, 6, 2024)];
const shortUnits = (parts: ReadParts, asOf: CalendarDate) => quota(ctx(parts, asOf)).filter((f) => f.code === 'QUOTA_SHORT').map((f) => f.unit);

describe('QUOTA_SHORT of a unit that has sent nothing, before the deadline (trial22b #8)', () => {
  it.each(BEFORE_DAYS)('%o: none for a commune or a cell that sent nothing; the quota table still counts 0', (asOf) => {
    const parts = { units: [xa(), chiBo()] };
    expect(shortUnits(parts, asOf)).toEqual([]);
    // CHECKQUOTA and the per-unit view read the same table: 0 registered, status short, the list «Chưa gửi».
    expect(computeQuota(ctx(parts, asOf)).map((q) => [q.registered, q.status])).toEqual([
      [0, 'short'],
      [0, 'short'],
    ]);
    // The units list is the district's own workbook: what the phiếu says of a unit row.
    const read = { ...readResult(parts), tables: [{ file: FILE, sheet: 'Đơn vị', kind: 'units' as const, headerRow: 1, fields: [] }] };
    const report = reportOf(analyze(read, asOf), 1);
    expect(report.summary.errors).toBe(0);
    const view = unitsView(read, report, asOf);
    expect(view.units.map((u) => [u.timeliness, u.quota?.status, u.errors])).toEqual([
      ['pending', 'short', 0],
      ['pending', 'short', 0],
    ]);
    // The phiếu still asks each for its list, with its quota, as the check's QUOTA_SHORT did.
    const phieu = unitsWithFindings(view, report.findings, read);
    for (const u of phieu) {
      expect(u.findings.map((f) => f.code)).toEqual(['QUOTA_SHORT']);
      expect(u.findings[0]?.message).toMatch(/đăng ký 0\/[12] điển hình tiên tiến/);
      expect(u.placeOf?.(u.findings[0]!)).toBe('danh sách đăng ký của đơn vị (chưa gửi về Ban)');
    }
  });

  it.each(AFTER_DAYS)('%o (deadline passed): fires for each, as before', (asOf) => {
    expect(shortUnits({ units: [xa(), chiBo()] }, asOf)).toEqual(['Đảng bộ xã Thạch Bàn', 'Chi bộ Bưu điện huyện']);
  });

  it.each(BEFORE_DAYS)('near miss %o: a list short of the quota, sent before the deadline, is still QUOTA_SHORT', (asOf) => {
    const u = xa();
    expect(shortUnits({ units: [u, chiBo()], registrations: [reg('Nguyễn Văn Hùng', u)] }, asOf)).toEqual(['Đảng bộ xã Thạch Bàn']);
    // Only rows of phase 2 are rows sent too.
    expect(shortUnits({ units: [u], registrations: [reg('Nguyễn Văn Hùng', u, { phase: 2 })] }, asOf)).toEqual(['Đảng bộ xã Thạch Bàn']);
  });

  const recorded: [string, Partial<UnitRecord>][] = [
    ['a list date', { listDate: date(15, 1, 2022) }],
    ['a sent mark', { listSent: 'sent' }],
    ['an unreadable date', { listDateInvalid: true }],
  ];
  it.each(recorded)('near miss: the units list records %s, no row read: still QUOTA_SHORT (its file may be missing)', (_, extra) => {
    const u = unit('Đảng bộ xã Thạch Bàn', { code: 'X07', ...extra });
    expect(shortUnits({ units: [u] }, date(20, 1, 2022))).toEqual(['Đảng bộ xã Thạch Bàn']);
  });

  it('near miss: a list that came empty before the deadline is still said', () => {
    const u = xa();
    const read = { ...readResult({ units: [u] }), emptyLists: [{ unitId: u.id, file: 'thach-ban.xlsx', sheet: 'DS' }] };
    expect(quota(analyze(read, date(20, 2, 2023))).map((f) => f.code)).toEqual(['QUOTA_SHORT']);
  });
});
