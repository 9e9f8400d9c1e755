/**
 * A unit written with punctuation after a word that bears a tone («Đảng bộ xã An Bình, huyện An Phú», «… Tân Lập
 * (huyện An Phú)») keys as the same words without it (trial 15): the tone key once put the word's tone after the
 * comma, so the name matched a list that abbreviates («ĐU xã An Bình») in no key, and its rows counted for no unit.
 */
import { unitResolver } from '../../../src/domain/units/resolve-unit';
import { unitKeys } from '../../../src/domain/units/unit-key';

const UNITS = [
  { id: 'AB', name: 'ĐU xã An Bình' },
  { id: 'TL', name: 'ĐB xã Tân Lập' },
  { id: 'PN', name: 'Hội LHPN huyện' },
  { id: 'ND', name: 'Hội ND xã Phú Hữu' },
];

describe('punctuation after a toned word', () => {
  it.each([
    ['Đảng bộ xã An Bình, huyện An Phú', 'AB'],
    ['Đảng ủy xã An Bình; huyện An Phú', 'AB'],
    ['Đảng ủy xã An Bình.', 'AB'],
    ['Đảng bộ xã Tân Lập (huyện An Phú)', 'TL'],
    ['Đảng bộ xã Tân Lập, huyện An Phú, tỉnh An Giang', 'TL'],
    ['Hội Liên hiệp Phụ nữ huyện, An Phú', 'PN'],
    ['Hội Nông dân xã Phú Hữu - huyện An Phú', 'ND'],
  ])('«%s» is %s of a list that abbreviates', (text, id) => {
    for (const district of ['', 'An Phú']) expect(unitResolver(UNITS, district).resolve(text)?.id).toBe(id);
  });

  it('keys a word alike with or without the comma after it', () => {
    const k = unitKeys('');
    expect(k.keys('Đảng bộ xã An Bình, huyện An Phú')).toContain(k.key('Đảng bộ xã An Bình'));
  });

  it.each(['Đảng bộ xã An Bình Đông, huyện An Phú', 'Đảng ủy xã Tân Lập Tây.', 'Hội Nông dân xã Phú Hữu A'])(
    'near miss: «%s», another commune, stays unmatched',
    (text) => expect(unitResolver(UNITS, 'An Phú').resolve(text)).toBeUndefined(),
  );
});
