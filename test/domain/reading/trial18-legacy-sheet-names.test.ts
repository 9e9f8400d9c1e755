/**
 * Trial 18a #13: one workbook, one sheet per unit, the unit only in the tab's name, tabs typed under a TCVN3 or VNI
 * keyboard («§¶ng ñy x· Hßa B×nh», «Ñaûng uûy xaõ Hoøa Bình»): the cells were decoded, the tabs not, and every row
 * fell back to the file's name (UNKNOWN_UNIT). A tab's name is decoded where it shows the encoding, or where its
 * sheet's cells were decoded, when its decoding names a unit and the name as typed names none.
 * Near misses: Unicode and ASCII tabs, a Unicode tab in a legacy workbook.
 */
import { encodeLegacy, LegacyEncoding } from '../../../src/domain/text/legacy';
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Đảng bộ xã An Bình'],
  [2, 'Đảng bộ xã Phú Mỹ'],
  [3, 'Hội Nông dân huyện'],
  [4, 'Huyện đoàn'],
];

/** One workbook, a sheet per tab; its cells in `cells` (Unicode when none). */
async function perUnit(tabs: [string, string][], cells?: LegacyEncoding) {
  const e = (t: string) => (cells ? encodeLegacy(t, cells) : t);
  const sheets = tabs.map(([tab, name], i) => ({
    name: tab,
    rows: [
      ['STT', 'Đối tượng', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'].map(e),
      [1, e('Cá nhân'), e(name), 1970 + i, e('Nông dân ấp Hòa Thuận')],
    ] as Row[],
  }));
  const { read, report } = await checkBooks([unitsBook(UNITS), { fileName: 'tong-hop.xlsx', sheets }]);
  return { units: unitsByName(read), unknown: codes(report, 'UNKNOWN_UNIT').length };
}

const PEOPLE = ['Nguyễn Văn Hùng', 'Trần Thị Lan', 'Lê Văn Tám'];
const UNIT_OF = { 'Nguyễn Văn Hùng': 'Đảng bộ xã An Bình', 'Trần Thị Lan': 'Hội Nông dân huyện', 'Lê Văn Tám': 'Huyện đoàn' };
const TABS = ['Đảng ủy xã An Bình', 'Hội Nông dân', 'Huyện đoàn'];

describe('tabs typed under a legacy keyboard', () => {
  it.each([
    ['tcvn3', undefined],
    ['vni', undefined],
    ['tcvn3', 'tcvn3'],
    ['vni', 'vni'],
  ] as [LegacyEncoding, LegacyEncoding | undefined][])('tabs in %s, cells in %s: each sheet is its unit\'s', async (tabs, cells) => {
    const r = await perUnit(
      TABS.map((t, i) => [encodeLegacy(t, tabs), PEOPLE[i] as string]),
      cells,
    );
    expect(r.units).toEqual(UNIT_OF);
    expect(r.unknown).toBe(0);
  });

  it('a tab whose codes are all letters («Phó Mü» = Phú Mỹ) in a sheet of TCVN3 cells', async () => {
    const r = await perUnit(
      [
        [encodeLegacy('Phú Mỹ', 'tcvn3'), 'Nguyễn Văn Hùng'],
        [encodeLegacy('Huyện đoàn', 'tcvn3'), 'Lê Văn Tám'],
      ],
      'tcvn3',
    );
    expect(r.units).toEqual({ 'Nguyễn Văn Hùng': 'Đảng bộ xã Phú Mỹ', 'Lê Văn Tám': 'Huyện đoàn' });
  });
});

describe('near misses', () => {
  it.each([
    [TABS, undefined],
    [['Dang uy xa An Binh', 'Hoi Nong dan', 'Huyen doan'], undefined],
    [TABS, 'tcvn3'],
    [TABS, 'vni'],
  ] as [string[], LegacyEncoding | undefined][])('tabs %j, cells in %s', async (tabs, cells) => {
    const r = await perUnit(
      tabs.map((t, i) => [t, PEOPLE[i] as string]),
      cells,
    );
    expect(r.units).toEqual(UNIT_OF);
  });

  it('a Unicode tab made of letters legacy codes use stays as typed: «Phú Mỹ» in a TCVN3 workbook', async () => {
    const r = await perUnit(
      [
        ['Phú Mỹ', 'Nguyễn Văn Hùng'],
        [encodeLegacy('Huyện đoàn', 'tcvn3'), 'Lê Văn Tám'],
      ],
      'tcvn3',
    );
    expect(r.units).toEqual({ 'Nguyễn Văn Hùng': 'Đảng bộ xã Phú Mỹ', 'Lê Văn Tám': 'Huyện đoàn' });
  });
});
