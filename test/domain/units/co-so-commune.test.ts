/**
 * A commune's, township's or ward's party committee written «Đảng bộ cơ sở xã …» (or «ĐBCS xã …») in a units list
 * without a type cell (trial 15): still the commune's, quota 02 (the guideline's "Riêng đảng bộ các xã, thị trấn"),
 * and the same unit as «Đảng ủy xã …» on its rows. Near misses: other grassroots party committees keep quota 01.
 */
import { defaultProfile } from '../../../src/domain/profile';
import { unitResolver } from '../../../src/domain/units/resolve-unit';
import { inferUnitType } from '../../../src/domain/units/unit-type';

const profile = defaultProfile();
const typeOf = (name: string) => {
  const t = inferUnitType(profile, name);
  return t && [t.name, t.quota];
};

describe('«Đảng bộ cơ sở» of a commune, township or ward', () => {
  it.each([
    ['Đảng bộ cơ sở xã Tân Lập', 'Đảng bộ xã'],
    ['Đảng ủy cơ sở xã Tân Lập', 'Đảng bộ xã'],
    ['ĐBCS xã Tân Lập', 'Đảng bộ xã'],
    ['ĐẢNG BỘ CƠ SỞ XÃ TÂN LẬP', 'Đảng bộ xã'],
    ['Đảng bộ cơ sở thị trấn Long Bình', 'Đảng bộ thị trấn'],
    ['Đảng bộ cơ sở phường 3', 'Đảng bộ phường'],
  ])('«%s» is «%s», quota 2', (name, type) => expect(typeOf(name)).toEqual([type, 2]));

  it.each(['Đảng bộ cơ sở Trường THPT An Phú', 'Đảng bộ cơ sở Công an huyện', 'ĐBCS Bệnh viện đa khoa huyện'])(
    'near miss: «%s» is a plain «Đảng bộ cơ sở», quota 1',
    (name) => expect(typeOf(name)).toEqual(['Đảng bộ cơ sở', 1]),
  );

  it('is the unit its rows name «Đảng ủy xã …», and no other commune', () => {
    const resolver = unitResolver(
      [
        { id: 'A', name: 'Đảng bộ cơ sở xã Tân Lập' },
        { id: 'B', name: 'Đảng bộ xã Phú Hữu' },
      ],
      'An Phú',
    );
    expect(['Đảng ủy xã Tân Lập', 'ĐU xã Tân Lập', 'ĐẢNG ỦY XÃ TÂN LẬP', 'ĐBCS xã Tân Lập'].map((t) => resolver.resolve(t)?.id)).toEqual(['A', 'A', 'A', 'A']);
    expect(resolver.resolve('Đảng ủy xã Tân Hội')).toBeUndefined();
  });
});
