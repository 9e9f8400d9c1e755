/**
 * A district body named with the district's name in place of "huyện" ("Hội Nông dân An Phú" for "Hội Nông dân
 * huyện"), once the district is known. Near misses: a commune's body, another district's, an unknown district.
 */
import { unitKeys } from '../../../src/domain/units/unit-key';

const shareKey = (a: string, b: string, district: string) => {
  const k = unitKeys(district);
  return k.keys(a).some((x) => k.keys(b).includes(x));
};

describe('the district’s name for "huyện"', () => {
  it.each([
    ['Hội Nông dân An Phú', 'Hội Nông dân huyện'],
    ['Chi bộ KBNN An Phú', 'Chi bộ Kho bạc Nhà nước huyện'],
    ['LĐLĐ An Phú', 'Liên đoàn Lao động huyện'],
    ['Đảng bộ Công an An Phú', 'Đảng bộ Công an huyện'],
    ['HỘI NÔNG DÂN AN PHÚ', 'Hội Nông dân huyện'],
  ])('"%s" is "%s" of district An Phú', (written, listed) => expect(shareKey(written, listed, 'An Phú')).toBe(true));

  it.each([
    ['a commune’s body', 'Hội Nông dân An Bình', 'An Phú'],
    ['another district’s body', 'Hội Nông dân Tân Châu', 'An Phú'],
    ['no district known', 'Hội Nông dân An Phú', ''],
    ['the township named like its district', 'Hội Nông dân thị trấn An Phú', 'An Phú'],
  ])('near miss: %s', (_, written, district) => expect(shareKey(written, 'Hội Nông dân huyện', district)).toBe(false));

  it.each([
    ['Trường THPT An Phú', 'Trường THPT huyện'],
    ['Chi bộ Trường THCS An Phú', 'Chi bộ Trường THCS huyện'],
  ])('near miss: a school named after the district, "%s", is not "%s"', (written, listed) => expect(shareKey(written, listed, 'An Phú')).toBe(false));
});
