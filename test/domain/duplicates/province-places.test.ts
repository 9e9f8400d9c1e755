/**
 * Trial 14 (a province's roll-up): collectives and people told apart by where they are. A hamlet named like a
 * commune of the district is a hamlet («ấp Phú Thạnh» of xã An Bình is not xã Phú Thạnh); words swapped one by one
 * name another body («ấp Hòa Bình» / «ấp Bình Hòa»); one commune name in two districts is two communes.
 */
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import type { Registration } from '../../../src/domain/records';
import { collective, person, unit } from './factory';

const UNITS = [
  unit('AB', 'Đảng bộ xã An Bình'),
  unit('KA', 'Đảng bộ xã Khánh An'),
  unit('PT', 'Đảng bộ xã Phú Thạnh'),
  unit('ND', 'Hội Nông dân huyện', 'Mặt trận – đoàn thể'),
  unit('AP', 'Đảng bộ xã An Bình, huyện An Phú'),
  unit('TC', 'Đảng bộ xã An Bình, huyện Tân Châu'),
  unit('NDAP', 'Hội Nông dân huyện An Phú', 'Mặt trận – đoàn thể'),
];

function verdict(a: Registration, b: Registration): 'certain' | 'probable' | undefined {
  return matchRegistrations([a, b], UNITS).groups[0]?.confidence;
}

describe('a hamlet named like a commune of the district', () => {
  it.each([
    'Chi hội Phụ nữ ấp Phú Thạnh',
    'Chi bộ Thôn Phú Thạnh',
    'Chi hội Nông dân khu phố Khánh An',
    'Tổ dân phố Khánh An',
    'CHI ĐOÀN ẤP PHÚ THẠNH',
  ])('«%s» of two other communes: two collectives', (name) => {
    const [a, b] = name.includes('Khánh An') ? ['AB', 'PT'] : ['AB', 'KA'];
    expect(verdict(collective(name, { unitId: a }), collective(name, { unitId: b }))).toBeUndefined();
  });

  it('the hamlet of the proposing commune, written with the commune by a district body: one collective', () => {
    expect(verdict(collective('Chi bộ Ấp Phú Thạnh', { unitId: 'KA' }), collective('Chi bộ Ấp Phú Thạnh, xã Khánh An', { unitId: 'ND' }))).toBe('certain');
  });

  it('near miss: a body named after the commune without a hamlet word is still in that commune', () => {
    expect(verdict(collective('Trường THCS Phú Thạnh', { unitId: 'PT' }), collective('Trường THCS Phú Thạnh', { unitId: 'ND' }))).toBe('certain');
  });

  it('near miss: one hamlet written alike by two proposers of one person', () => {
    expect(verdict(person('Lê Văn Một', 1970, { unitId: 'ND', position: 'Nông dân, ấp Phú Thạnh' }), person('Lê Văn Một', 1970, { unitId: 'KA', position: 'Nông dân ấp Phú Thạnh' }))).toBe('certain');
  });
});

describe('words in another order', () => {
  it.each([
    ['Chi bộ ấp Hòa Bình', 'Chi bộ ấp Bình Hòa'],
    ['Tổ hợp tác may mặc ấp Long Hòa', 'Tổ hợp tác may mặc ấp Hòa Long'],
    ['Hợp tác xã Phú Thịnh', 'Hợp tác xã Thịnh Phú'],
  ])('%s / %s, one unit: two bodies', (a, b) => {
    expect(verdict(collective(a, { unitId: 'AB' }), collective(b, { unitId: 'AB' }))).toBeUndefined();
  });

  it('near miss (review 20): a namesake\'s letter moved is the same body, for a clerk to look at', () => {
    expect(verdict(collective('Trường Tiểu học Phú Hữu A', { unitId: 'AB' }), collective('Trường Tiểu học "A" Phú Hữu', { unitId: 'ND' }))).toBeDefined();
    expect(verdict(collective('Trường Tiểu học Phú Hữu A', { unitId: 'AB' }), collective('Trường Tiểu học "B" Phú Hữu', { unitId: 'ND' }))).toBeUndefined();
  });

  it.each([
    ['Phòng Văn hóa và Thông tin huyện', 'Phòng Thông tin và Văn hóa huyện'],
    ['Phòng Giáo dục và Đào tạo', 'Phòng Đào tạo và Giáo dục'],
    ['Tổ chuyên môn Toán – Tin', 'Tổ chuyên môn Tin – Toán'],
  ])('near miss: the two sides of «và» or a dash swapped, %s / %s, are one body', (a, b) => {
    expect(verdict(collective(a, { unitId: 'AB' }), collective(b, { unitId: 'AB' }))).toBe('certain');
  });

  it('near miss: whole phrases moved are one body', () => {
    expect(verdict(collective('Chi bộ Thôn 3 Trường Tiểu học', { unitId: 'AB' }), collective('Chi bộ Trường Tiểu học Thôn 3', { unitId: 'AB' }))).toBe('certain');
  });
});

describe('one commune name in two districts', () => {
  it("two districts' schools of xã An Bình: two collectives", () => {
    expect(verdict(collective('Trường Tiểu học An Bình', { unitId: 'AP' }), collective('Trường Tiểu học An Bình', { unitId: 'TC' }))).toBeUndefined();
    expect(verdict(collective('Chi bộ ấp 3, xã An Bình', { unitId: 'AP' }), collective('Chi bộ ấp 3, xã An Bình', { unitId: 'TC' }))).toBeUndefined();
  });

  it('namesakes born the same year in the two districts\' xã An Bình: never certain', () => {
    const a = person('Nguyễn Văn Việt', 1976, { unitId: 'AP', position: 'Bí thư Đoàn xã An Bình' });
    expect(verdict(a, person('Nguyễn Văn Việt', 1976, { unitId: 'TC', position: 'Chủ tịch Hội Nông dân xã An Bình' }))).toBeUndefined();
    expect(verdict(a, person('Nguyễn Văn Việt', 1976, { unitId: 'TC', position: 'Bí thư Đoàn xã An Bình' }))).not.toBe('certain');
  });

  it('near miss: the district said by one side only, or by both alike, is one district', () => {
    expect(verdict(collective('Trường Tiểu học An Bình', { unitId: 'AP' }), collective('Trường Tiểu học An Bình', { unitId: 'AB' }))).toBe('certain');
    const a = person('Nguyễn Văn Việt', 1976, { unitId: 'AP', position: 'Bí thư Đoàn xã An Bình' });
    expect(verdict(a, person('Nguyễn Văn Việt', 1976, { unitId: 'NDAP', position: 'Bí thư Đoàn xã An Bình' }))).toBe('certain');
    expect(verdict(a, person('Nguyễn Văn Việt', 1976, { unitId: 'AB', position: 'Bí thư Đoàn xã An Bình' }))).toBe('certain');
  });
});
