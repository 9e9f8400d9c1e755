/** Each spelling variant the matcher must see through, with a pair it must match and a pair it must not. */
import { encodeLegacy, decodeLegacy } from '../../../src/domain/text';
import { collective, compare, levelOf, person, verdict } from './factory';

const female = { gender: 'female' as const };
const male = { gender: 'male' as const };

describe('people', () => {
  it('NFD and NFC are one name', () => {
    expect(verdict(person('Trần Thị Thủy'.normalize('NFD'), 1979, female), person('Trần Thị Thủy', 1979, female))).toBe('certain');
    expect(verdict(person('Trần Thị Thủy'.normalize('NFD'), 1979, female), person('Trần Thị Thùy', 1979, female))).not.toBe('certain');
  });

  it('old and new tone placement are one name ("Hoà" / "Hòa", "Thuỷ" / "Thủy")', () => {
    const o = compare(person('Lê Văn Hoà', 1968, male), person('Lê Văn Hòa', 1968, male));
    expect(levelOf(o, 'name')).toBe('exact');
    expect(o.confidence).toBe('certain');
    expect(verdict(person('Lê Văn Hoà', 1968, male), person('Lê Văn Hoa', 1968, { ...male, unitId: 'X02' }))).toBeUndefined();
  });

  it('i and y in open syllables are one letter ("Lý" / "Lí", "Mỹ" / "Mĩ", "Quý" / "Quí")', () => {
    expect(levelOf(compare(person('Lý Thị Mỹ', 1980), person('Lí Thị Mĩ', 1980)), 'name')).toBe('exact');
    expect(levelOf(compare(person('Đào Quý Hùng', 1980), person('Đào Quí Hùng', 1980)), 'name')).toBe('exact');
    // "uy" is not an open i/y syllable: "Thúy" and "Thúi" stay apart.
    expect(levelOf(compare(person('Nguyễn Thị Thúy', 1980), person('Nguyễn Thị Thúi', 1980)), 'name')).not.toBe('exact');
  });

  it('honorifics are dropped only when a full name follows', () => {
    expect(verdict(person('Bà Trần Thị Thủy', 1979, female), person('Trần Thị Thủy', 1979, female))).toBe('certain');
    expect(verdict(person('Đ/c Nguyễn Văn Tuấn', 1980, male), person('Nguyễn Văn Tuấn', 1980, male))).toBe('certain');
    // "Anh Thư" is a name: "Anh" is kept, and it is not "Thư".
    expect(verdict(person('Anh Thư', 1990), person('Thư', 1990))).toBeUndefined();
    expect(verdict(person('Anh Thư', 1990), person('Anh Thư', 1990))).toBeDefined();
  });

  it('TCVN3 and VNI text, once decoded, is the same name', () => {
    const tcvn = decodeLegacy(encodeLegacy('Nguyễn Văn Hùng', 'tcvn3'), 'tcvn3');
    const vni = decodeLegacy(encodeLegacy('Nguyễn Văn Hùng', 'vni'), 'vni');
    expect(verdict(person(tcvn, 1975, male), person('Nguyễn Văn Hùng', 1975, male))).toBe('certain');
    expect(verdict(person(vni, 1975, male), person('Nguyễn Văn Hùng', 1975, male))).toBe('certain');
    expect(verdict(person(tcvn, 1975, male), person('Nguyễn Văn Hùng', 1990, male))).toBeUndefined();
  });

  it('a missing middle name ("Trần Thủy" / "Trần Thị Thủy") with the same year matches', () => {
    const o = compare(person('Trần Thủy', 1979, female), person('Trần Thị Thủy', 1979, female));
    expect(levelOf(o, 'name')).toBe('middleMissing');
    expect(o.confidence).toBeDefined();
    // Another middle name is another person; so is another year.
    expect(verdict(person('Trần Văn Thủy', 1979), person('Trần Thị Thủy', 1979))).toBeUndefined();
    expect(verdict(person('Trần Thủy', 1979, female), person('Trần Thị Thủy', 1990, female))).toBeUndefined();
  });

  it('a middle name written by its initial ("Nguyễn T. Ngọc Hân" / "Nguyễn Thị Ngọc Hân") is probable, never certain', () => {
    for (const [a, b] of [
      ['Nguyễn T. Ngọc Hân', 'Nguyễn Thị Ngọc Hân'],
      ['Nguyễn T Ngọc Hân', 'Nguyễn Thị Ngọc Hân'],
      ['Lê V. Hùng', 'Lê Văn Hùng'],
      ['Trần Thị N. Lan', 'Trần Thị Ngọc Lan'],
    ]) {
      const o = compare(person(a as string, 1985, female), person(b as string, 1985, female));
      expect([a, levelOf(o, 'name'), o.confidence]).toEqual([a, 'middleInitial', 'probable']);
    }
    // Another initial, another given name, another surname or another year: another person.
    expect(verdict(person('Nguyễn H. Ngọc Hân', 1985, female), person('Nguyễn Thị Ngọc Hân', 1985, female))).toBeUndefined();
    expect(verdict(person('Nguyễn T. Ngọc Hà', 1985, female), person('Nguyễn Thị Ngọc Hân', 1985, female))).toBeUndefined();
    expect(verdict(person('Trần T. Ngọc Hân', 1985, female), person('Nguyễn Thị Ngọc Hân', 1985, female))).toBeUndefined();
    expect(verdict(person('Nguyễn T. Ngọc Hân', 1985, female), person('Nguyễn Thị Ngọc Hân', 1992, female))).toBeUndefined();
  });

  it('a name typed without diacritics is "same but for diacritics"', () => {
    const o = compare(person('Nguyen Van Hung', 1975, male), person('Nguyễn Văn Hùng', 1975, male));
    expect(levelOf(o, 'name')).toBe('noDiacritics');
    expect(o.confidence).toBeDefined();
    expect(verdict(person('Nguyen Van Hung', 1975, male), person('Nguyễn Văn Hùng', 1990, male))).toBeUndefined();
  });

  it('a given name differing by a diacritic ("Hùng" / "Hưng") is probable at most', () => {
    const strong = { ...male, position: 'Bí thư Chi bộ Thôn 3' };
    const o = compare(person('Nguyễn Văn Hùng', 1975, strong), person('Nguyễn Văn Hưng', 1975, strong));
    expect(levelOf(o, 'name')).toBe('diacriticsGiven');
    expect(o.confidence).toBe('probable');
    // In another commune, nothing is left to suggest one person.
    expect(verdict(person('Nguyễn Văn Hùng', 1975, male), person('Nguyễn Văn Hưng', 1975, { ...male, unitId: 'X02' }))).toBeUndefined();
  });

  it('a one-letter typo is probable at most', () => {
    const o = compare(person('Hoàng Minh Đức', 1972, male), person('Hoàng Mnh Đức', 1972, male));
    expect(levelOf(o, 'name')).toBe('oneEdit');
    expect(o.confidence).toBe('probable');
    expect(verdict(person('Hoàng Minh Đức', 1972, male), person('Hoàng Minh Đức Anh', 1972, male))).toBeUndefined();
  });

  it('the same person proposed by units of two blocs is certain and cross-bloc', () => {
    const a = person('Trần Thị Thủy', 1979, { ...female, unitId: 'X02' });
    const b = person('Trần Thị Thuỷ', 1979, { ...female, unitId: 'UB', position: 'Chủ tịch Hội Phụ nữ xã Tân Lập' });
    expect(verdict(a, b)).toBe('certain');
  });

  it('the same unit listing someone twice is certain', () => {
    expect(verdict(person('Đỗ Quang Vinh', 1990, male), person('Đỗ Quang Vinh', 1990, male))).toBe('certain');
  });

  it('two people sharing a common name, born years apart in different communes, are not even probable', () => {
    const a = person('Nguyễn Văn Hùng', 1975, { ...male, unitId: 'X01' });
    const b = person('Nguyễn Văn Hùng', 1983, { ...male, unitId: 'X02' });
    expect(verdict(a, b)).toBeUndefined();
    // Born the same year in different communes: usually two people (issue 15), not reported.
    expect(verdict(a, person('Nguyễn Văn Hùng', 1975, { ...male, unitId: 'X02' }))).toBeUndefined();
  });

  it('common names weigh less than rare ones', () => {
    const common = compare(person('Nguyễn Văn Hùng', 1975), person('Nguyễn Văn Hùng', 1975));
    const rare = compare(person('Khúc Thừa Dụ', 1975), person('Khúc Thừa Dụ', 1975));
    expect(common.score).toBeLessThan(rare.score);
    expect(common.evidence).toContainEqual({ field: 'nameFrequency', level: 'common', points: -1 });
  });
});

describe('collectives', () => {
  it('reordered words are one name once the commune is set apart', () => {
    const a = collective('Chi bộ Thôn 3 xã An Bình', { unitId: 'UB' });
    expect(verdict(a, collective('Chi bộ xã An Bình Thôn 3', { unitId: 'UB' }))).toBe('certain');
    expect(verdict(a, collective('Chi bộ xã Tân Lập Thôn 3', { unitId: 'UB' }))).toBeUndefined();
  });

  it('abbreviations are expanded through the table', () => {
    const pairs: [string, string][] = [
      ['UBND xã An Bình', 'Ủy ban nhân dân xã An Bình'],
      ['HĐND xã An Bình', 'Hội đồng nhân dân xã An Bình'],
      ['Ủy ban MTTQ xã An Bình', 'Mặt trận Tổ quốc xã An Bình'],
      ['Hội LHPN xã An Bình', 'Hội Phụ nữ xã An Bình'],
      ['HND xã An Bình', 'Hội Nông dân xã An Bình'],
      ['Hội CCB xã An Bình', 'Hội Cựu chiến binh xã An Bình'],
      ['Trường THCS An Bình', 'Trường Trung học cơ sở An Bình'],
      ['Trường THPT An Phú', 'Trường Trung học phổ thông An Phú'],
      ['Trường TH An Bình', 'Trường Tiểu học An Bình'],
      ['Chi bộ TT Phú Hòa', 'Chi bộ thị trấn Phú Hòa'],
    ];
    for (const [short, full] of pairs) expect([short, verdict(collective(short), collective(full))]).toEqual([short, 'certain']);
    // "TT" before a service is a centre, not a township; "TH" outside a school's name is left alone.
    expect(verdict(collective('TT Y tế huyện', { unitId: 'UB' }), collective('Trung tâm Y tế huyện', { unitId: 'UB' }))).toBe('certain');
    expect(verdict(collective('Trường TH An Bình'), collective('Trường THCS An Bình'))).toBeUndefined();
  });

  it('Roman numerals are read as numbers', () => {
    expect(verdict(collective('Chi bộ Thôn III'), collective('Chi bộ Thôn 3'))).toBe('certain');
    expect(verdict(collective('CHI BỘ THÔN II'), collective('Chi bộ Thôn 2'))).toBe('certain');
    expect(verdict(collective('Chi bộ Thôn II'), collective('Chi bộ Thôn 3'))).toBeUndefined();
  });

  it('a collective named after its commune is placed there, whoever proposes it', () => {
    const a = collective('Hợp tác xã Nông nghiệp Tân Lập', { unitId: 'X02' });
    expect(verdict(a, collective('HTX Nông nghiệp Tân Lập', { unitId: 'ND' }))).toBe('certain');
    expect(verdict(collective('Trường THCS An Bình', { unitId: 'UB' }), collective('Trường THCS An Bình', { unitId: 'X02' }))).toBe('certain');
    expect(verdict(a, collective('Hợp tác xã Nông nghiệp An Bình', { unitId: 'ND' }))).toBeUndefined();
  });

  it('a household written two ways is one exemplar', () => {
    const a = collective('Gia đình ông Nguyễn Văn Ba', { household: true });
    expect(verdict(a, collective('Hộ gia đình Nguyễn Văn Ba', { household: true }))).toBe('certain');
    expect(verdict(a, collective('Hộ gia đình Nguyễn Văn Bốn', { household: true }))).toBeUndefined();
  });

  it('a district body proposed twice is certain; its namesake in a commune is not', () => {
    const a = collective('Phòng Văn hóa và Thông tin huyện', { unitId: 'UB' });
    expect(verdict(a, collective('Phòng Văn hoá và Thông tin huyện', { unitId: 'ND' }))).toBe('certain');
    expect(verdict(collective('Chi bộ Thôn 1'), collective('Chi bộ Thôn 1', { unitId: 'X02' }))).toBeUndefined();
  });
});
