/**
 * A commune, township, ward or school named like its district («Đảng bộ xã An Phú», «Chi bộ Trường THPT An Phú» in
 * huyện An Phú, trial 15): its name is its own, not a district tail. Read as a tail, «Đảng bộ xã» was left, and any
 * other commune's letterhead («ĐẢNG ỦY XÃ TÂN HỘI», not in the list) counted for it without a word.
 */
import { unitResolver } from '../../../src/domain/units/resolve-unit';
import { readBooks, REG_HEAD, person, unitFile, unitsBook, unitsOfRows } from '../../fixtures/unit-shapes';

const UNITS = [
  { id: 'X1', code: 'X1', name: 'Đảng bộ xã An Phú' },
  { id: 'TT', code: 'TT', name: 'Đảng bộ thị trấn An Phú' },
  { id: 'X2', code: 'X2', name: 'Đảng bộ xã Tân Lập' },
  { id: 'S1', code: 'S1', name: 'Chi bộ Trường THPT An Phú' },
  { id: 'S2', code: 'S2', name: 'Chi bộ Trường THCS An Phú' },
  { id: 'ND', code: 'ND', name: 'Hội Nông dân huyện' },
];
const resolver = unitResolver(UNITS, 'An Phú');
const loose = (text: string) => resolver.resolveLoose(text)?.id;

describe('a unit named like its district, the district being known', () => {
  it.each([
    ['Đảng ủy xã An Phú', 'X1'],
    ['ĐU xã An Phú', 'X1'],
    ['ĐẢNG ỦY XÃ AN PHÚ', 'X1'],
    ['Đảng bộ xã An Phú, huyện An Phú', 'X1'],
    ['Đảng ủy thị trấn An Phú', 'TT'],
    ['Chi bộ Trường THPT An Phú', 'S1'],
    ['CHI BỘ TRƯỜNG THCS AN PHÚ', 'S2'],
    // A district body named with the district's name for «huyện» stays the district's.
    ['Hội Nông dân An Phú', 'ND'],
  ])('«%s» is %s', (text, id) => expect(loose(text)).toBe(id));

  it.each(['Đảng ủy xã Tân Hội', 'ĐẢNG ỦY XÃ VĨNH LỘC', 'Đảng ủy thị trấn Long Bình', 'Chi bộ Trường THPT Vĩnh Lộc', 'Chi bộ Trường THCS Tân Hội'])(
    'near miss: «%s», not in the list, is no unit of it',
    (text) => expect(loose(text)).toBeUndefined(),
  );
});

describe('a letterhead naming a unit not in the list, beside a unit named like the district', () => {
  it.each([
    ['ĐẢNG ỦY XÃ TÂN HỘI', 'Đảng bộ xã An Phú'],
    ['CHI BỘ TRƯỜNG THPT VĨNH LỘC', 'Chi bộ Trường THPT An Phú'],
    ['ĐẢNG ỦY THỊ TRẤN LONG BÌNH', 'Đảng bộ thị trấn An Phú'],
  ])('«%s» counts for no unit (UNKNOWN_UNIT), not for «%s»', async (letterhead, namesake) => {
    const list = [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ['A', namesake, ''], ['B', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã']];
    const read = await readBooks([unitsBook(list), unitFile('ds.xlsx', [letterhead], REG_HEAD, [person(1, 'Lê Văn Cường')])], { district: 'An Phú' });
    expect(unitsOfRows(read)).toEqual([['Lê Văn Cường', undefined]]);
  });

  it('near miss: the namesake unit’s own letterhead is its own', async () => {
    const list = [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ['A', 'Đảng bộ xã An Phú', 'Đảng bộ xã'], ['B', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã']];
    const read = await readBooks([unitsBook(list), unitFile('ds.xlsx', ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN PHÚ'], REG_HEAD, [person(1, 'Lê Văn Cường')])], { district: 'An Phú' });
    expect(unitsOfRows(read)).toEqual([['Lê Văn Cường', 'A']]);
  });
});
