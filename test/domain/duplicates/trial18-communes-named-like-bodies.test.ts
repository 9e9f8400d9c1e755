/**
 * Trial 18b #2: communes whose name begins like a body's phrase («xã Hội An», «xã Hội Xuân», «xã Đoàn Kết», «xã
 * Đoàn Xá») were read as "xã hội" / "xã đoàn", no place: namesakes of two such communes were merged as certain.
 * After «xã/phường/ấp…» in lowercase, two capitalised words are a place's name. Near misses: a body then a place
 * («Hội Nông dân xã An Bình», «Đoàn Thanh niên xã Tân Lập», «Chi hội Phụ nữ ấp 3»), "xã hội"/"Xã đoàn" as words,
 * «Tân An»/«Tân Xuân» as today.
 */
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { findPlaces } from '../../../src/domain/duplicates/places';
import { tokenize } from '../../../src/domain/duplicates/tokens';
import type { UnitRecord } from '../../../src/domain/records';
import { person, unit } from './factory';

const places = (text: string) => findPlaces(tokenize(text)).map((s) => `${s.place.level}:${s.place.display}`);

describe('a commune named like a body is a place', () => {
  it.each([
    ['Trưởng ấp số 1, xã Hội An', ['commune:xã Hội An']],
    ['Bí thư Chi bộ ấp số 2, xã Hội Xuân', ['commune:xã Hội Xuân']],
    ['Trưởng ấp số 1, xã Đoàn Kết', ['commune:xã Đoàn Kết']],
    ['Công an viên xã Đoàn Xá', ['commune:xã Đoàn Xá']],
    ['Hội Nông dân xã Hội An', ['commune:xã Hội An']],
    ['Bí thư Đoàn xã Đoàn Kết, huyện Châu Thành', ['commune:xã Đoàn Kết', 'district:huyện Châu Thành']],
    ['Giáo viên, xã Viên An', ['commune:xã Viên An']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['Hội Nông dân xã An Bình', ['commune:xã An Bình']],
    ['Đoàn Thanh niên xã Tân Lập', ['commune:xã Tân Lập']],
    ['Chi hội Phụ nữ ấp 3', ['village:ấp 3']],
    ['Trưởng ấp số 1, xã Tân An', ['commune:xã Tân An']],
    ['Cán bộ xã hội', []],
    ['Công tác xã hội xã An Bình', ['commune:xã An Bình']],
    ['Bí thư Xã đoàn', []],
    ['Bí thư Xã Đoàn', []],
    ['Phó Bí thư xã đoàn Tân Lập', []],
    ['Phòng Lao động - Thương binh và Xã hội', []],
    ['CÁN BỘ XÃ HỘI', []],
  ])('near miss: %s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('namesakes of two such communes are not merged', () => {
  const pairOf = (a: string, b: string) => {
    const units: UnitRecord[] = [unit('A', `Đảng bộ xã ${a}`), unit('B', `Đảng bộ xã ${b}`)];
    const rows = [a, b].flatMap((c, k) => [
      person('Lâm Thị Mỹ Giang', 1959, { unitId: k ? 'B' : 'A', gender: 'female', position: `Trưởng ấp số 1, xã ${c}` }),
      person('Nguyễn Văn Tài', 1970, { unitId: k ? 'B' : 'A', gender: 'male', position: `Bí thư Chi bộ ấp số 2, xã ${c}` }),
    ]);
    return matchRegistrations(rows, units).groups.map((g) => `${g.confidence} ${g.levels.place}`);
  };

  it.each([
    ['Hội An', 'Hội Xuân'],
    ['Đoàn Kết', 'Đoàn Xá'],
    ['Tân An', 'Tân Xuân'],
  ])('xã %s / xã %s: two probable groups, the communes different', (a, b) => {
    expect(pairOf(a, b)).toEqual(['probable different', 'probable different']);
  });

  it('the same woman of xã Hội An proposed by two units is still one exemplar (near miss)', () => {
    const units: UnitRecord[] = [unit('A', 'Đảng bộ xã Hội An'), unit('PN', 'Hội Liên hiệp Phụ nữ huyện', 'Mặt trận – đoàn thể')];
    const rows = ['A', 'PN'].map((unitId) => person('Lâm Thị Mỹ Giang', 1959, { unitId, gender: 'female', position: 'Trưởng ấp số 1, xã Hội An' }));
    expect(matchRegistrations(rows, units).groups.map((g) => `${g.confidence} ${g.levels.place}`)).toEqual(['certain same']);
  });
});
