/**
 * Two tables side by side on one sheet (trial2 item 4): collectives on the left, individuals on the right, apart by
 * an empty column (or each beginning with its own "STT"): each read with its own columns, no row mixing the two.
 * Near misses: an unlabeled column inside one table, a notes block beside a table.
 */
import { checkAll, rowFindings, rowsRead, unitSheet } from '../../fixtures/trial2-fixtables-shapes';
import type { Row } from '../../fixtures/workbooks';
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import type { Ceremony } from '../../../src/domain/profile';
import { groupsOf } from '../../../src/domain/ceremony/consolidate';

const PM = 'Đảng bộ thị trấn Phú Mỹ';
const LEFT_ROWS: Row[] = [
  [1, 'Chi bộ Khu phố 1', 'x'],
  [2, 'Hội Cựu chiến binh thị trấn', 'x'],
  [],
];
const RIGHT_ROWS: Row[] = [
  [1, 'Trương Văn Đủ', 1966, 'Tổ trưởng tổ dân phố'],
  [2, 'Mai Thị Thu', 1979, 'Giáo viên'],
  [3, 'Cao Văn Lợi', 1959, 'Hưu trí'],
];
const side = (left: Row[], right: Row[], gap: number): Row[] =>
  Array.from({ length: Math.max(left.length, right.length) }, (_, i) => {
    const l = [...(left[i] ?? [])];
    while (l.length < 3) l.push(undefined);
    return [...l, ...Array(gap).fill(undefined), ...(right[i] ?? [])];
  });
const EXPECTED = [
  ['Chi bộ Khu phố 1', 'collective', undefined, PM],
  ['Hội Cựu chiến binh thị trấn', 'collective', undefined, PM],
  ['Trương Văn Đủ', 'individual', 1966, PM],
  ['Mai Thị Thu', 'individual', 1979, PM],
  ['Cao Văn Lợi', 'individual', 1959, PM],
];

describe('tables side by side', () => {
  it.each<[string, Row[]]>([
    ['an empty column between, kinds over each', [['TẬP THỂ', null, null, null, 'CÁ NHÂN'], ...side([['STT', 'Tên tập thể', 'Thành tích'], ...LEFT_ROWS], [['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], ...RIGHT_ROWS], 1)]],
    ['an empty column between, nothing over them', side([['STT', 'Tên tập thể', 'Thành tích'], ...LEFT_ROWS], [['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], ...RIGHT_ROWS], 1)],
    ['two empty columns between', side([['STT', 'Tên tập thể', 'Thành tích'], ...LEFT_ROWS], [['TT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], ...RIGHT_ROWS], 2)],
    ['no column between, each with its STT', side([['STT', 'Tên tập thể', 'Thành tích'], ...LEFT_ROWS], [['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], ...RIGHT_ROWS], 0)],
  ])('%s: each read with its own columns', async (_label, rows) => {
    const { read, report } = await checkAll([unitSheet('phu-my.xlsx', PM, rows)]);
    expect(rowsRead(read)).toEqual(EXPECTED);
    expect(read.registrations.map((r) => r.position)).toEqual([undefined, undefined, 'Tổ trưởng tổ dân phố', 'Giáo viên', 'Hưu trí']);
    expect(read.registrations.map((r) => r.achievements)).toEqual(['x', 'x', undefined, undefined, undefined]);
    expect(rowFindings(report)).toEqual([]);
  });

  it('findings point at the right table\'s own column', async () => {
    const right: Row[] = [['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [1, 'Trương Văn Đủ', 'năm ngoái', 'Tổ trưởng']];
    const { report } = await checkAll([unitSheet('phu-my.xlsx', PM, side([['STT', 'Tên tập thể', 'Thành tích'], ...LEFT_ROWS], right, 1))]);
    expect(report.findings.filter((f) => f.code === 'INVALID_DATE').map((f) => [f.row, f.column])).toEqual([[6, 'G']]);
  });

  it('a row\'s error or duplicate stays with its own table: the exemplar beside it on the same row is not touched', async () => {
    // Under the letterhead, the first data row is row 6: on the left two bodies in one cell (an error), on the right a
    // clean person, whom the right table's row 8 lists again.
    const left: Row[] = [['STT', 'Tên tập thể', 'Thành tích'], [1, 'Chi bộ Khu phố 1, Chi bộ Khu phố 2', 'x'], [2, 'Hội Cựu chiến binh thị trấn', 'x']];
    const right: Row[] = [['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [1, 'Trương Văn Đủ', 1966, 'Tổ trưởng'], [2, 'Mai Thị Thu', 1979, 'Giáo viên'], [3, 'Trương Văn Đủ', 1966, 'Tổ trưởng']];
    const { read, report } = await checkAll([unitSheet('phu-my.xlsx', PM, side(left, right, 1))]);
    const errorRows = report.findings.filter((f) => f.code === 'NOT_SINGLE_SUBJECT').map((f) => [f.row, f.block]);
    expect(errorRows).toEqual([[6, undefined]]);
    const dup = report.findings.find((f) => f.code === 'DUPLICATE');
    expect(dup?.rows?.map((r) => [r.row, r.block])).toEqual([
      [6, 5],
      [8, 5],
    ]);
    const selection = selectEntries(read, report.findings, groupsOf(report), read.profile.ceremonies[0] as Ceremony);
    // Trương Văn Đủ, beside the erroneous left row, is listed once, his two rows merged; the error is not his.
    expect(selection.individuals.map((e) => [e.name, e.rows.map((r) => r.row)])).toEqual([
      ['Trương Văn Đủ', [6, 8]],
      ['Mai Thị Thu', [7]],
    ]);
    expect(selection.collectives.map((e) => e.name)).toEqual(['Hội Cựu chiến binh thị trấn']);
    expect(selection.excluded.map((e) => [e.name, e.row.row])).toEqual([['Chi bộ Khu phố 1, Chi bộ Khu phố 2', 6]]);
  });

  it('a kind row over each side gives its rows their kind', async () => {
    const rows = [['TẬP THỂ', null, null, null, 'CÁ NHÂN'], ...side([['STT', 'Tên tập thể', 'Thành tích'], [1, 'Khu phố 1', 'x']], [['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [1, 'Trương Đủ', 1966, 'Tổ trưởng']], 1)];
    const { read } = await checkAll([unitSheet('phu-my.xlsx', PM, rows)]);
    expect(read.registrations.map((r) => [r.name, r.kind, r.kindSource])).toEqual([
      ['Khu phố 1', 'collective', 'group'],
      ['Trương Đủ', 'individual', 'group'],
    ]);
  });
});

describe('near misses: one table', () => {
  it('an unlabeled column inside a table does not split it', async () => {
    const rows: Row[] = [['STT', 'Họ và tên', null, 'Năm sinh', 'Chức vụ'], [1, 'Trương Văn', 'Đủ', 1966, 'Tổ trưởng'], [2, 'Mai Thị', 'Thu', 1979, 'Giáo viên']];
    const { read } = await checkAll([unitSheet('phu-my.xlsx', PM, rows)]);
    expect(read.registrations.map((r) => [r.name, r.birthYear, r.position])).toEqual([
      ['Trương Văn', 1966, 'Tổ trưởng'],
      ['Mai Thị', 1979, 'Giáo viên'],
    ]);
    expect(read.tables.filter((t) => t.file === 'phu-my.xlsx')).toHaveLength(1);
  });

  it('a notes block beside a table goes with it', async () => {
    const rows: Row[] = [['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', null, 'Ghi chú'], [1, 'Trương Văn Đủ', 1966, 'Tổ trưởng', null, 'Mới'], [2, 'Mai Thị Thu', 1979, 'Giáo viên']];
    const { read } = await checkAll([unitSheet('phu-my.xlsx', PM, rows)]);
    expect(read.registrations.map((r) => [r.name, r.birthYear, r.note])).toEqual([
      ['Trương Văn Đủ', 1966, 'Mới'],
      ['Mai Thị Thu', 1979, undefined],
    ]);
    expect(read.tables.filter((t) => t.file === 'phu-my.xlsx')).toHaveLength(1);
  });

  it('a two-level header ("Năm sinh" over "Nam | Nữ") is one table', async () => {
    const rows: Row[] = [['STT', 'Họ và tên', 'Năm sinh', null, 'Chức vụ'], [null, null, 'Nam', 'Nữ'], [1, 'Trương Văn Đủ', 1966, null, 'Tổ trưởng'], [2, 'Mai Thị Thu', null, 1979, 'Giáo viên']];
    const book = unitSheet('phu-my.xlsx', PM, rows, ['C5:D5', 'A5:A6', 'B5:B6', 'E5:E6']);
    const { read } = await checkAll([book]);
    expect(read.registrations.map((r) => [r.name, r.birthYear, r.gender])).toEqual([
      ['Trương Văn Đủ', 1966, 'male'],
      ['Mai Thị Thu', 1979, 'female'],
    ]);
    expect(read.tables.filter((t) => t.file === 'phu-my.xlsx')).toHaveLength(1);
  });
});
