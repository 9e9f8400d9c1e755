/** Highland names written with or without their apostrophe, hyphen or presyllable vowel are one name to the matcher. */
import { highlandParts } from '../../../src/domain/duplicates/highland-names';
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { compare, levelOf, person, UNITS, verdict } from './factory';

const female = { gender: 'female' as const };
const male = { gender: 'male' as const };

describe('highlandParts', () => {
  it('sets a prefix or a presyllable apart, whichever way it was joined', () => {
    expect(highlandParts('Ksor HLuih')).toBe('K sor H Luih');
    expect(highlandParts('Kpă')).toBe('K pă');
    expect(highlandParts('Rơ Mah Hơn')).toBe('R Mah Hơn');
    expect(highlandParts('Rơmah Hơn')).toBe('R mah Hơn');
    expect(highlandParts('Rmah Hơn')).toBe('R mah Hơn');
    expect(highlandParts('Y-Bhin Êban')).toBe('Y-Bhin Êban');
    expect(highlandParts('Siu Bkrông')).toBe('Siu B k rông');
  });

  it('leaves Kinh names and their initials as written', () => {
    for (const name of ['Nguyễn Văn Thanh', 'Trương Thị Nghĩa', 'Nguyễn T. Ngọc Hân', 'Lê H Lan', 'Nguyễn Thị Mơ', 'Trần Hơn', 'Phạm Quốc Khánh', 'Đ/c Lê Văn Tám', 'Hoàng Mnh Đức', 'Nguyen Vn An'])
      expect(highlandParts(name)).toBe(name);
  });

  it('leaves a Kinh name with a typo in one word as written: two consonants there are a slip, not a prefix', () => {
    for (const name of ['Lê Tjị Liên', 'Phạm Thị Cgâu', 'Lý Minh Tgu', 'Hoàng Tjế Hoàng', 'NGUYỄN VĂN TGẮNG', 'Bà Trần Thị Pgương', 'Đ/c Đinh Văn Kjánh', 'Đồng chí Vũ Cjí Thanh'])
      expect(highlandParts(name)).toBe(name);
  });

  it('near miss: a highland given name after a surname the Kinh share (Hồ, Đinh) keeps its parts apart (review 22)', () => {
    expect(highlandParts('Hồ Thị Blăng')).toBe('Hồ Thị B lăng');
    expect(highlandParts('Đinh Văn Krông')).toBe('Đinh Văn K rông');
    expect(verdict(person('Hồ Thị Blăng', 1988, female), person("Hồ Thị B'Lăng", 1988, female))).toBe('certain');
  });

  it('near miss: a highland name keeps its parts apart, with a Kinh middle name or after an honorific', () => {
    expect(highlandParts('Kpă Thị Lan')).toBe('K pă Thị Lan');
    expect(highlandParts("Bà Ksor HLuih")).toBe("Bà K sor H Luih");
    expect(highlandParts('Ông Rmah Hơn')).toBe('Ông R mah Hơn');
  });
});

describe('a Kinh name mistyped in a digraph is the same person (typed «Tj», «Cg», «Tg» for «Th», «Ch»)', () => {
  const job = { position: 'Bí thư Chi bộ', workplace: 'Hợp tác xã nông nghiệp An Bình' };
  it.each([
    ['Lê Tjị Liên', 'Lê Thị Liên'],
    ['Lý Minh Tgu', 'Lý Minh Thu'],
    ['Hoàng Tjế Hoàng', 'Hoàng Thế Hoàng'],
    ['Phạm Thị Cgâu', 'Phạm Thị Châu'],
  ])('%s / %s, one birth year and one workplace, from two units: reported', (a, b) => {
    expect(verdict(person(a, 1988, { ...female, ...job }), person(b, 1988, { ...female, ...job, unitId: 'PN' }))).toBeDefined();
  });

  it('near miss: the same typo with another birth year is not reported', () => {
    expect(verdict(person('Lê Tjị Liên', 1988, { ...female, ...job }), person('Lê Thị Liên', 1979, { ...female, ...job, unitId: 'PN' }))).toBeUndefined();
  });
});

describe('the matcher sees one highland name however it is written', () => {
  it.each([
    ["Ksor H'Luih", 'Ksor HLuih'],
    ["Ksor H'Luih", 'Ksor H Luih'],
    ["K'pă Thị Lan", 'Kpă Thị Lan'],
    ['Rơ Mah Thị Hơn', "R'mah Thị Hơn"],
    ['Rơ Mah Thị Hơn', 'Rmah Thị Hơn'],
    ['Rơ Châm H\u2019Lan', 'Rchâm HLan'],
    ["Nay H'Lan", 'Nay Hlan'],
  ])('%s / %s: the same name, one duplicate', (a, b) => {
    expect(levelOf(compare(person(a, 1980, female), person(b, 1980, female)), 'name')).toBe('exact');
    expect(verdict(person(a, 1980, female), person(b, 1980, female))).toBe('certain');
    // Proposed by another unit without a workplace: a clerk decides.
    expect(verdict(person(a, 1980, female), person(b, 1980, { ...female, unitId: 'PN' }))).toBe('probable');
  });

  it.each([
    ["Ksor H'Luih", "Ksor H'Lan"],
    ['Rơ Mah Thị Hơn', 'Rơ Châm Thị Hơn'],
    ['Kpă Thị Lan', 'Ksor Thị Lan'],
    ["Y Bhin Êban", "Y Mlô Êban"],
  ])('%s / %s: two people', (a, b) => {
    expect(verdict(person(a, 1980, female), person(b, 1980, female))).toBeUndefined();
  });

  it('a Kinh name with a middle initial still compares as before', () => {
    const o = compare(person('Nguyễn H. Lan', 1985, female), person('Nguyễn Hồng Lan', 1985, female));
    expect(levelOf(o, 'name')).toBe('middleInitial');
    expect(verdict(person('Lê Văn Hơn', 1970, male), person('Lê Văn Hơn', 1970, male))).toBe('certain');
  });
});

describe("a group's key for decisions kept in the workbook (review 17)", () => {
  it.each([
    ["Ksor H'Luih", 'TL-0758538DBB66BC'],
    ["Rơ Châm H'Lan", 'TL-13BAB2A43995B1'],
    ['Kpă Thị Lan', 'TL-085F2614E84962'],
  ])('%s keeps the key it had before highland names were set apart', (name, key) => {
    const { groups } = matchRegistrations([person(name, 1980), person(name, 1980)], UNITS);
    expect(groups[0]?.key).toBe(key);
  });
});
