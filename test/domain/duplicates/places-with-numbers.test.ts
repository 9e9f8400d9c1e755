/** Numbers in place names are part of them (issue 15): "Thôn 3" ≠ "Thôn 4", and different places never give "certain". */
import { findPlaces, samePlace } from '../../../src/domain/duplicates/places';
import { tokenize } from '../../../src/domain/duplicates/tokens';
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { collective, compare, levelOf, person, unit, UNITS, verdict } from './factory';

const placeOf = (text: string) => findPlaces(tokenize(text))[0]?.place;
const male = { gender: 'male' as const };

describe('numbers in place names', () => {
  it('keep a number inside or after a commune\'s name', () => {
    const a = placeOf('Chủ tịch UBND xã Tân 758 Bắc');
    const b = placeOf('Chủ tịch UBND xã Tân 1748 Bàn');
    expect(a?.display).toBe('xã Tân 758 Bắc');
    expect(b?.display).toBe('xã Tân 1748 Bàn');
    expect(samePlace(a!, b!)).toBe(false);
    expect(samePlace(placeOf('xã Tân 758')!, placeOf('xã Tân 759')!)).toBe(false);
    expect(placeOf('phường 3, thành phố')?.display).toBe('phường 3');
    // Near miss: the same place written twice is still one.
    expect(samePlace(placeOf('UBND xã Tân 758 Bắc')!, placeOf('Hội Nông dân xã Tân 758 Bắc')!)).toBe(true);
  });

  it('two namesakes born the same year in "xã Tân 758 Bắc" and "xã Tân 1748 Bàn" are not one person', () => {
    const a = person('Nguyễn Văn Hùng', 1975, { ...male, unitId: 'UB', position: 'Trưởng thôn', workplace: 'UBND xã Tân 758 Bắc' });
    const b = person('Nguyễn Văn Hùng', 1975, { ...male, unitId: 'ND', position: 'Trưởng thôn', workplace: 'UBND xã Tân 1748 Bàn' });
    expect(levelOf(compare(a, b), 'place')).toBeUndefined();
    expect(compare(a, b).confidence).not.toBe('certain');
    expect(verdict(a, b)).toBeUndefined();
    // Near miss: the same commune written the same way is one person.
    expect(verdict(a, { ...b, workplace: 'UBND xã Tân 758 Bắc' })).toBe('certain');
  });

  it.each([
    ['Thôn 3', 'Thôn 4'],
    ['Khu phố 2', 'Khu phố 5'],
    ['Tổ dân phố 5', 'Tổ dân phố 6'],
    ['Ấp 4', 'Ấp 7'],
    ['Khóm 1', 'Khóm 2'],
  ])('people of "%s" and "%s" of one commune are never certain', (x, y) => {
    const a = person('Trần Văn Nam', 1970, { ...male, unitId: 'X01', position: 'Trưởng ban', workplace: `${x}, xã An Bình` });
    const b = person('Trần Văn Nam', 1970, { ...male, unitId: 'UB', position: 'Hội viên', workplace: `${y}, xã An Bình` });
    const o = compare(a, b);
    expect(levelOf(o, 'village') ?? 'not reported').not.toBe('same');
    expect(o.confidence).not.toBe('certain');
    // Near miss: the same village, another post: one person.
    expect(verdict(a, { ...b, workplace: `${x}, xã An Bình` })).toBe('certain');
  });

  it.each([
    ['Chi bộ Khu phố 2', 'Chi bộ Khu phố 3'],
    ['Chi hội Nông dân Ấp 4', 'Chi hội Nông dân Ấp 5'],
    ['Ban công tác Mặt trận Tổ dân phố 5', 'Ban công tác Mặt trận Tổ dân phố 15'],
    ['Tổ hòa giải Khóm 1', 'Tổ hòa giải Khóm 2'],
  ])('collectives "%s" and "%s" are two', (x, y) => {
    expect(verdict(collective(x), collective(y))).toBeUndefined();
    expect(verdict(collective(x), collective(x, { unitId: 'X02' }))).toBeUndefined();
    expect(verdict(collective(x), collective(`${x} xã An Bình`, { unitId: 'UB' }))).toBe('certain');
  });

  it('numbered wards of a city are places like communes ("phường 3" ≠ "phường 4")', () => {
    const units = [...UNITS, unit('P3', 'Đảng bộ phường 3'), unit('P4', 'Đảng bộ phường 4')];
    const a = person('Lê Thị Hoa', 1980, { gender: 'female', unitId: 'P3' });
    const b = person('Lê Thị Hoa', 1980, { gender: 'female', unitId: 'P4' });
    expect(matchRegistrations([a, b], units).groups).toEqual([]);
    const c = person('Lê Thị Hoa', 1980, { gender: 'female', unitId: 'PN', position: 'Hội viên', workplace: 'Khu phố 2, phường 3' });
    expect(matchRegistrations([a, c], units).groups[0]?.confidence).toBe('certain');
  });
});
