/**
 * Trial 16a #6 and #7: an error value (#N/A of a lookup, #REF!, #VALUE!) in a date, phase or birth-year cell was read
 * as "nothing written": no INVALID_DATE for a unit's list date (treated as on time), phase 1 by default, a blank year.
 * A failed formula is said: INVALID_DATE for a date or a birth year, PHASE_UNREADABLE for a phase, MISSING_VALUE
 * naming the error for a name. Near misses: blank
 * cells stay blank (phase 1, no year, no date), a template row holding only errors is no exemplar, and a collective's
 * failed year formula (=YEAR() of a blank birth date) says nothing.
 */
import type ExcelJS from 'exceljs';
import { checkShape, Shape } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';

const NA = { error: '#N/A' } as ExcelJS.CellErrorValue;
const lookup = (error: string): ExcelJS.CellValue => ({ formula: 'VLOOKUP(A2,Nguon!A:C,3,0)', result: { error } } as ExcelJS.CellFormulaValue);

const UNITS: Row[] = [
  ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Ngày nộp kế hoạch', 'Ngày nộp danh sách đăng ký'],
  ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã', '14/01/2022', '20/02/2023'],
  ['X02', 'Hội Nông dân huyện', 'Đoàn thể huyện', '12/01/2022', '13/02/2023'],
];
const HEAD: Row = ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Giai đoạn', 'Ngày đăng ký'];
const ROWS: Row[] = [
  [1, 'X01', 'Tập thể', 'Chi bộ Thôn Bình Minh', undefined, '1', '10/02/2023'],
  [2, 'X01', 'Cá nhân', 'Nguyễn Văn Hòa', 1970, '1', '10/02/2023'],
  [3, 'X02', 'Cá nhân', 'Võ Công Danh', 1978, '1', '11/02/2023'],
];

/** The master with one cell of the units list (sheet 0) or of the registrations (sheet 1) set. */
function master(sheet: 0 | 1, cell: string, value: ExcelJS.CellValue | null, extra: Row[] = []): Shape {
  return {
    sheets: [
      { name: 'Đơn vị', rows: UNITS, edit: sheet === 0 ? (ws) => void (ws.getCell(cell).value = value) : undefined },
      { name: 'Đăng ký', rows: [HEAD, ...ROWS, ...extra], edit: sheet === 1 ? (ws) => void (ws.getCell(cell).value = value) : undefined },
    ],
  };
}

const found = (report: { findings: { code: string; row?: number; column?: string; message: string }[] }, code: string) =>
  report.findings.filter((f) => f.code === code).map((f) => [f.row, f.column]);

describe('a date cell holding an error value', () => {
  it.each([['#N/A'], ['#REF!'], ['#VALUE!']])('units list, list date %s: INVALID_DATE naming it, neither on time nor missing', async (error) => {
    const { read, report } = await checkShape(master(0, 'E3', lookup(error)));
    expect(found(report, 'INVALID_DATE')).toEqual([[3, 'E']]);
    expect(report.findings.find((f) => f.code === 'INVALID_DATE')?.message).toContain(`«${error}»`);
    expect(report.findings.find((f) => f.code === 'INVALID_DATE')?.unit).toBe('Hội Nông dân huyện');
    expect(read.units[1]?.listDate).toBeUndefined();
    expect(found(report, 'REGISTRATION_MISSING')).toEqual([]);
  });

  it('units list, plan date #N/A typed as a value: INVALID_DATE, no PLAN_MISSING', async () => {
    const { report } = await checkShape(master(0, 'D2', NA));
    expect(found(report, 'INVALID_DATE')).toEqual([[2, 'D']]);
    expect(found(report, 'PLAN_MISSING')).toEqual([]);
  });

  it('a row\'s registration date #VALUE!: INVALID_DATE on the cell, the row still counted', async () => {
    const { read, report } = await checkShape(master(1, 'G3', lookup('#VALUE!')));
    expect(found(report, 'INVALID_DATE')).toEqual([[3, 'G']]);
    expect(read.registrations.map((r) => r.phase)).toEqual([1, 1, 1]);
    expect(report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered).toBe(2);
  });

  it('near miss: a blank list date is no finding of the cell', async () => {
    const { report } = await checkShape(master(0, 'E3', null));
    expect(found(report, 'INVALID_DATE')).toEqual([]);
  });
});

describe('a phase cell holding an error value', () => {
  it.each([['#N/A'], ['#REF!']])('%s: PHASE_UNREADABLE, on neither list, not counted', async (error) => {
    const { read, report, lists } = await checkShape(master(1, 'F3', lookup(error)));
    expect(found(report, 'PHASE_UNREADABLE')).toEqual([[3, 'F']]);
    expect(report.findings.find((f) => f.code === 'PHASE_UNREADABLE')?.message).toContain(`«${error}»`);
    expect(read.registrations.map((r) => r.phase)).toEqual([1, undefined, 1]);
    expect(lists['2023']?.individuals.map((e) => e.name)).toEqual(['Võ Công Danh']);
    expect(report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered).toBe(1);
  });

  it('near miss: a blank phase cell is phase 1, no finding', async () => {
    const { read, report } = await checkShape(master(1, 'F3', null));
    expect(found(report, 'PHASE_UNREADABLE')).toEqual([]);
    expect(read.registrations.map((r) => r.phase)).toEqual([1, 1, 1]);
  });
});

describe('a birth-year cell holding an error value', () => {
  it.each([['#N/A'], ['#VALUE!']])('a person\'s %s: INVALID_DATE naming it; the row stays (a cell\'s error)', async (error) => {
    const { read, report } = await checkShape(master(1, 'E3', lookup(error)));
    expect(found(report, 'INVALID_DATE')).toEqual([[3, 'E']]);
    expect(report.findings.find((f) => f.code === 'INVALID_DATE')?.message).toContain(`«${error}»`);
    expect(read.registrations.map((r) => r.birthYear)).toEqual([undefined, undefined, 1978]);
  });

  it('near miss: a collective\'s year formula failing (=YEAR() of no birth date) says nothing', async () => {
    const { report } = await checkShape(master(1, 'E2', lookup('#VALUE!')));
    expect(found(report, 'INVALID_DATE')).toEqual([]);
  });

  it('near miss: a template row below the data holding only errors is no exemplar', async () => {
    const errorsOnly: Row = [undefined, NA, NA, NA, NA, NA, NA];
    const { read, report } = await checkShape(master(1, 'A1', 'STT', [errorsOnly, errorsOnly]));
    expect(read.registrations.map((r) => r.name)).toEqual(['Chi bộ Thôn Bình Minh', 'Nguyễn Văn Hòa', 'Võ Công Danh']);
    expect(report.findings.map((f) => f.code)).toEqual([]);
  });
});

describe('a name cell holding an error value', () => {
  it.each([['#N/A'], ['#REF!']])('%s: MISSING_VALUE naming the error, not «chưa ghi tên»', async (error) => {
    const { report } = await checkShape(master(1, 'D3', lookup(error)));
    expect(found(report, 'MISSING_VALUE')).toEqual([[3, 'D']]);
    const message = report.findings.find((f) => f.code === 'MISSING_VALUE')?.message;
    expect(message).toContain(`«${error}»`);
    expect(message).not.toContain('chưa ghi');
  });

  it('near miss: a blank name beside a filled row says the name is left out', async () => {
    const { report } = await checkShape(master(1, 'D3', null));
    expect(found(report, 'MISSING_VALUE')).toEqual([[3, 'D']]);
    expect(report.findings.find((f) => f.code === 'MISSING_VALUE')?.message).toContain('chưa ghi tên');
  });
});
