/**
 * Trial 14, class 7: a collective written with the short forms staff use is the same collective spelled out
 * («CB ấp Phú Lợi», «BCH Quân sự xã», «HTX DVNN»). Near misses: «CB» in a position means «cán bộ».
 */
import { collective, person, verdict } from './factory';

describe('collectives written short and spelled out', () => {
  it.each([
    ['Chi bộ ấp Phú Lợi, xã An Bình', 'CB ấp Phú Lợi, xã An Bình'],
    ['Chi bộ Trường THCS An Bình', 'CB Trường THCS An Bình'],
    ['Ban Chỉ huy Quân sự xã An Bình', 'BCH Quân sự xã An Bình'],
    ['Ban Chỉ huy Quân sự xã An Bình', 'BCH QS xã An Bình'],
    ['Hợp tác xã Dịch vụ nông nghiệp An Bình', 'HTX DVNN An Bình'],
    ['Hợp tác xã Dịch vụ Thương mại An Bình', 'HTX DV Thương mại An Bình'],
    // Trial 15: «Hội ND», «Đoàn TN».
    ['Hội Nông dân xã An Bình', 'Hội ND xã An Bình'],
    ['Đoàn Thanh niên xã An Bình', 'Đoàn TN xã An Bình'],
  ])('%s / %s: one collective', (a, b) => {
    expect(verdict(collective(a, { unitId: 'X01' }), collective(b, { unitId: 'ND' }))).toBe('certain');
  });

  it('near miss: two other bodies stay apart', () => {
    expect(verdict(collective('Chi bộ ấp Phú Lợi, xã An Bình', { unitId: 'X01' }), collective('CB ấp Phú Thạnh, xã An Bình', { unitId: 'ND' }))).toBeUndefined();
    expect(verdict(collective('Ban Chấp hành Đoàn xã An Bình', { unitId: 'X01' }), collective('BCH Quân sự xã An Bình', { unitId: 'ND' }))).toBeUndefined();
    expect(verdict(collective('Hội ND xã An Bình', { unitId: 'X01' }), collective('Hội ND xã Tân Lập', { unitId: 'ND' }))).toBeUndefined();
    expect(verdict(collective('Hội Nông dân xã An Bình', { unitId: 'X01' }), collective('Đoàn TN xã An Bình', { unitId: 'ND' }))).toBeUndefined();
  });

  it('near miss: «CB» opening a position is a cadre, the workplace after it is compared as before', () => {
    const a = person('Nguyễn Văn Hùng', 1980, { unitId: 'UB', position: 'CB Phòng Tư pháp huyện' });
    const b = person('Nguyễn Văn Hùng', 1980, { unitId: 'PN', position: 'Cán bộ Phòng Tư pháp huyện' });
    expect(verdict(a, b)).toBe('certain');
  });
});
