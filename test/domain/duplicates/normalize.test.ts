/** Normalising for matching: folded keys, expanded organisation names, places, the display form kept. */
import { ABBREVIATIONS } from '../../../src/domain/subjects/abbreviations';
import { expander, organisationTokens } from '../../../src/domain/duplicates/expand';
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { normalizeRegistrations } from '../../../src/domain/duplicates/normalize';
import { findPlaces } from '../../../src/domain/duplicates/places';
import { foldsOf, tokenize } from '../../../src/domain/duplicates/tokens';
import { collective, person, reg, UNITS } from './factory';

const words = (text: string) => foldsOf(organisationTokens(text));
const places = (text: string) => findPlaces(tokenize(text)).map((s) => [s.place.level, s.place.display]);

describe('folding', () => {
  it('ignores composition, case and tone placement but keeps the written form', () => {
    const [a, b] = normalizeRegistrations([person('Lê Văn Hoà'.normalize('NFD')), person('LÊ VĂN HÒA')], UNITS);
    expect(a?.nameFold).toBe(b?.nameFold);
    expect(a?.display).toBe('Lê Văn Hoà'.normalize('NFD'));
    expect(a?.nameAscii).toBe('le van hoa');
  });

  it('keeps "Thủy" and "Thùy" apart, and the diacritic-free forms together', () => {
    const [a, b] = normalizeRegistrations([person('Trần Thị Thủy'), person('Trần Thị Thùy')], UNITS);
    expect(a?.nameFold).not.toBe(b?.nameFold);
    expect(a?.nameAscii).toBe(b?.nameAscii);
  });
});

describe('organisation names', () => {
  it('expand abbreviations, also where a synonym follows', () => {
    expect(words('UBND xã An Bình')).toEqual(words('Ủy ban nhân dân xã An Bình'));
    expect(words('Ủy ban MTTQ VN xã An Bình')).toEqual(words('Mặt trận Tổ quốc xã An Bình'));
    expect(words('Đảng ủy xã An Bình')).toEqual(words('Đảng bộ xã An Bình'));
    expect(words('Trường TH&THCS An Bình')).toEqual(words('Trường Tiểu học, Trung học cơ sở An Bình'));
  });

  it('expand "TT" and "TP" only before a place name', () => {
    expect(words('TT Phú Hòa')).toEqual(words('thị trấn Phú Hòa'));
    expect(words('TP Hải Dương')).toEqual(words('thành phố Hải Dương'));
    expect(words('TT Văn hóa huyện')).toEqual(words('Trung tâm Văn hóa huyện'));
    expect(words('Tổ trưởng TT')).toEqual(words('tổ trưởng tt'));
  });

  it('read Roman numerals as numbers, in capitals after a word that takes a number', () => {
    expect(words('Đội IV')).toEqual(words('Đội 4'));
    expect(words('XÓM XII')).toEqual(words('xóm 12'));
    // "XI MĂNG" is cement, not eleven.
    expect(words('CÔNG TY XI MĂNG')).toEqual(words('công ty xi măng'));
  });

  it('take a district table of their own', () => {
    const own = expander([...ABBREVIATIONS, { short: ['HNCT'], full: 'Hội Người cao tuổi' }]);
    const rows = [collective('HNCT xã An Bình'), collective('Hội Người cao tuổi xã An Bình')];
    expect(matchRegistrations(rows, UNITS).groups).toHaveLength(0);
    expect(matchRegistrations(rows, UNITS, { expand: own }).groups.map((g) => g.confidence)).toEqual(['certain']);
  });
});

describe('places', () => {
  it('are read from keyword and capitalised name', () => {
    expect(places('Chủ tịch Hội Phụ nữ xã An Bình huyện An Phú')).toEqual([
      ['commune', 'xã An Bình'],
      ['district', 'huyện An Phú'],
    ]);
    expect(places('Chi bộ Thôn 3, xã Tân Lập')).toEqual([
      ['village', 'thôn 3'],
      ['commune', 'xã Tân Lập'],
    ]);
    expect(places('CHI BỘ THÔN 3 XÃ TÂN LẬP')).toEqual([
      ['village', 'thôn 3'],
      ['commune', 'xã TÂN LẬP'],
    ]);
    expect(places('Hợp tác xã Nông nghiệp An Bình')).toEqual([]);
    expect(places('Cán bộ xã')).toEqual([]);
  });

  it('of a person come from position and workplace, else from the proposing unit', () => {
    const [a, b, c] = normalizeRegistrations(
      [
        person('Vũ Thị Lan', 1983, { unitId: 'PN', position: 'Chủ tịch Hội Phụ nữ xã An Bình' }),
        person('Vũ Thị Lan', 1983, { unitId: 'X02' }),
        person('Vũ Thị Lan', 1983, { unitId: 'UB' }),
      ],
      UNITS,
    );
    expect([a?.place?.display, a?.placeFrom]).toEqual(['xã An Bình', 'text']);
    expect([b?.place?.display, b?.placeFrom]).toEqual(['xã Tân Lập', 'unit']);
    expect(c?.place).toBeUndefined();
  });

  it('of a collective are set apart from its name', () => {
    const [a] = normalizeRegistrations([collective('Chi bộ Thôn 3 xã An Bình', { unitId: 'UB' })], UNITS);
    expect(a?.collective?.seqFold).toBe(foldsOf(tokenize('chi bộ thôn 3')));
    expect(a?.collective?.numbers).toBe('3');
    expect(a?.collective?.organisation).toBe(foldsOf(tokenize('chi bộ')));
    expect(a?.place?.display).toBe('xã An Bình');
  });
});

describe('kinds', () => {
  it('a name that begins like a body is a collective whatever the row says', () => {
    const [a] = normalizeRegistrations([reg('Chi bộ Thôn 3', { kind: 'individual' })], UNITS);
    expect(a?.kind).toBe('collective');
  });

  it('rows without a name are left out', () => {
    expect(normalizeRegistrations([reg('  ')], UNITS)).toEqual([]);
  });
});
