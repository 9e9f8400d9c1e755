import ExcelJS from 'exceljs';
import { CalendarDate } from '../../../src/domain/dates';
import { finding, Finding } from '../../../src/domain/findings/finding';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { findingLines, unitsView, UnitsView } from '../../../src/domain/report/by-unit';
import { duplicateRowFacts, communeOf } from '../../../src/domain/report/duplicate-rows';
import { buildReport, Report } from '../../../src/domain/report/report';
import { UNITS } from '../../fixtures/district';
import { canonicalMaster, messyUnitFile, messyUnits } from '../../fixtures/layouts';
import { roundTrip, sheetWith } from '../../fixtures/workbooks';

const MARCH_1: CalendarDate = { y: 2023, m: 3, d: 1 };

async function check(wb: ExcelJS.Workbook, asOf = MARCH_1): Promise<{ view: UnitsView; report: Report; read: ReturnType<typeof readWorkbooks> }> {
  const read = readWorkbooks([await roundTrip(wb, 'tong-hop.xlsx')], { profile: defaultProfile() });
  const report = buildReport(read, asOf, 1);
  return { view: unitsView(read, report, asOf), report, read };
}

const regs = (wb: ExcelJS.Workbook) => wb.getWorksheet('Đăng ký') as ExcelJS.Worksheet;

describe('unitsView', () => {
  it('lists every unit once, on time, with its quota and the file its rows came from', async () => {
    const { view } = await check(canonicalMaster());
    expect(view.units).toHaveLength(6);
    expect(view.units.every((u) => u.timeliness === 'on-time' && u.errors === 0 && u.files[0] === 'tong-hop.xlsx')).toBe(true);
    const anBinh = view.units.find((u) => u.code === 'X01');
    expect(anBinh).toMatchObject({ name: 'Đảng bộ xã An Bình', type: 'Đảng bộ xã', listDate: '2023-02-20', rows: 3, quota: { required: 2, registered: 2, status: 'ok' } });
    expect(view.collection).toEqual({ sent: 6, notSent: 0, deadline: '2023-02-25', daysLeft: -4 });
    expect(view.unassigned).toEqual([]);
  });

  it('puts the unit with an error first and points its findings at its rows', async () => {
    const wb = canonicalMaster();
    regs(wb).addRow([11, 'CB1', 'Cá nhân', 'Nguyễn Văn A, Lê Thị B', undefined, undefined, undefined, 'Hai người một dòng', 1]);
    const { view, report } = await check(wb);
    const first = view.units[0];
    expect(first?.code).toBe('CB1');
    expect(first?.errors).toBe(1);
    const own = (first?.findings ?? []).map((i) => report.findings[i] as Finding);
    expect(own.map((f) => [f.code, f.row])).toEqual([['NOT_SINGLE_SUBJECT', 12]]);
    // Nobody else carries that finding.
    expect(view.units.slice(1).every((u) => u.errors === 0)).toBe(true);
  });

  it('tells a unit that has sent nothing: pending before the deadline, missing after', async () => {
    const wb = canonicalMaster();
    (wb.getWorksheet('Đơn vị') as ExcelJS.Worksheet).getCell('E5').value = null; // CB1's list date
    regs(wb).spliceRows(9, 1); // CB1's only row
    const before = await check(wb, { y: 2023, m: 2, d: 1 });
    expect(before.view.units.find((u) => u.code === 'CB1')?.timeliness).toBe('pending');
    expect(before.view.collection).toMatchObject({ sent: 5, notSent: 1, daysLeft: 24 });
    const after = await check(wb);
    const cb1 = after.view.units.find((u) => u.code === 'CB1');
    expect(cb1?.timeliness).toBe('missing');
    expect(cb1?.files).toEqual([]);
    expect(cb1?.findings.map((i) => after.report.findings[i]?.code)).toEqual(expect.arrayContaining(['REGISTRATION_MISSING', 'QUOTA_SHORT']));
  });

  it('a late list is late; rows without any list date are "unknown", not missing', async () => {
    const wb = canonicalMaster();
    const units = wb.getWorksheet('Đơn vị') as ExcelJS.Worksheet;
    units.getCell('E2').value = new Date(Date.UTC(2023, 1, 27));
    units.getCell('E3').value = null;
    const { view } = await check(wb);
    expect(view.units.find((u) => u.code === 'X01')?.timeliness).toBe('late');
    expect(view.units.find((u) => u.code === 'X02')?.timeliness).toBe('unknown');
  });

  it('takes the list date from the date line of a unit\'s own file where the units list has none', async () => {
    const units = new ExcelJS.Workbook();
    sheetWith(units, 'Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ...UNITS.map((u) => [u.code, u.name, u.type])]);
    const grids = [await roundTrip(units, 'don-vi.xlsx'), await roundTrip(messyUnitFile('X01'), 'X01.xlsx')];
    const read = readWorkbooks(grids, { profile: defaultProfile() });
    const view = unitsView(read, buildReport(read, MARCH_1, 2), MARCH_1);
    // "An Phú, ngày 20 tháng 02 năm 2023" under X01's table: before the deadline of 25/02/2023.
    expect(view.units.find((u) => u.code === 'X01')).toMatchObject({ listDate: '2023-02-20', listDateFrom: 'date-line', timeliness: 'on-time' });
    // A unit that sent nothing has no date of either kind.
    const x02 = view.units.find((u) => u.code === 'X02');
    expect(x02?.timeliness).toBe('missing');
    expect(x02?.listDate).toBeUndefined();
    // The units list's own date wins over the file's date line.
    const listed = readWorkbooks([await roundTrip(messyUnits(), 'don-vi.xlsx'), grids[1] as (typeof grids)[number]], { profile: defaultProfile() });
    expect(unitsView(listed, buildReport(listed, MARCH_1, 2), MARCH_1).units.find((u) => u.code === 'X01')?.listDateFrom).toBe('units-list');
  });

  it('gives a cross-unit duplicate to both units, and the rows side by side', async () => {
    const wb = canonicalMaster();
    regs(wb).addRow([11, 'PN', 'Cá nhân', 'Nguyễn Văn Hùng', 1975, 'Nam', 'Bí thư Chi bộ Thôn 3 xã An Bình', 'Vận động hiến đất làm đường', 1]);
    const { view, report, read } = await check(wb);
    const dupIndex = report.findings.findIndex((f) => f.code === 'DUPLICATE');
    expect(dupIndex).toBeGreaterThanOrEqual(0);
    const owners = view.units.filter((u) => u.findings.includes(dupIndex)).map((u) => u.code);
    expect(owners.sort()).toEqual(['PN', 'X01']);
    const facts = duplicateRowFacts(read, report.findings);
    const rows = Object.values(facts);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.unit).sort()).toEqual(['Hội Liên hiệp Phụ nữ huyện', 'Đảng bộ xã An Bình']);
    expect(rows.every((r) => r.birthYear === 1975 && r.gender === 'male')).toBe(true);
    expect(rows.find((r) => r.row === 12)?.commune).toBe('xã An Bình');
  });

  it('describes no row when there is no duplicate', async () => {
    const { report, read } = await check(canonicalMaster());
    expect(duplicateRowFacts(read, report.findings)).toEqual({});
  });

  it('keeps findings of no known unit apart', async () => {
    const wb = canonicalMaster();
    regs(wb).addRow([11, 'ZZ9', 'Cá nhân', 'Trần Văn Bình', 1980, 'Nam', 'Cán bộ', 'Thành tích', 1]);
    const { view, report } = await check(wb);
    expect(view.unassigned.map((i) => report.findings[i]?.code)).toContain('UNKNOWN_UNIT');
  });
});

describe('communeOf', () => {
  it.each([
    ['Bí thư Chi bộ Thôn 3 xã An Bình', 'xã An Bình'],
    ['Giáo viên, Thị trấn Phú Hòa', 'Thị trấn Phú Hòa'],
    ['Phường 3', 'Phường 3'],
  ])('%s → %s', (text, commune) => expect(communeOf(text)).toBe(commune));
  it.each(['Hiệu trưởng', 'Chủ tịch xã', 'Hội Liên hiệp Phụ nữ huyện'])('none in %s', (text) => expect(communeOf(text)).toBeUndefined());
});

describe('findingLines', () => {
  const unitFinding = (unit: string, code: 'PLAN_MISSING' | 'QUOTA_SHORT', row: number) => finding(code, { file: 'f.xlsx', sheet: 'Đơn vị', row, unit }, `${unit}: ${code}`);
  const rowFinding = (row: number) => finding('MISSING_VALUE', { file: 'f.xlsx', sheet: 'Đăng ký', row, unit: 'A' }, 'thiếu tên');

  it('folds one unit-level code met for several units into one line listing them, where the first stood', () => {
    const fs = [rowFinding(3), unitFinding('A', 'PLAN_MISSING', 2), unitFinding('B', 'PLAN_MISSING', 3), unitFinding('C', 'QUOTA_SHORT', 4), unitFinding('D', 'PLAN_MISSING', 5)];
    const lines = findingLines(fs);
    expect(lines).toEqual([
      { kind: 'one', index: 0 },
      { kind: 'units', code: 'PLAN_MISSING', label: 'Chưa gửi kế hoạch', units: ['A', 'B', 'D'], indexes: [1, 2, 4] },
      { kind: 'one', index: 3 },
    ]);
  });

  it('never folds a single unit finding nor row-level findings, and respects the subset given', () => {
    const fs = [rowFinding(3), rowFinding(4), unitFinding('A', 'PLAN_MISSING', 2), unitFinding('B', 'PLAN_MISSING', 3)];
    expect(findingLines(fs).filter((l) => l.kind === 'one')).toHaveLength(2);
    expect(findingLines(fs, [0, 1, 2])).toEqual([
      { kind: 'one', index: 0 },
      { kind: 'one', index: 1 },
      { kind: 'one', index: 2 },
    ]);
  });
});
