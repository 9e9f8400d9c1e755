/**
 * Two or more tables one under the other on a sheet, each with its own header row (trial2 item 3): each is read with
 * its own columns. Near misses: the same table's header repeated after a page break, a title line that looks like a
 * header, an ordinary one-table sheet with group rows.
 */
import { groupsOf } from '../../../src/domain/ceremony/consolidate';
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import {
  checkAll,
  collectives,
  COLLECTIVES_HEAD,
  persons,
  PERSONS_HEAD,
  rowFindings,
  rowsRead,
  unitSheet,
} from '../../fixtures/trial2-fixtables-shapes';
import type { Row } from '../../fixtures/workbooks';

const PM = 'Đảng bộ thị trấn Phú Mỹ';
const COLL = collectives(['Chi bộ Khu phố 4', 'Hội Cựu chiến binh thị trấn']);
const PERS = persons([
  ['Bùi Văn Năm', 1960],
  ['Bùi Thị Sáu', 1981],
]);
const EXPECTED = [
  ['Chi bộ Khu phố 4', 'collective', undefined, PM],
  ['Hội Cựu chiến binh thị trấn', 'collective', undefined, PM],
  ['Bùi Văn Năm', 'individual', 1960, PM],
  ['Bùi Thị Sáu', 'individual', 1981, PM],
];
const sorted = <T>(xs: T[]) => [...xs].sort((a, b) => String(a).localeCompare(String(b)));

describe('tables stacked on one sheet, each with its own header', () => {
  it.each<[string, Row[]]>([
    ['collectives first, a blank row between', [COLLECTIVES_HEAD, ...COLL, [], PERSONS_HEAD, ...PERS]],
    ['individuals first, a blank row between', [PERSONS_HEAD, ...PERS, [], COLLECTIVES_HEAD, ...COLL]],
    ['collectives first, no blank row', [COLLECTIVES_HEAD, ...COLL, PERSONS_HEAD, ...PERS]],
    ['individuals first, no blank row', [PERSONS_HEAD, ...PERS, COLLECTIVES_HEAD, ...COLL]],
    ['"I. TẬP THỂ" / "II. CÁ NHÂN" over each', [['I. TẬP THỂ'], COLLECTIVES_HEAD, ...COLL, [], ['II. CÁ NHÂN'], PERSONS_HEAD, ...PERS]],
    ['"I. CÁ NHÂN" / "II. TẬP THỂ" over each', [['I. CÁ NHÂN'], PERSONS_HEAD, ...PERS, [], ['II. TẬP THỂ'], COLLECTIVES_HEAD, ...COLL]],
    ['a total under the first', [COLLECTIVES_HEAD, ...COLL, ['Cộng: 02 tập thể'], [], PERSONS_HEAD, ...PERS]],
    ['a note under the first', [PERSONS_HEAD, ...PERS, ['Ghi chú: năm sinh ghi 4 chữ số'], COLLECTIVES_HEAD, ...COLL]],
    ['"TT" in the second header, its columns elsewhere', [COLLECTIVES_HEAD, ...COLL, [], ['TT', 'Năm sinh', 'Họ và tên', 'Thành tích'], [1, 1960, 'Bùi Văn Năm', 'x'], [2, 1981, 'Bùi Thị Sáu', 'x']]],
  ])('%s: every row read with its own table\'s columns', async (_label, rows) => {
    const { read, report } = await checkAll([unitSheet('phu-my.xlsx', PM, rows)]);
    expect(sorted(rowsRead(read))).toEqual(sorted(EXPECTED));
    expect(rowFindings(report)).toEqual([]);
    expect(read.tables.filter((t) => t.file === 'phu-my.xlsx')).toHaveLength(2);
  });

  it('the second table far below the first (past the rows searched for a header) is read too', async () => {
    const many = collectives(Array.from({ length: 40 }, (_, i) => `Chi bộ ấp ${i + 1}`));
    const { read, report } = await checkAll([unitSheet('phu-my.xlsx', PM, [COLLECTIVES_HEAD, ...many, [], PERSONS_HEAD, ...PERS])]);
    expect(read.registrations).toHaveLength(42);
    expect(rowsRead(read).slice(40)).toEqual(EXPECTED.slice(2));
    expect(rowFindings(report)).toEqual([]);
  });

  it('three tables: collectives, individuals, households', async () => {
    const { read, report } = await checkAll([
      unitSheet('phu-my.xlsx', PM, [
        COLLECTIVES_HEAD,
        ...COLL,
        [],
        PERSONS_HEAD,
        ...PERS,
        [],
        ['III. HỘ GIA ĐÌNH'],
        ['STT', 'Tên hộ gia đình', 'Địa chỉ', 'Thành tích'],
        [1, 'Hộ ông Bùi Văn Tám', 'Khu phố 2', 'x'],
      ]),
    ]);
    expect(rowsRead(read)).toEqual([...EXPECTED, ['Hộ ông Bùi Văn Tám', 'collective', undefined, PM]]);
    expect(read.registrations.map((r) => [r.household, r.workplace])).toEqual([
      [false, undefined],
      [false, undefined],
      [false, undefined],
      [false, undefined],
      [true, 'Khu phố 2'],
    ]);
    expect(rowFindings(report)).toEqual([]);
  });

  it('a group row over the second header gives its rows their kind', async () => {
    // Names that say no kind of their own: the group row says it.
    const { read } = await checkAll([
      unitSheet('phu-my.xlsx', PM, [COLLECTIVES_HEAD, [1, 'Khu phố 4', 'x'], [], ['II. CÁ NHÂN'], PERSONS_HEAD, [1, 'Bùi Năm', 1960, 'Trưởng ấp', 'x']]),
    ]);
    expect(read.registrations.map((r) => [r.name, r.kind, r.kindSource])).toEqual([
      ['Khu phố 4', 'collective', 'name'],
      ['Bùi Năm', 'individual', 'group'],
    ]);
  });

  it('a kind row right over the first header gives its rows their kind', async () => {
    const { read } = await checkAll([unitSheet('phu-my.xlsx', PM, [['I. TẬP THỂ'], COLLECTIVES_HEAD, [1, 'Khu phố 4', 'x']])]);
    expect(read.registrations.map((r) => [r.name, r.kind, r.kindSource])).toEqual([['Khu phố 4', 'collective', 'group']]);
  });

  it('each table of a master keeps its unit column', async () => {
    const { read } = await checkAll([
      {
        fileName: 'tong-hop.xlsx',
        sheets: [
          {
            name: 'Tổng hợp',
            rows: [
              ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
              ['STT', 'Đơn vị', 'Tên tập thể', 'Thành tích'],
              [1, 'Đảng bộ xã An Bình', 'Chi bộ ấp 4', 'x'],
              [],
              ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
              [1, 'Hội Nông dân huyện', 'Lê Văn Tư', 1970, 'Hội viên'],
              [2, 'Đảng bộ thị trấn Phú Mỹ', 'Lê Thị Năm', 1972, 'Bí thư chi bộ'],
            ],
          },
        ],
      },
    ]);
    expect(rowsRead(read)).toEqual([
      ['Chi bộ ấp 4', 'collective', undefined, 'Đảng bộ xã An Bình'],
      ['Lê Văn Tư', 'individual', 1970, 'Hội Nông dân huyện'],
      ['Lê Thị Năm', 'individual', 1972, PM],
    ]);
    expect(read.registrations.map((r) => r.position)).toEqual([undefined, 'Hội viên', 'Bí thư chi bộ']);
  });
});

describe('the final ceremony list of stacked tables', () => {
  it('a proposal column of one table does not leave the other table\'s rows off', async () => {
    const rows: Row[] = [
      COLLECTIVES_HEAD,
      ...COLL,
      [],
      ['STT', 'Họ và tên', 'Năm sinh', 'Hình thức đề nghị'],
      [1, 'Bùi Văn Năm', 1960, 'Giấy khen'],
      [2, 'Bùi Thị Sáu', 1981, ''],
    ];
    const { read, report } = await checkAll([unitSheet('phu-my.xlsx', PM, rows)]);
    const ceremony = read.profile.ceremonies.find((c) => c.phases.includes(2));
    if (!ceremony) throw new Error('no final ceremony');
    const list = selectEntries(read, report.findings, groupsOf(report), ceremony);
    expect(list.collectives.map((e) => e.name)).toEqual(['Chi bộ Khu phố 4', 'Hội Cựu chiến binh thị trấn']);
    expect(list.individuals.map((e) => e.name)).toEqual(['Bùi Văn Năm']);
    expect(list.excluded.map((e) => e.name)).toEqual(['Bùi Thị Sáu']);
  });
});

describe('a unit row over stacked tables', () => {
  it('the unit goes on into the table under, the kind of the one above does not', async () => {
    const { read } = await checkAll([
      {
        fileName: 'tong-hop.xlsx',
        sheets: [
          {
            name: 'Tổng hợp',
            rows: [
              ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
              ['1. Đảng bộ xã An Bình'],
              ['I. TẬP THỂ'],
              COLLECTIVES_HEAD,
              [1, 'Khu phố 4', 'x'],
              PERSONS_HEAD,
              [1, 'Lê Văn Tư', 1970, 'Hội viên', 'x'],
            ],
          },
        ],
      },
    ]);
    expect(rowsRead(read)).toEqual([
      ['Khu phố 4', 'collective', undefined, 'Đảng bộ xã An Bình'],
      ['Lê Văn Tư', 'individual', 1970, 'Đảng bộ xã An Bình'],
    ]);
    expect(read.registrations.map((r) => r.kindSource)).toEqual(['group', 'name']);
  });

  it('a unit group row inside the first table goes on into the second', async () => {
    const rows: Row[] = [
      ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
      COLLECTIVES_HEAD,
      ['1. Hội Nông dân huyện'],
      [1, 'Chi hội Nông dân ấp 1', 'x'],
      ['2. Đảng bộ xã An Bình'],
      [1, 'Chi bộ ấp 4', 'x'],
      [],
      PERSONS_HEAD,
      [1, 'Lê Văn Tư', 1970, 'Hội viên', 'x'],
    ];
    const { read } = await checkAll([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Tổng hợp', rows }] }]);
    expect(rowsRead(read).map(([n, , , u]) => [n, u])).toEqual([
      ['Chi hội Nông dân ấp 1', 'Hội Nông dân huyện'],
      ['Chi bộ ấp 4', 'Đảng bộ xã An Bình'],
      ['Lê Văn Tư', 'Đảng bộ xã An Bình'],
    ]);
  });
});

describe('near misses: one table', () => {
  it('a second header row that reads like a header of its own is part of the header', async () => {
    const { read } = await checkAll([
      unitSheet('phu-my.xlsx', PM, [PERSONS_HEAD, ['', 'Tên tập thể', 'Năm thành lập', 'Địa chỉ'], [1, 'Bùi Văn Năm', 1960, 'Trưởng ấp', 'x'], [2, 'Chi bộ ấp 4', 1990, '', 'x']]),
    ]);
    expect(read.registrations.filter((r) => r.name !== 'Tên tập thể').map((r) => [r.name, r.birthYear])).toEqual([
      ['Bùi Văn Năm', 1960],
      ['Chi bộ ấp 4', 1990],
    ]);
    expect(read.tables.filter((t) => t.file === 'phu-my.xlsx')).toHaveLength(1);
  });

  it('the same header repeated after a page break is the same table', async () => {
    const { read, report } = await checkAll([unitSheet('phu-my.xlsx', PM, [PERSONS_HEAD, ...PERS, PERSONS_HEAD, ...persons([['Bùi Văn Bảy', 1962]], 3)])]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Bùi Văn Năm', 'Bùi Thị Sáu', 'Bùi Văn Bảy']);
    expect(read.tables.filter((t) => t.file === 'phu-my.xlsx')).toHaveLength(1);
    expect(rowFindings(report)).toEqual([]);
  });

  it('a repeated header with one label written otherwise is still the same table', async () => {
    const again: Row = ['STT', 'Họ tên', 'Năm sinh', 'Chức vụ', 'Thành tích'];
    const { read } = await checkAll([unitSheet('phu-my.xlsx', PM, [PERSONS_HEAD, ...PERS, again, ...persons([['Bùi Văn Bảy', 1962]], 3)])]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Bùi Văn Năm', 'Bùi Thị Sáu', 'Bùi Văn Bảy']);
    expect(read.tables.filter((t) => t.file === 'phu-my.xlsx')).toHaveLength(1);
  });

  it('a title line above the header that reads like one, with no numbered rows under it, is no table', async () => {
    const { read, report } = await checkAll([
      unitSheet('phu-my.xlsx', PM, [['Đơn vị: Đảng bộ thị trấn Phú Mỹ', 'Họ và tên người lập: Lê Văn A'], [], PERSONS_HEAD, ...PERS]),
    ]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Bùi Văn Năm', 'Bùi Thị Sáu']);
    expect(read.tables.filter((t) => t.file === 'phu-my.xlsx')).toHaveLength(1);
    expect(rowFindings(report)).toEqual([]);
  });

  it('group rows under one header stay groups of one table', async () => {
    const { read } = await checkAll([
      unitSheet('phu-my.xlsx', PM, [
        ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ', 'Thành tích'],
        ['I. TẬP THỂ'],
        [1, 'Khu phố 4', '', '', 'x'],
        ['II. CÁ NHÂN'],
        [1, 'Bùi Năm', 1960, 'Trưởng ấp', 'x'],
      ]),
    ]);
    expect(read.registrations.map((r) => [r.name, r.kind])).toEqual([
      ['Khu phố 4', 'collective'],
      ['Bùi Năm', 'individual'],
    ]);
    expect(read.tables.filter((t) => t.file === 'phu-my.xlsx')).toHaveLength(1);
  });

  it('a person named like a header word is a data row', async () => {
    const { read } = await checkAll([unitSheet('phu-my.xlsx', PM, [PERSONS_HEAD, [1, 'Đỗ Thị Tên', 1960, 'Trưởng ấp', 'x'], ['', 'Họ Văn Tên', 1961, 'Tổ trưởng', 'x']])]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Đỗ Thị Tên', 'Họ Văn Tên']);
    expect(read.tables.filter((t) => t.file === 'phu-my.xlsx')).toHaveLength(1);
  });
});
