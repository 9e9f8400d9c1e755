/**
 * A unit's total in a district master (trial 10 #15): «Cộng ĐB xã An Bình», «Cộng An Bình: 02», «Có 02 điển hình»,
 * «02 cá nhân», «Đảng bộ xã An Bình | Cộng: 02». None is an exemplar: not counted, not on the list, no error. Near
 * misses: collectives whose names begin like a total («Cộng đồng dân cư ấp 3», «Công an xã», «Tổng đội TNXP»).
 */
import { checkBooks, codes, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình'], [2, 'Đảng bộ xã Tân Lập']];
const AB = 'Đảng bộ xã An Bình';
const TL = 'Đảng bộ xã Tân Lập';

const check = (rows: Row[]) => checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Khối Đảng', rows }] }]);

/** A master grouped by unit with `line` under An Bình's rows. */
const grouped = (line: Row): Row[] => [
  ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
  ['I', AB],
  [1, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
  [2, 'Lê Thị Mai', 1982, 'Chủ tịch Hội LHPN xã'],
  line,
  ['II', TL],
  [1, 'Trần Văn Tư', 1962, 'Nông dân ấp 1'],
];
const EXPECTED = { 'Nguyễn Văn Hùng': AB, 'Lê Thị Mai': AB, 'Trần Văn Tư': TL };

describe('a unit\'s total is no exemplar', () => {
  it.each([
    'Cộng ĐB xã An Bình',
    'Cộng Đảng bộ xã An Bình',
    'Cộng An Bình',
    'Cộng xã An Bình',
    'Cộng ĐU xã An Bình: 02',
    'Cộng đơn vị: 02',
    'Tổng An Bình: 2',
    'Tổng đơn vị: 2',
    'Có 02 điển hình',
    'Gồm 02 cá nhân',
    '02 cá nhân',
  ])('«%s» under a unit\'s rows', async (total) => {
    const { read, report } = await check(grouped(['', total]));
    expect(unitsByName(read)).toEqual(EXPECTED);
    expect(codes(report, 'MISSING_VALUE', 'INVALID_DATE')).toEqual([]);
  });

  it.each<[string, Row]>([
    ['«Cộng đơn vị» after the unit', ['', AB, 'Cộng đơn vị', '', '']],
    ['«Cộng: 02» after the unit', ['', AB, 'Cộng: 02', '', '']],
    ['«Cộng» and its count after the unit', ['', AB, 'Cộng', '2', '']],
    ['«Cộng ĐB xã An Bình» alone', ['', '', 'Cộng ĐB xã An Bình', '', '']],
  ])('in a master with a unit column: %s', async (_label, line) => {
    const rows: Row[] = [
      ['STT', 'Đơn vị đề xuất', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
      [1, AB, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
      [2, AB, 'Lê Thị Mai', 1982, 'Chủ tịch Hội LHPN xã'],
      line,
      [3, TL, 'Trần Văn Tư', 1962, 'Nông dân ấp 1'],
    ];
    const { read, report } = await check(rows);
    expect(unitsByName(read)).toEqual(EXPECTED);
    expect(codes(report, 'MISSING_VALUE', 'INVALID_DATE')).toEqual([]);
  });

  it.each([
    ['Cộng đồng dân cư ấp 3', 'Xây dựng nông thôn mới'],
    ['Công an xã An Bình', 'Bảo đảm an ninh trật tự'],
    ['Cộng tác viên dân số ấp 2', 'Làm tốt công tác dân số'],
  ])('near miss: the collective «%s» numbered in the list is an exemplar', async (name, what) => {
    const { read } = await check(grouped([3, name, '', what]));
    expect(unitsByName(read)).toEqual({ ...EXPECTED, [name]: AB });
  });

  it.each(['Công an xã An Bình', 'Cộng đồng dân cư ấp 3'])('near miss: «%s» unnumbered with its achievement is no total', async (name) => {
    const { read } = await check(grouped(['', name, '', 'Bảo đảm an ninh trật tự']));
    expect(read.registrations.map((r) => r.name)).toContain(name);
  });
});
