/**
 * One name column per kind ("Tên tập thể" | "Họ và tên cá nhân"), each row filling one (trial2 item 17): the filled
 * one is the name, and its column says the kind. Near misses: two name columns of one kind, one name column alone.
 */
import { checkAll, rowFindings, unitSheet } from '../../fixtures/trial2-fixtables-shapes';
import type { Row } from '../../fixtures/workbooks';

const AB = 'Đảng bộ xã An Bình';
const kinds = async (rows: Row[]) => {
  const { read, report } = await checkAll([unitSheet('an-binh.xlsx', AB, rows)]);
  return { got: read.registrations.map((r) => [r.name, r.kind, r.kindSource, r.birthYear]), findings: rowFindings(report) };
};

describe('a name column per kind', () => {
  it.each<[string, Row[]]>([
    [
      'collectives\' column first',
      [['STT', 'Tên tập thể', 'Họ và tên cá nhân', 'Năm sinh', 'Chức vụ'], [1, 'Ấp An Lạc', null, null, null], [2, null, 'Thái Văn Một', 1970, 'Trưởng ấp'], [3, null, 'Thái Thị Hai', 1971, 'Hội viên']],
    ],
    [
      'individuals\' column first',
      [['STT', 'Họ và tên', 'Tên tập thể', 'Năm sinh', 'Chức vụ'], [1, null, 'Ấp An Lạc', null, null], [2, 'Thái Văn Một', null, 1970, 'Trưởng ấp'], [3, 'Thái Thị Hai', null, 1971, 'Hội viên']],
    ],
    [
      '"Họ tên cá nhân" and "Tên tập thể (đơn vị)"',
      [['TT', 'Tên tập thể (đơn vị)', 'Họ tên cá nhân', 'Năm sinh', 'Thành tích'], [1, 'Ấp An Lạc', null, null, 'x'], [2, null, 'Thái Văn Một', 1970, 'x'], [3, null, 'Thái Thị Hai', 1971, 'x']],
    ],
  ])('%s: the filled one is the name, its column the kind', async (_label, rows) => {
    const { got, findings } = await kinds(rows);
    expect(got).toEqual([
      ['Ấp An Lạc', 'collective', 'column', undefined],
      ['Thái Văn Một', 'individual', 'column', 1970],
      ['Thái Thị Hai', 'individual', 'column', 1971],
    ]);
    expect(findings).toEqual([]);
  });

  it('a kind column still says the kind', async () => {
    const { got } = await kinds([['STT', 'Đối tượng', 'Tên tập thể', 'Họ và tên cá nhân', 'Năm sinh'], [1, 'Hộ gia đình', 'Gia đình ông Thái Ba', null, null], [2, 'Cá nhân', null, 'Thái Văn Một', 1970]]);
    expect(got).toEqual([
      ['Gia đình ông Thái Ba', 'collective', 'column', undefined],
      ['Thái Văn Một', 'individual', 'column', 1970],
    ]);
  });
});

describe('near misses', () => {
  it('two name columns of one kind: the first is the name, as before', async () => {
    const { got } = await kinds([['STT', 'Họ và tên', 'Họ tên cá nhân', 'Năm sinh'], [1, 'Thái Văn Một', 'Thái Một', 1970]]);
    expect(got).toEqual([['Thái Văn Một', 'individual', 'name', 1970]]);
  });

  it('one "Tên tập thể" column alone: the kind still comes from each name', async () => {
    const { got } = await kinds([['STT', 'Tên tập thể', 'Năm sinh', 'Thành tích'], [1, 'Chi bộ ấp 1', null, 'x'], [2, 'Thái Văn Một', 1970, 'x']]);
    expect(got).toEqual([
      ['Chi bộ ấp 1', 'collective', 'name', undefined],
      ['Thái Văn Một', 'individual', 'name', 1970],
    ]);
  });
});
