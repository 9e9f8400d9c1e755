/**
 * A short form no abbreviation list names, typed in a body's capitals («CHI BỘ CƠ QUAN UBKT HUYỆN», «TỔ ANTT ẤP 3»),
 * was printed as a word («Ubkt», «Antt») on the signed list and in the names written from letterheads. Two consonants
 * side by side that no Vietnamese syllable joins say it is a short form: kept in capitals. Near misses: place names of
 * plain letters («THÔN KHANH», «XÃ EA KAR», «IA GRAI», «ĐĂK GLONG») and longer foreign words («SAMSUNG») are written
 * as names are (review 29, W3).
 */
import { bodyNameWriter } from '../../../src/domain/ceremony/name-case';
import { defaultProfile } from '../../../src/domain/profile';
import { unitNameWriter } from '../../../src/domain/units/written-name';

const body = bodyNameWriter(defaultProfile().unitAbbreviations);
const letterhead = unitNameWriter(defaultProfile().unitAbbreviations);

describe('a short form no list names', () => {
  it.each([
    ['CHI BỘ CƠ QUAN UBKT HUYỆN', 'Chi bộ Cơ quan UBKT huyện'],
    ['TỔ ANTT ẤP 3', 'Tổ ANTT ấp 3'],
    ['CÔNG TY CP ABC', 'Công ty CP ABC'],
    ['CHI BỘ CTCP SÀI GÒN', 'Chi bộ CTCP Sài Gòn'],
  ])('%s → %s', (typed, printed) => {
    expect(body(typed)).toBe(printed);
  });

  it('in a letterhead too', () => {
    expect(letterhead('CHI BỘ CƠ QUAN UBKT HUYỆN')).toBe('Chi bộ Cơ quan UBKT huyện');
  });

  it.each([
    ['CHI BỘ THÔN KHANH', 'Chi bộ thôn Khanh'],
    ['XÃ EA KAR', 'Xã Ea Kar'],
    ['XÃ ĐĂK MAR', 'Xã Đăk Mar'],
    ['CHI BỘ ẤP PHUONG THANH', 'Chi bộ ấp Phuong Thanh'],
    ['HỘI NÔNG DÂN XÃ NGHIA TRUNG', 'Hội Nông dân xã Nghia Trung'],
    // Review 29, W3: clusters that begin other peoples' words; foreign words are longer than short forms.
    ['CHI BỘ THÔN IA GRAI', 'Chi bộ thôn Ia Grai'],
    ['CHI ĐOÀN THÔN ĐĂK GLONG', 'Chi đoàn thôn Đăk Glong'],
    ['CHI BỘ BUÔN EA TLING', 'Chi bộ buôn Ea Tling'],
    ['CÔNG TY TNHH SAMSUNG ELECTRONICS', 'Công ty TNHH Samsung Electronics'],
  ])('near miss: %s → %s', (typed, printed) => {
    expect(body(typed)).toBe(printed);
  });
});
