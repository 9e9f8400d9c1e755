/**
 * The same body written two ways by two units (R5): with its commune's district as an address after it, or with the
 * abbreviation staff use. Near misses: two communes' bodies of one district, a district body and a commune's.
 */
import { collective, verdict } from './factory';

const pair = (x: string, y: string) => verdict(collective(x, { unitId: 'UB' }), collective(y, { unitId: 'PN' }));

describe('one body, two spellings', () => {
  it.each([
    ['Công an xã Mỹ Lợi', 'Công an xã Mỹ Lợi, huyện An Phú'],
    ['Công an xã Mỹ Lợi', 'Công an xã Mỹ Lợi huyện An Phú'],
    ['Trường Tiểu học thị trấn Phú Hòa', 'Trường Tiểu học thị trấn Phú Hòa, huyện An Phú'],
    ['Trạm Y tế xã Mỹ Lợi', 'TYT xã Mỹ Lợi'],
    ['Bệnh viện Đa khoa huyện', 'BV Đa khoa huyện'],
    ['Ban quản lý chợ Mỹ Lợi', 'BQL chợ Mỹ Lợi'],
    ['Ngân hàng Chính sách xã hội huyện', 'NHCSXH huyện'],
    ['Công ty TNHH Minh Phát', 'Cty TNHH Minh Phát'],
    ['Doanh nghiệp tư nhân Hòa Bình', 'DNTN Hòa Bình'],
  ])('"%s" / "%s" is one exemplar', (x, y) => expect(pair(x, y)).toBe('certain'));
});

describe('near misses: two bodies', () => {
  it.each([
    ['Công an xã Mỹ Lợi, huyện An Phú', 'Công an xã Tân Lập, huyện An Phú'],
    ['Công an huyện An Phú', 'Công an xã Mỹ Lợi'],
    ['TYT xã Mỹ Lợi', 'Trạm Y tế xã Tân Lập'],
    ['BV Đa khoa huyện', 'Trung tâm Y tế huyện'],
    ['Hội Nông dân huyện An Phú', 'Hội Nông dân xã Mỹ Lợi, huyện An Phú'],
  ])('"%s" / "%s" are two', (x, y) => expect(pair(x, y)).toBeUndefined());
});
