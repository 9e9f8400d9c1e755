/**
 * Trial 17b minor (min/14): a person typed «Tập thể» is moved to «II. CÁ NHÂN» on the list, and printed as the same
 * person typed «Cá nhân» or left blank is: without «Ông», «Bà», «Đ/c», a title going to the position. Near misses: a
 * body typed «Tập thể», a household, a body typed «Cá nhân» (moved, kept as written).
 */
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const HEADER: Row = ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích'];
const UNIT = 'Đảng bộ xã An Bình';

async function listed(rows: Row[]) {
  const { read, report } = await checkBooks([unitsBook(), oneSheet('ds.xlsx', [HEADER, ...rows.map((r, i) => [i + 1, ...r])], 'Đăng ký')]);
  const groups = consolidate(read, report, '2023').document.groups;
  return groups.map((g) => g.rows.map((r) => [r[1], r[3]]));
}

const PEOPLE: [string, string, string][] = [
  ['Ông Nguyễn Văn Hòa', 'Nguyễn Văn Hòa', 'Nông dân ấp 2'],
  ['Bà Lê Thị Hoa', 'Lê Thị Hoa', 'Nông dân ấp 2'],
  ['Đ/c Trần Văn Lực', 'Trần Văn Lực', 'Nông dân ấp 2'],
  ['Bác sĩ Phạm Văn Tư', 'Phạm Văn Tư', 'Bác sĩ, Nông dân ấp 2'],
  ['ông NGUYỄN VĂN BẢY', 'Nguyễn Văn Bảy', 'Nông dân ấp 2'],
];

describe('a person typed «Tập thể»', () => {
  it.each(PEOPLE)('«%s» is printed «%s» (position «%s») whatever the kind typed', async (typed, name, position) => {
    for (const kind of ['Tập thể', 'Cá nhân', '']) {
      const [collectives, individuals] = await listed([[UNIT, kind, typed, 1970, 'Nông dân ấp 2', 'Sản xuất giỏi']]);
      expect([kind, collectives, individuals]).toEqual([kind, [], [[name, position]]]);
    }
  });

  it('near misses: a body, a household, a body typed «Cá nhân» keep their names', async () => {
    const [collectives, individuals] = await listed([
      [UNIT, 'Tập thể', 'Hội Nông dân ấp Bà Điểm', '', '', 'Sản xuất giỏi'],
      [UNIT, 'Hộ gia đình', 'Ông bà Lê Văn Chín', '', 'Ấp 3', 'Kinh tế giỏi'],
      [UNIT, 'Cá nhân', 'Chi bộ Ấp 3', '', '', 'Trong sạch vững mạnh'],
      [UNIT, 'Tập thể', 'Ông Nguyễn Văn Hòa', 1970, 'Nông dân ấp 2', 'Sản xuất giỏi'],
    ]);
    expect(collectives).toEqual([
      ['Hội Nông dân ấp Bà Điểm', ''],
      ['Ông bà Lê Văn Chín', 'Ấp 3'],
      ['Chi bộ Ấp 3', ''],
    ]);
    expect(individuals).toEqual([['Nguyễn Văn Hòa', 'Nông dân ấp 2']]);
  });
});
