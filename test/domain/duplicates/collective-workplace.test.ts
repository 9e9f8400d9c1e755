/**
 * Trial 3: a district body proposes same-named collectives of several communes ("Chi hội Nông dân ấp 1"), the commune
 * written in the "Chức vụ, đơn vị công tác" column rather than in the name: two collectives, never merged. The same
 * name with the same commune there, or with none, is still the duplicate it was.
 */
import { collective, verdict } from './factory';

describe("a collective placed by its row's workplace column", () => {
  it.each<[string, string, string]>([
    ['Chi hội Nông dân ấp 1', 'xã An Bình', 'xã Tân Lập'],
    ['Chi hội Nông dân ấp 1', 'Xã An Bình', 'Thị trấn Phú Hòa'],
    ['Tổ Phụ nữ tự quản số 2', 'ấp 3, xã An Bình', 'ấp 3, xã Tân Lập'],
    ['Chi đoàn ấp Mỹ Lợi', 'Đoàn xã An Bình', 'Đoàn xã Tân Lập'],
  ])('«%s» of %s and of %s: not merged', (name, a, b) => {
    expect(verdict(collective(name, { unitId: 'ND', workplace: a }), collective(name, { unitId: 'ND', workplace: b }))).not.toBe('certain');
  });

  it('near misses: the same commune there, or none on either row, is the duplicate it was', () => {
    const name = 'Chi hội Nông dân ấp 1';
    expect(verdict(collective(name, { unitId: 'ND', workplace: 'xã An Bình' }), collective(name, { unitId: 'ND', workplace: 'xã An Bình' }))).toBe('certain');
    expect(verdict(collective(name, { unitId: 'ND' }), collective(name, { unitId: 'ND' }))).toBe('certain');
  });

  it('near miss: a commune in the name wins over the column', () => {
    const a = collective('Chi hội Nông dân ấp 1, xã An Bình', { unitId: 'ND', workplace: 'Hội Nông dân huyện' });
    const b = collective('Chi hội Nông dân ấp 1 xã An Bình', { unitId: 'ND', workplace: 'xã Tân Lập' });
    expect(verdict(a, b)).toBe('certain');
  });
});
