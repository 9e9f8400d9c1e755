/**
 * Trial 16a #2: in a master that writes the proposing unit on every row, a blank or an error value (#REF!, #N/A) in
 * one «Đơn vị đề xuất» cell took the unit of the row above: counted and printed for the wrong unit, without a word.
 * An error value never takes another row's unit: the row's unit is unknown (UNKNOWN_UNIT, naming the error). A blank
 * is "same as above" only in a list that writes each unit once at the top of its block (blanks are its habit); in a
 * list writing its units row by row it is a unit left out (UNKNOWN_UNIT). Near misses: a block-style master, «nt»,
 * a code beside the failed name, a unit's own file whose title names it.
 */
import type ExcelJS from 'exceljs';
import { checkBooks, oneSheet, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
  ['DBX01', 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
  ['CB01', 'Chi bộ Trường THPT An Phú', 'Chi bộ cơ sở'],
  ['DT03', 'Hội Nông dân huyện', 'Đoàn thể huyện'],
];
const HEAD: Row = ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ'];
const AB = 'Đảng bộ xã An Bình';
const CB = 'Chi bộ Trường THPT An Phú';
const HND = 'Hội Nông dân huyện';
const refError = { formula: 'VLOOKUP(D4,#REF!,2,0)', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;

/** A master: one row per exemplar, each with the unit cell given. */
function master(units: ExcelJS.CellValue[], head: Row = HEAD, codes?: (string | undefined)[]): Row[] {
  const names = ['Nguyễn Văn Hòa', 'Trần Văn Bình', 'Lê Thị Ngọc Trâm', 'Võ Công Danh', 'Phạm Văn Em', 'Đỗ Thị Gấm'];
  return [head, ...units.map((u, i): Row => (codes ? [i + 1, codes[i], u, 'Cá nhân', names[i], 1970 + i, 'Hội viên'] : [i + 1, u, 'Cá nhân', names[i], 1970 + i, 'Hội viên']))];
}

async function check(rows: Row[], file = 'tong-hop.xlsx', sheet = 'Đăng ký') {
  const { read, report } = await checkBooks([unitsBook(UNITS), oneSheet(file, rows, sheet)]);
  const unknown = report.findings.filter((f) => f.code === 'UNKNOWN_UNIT');
  const registered = (unit: string) => report.quota.find((q) => q.unit === unit)?.registered;
  return { read, report, unknown, units: unitsByName(read), counts: [registered(AB), registered(CB), registered(HND)] };
}

describe('a master writing its unit on every row', () => {
  it.each<[string, ExcelJS.CellValue, string]>([
    ['#REF! of a formula', refError, '#REF!'],
    ['#N/A typed as a value', { error: '#N/A' } as ExcelJS.CellErrorValue, '#N/A'],
  ])('%s in one unit cell: UNKNOWN_UNIT naming it, counted for no unit', async (_, error, shown) => {
    const { unknown, units, counts } = await check(master([AB, AB, error, HND]));
    expect(unknown.map((f) => [f.row, f.unit])).toEqual([[4, undefined]]);
    expect(unknown[0]?.message).toContain(`giá trị lỗi «${shown}»`);
    expect(units['Lê Thị Ngọc Trâm']).toBe(`?${shown}`);
    expect(counts).toEqual([2, 0, 1]);
  });

  it('an error never takes the unit above, even in a list leaving blanks under each unit', async () => {
    const { unknown, counts } = await check(master([AB, undefined, refError, undefined, HND]));
    expect(unknown.map((f) => f.row)).toEqual([4, 5]);
    expect(counts).toEqual([2, 0, 1]);
  });

  it('review 23: one master writing one unit once over its block and the others on every row: each block as it is written', async () => {
    const { unknown, counts } = await check(master([AB, undefined, undefined, HND, HND, HND]));
    expect(unknown).toEqual([]);
    expect(counts).toEqual([3, 0, 3]);
    const mixed = await check(master([HND, HND, AB, undefined, CB, undefined]));
    expect(mixed.unknown).toEqual([]);
    expect(mixed.counts).toEqual([2, 2, 2]);
  });

  it('a blank cell between units written row by row: a unit left out (UNKNOWN_UNIT), not the unit above', async () => {
    const { unknown, units, counts } = await check(master([AB, AB, undefined, CB, HND, HND]));
    expect(unknown.map((f) => [f.row, f.unit])).toEqual([[4, undefined]]);
    expect(unknown[0]?.message).toContain('không ghi đơn vị đề xuất');
    expect(units['Lê Thị Ngọc Trâm']).toBe('?');
    expect(counts).toEqual([2, 1, 2]);
  });
});

describe('near misses', () => {
  it('a master writing each unit once, on the first row of its block: the blanks below are that unit\'s', async () => {
    const { unknown, counts } = await check(master([AB, undefined, CB, HND, undefined, undefined]));
    expect(unknown).toEqual([]);
    expect(counts).toEqual([2, 1, 3]);
  });

  it('«nt» under a unit is that unit, even in a list writing units row by row', async () => {
    const { unknown, counts } = await check(master([AB, AB, 'nt', CB, HND, HND]));
    expect(unknown).toEqual([]);
    expect(counts).toEqual([3, 1, 2]);
  });

  it('a code beside the failed name decides', async () => {
    const head: Row = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ'];
    const { unknown, units } = await check(master([AB, AB, refError, HND], head, ['DBX01', 'DBX01', 'CB01', 'DT03']));
    expect(unknown).toEqual([]);
    expect(units['Lê Thị Ngọc Trâm']).toBe(CB);
  });

  it('a unit\'s own file (its title names it) with a failed cell in its unit column: the title\'s unit, no finding', async () => {
    const rows: Row[] = [['CHI BỘ TRƯỜNG THPT AN PHÚ'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ...master([CB, refError])];
    const { unknown, units } = await check(rows, 'chi-bo-thpt.xlsx', 'DS');
    expect(unknown).toEqual([]);
    expect(units['Trần Văn Bình']).toBe(CB);
  });
});
