/**
 * Trial 21b #1: one workbook holding a sheet per unit and the district's «Tổng hợp» sheet (a unit column) repeating
 * every row of those sheets. The summary is not read: no exemplar is said DUPLICATE «đề xuất 2 lần», each unit's rows
 * are its sheet's, and one SHEET_SKIPPED info names the sheets it repeats; in .xlsx and .xls, the summary first or
 * last, its rows in any order, its names spelled otherwise as the matcher's keys see them. Near misses read as before:
 * per-unit sheets alone; a summary holding a row the unit sheets do not (a person more, another birth year, another
 * unit); two summaries without unit sheets; a real duplicate inside one unit's sheet; a unit's own file beside the
 * district's list (across files).
 */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import type { WorkbookGrid } from '../../../src/domain/grid';
import { feedbackSheets, unitsWithFindings } from '../../../src/domain/feedback/feedback-sheet';
import { unitsView } from '../../../src/domain/report/by-unit';
import type { Report } from '../../../src/domain/report/report';
import { readXls } from '../../../src/workbook/sheetjs/read-xls';
import { checkBooks, codes, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import { roundTrip, Row, sheetWith, toBytes } from '../../fixtures/workbooks';

const AB = 'Đảng bộ xã An Bình';
const TL = 'Đảng bộ xã Tân Lập';
const ND = 'Hội Nông dân huyện';

/** An exemplar of a unit's: kind, name, birth year, position. */
type Person = [kind: 'Tập thể' | 'Cá nhân', name: string, year: number | null, position: string];

const PEOPLE: Record<string, { sheet: string; unit: string; rows: Person[] }> = {
  [AB]: {
    sheet: 'ĐU xã An Bình',
    unit: 'ĐU xã An Bình',
    rows: [
      ['Tập thể', 'Chi bộ ấp Hà Bao', null, 'Chi bộ ấp'],
      ['Cá nhân', 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
      ['Cá nhân', 'Dương Thị Cẩm Tú', 1983, 'Trưởng Trạm Y tế xã'],
    ],
  },
  [TL]: {
    sheet: 'ĐU xã Tân Lập',
    unit: 'Đảng bộ xã Tân Lập',
    rows: [
      ['Tập thể', 'Chi bộ Thôn 3', null, 'Chi bộ thôn'],
      ['Cá nhân', 'Trần Văn Tư', 1979, 'Trưởng thôn 3'],
    ],
  },
  [ND]: {
    sheet: 'Hội ND',
    unit: 'Hội ND huyện',
    rows: [
      ['Tập thể', 'Chi hội Nông dân ấp Quốc Khánh', null, 'Chi hội'],
      ['Cá nhân', 'Lưu Văn Thủy', 1966, 'Nông dân ấp Quốc Khánh'],
    ],
  },
};
const UNITS = [AB, TL, ND];

const unitSheet = (rows: Person[]): Row[] => [
  ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
  ['STT', 'Tập thể/Cá nhân', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ'],
  ...rows.map((p, i): Row => [i + 1, ...p]),
];

/** The summary's rows: each unit's people with the unit's name, written as `write` says. */
type SummaryRow = [unit: string, ...person: Person];
const everyone = (): SummaryRow[] => UNITS.flatMap((u) => (PEOPLE[u]?.rows ?? []).map((p): SummaryRow => [PEOPLE[u]?.unit ?? u, ...p]));

/** The district's summary; `extra`, a column of its own after the others (its label, then a value per row). */
const summarySheet = (rows: SummaryRow[], extra?: [label: string, value: (i: number) => string]): Row[] => [
  ['TỔNG HỢP DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
  [],
  ['STT', 'Đơn vị đề xuất', 'Tập thể/Cá nhân', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác', ...(extra ? [extra[0]] : [])],
  ...rows.map((r, i): Row => [i + 1, ...r, ...(extra ? [extra[1](i)] : [])]),
];

interface Shape {
  summary?: SummaryRow[];
  extra?: Parameters<typeof summarySheet>[1];
  last?: boolean;
  /** Each unit's sheet's rows, where they differ from PEOPLE. */
  sheets?: Partial<Record<string, Person[]>>;
}

function book({ summary, extra, last, sheets }: Shape): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const add = () => summary && sheetWith(wb, 'Tổng hợp', summarySheet(summary, extra));
  if (!last) add();
  for (const u of UNITS) sheetWith(wb, PEOPLE[u]?.sheet ?? u, unitSheet(sheets?.[u] ?? PEOPLE[u]?.rows ?? []));
  if (last) add();
  return wb;
}

async function asXls(wb: ExcelJS.Workbook, fileName: string): Promise<WorkbookGrid> {
  const x = XLSX.read(await toBytes(wb), { type: 'array' });
  return readXls(new Uint8Array(XLSX.write(x, { type: 'array', bookType: 'biff8' }) as ArrayBuffer), fileName);
}

async function check(shape: Shape, format: 'xlsx' | 'xls' = 'xlsx') {
  const fileName = `tong-hop.${format}`;
  const grid = format === 'xls' ? await asXls(book(shape), fileName) : await roundTrip(book(shape), fileName);
  return checkBooks([unitsBook(), grid]);
}

/** Each registration as «sheet: name → unit». */
function rowsRead(read: Awaited<ReturnType<typeof check>>['read']): string[] {
  const names = new Map(read.units.map((u) => [u.id, u.name]));
  return read.registrations.map((r) => `${r.source.sheet}: ${r.name} → ${r.unitId ? names.get(r.unitId) : '?'}`);
}

const UNIT_SHEETS_READ = UNITS.flatMap((u) => (PEOPLE[u]?.rows ?? []).map((p) => `${PEOPLE[u]?.sheet}: ${p[1]} → ${u}`));

const summarySkipped = (report: Report) => report.findings.filter((f) => f.code === 'SHEET_SKIPPED' && f.sheet === 'Tổng hợp');

function expectSetAside(read: Awaited<ReturnType<typeof check>>['read'], report: Report, rows: number): void {
  expect(rowsRead(read).sort()).toEqual([...UNIT_SHEETS_READ].sort());
  expect(codes(report, 'DUPLICATE', 'MISSING_VALUE', 'UNKNOWN_UNIT', 'UNIT_CONFLICT')).toEqual([]);
  const [note, ...more] = summarySkipped(report);
  expect(more).toEqual([]);
  expect(note?.severity).toBe('info');
  expect(note?.unit).toBeUndefined();
  expect(note?.message).toContain(`cả ${rows} dòng đều đã có ở «ĐU xã An Bình», «ĐU xã Tân Lập», «Hội ND»`);
}

describe('a summary repeating every row of its workbook\'s unit sheets is not read', () => {
  it.each<[string, boolean, 'xlsx' | 'xls']>([
    ['first, .xlsx', false, 'xlsx'],
    ['last, .xlsx', true, 'xlsx'],
    ['first, .xls', false, 'xls'],
    ['last, .xls', true, 'xls'],
  ])('the summary sheet %s', async (_label, last, format) => {
    const { read, report } = await check({ summary: everyone(), last }, format);
    expectSetAside(read, report, 7);
  });

  it('each unit\'s phiếu is the one its sheet alone gives: no «đề xuất 2 lần» to fix and resend', async () => {
    const asOf = { y: 2023, m: 3, d: 1 };
    const phieu = async (shape: Shape) => {
      const { read, report } = await check(shape);
      const units = unitsWithFindings(unitsView(read, report, asOf), report.findings, read);
      return feedbackSheets(read.profile, asOf, units).map((p) => `${p.unit}: ${units.find((u) => u.name === p.unit)?.findings.map((f) => f.code).join(', ')}`);
    };
    const alone = await phieu({});
    expect(await phieu({ summary: everyone() })).toEqual(alone);
    expect(alone.join('\n')).not.toContain('DUPLICATE');
  });

  it('its rows in another order (sorted by name)', async () => {
    const { read, report } = await check({ summary: everyone().sort((a, b) => a[2].localeCompare(b[2], 'vi')) });
    expectSetAside(read, report, 7);
  });

  it('its names spelled otherwise: case, spacing, tone placement, an honorific, no diacritics, a year left out', async () => {
    const respelled: Record<string, string> = {
      'Nguyễn Văn Hùng': 'NGUYỄN  VĂN HÙNG',
      'Dương Thị Cẩm Tú': 'Đ/c Dương Thị Cẩm Tú',
      'Chi bộ Thôn 3': 'Chi bộ  thôn 3',
      'Trần Văn Tư': 'Tran Van Tu',
      'Chi hội Nông dân ấp Quốc Khánh': 'Chi hội nông dân Ấp Quốc Khánh',
      'Lưu Văn Thủy': 'Lưu Văn Thuỷ',
    };
    const rows = everyone().map(([unit, kind, name, year, position]): SummaryRow => [unit, kind, respelled[name] ?? name, name === 'Lưu Văn Thủy' ? null : year, position]);
    const { read, report } = await check({ summary: rows });
    expectSetAside(read, report, 7);
  });

  it('a summary of some of the unit sheets\' rows only (a unit sheet holds one more) is not read either', async () => {
    const more: Person = ['Cá nhân', 'Phạm Thị Lan', 1990, 'Hội viên'];
    const { read, report } = await check({ summary: everyone(), sheets: { [TL]: [...(PEOPLE[TL]?.rows ?? []), more] } });
    expect(rowsRead(read)).toContain(`ĐU xã Tân Lập: Phạm Thị Lan → ${TL}`);
    expect(rowsRead(read).filter((r) => r.startsWith('Tổng hợp'))).toEqual([]);
    expect(codes(report, 'DUPLICATE')).toEqual([]);
    expect(summarySkipped(report)).toHaveLength(1);
  });

  it('a real duplicate inside one unit\'s sheet, repeated by the summary, is still one DUPLICATE of that sheet', async () => {
    const twice: Person[] = [...(PEOPLE[TL]?.rows ?? []), ['Cá nhân', 'Trần Văn Tư', 1979, 'Trưởng thôn 3']];
    const summary = [...everyone(), ['Đảng bộ xã Tân Lập', 'Cá nhân', 'Trần Văn Tư', 1979, 'Trưởng thôn 3'] as SummaryRow];
    const { read, report } = await check({ summary, sheets: { [TL]: twice } });
    expect(summarySkipped(report)).toHaveLength(1);
    const duplicates = report.findings.filter((f) => f.code === 'DUPLICATE');
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]?.sheet).toBe('ĐU xã Tân Lập');
    expect(read.registrations.filter((r) => r.name === 'Trần Văn Tư').map((r) => r.source.sheet)).toEqual(['ĐU xã Tân Lập', 'ĐU xã Tân Lập']);
  });
});

describe('near misses: read as before', () => {
  it('the unit sheets without a summary', async () => {
    const { read, report } = await check({});
    expect(rowsRead(read).sort()).toEqual([...UNIT_SHEETS_READ].sort());
    expect(codes(report, 'DUPLICATE', 'SHEET_SKIPPED')).toEqual([]);
  });

  it.each<[string, (rows: SummaryRow[]) => SummaryRow[]]>([
    ['one person more than the unit sheets', (rows) => [...rows, ['ĐU xã An Bình', 'Cá nhân', 'Võ Thị Hạnh', 1975, 'Hội viên']]],
    ['a person of another birth year', (rows) => rows.map((r): SummaryRow => (r[2] === 'Nguyễn Văn Hùng' ? [r[0], r[1], r[2], 1971, r[4]] : r))],
    ['a person under another unit', (rows) => rows.map((r): SummaryRow => (r[2] === 'Trần Văn Tư' ? ['ĐU xã An Bình', r[1], r[2], r[3], r[4]] : r))],
    ['a person twice where the unit sheet has one', (rows) => [...rows, ['Đảng bộ xã Tân Lập', 'Cá nhân', 'Trần Văn Tư', 1979, 'Trưởng thôn 3']]],
  ])('a summary with %s: every row read, the repeats DUPLICATE', async (_label, edit) => {
    const summary = edit(everyone());
    const { read, report } = await check({ summary });
    expect(read.registrations).toHaveLength(UNIT_SHEETS_READ.length + summary.length);
    expect(summarySkipped(report)).toEqual([]);
    expect(codes(report, 'DUPLICATE').length).toBeGreaterThan(0);
  });

  it.each<[string, Parameters<typeof summarySheet>[1]]>([
    ['the district\'s vetting verdict on a row', ['Kết quả thẩm định', (i) => (i === 1 ? 'Không đạt' : 'Đạt')]],
    ['a proposal the unit sheets do not make', ['Hình thức đề nghị', () => 'Bằng khen của UBND tỉnh']],
    // Review 30: the district's note on a row («Không xét …», «Dự phòng») would be lost with the summary.
    ['the district\'s note on a row', ['Ghi chú', (i) => (i === 1 ? 'Không xét (đã khen năm 2022)' : '')]],
    ['a row the district puts in reserve', ['Ghi chú', (i) => (i === 2 ? 'Dự phòng' : '')]],
  ])('a summary with %s: read, as it holds what the unit sheets do not', async (_label, extra) => {
    const { read, report } = await check({ summary: everyone(), extra });
    expect(read.registrations).toHaveLength(UNIT_SHEETS_READ.length * 2);
    expect(summarySkipped(report)).toEqual([]);
  });

  it('two summaries alike and no unit sheet: both read, as before', async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Tổng hợp', summarySheet(everyone()));
    sheetWith(wb, 'Tổng hợp (2)', summarySheet(everyone()));
    const { read, report } = await checkBooks([unitsBook(), await roundTrip(wb, 'tong-hop.xlsx')]);
    expect(read.registrations).toHaveLength(14);
    expect(codes(report, 'SHEET_SKIPPED')).toEqual([]);
  });

  it('the district\'s list and a unit\'s own file repeating its rows (across files): both read, as before', async () => {
    const district = new ExcelJS.Workbook();
    sheetWith(district, 'Đăng ký', summarySheet(everyone()));
    const own = new ExcelJS.Workbook();
    sheetWith(own, 'DS', [['ĐẢNG ỦY XÃ TÂN LẬP'], ...unitSheet(PEOPLE[TL]?.rows ?? [])]);
    const { read, report } = await checkBooks([unitsBook(), await roundTrip(district, 'tong-hop.xlsx'), await roundTrip(own, 'dang-uy-xa-tan-lap.xlsx')]);
    expect(read.registrations).toHaveLength(9);
    expect(codes(report, 'SHEET_SKIPPED')).toEqual([]);
    expect(report.findings.filter((f) => f.code === 'DUPLICATE').map((f) => f.unit)).toEqual([TL, TL]);
  });
});
