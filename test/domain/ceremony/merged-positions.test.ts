/**
 * One exemplar proposed by two units, merged into one entry: a position both write, with or without its commas, or
 * one that says the other and more, is printed once; two different positions are both printed.
 */
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Hội Nông dân huyện'],
  [2, 'Huyện đoàn'],
];

async function positionOf(first: string, second: string) {
  const reg: Row[] = [
    ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
    [1, 'Hội Nông dân huyện', 'Lê Thị Hoa', '1975', first],
    [2, 'Huyện đoàn', 'Lê Thị Hoa', '1975', second],
  ];
  const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows: reg }] }]);
  const { individuals } = consolidate(read, report, '2023').selection;
  return individuals.map((e) => e.position);
}

describe('the position of a merged entry', () => {
  it.each([
    ['Hội viên, ấp An Hòa, xã An Bình', 'Hội viên ấp An Hòa, xã An Bình'],
    ['Hội viên ấp An Hòa - xã An Bình', 'hội viên ấp An Hòa xã An Bình'],
  ])('%p and %p are printed once', async (a, b) => {
    expect(await positionOf(a, b)).toEqual([a]);
  });

  it.each([
    ['Tổ trưởng tổ dân phố 5', 'Tổ trưởng tổ dân phố 5, phường Bình Trị'],
    ['Tổ trưởng tổ dân phố 5, phường Bình Trị', 'Tổ trưởng tổ dân phố 5'],
  ])('%p and %p: the one that says more is printed, once', async (a, b) => {
    expect(await positionOf(a, b)).toEqual(['Tổ trưởng tổ dân phố 5, phường Bình Trị']);
  });

  it.each([
    ['Phó Chủ tịch Hội Nông dân xã An Bình', 'Chủ tịch Hội Nông dân xã An Bình'],
    ['Phó Bí thư Chi bộ ấp 1', 'Bí thư Chi bộ ấp 1'],
  ])('near miss: %p and %p are two posts, both printed', async (a, b) => {
    expect(await positionOf(a, b)).toEqual([`${a}; ${b}`]);
  });

  it('a label typed before the position is no part of it', async () => {
    expect(await positionOf('Chức vụ: Chủ tịch Hội LHPN xã', 'Chủ tịch Hội LHPN xã')).toEqual(['Chủ tịch Hội LHPN xã']);
  });

  it('near miss: two positions are both printed', async () => {
    expect(await positionOf('Hội viên ấp An Hòa', 'Bí thư Chi đoàn ấp An Hòa')).toEqual(['Hội viên ấp An Hòa; Bí thư Chi đoàn ấp An Hòa']);
  });
});
