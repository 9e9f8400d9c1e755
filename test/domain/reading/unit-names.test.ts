/** Unit names as staff write them: abbreviations (profile data), place words, a trailing district (issue 14). */
import ExcelJS from 'exceljs';
import { abbreviationAdditions, defaultProfile, parseAbbreviations, ProfileError, profileFrom, settingValue } from '../../../src/domain/profile';
import { inferUnitType } from '../../../src/domain/units/unit-type';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { unitResolver } from '../../../src/domain/units/resolve-unit';
import { roundTrip, sheetWith } from '../../fixtures/workbooks';
import { UNIT_LIST } from '../../fixtures/unit-shapes';

const units = UNIT_LIST.slice(1).map(([code, name]) => ({ id: `code:${String(code)}`, code: String(code), name: String(name) }));
const codeOf = (text: string, district = '', abbreviations = defaultProfile().unitAbbreviations) =>
  unitResolver(units, district, abbreviations).resolve(text)?.code;

describe('abbreviations of the default profile', () => {
  it.each([
    ['ĐU xã An Bình', 'X01'],
    ['Ðảng ủy xã Tân Lập', 'X02'], // "Ð" (U+00D0) typed for "Đ"
    ['ĐẢNG ỦY XÃ AN BÌNH', 'X01'],
    ['UBND huyện', 'UB'],
    ['UB huyện', 'UB'],
    ['UBMTTQ huyện', 'MT'],
    ['UB MTTQ huyện', 'MT'],
    ['MTTQ VN huyện', 'MT'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện', 'MT'],
    ['HLHPN huyện', 'PN'],
    ['Hội LHPN huyện', 'PN'],
    ['Hội Phụ nữ huyện', 'PN'],
    ['Hội ND huyện', 'ND'],
    ['Hội CCB huyện', 'CCB'],
    ['LĐLĐ huyện', 'LD'],
    ['CB KBNN huyện', 'CB02'],
    ['CB NHCSXH huyện', 'CB03'],
    ['CB TT Y tế huyện', 'CB01'],
    ['Chi bộ TTYT huyện', 'CB01'],
    ['ĐU TT An Phú', 'TT01'],
    ['Đảng bộ TT An Phú', 'TT01'],
    ['BCH Đoàn huyện', 'HD'],
    ['Ban Chấp hành Huyện đoàn', 'HD'],
  ])('%p is %p', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it.each([
    ['Hội Nông dân huyện An Phú', 'ND'],
    ['Hội Nông dân huyện, huyện An Phú', 'ND'],
    ['Đảng bộ xã An Bình, huyện An Phú', 'X01'],
    ['Đảng bộ xã An Bình huyện An Phú', 'X01'],
    ['Đảng ủy xã An Bình, huyện An Phú, tỉnh An Giang', 'X01'],
    ['Huyện đoàn An Phú', 'HD'],
  ])('%p (a trailing district, configured or not) is %p', (text, code) => {
    expect(codeOf(text, 'An Phú')).toBe(code);
    expect(codeOf(text, '')).toBe(code);
  });

  it.each([
    ['Hội Nông dân huyện Châu Phú'], // another district, the district being configured
    ['Đảng bộ xã An Bình, huyện Châu Phú'],
  ])('near miss: %p is not a unit of An Phú', (text) => {
    expect(codeOf(text, 'An Phú')).toBeUndefined();
  });

  it.each([['Đảng bộ xã Xuân Lộc'], ['CB Trường THPT An Phú'], ['TT Văn hóa huyện'], ['Du lịch huyện']])('near miss: %p is no unit of the list', (text) => {
    expect(codeOf(text)).toBeUndefined();
  });

  it('a diacritic-free "DU" is not read as ĐU ("du lịch" stays "du lịch")', () => {
    const withDuLich = [...units, { id: 'code:DL', code: 'DL', name: 'Chi bộ Công ty Du lịch huyện' }];
    expect(unitResolver(withDuLich, '').resolve('Chi bo Cong ty Du lich huyen')?.code).toBe('DL');
  });
});

describe('types from names', () => {
  const p = defaultProfile();
  it.each([
    ['ĐU xã An Bình', 'Đảng bộ xã'],
    ['Xã Phú Hữu', 'Đảng bộ xã'],
    ['Thị trấn An Phú', 'Đảng bộ thị trấn'],
    ['TT An Phú', 'Đảng bộ thị trấn'],
    ['ĐU TT Long Bình', 'Đảng bộ thị trấn'],
    ['CB KBNN huyện', 'Chi bộ cơ sở'],
    ['Hội ND huyện', 'Đoàn thể huyện'],
    ['HLHPN huyện', 'Đoàn thể huyện'],
    ['UB MTTQ huyện', 'MTTQ huyện'],
    ['UBND huyện', 'UBND huyện'],
    // A party committee's name as written gives the general type; its abbreviated place word the specific one.
    ['Đảng ủy TT Phú Mỹ', 'Đảng bộ thị trấn'],
    ['Đảng bộ TT Phú Mỹ', 'Đảng bộ thị trấn'],
    ['Đảng bộ TT. Phú Hòa', 'Đảng bộ thị trấn'],
    ['Đảng ủy X. An Bình', 'Đảng bộ xã'],
    ['ĐU X An Bình', 'Đảng bộ xã'],
    ['Đảng ủy Xí nghiệp Cơ khí', 'Đảng bộ cơ sở'],
    ['Đảng bộ Trung tâm Y tế huyện', 'Đảng bộ cơ sở'],
    ['Chi bộ TT Y tế huyện', 'Chi bộ cơ sở'],
    // "TT" before what a centre serves is "trung tâm", never a township's quota 02.
    ['Đảng bộ TT Y tế huyện', 'Đảng bộ cơ sở'],
    ['Đảng ủy TT Bồi dưỡng chính trị', 'Đảng bộ cơ sở'],
    ['Chi bộ TT GDNN-GDTX', 'Chi bộ cơ sở'],
    ['Đảng bộ TT Văn Hòa', 'Đảng bộ thị trấn'],
  ])('%p is a %p', (name, type) => {
    expect(inferUnitType(p, name)?.name).toBe(type);
  });

  it.each([
    ['Hội Chữ thập đỏ huyện'],
    ['Trung tâm Y tế huyện'],
    ['Ban Quản lý dự án huyện'],
    ['TT Văn hóa - Thể thao'],
    ['TT Y tế huyện'],
    ['TT. Dịch vụ nông nghiệp'],
    ['TT Phát triển quỹ đất huyện'],
  ])('near miss: %p has no type', (name) => {
    expect(inferUnitType(p, name)).toBeUndefined();
  });
});

describe('a district extends the table', () => {
  it('through the profile (--config): the defaults stay', () => {
    const p = profileFrom({ unitAbbreviations: { HCTĐ: 'Hội Chữ thập đỏ', 'Hội ND': 'Hội Nông dân' } }, 'test');
    expect(p.unitAbbreviations.UBND).toBe('Ủy ban nhân dân');
    const list = [...units, { id: 'code:CTD', code: 'CTD', name: 'Hội Chữ thập đỏ huyện' }];
    expect(unitResolver(list, '', p.unitAbbreviations).resolve('HCTĐ huyện')?.code).toBe('CTD');
    expect(unitResolver(list, '', defaultProfile().unitAbbreviations).resolve('HCTĐ huyện')).toBeUndefined();
  });

  it('refuses an abbreviation without an expansion', () => {
    expect(() => profileFrom({ unitAbbreviations: { HCTĐ: '' } }, 'cấu hình')).toThrow(ProfileError);
  });

  async function readWithSetting(value: string) {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ['CTD', 'Hội Chữ thập đỏ huyện', 'Đoàn thể huyện'], ['ND', 'Hội Nông dân huyện', 'Đoàn thể huyện']]);
    sheetWith(wb, 'Đăng ký', [['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên'], [1, 'HCTĐ huyện', 'Cá nhân', 'Nguyễn Văn A'], [2, 'HND huyện', 'Cá nhân', 'Lê Thị B']]);
    sheetWith(wb, 'Cấu hình', [['Khóa', 'Giá trị'], ['Viết tắt tên đơn vị', value]]);
    return readWorkbooks([await roundTrip(wb)], { profile: defaultProfile() });
  }

  it('through the "Cấu hình" sheet: pairs "viết tắt = tên đầy đủ" separated by ";"', async () => {
    const read = await readWithSetting('HCTĐ = Hội Chữ thập đỏ; HND = Hội Nông dân');
    expect(read.registrations.map((r) => r.unitId)).toEqual(['code:ctd', 'code:nd']);
    expect(read.profile.unitAbbreviations.HCTĐ).toBe('Hội Chữ thập đỏ');
    expect(read.profile.unitAbbreviations['LĐLĐ']).toBe('Liên đoàn Lao động');
  });

  it('writes back only what the district added, in the form it is read (the template and the task pane)', async () => {
    const read = await readWithSetting('HCTĐ = Hội Chữ thập đỏ; TT = thị trấn | trung tâm | trung tâm y tế');
    const text = abbreviationAdditions(read.profile);
    expect(text.split('; ').sort()).toEqual(['HCTĐ = Hội Chữ thập đỏ', 'TT = thị trấn | trung tâm | trung tâm y tế']);
    expect(settingValue(read.profile, 'Viết tắt tên đơn vị')).toBe(text);
    expect(parseAbbreviations(text)).toEqual({ HCTĐ: 'Hội Chữ thập đỏ', TT: ['thị trấn', 'trung tâm', 'trung tâm y tế'] });
    expect(abbreviationAdditions(defaultProfile())).toBe('');
    expect(parseAbbreviations('HCTĐ Hội Chữ thập đỏ')).toBeUndefined();
  });

  it('an empty value adds nothing; a pair without "=" is refused with the row and what is expected', async () => {
    expect((await readWithSetting('')).registrations.map((r) => r.unitId)).toEqual([undefined, 'code:nd']);
    await expect(readWithSetting('HCTĐ Hội Chữ thập đỏ')).rejects.toThrow(/Viết tắt tên đơn vị.*viết tắt = tên đầy đủ/);
  });
});
