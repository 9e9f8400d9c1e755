/** The district named by the title blocks of the files units send. */
import { districtFromTitles, districtInTitle, titleCase } from '../../../src/domain/ceremony/district-from-titles';

describe('districtInTitle', () => {
  it.each([
    ['ĐẢNG BỘ HUYỆN AN PHÚ', 'An Phú'],
    ['HUYỆN ỦY AN PHÚ', 'An Phú'],
    ['Huyện uỷ Châu Thành', 'Châu Thành'],
    ['HỘI NÔNG DÂN HUYỆN TÂN HỒNG', 'Tân Hồng'],
    ['UBND huyện Phú Tân, tỉnh An Giang', 'Phú Tân'],
    ['ỦY BAN NHÂN DÂN HUYỆN CHỢ MỚI TỈNH AN GIANG', 'Chợ Mới'],
    ['HUYỆN ĐOÀN THOẠI SƠN', 'Thoại Sơn'],
    ['ĐẢNG BỘ HUYỆN AN PHÚ'.normalize('NFD'), 'An Phú'],
    ['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN HUYỆN AN PHÚ GIAI ĐOẠN 2021 – 2023', 'An Phú'],
    ['Huyện ủy Năm Căn', 'Năm Căn'],
    ['HUYỆN ỦY CHÂU THÀNH NĂM 2023', 'Châu Thành'],
  ])('%s → %s', (text, name) => expect(districtInTitle(text)).toBe(name));

  it.each([
    'CHI BỘ BƯU ĐIỆN HUYỆN',
    'ĐẢNG ỦY XÃ AN BÌNH',
    'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN HUYỆN NĂM 2023 – 2025 ĐỢT 1 LẦN 2',
    'Giai đoạn 2021 – 2023',
    'Phòng Văn hóa và Thông tin huyện',
  ])('names no district: %s', (text) => expect(districtInTitle(text)).toBeUndefined());

  it('writes the name as a name', () => expect(titleCase('AN PHÚ')).toBe('An Phú'));
});

describe('districtFromTitles', () => {
  it('takes the name most titles give, with the files that give it', () => {
    const found = districtFromTitles([
      { file: 'a.xlsx', sheet: 'S', texts: ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH'] },
      { file: 'b.xlsx', sheet: 'S', texts: ['ĐẢNG BỘ HUYỆN AN PHÚ'] },
      { file: 'c.xlsx', sheet: 'S', texts: ['HUYỆN ỦY PHÚ TÂN'] },
    ]);
    expect(found).toEqual({ name: 'An Phú', files: ['a.xlsx', 'b.xlsx'] });
  });

  it('finds none in titles that name no district', () => {
    expect(districtFromTitles([{ file: 'a.xlsx', sheet: 'S', texts: ['CHI BỘ BƯU ĐIỆN HUYỆN', 'DANH SÁCH'] }])).toBeUndefined();
    expect(districtFromTitles([])).toBeUndefined();
  });
});
