/**
 * Trial 22a #3: a merged entry keeps each distinct position once. Two units' spellings of one position — short forms
 * or written out, without diacritics, the place's word said twice — are printed once, in the fuller, accented
 * spelling, whichever unit wrote it first. Near misses: two different posts, places or numbers are both printed.
 */
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { addPosition } from '../../../src/domain/ceremony/merged-position';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

/** Typed without diacritics, capitals kept ("Pho Chu tich UBND xa Nhon Hoi"). */
const unaccented = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Hội Nông dân huyện'],
  [2, 'Huyện đoàn'],
  [3, 'Đảng bộ xã An Bình'],
];

/** A row typed without diacritics is typed so whole, the name too (as the matcher then reads it). */
const nameFor = (position: string) => (position === unaccented(position) ? 'Le Thi Hoa' : 'Lê Thị Hoa');

async function positionsOf(first: string, second: string, firstUnit = 'Hội Nông dân huyện') {
  const reg: Row[] = [
    ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
    [1, firstUnit, nameFor(first), '1975', first],
    [2, 'Huyện đoàn', nameFor(second), '1975', second],
  ];
  const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows: reg }] }]);
  const { individuals } = consolidate(read, report, '2023').selection;
  return individuals.map((e) => e.position);
}

// [the fuller spelling, a shorter one]
const SPELLINGS: [string, string][] = [
  ['Phó Chủ tịch Ủy ban nhân dân xã Nhơn Hội', 'Phó Chủ tịch UBND xã Nhơn Hội'],
  ['Chủ tịch Hội Nông dân xã Vĩnh Hội', 'CT Hội ND xã Vĩnh Hội'],
  ['Chủ tịch Hội Liên hiệp Phụ nữ xã Quốc Thái', 'CT Hội LHPN xã Quốc Thái'],
  ['Bí thư Đoàn Thanh niên xã Phú Hữu', 'Bí thư Đoàn xã Phú Hữu'],
  ['Trưởng ban Công tác Mặt trận ấp Phú Thạnh', 'Trưởng ban CTMT ấp Phú Thạnh'],
];

describe('one position in two spellings, printed once in the list', () => {
  const cases = SPELLINGS.flatMap(([full, short]) => [
    [full, short, full],
    [short, full, full],
  ]);

  it.each(cases)('%p then %p: %p', async (a, b, printed) => {
    expect(await positionsOf(a, b)).toEqual([printed]);
  });

  it.each([
    ['Trưởng ấp Khánh Hòa, xã Khánh An', 'Trưởng ấp, ấp Khánh Hòa, xã Khánh An'],
    ['Trưởng ấp, ấp Khánh Hòa, xã Khánh An', 'Trưởng ấp Khánh Hòa, xã Khánh An'],
    ['Trưởng thôn Bình Minh, xã An Bình', 'Trưởng thôn, thôn Bình Minh, xã An Bình'],
  ])("the place's word said twice: %p and %p are printed once", async (a, b) => {
    expect(await positionsOf(a, b)).toEqual([a]);
  });

  it.each([
    ['Chi hội trưởng Phụ nữ thôn Bình Minh, xã An Bình', true],
    ['Chi hội trưởng Phụ nữ thôn Bình Minh, xã An Bình', false],
  ])('%p and its row typed without diacritics (first: %p): the accented one is printed', async (full, plainFirst) => {
    const [a, b] = plainFirst ? [unaccented(full), full] : [full, unaccented(full)];
    expect(await positionsOf(a, b, 'Đảng bộ xã An Bình')).toEqual([full]);
  });
});

describe('the positions of a merged entry, each distinct one once', () => {
  const cases = SPELLINGS.flatMap(([full, short]) => [
    [full, short, full],
    [short, full, full],
    [unaccented(full), full, full],
    [full, unaccented(full), full],
    [unaccented(short), full, full],
    [full, unaccented(short), full],
    [short, unaccented(full), short],
  ]);

  it.each(cases)('%p then %p: %p', (a, b, printed) => {
    expect(addPosition(a, b)).toBe(printed);
  });

  it('a third unit\'s spelling of a position already listed adds nothing', () => {
    const list = 'Bí thư Chi bộ ấp 1; Chủ tịch Hội Nông dân xã Vĩnh Hội';
    expect(addPosition(list, 'CT Hội ND xã Vĩnh Hội')).toBe(list);
    expect(addPosition(list, 'Bi thu Chi bo ap 1')).toBe(list);
  });

  it.each([
    ['Phó Chủ tịch UBND xã Nhơn Hội', 'Chủ tịch Ủy ban nhân dân xã Nhơn Hội'],
    ['Trưởng ấp Khánh Hòa, xã Khánh An', 'Trưởng ấp Khánh Bình, xã Khánh An'],
    ['CT Hội ND xã Vĩnh Hội', 'Chủ tịch Hội Cựu chiến binh xã Vĩnh Hội'],
    ['Bí thư Chi bộ ấp 1', 'Bi thu Chi bo ap 2'],
    ['Bí thư Chi bộ ấp 1', 'Bí thư Chi bộ ấp 1A'],
    ['Giáo viên Trường THCS An Bình', 'Trưởng thôn Bình Minh'],
  ])('near miss: %p and %p are two positions, both kept', (a, b) => {
    expect(addPosition(a, b)).toBe(`${a}; ${b}`);
  });
});
