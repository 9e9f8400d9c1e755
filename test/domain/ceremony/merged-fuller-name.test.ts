/**
 * Trial 9 #11: one person proposed by two units and merged into one entry is printed under the fuller spelling of
 * the name, whichever unit came first: the middle name written out, an Ê Đê name's apostrophe kept. Near misses:
 * two spellings equally full keep the first unit's; names in capitals still give way to a careful spelling.
 */
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Hội Nông dân huyện'],
  [2, 'Huyện đoàn'],
];

async function printed(first: string, second: string) {
  const reg: Row[] = [
    ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
    [1, 'Hội Nông dân huyện', first, '1975', 'Hội viên ấp 2, xã An Bình'],
    [2, 'Huyện đoàn', second, '1975', 'Hội viên ấp 2, xã An Bình'],
  ];
  const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows: reg }] }]);
  const { individuals } = consolidate(read, report, '2023').selection;
  return individuals.map((e) => [e.name, e.units.length]);
}

describe('the name of a merged entry', () => {
  it.each([
    ['Trần Hùng', 'Trần Văn Hùng', 'Trần Văn Hùng'],
    ['Trần Văn Hùng', 'Trần Hùng', 'Trần Văn Hùng'],
    ['Lê Hoa', 'Lê Thị Hoa', 'Lê Thị Hoa'],
    ['H Nga Niê', "H'Nga Niê", "H'Nga Niê"],
  ])('%p and %p: %p is printed', async (a, b, name) => {
    expect(await printed(a, b)).toEqual([[name, 2]]);
  });

  it('near miss: two spellings equally full keep the first unit’s', async () => {
    expect(await printed('Nguyễn Thị Thu Hà', 'Nguyễn Thị Thu Hà')).toEqual([['Nguyễn Thị Thu Hà', 2]]);
  });

  it('near miss: a name in capitals gives way to the careful spelling', async () => {
    expect(await printed('TRẦN VĂN HÙNG', 'Trần Văn Hùng')).toEqual([['Trần Văn Hùng', 2]]);
  });
});
