/**
 * A unit's file named by the unit (its sheet or its file), with a bare "Đơn vị" column of workplaces: the rows are
 * the unit's, the column is the workplace (issue 14 trial). Near misses: a compiled list whose "Đơn vị" column names
 * units of the list, and a file named by no unit.
 */
import { checkShape, withUnits } from '../../fixtures/column-shapes';
import { CHAU_THANH, checkWithList, codesAt, plainFile, unitNamesOfRows } from '../../fixtures/trial-shapes';

const HEAD = ['STT', 'Tập thể/Cá nhân', 'Họ và tên', 'Năm sinh', 'Đơn vị', 'Giai đoạn'];
const WORKPLACES = [
  [1, 'Cá nhân', 'Nguyễn Văn Hùng', 1980, 'Chi hội Nông dân ấp 3, xã An Bình', '1'],
  [2, 'Tập thể', 'Chi hội Nông dân ấp 1', undefined, 'Hội Nông dân xã Tân Lập', '1'],
  [3, 'Cá nhân', 'Trần Thị Hoa', 1985, 'Hội Nông dân xã Phú Hữu', '1'],
];

describe('"Đơn vị" holding workplaces in a file named by its unit', () => {
  it.each([
    ['the file name', 'Hội Nông dân huyện.xlsx', 'Sheet1', 'Hội Nông dân huyện'],
    ['the file name, abbreviated', 'Hội ND huyện - đăng ký.xlsx', 'Sheet1', 'Hội Nông dân huyện'],
    ['the sheet name', 'dang-ky.xlsx', 'Hội LHPN huyện', 'Hội Liên hiệp Phụ nữ huyện'],
    ['the sheet name, abbreviated with VN', 'tong-hop.xlsx', 'UBMTTQ VN huyện', 'Ủy ban MTTQ Việt Nam huyện'],
  ])('named by %s', async (_label, fileName, sheet, unit) => {
    const { read, report } = await checkWithList([plainFile(fileName, HEAD, WORKPLACES, sheet)]);
    expect(unitNamesOfRows(read).map(([, u]) => u)).toEqual([unit, unit, unit]);
    expect(read.registrations.map((r) => r.workplace)).toEqual([
      'Chi hội Nông dân ấp 3, xã An Bình',
      'Hội Nông dân xã Tân Lập',
      'Hội Nông dân xã Phú Hữu',
    ]);
    expect(codesAt(report, 'UNKNOWN_UNIT')).toEqual([]);
    expect(report.quota.find((q) => q.unit === unit)?.registered).toBe(3);
  });
});

describe('near misses', () => {
  it('a compiled list named by one unit whose "Đơn vị" column names units of the list: each row is its unit\'s', async () => {
    const rows = [
      [1, 'Cá nhân', 'Nguyễn Văn Hùng', 1980, 'Hội Nông dân huyện', '1'],
      [2, 'Cá nhân', 'Trần Thị Hoa', 1985, 'Hội LHPN huyện', '1'],
      [3, 'Cá nhân', 'Lâm Văn Mười', 1955, 'Hội CCB huyện', '1'],
    ];
    const { read } = await checkWithList([plainFile('Hội Nông dân huyện.xlsx', HEAD, rows)]);
    expect(unitNamesOfRows(read).map(([, u]) => u)).toEqual(['Hội Nông dân huyện', 'Hội Liên hiệp Phụ nữ huyện', 'Hội Cựu chiến binh huyện']);
    expect(read.registrations.map((r) => r.workplace)).toEqual([undefined, undefined, undefined]);
  });

  it('a file named by no unit: the "Đơn vị" column stays the proposing unit, and unknown ones are said', async () => {
    const { read, report } = await checkWithList([plainFile('tong-hop.xlsx', HEAD, WORKPLACES)]);
    expect(unitNamesOfRows(read).map(([, u]) => u)).toEqual([undefined, undefined, undefined]);
    expect(codesAt(report, 'UNKNOWN_UNIT')).toEqual([4, 5, 6]);
  });

  it('"Đơn vị đề xuất" is never a workplace, even in a file named by a unit', async () => {
    const head = HEAD.map((h) => (h === 'Đơn vị' ? 'Đơn vị đề xuất' : h));
    const { read, report } = await checkWithList([plainFile('Hội Nông dân huyện.xlsx', head, WORKPLACES)]);
    expect(read.registrations.map((r) => r.workplace)).toEqual([undefined, undefined, undefined]);
    expect(codesAt(report, 'UNKNOWN_UNIT')).toEqual([4, 5, 6]);
  });

  it('the list is the one given: without the unit in it, the file name names no unit', async () => {
    const { read } = await checkWithList([plainFile('Hội Nông dân huyện.xlsx', HEAD, WORKPLACES)], CHAU_THANH.filter((n) => !n.includes('Nông dân')));
    expect(read.registrations.map((r) => r.workplace)).toEqual([undefined, undefined, undefined]);
  });
});

describe('the ceremony list shows the workplace', () => {
  it('"Chức vụ, đơn vị công tác" of the ceremony holds the position and the workplace read apart', async () => {
    const head = ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Đơn vị công tác'];
    const { lists } = await checkShape(
      withUnits([
        head,
        [1, 'X01', 'Trần Thị Mai', 1975, undefined, 'Hội LHPN xã An Bình'],
        [2, 'X01', 'Lê Văn Tư', 1970, 'Trưởng ấp', 'Ấp 3, xã An Bình'],
        [3, 'X01', 'Võ Văn Năm', 1971, 'Chủ tịch Hội Nông dân xã An Bình', 'Hội Nông dân xã An Bình'],
        [4, 'X01', 'Phan Văn Sáu', 1972, 'Nông dân', undefined],
      ]),
    );
    expect(lists['2023']?.individuals.map((e) => [e.name, e.position])).toEqual([
      ['Trần Thị Mai', 'Hội LHPN xã An Bình'],
      ['Lê Văn Tư', 'Trưởng ấp, Ấp 3, xã An Bình'],
      ['Võ Văn Năm', 'Chủ tịch Hội Nông dân xã An Bình'],
      ['Phan Văn Sáu', 'Nông dân'],
    ]);
  });
});
