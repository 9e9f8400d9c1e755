/**
 * Trial 11, item 7: a commune's, township's or ward's body («UBND xã An Bình», «Hội Nông dân phường 1») is not a unit
 * of the district-level type its first words name: no type (and no quota) rather than «UBND huyện» with quota 01.
 * Near misses: the district's own bodies, a town's People's Committee («UBND thị xã»), the communes' party committees.
 */
import { defaultProfile } from '../../../src/domain/profile';
import { inferUnitType } from '../../../src/domain/units/unit-type';
import { unitTypeName } from '../../../src/functions/text';

const profile = defaultProfile();
const typeOf = (name: string) => inferUnitType(profile, name)?.name;

describe('a commune’s body has no district type', () => {
  it.each(['UBND xã An Bình', 'Ủy ban nhân dân xã An Bình', 'Hội Nông dân xã An Bình', 'Hội LHPN thị trấn Phú Mỹ', 'UBMTTQ xã Tân Lập', 'Hội Cựu chiến binh phường 1'])(
    '%s',
    (name) => {
      expect(typeOf(name)).toBeUndefined();
      expect(() => unitTypeName(profile, name)).toThrow();
    },
  );
});

describe('near misses keep their types', () => {
  it.each<[string, string]>([
    ['UBND huyện', 'UBND huyện'],
    ['Ủy ban nhân dân thị xã Bến Cát', 'UBND huyện'],
    ['Hội Nông dân huyện', 'Đoàn thể huyện'],
    ['Hội Nông dân', 'Đoàn thể huyện'],
    ['Đảng bộ xã An Bình', 'Đảng bộ xã'],
    ['ĐU xã An Bình', 'Đảng bộ xã'],
    ['Đảng ủy phường 1', 'Đảng bộ phường'],
    ['Xã An Bình', 'Đảng bộ xã'],
    ['Ủy ban MTTQ Việt Nam huyện', 'MTTQ huyện'],
  ])('%s → %s', (name, type) => {
    expect(typeOf(name)).toBe(type);
  });
});
