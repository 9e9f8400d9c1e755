/** The district named by the title blocks of the files units send. */
import { districtFromTitles, districtInTitle, inferredDistrict, titleCase } from '../../../src/domain/units/district';

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
    'Huyện đoàn',
    'Huyện ủy',
    'Ban Thường vụ Huyện đoàn',
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
    expect(found).toEqual({ name: 'An Phú', files: ['a.xlsx', 'b.xlsx'], committee: 'Huyện ủy' });
  });

  it('finds none in titles that name no district', () => {
    expect(districtFromTitles([{ file: 'a.xlsx', sheet: 'S', texts: ['CHI BỘ BƯU ĐIỆN HUYỆN', 'DANH SÁCH'] }])).toBeUndefined();
    expect(districtFromTitles([])).toBeUndefined();
  });
});

describe('inferredDistrict, when the profile names none', () => {
  const titles = (...files: [string, string][]) => files.map(([file, text]) => ({ file, sheet: 'Sheet1', texts: [text] }));

  it('is the one district the units list names', () => {
    expect(inferredDistrict(['Hội Nông dân huyện An Phú', 'Huyện đoàn An Phú', 'Đảng ủy xã An Bình'], [])).toBe('An Phú');
    expect(inferredDistrict(['Huyện đoàn', 'Hội Nông dân huyện An Phú'], titles(['a.xlsx', 'HUYỆN ỦY TÂN LẬP'], ['b.xlsx', 'HUYỆN ỦY TÂN LẬP']))).toBe('An Phú');
  });

  it('is none when the list names two districts (a province\'s list)', () => {
    expect(inferredDistrict(['Hội Nông dân huyện An Phú', 'Hội Nông dân huyện Tân Lập'], titles(['a.xlsx', 'HUYỆN ỦY AN PHÚ'], ['b.xlsx', 'HUYỆN ỦY AN PHÚ']))).toBe('');
  });

  it('is, when the list names none, the district the titles of two files or more name', () => {
    const list = ['Hội Nông dân huyện', 'Huyện đoàn'];
    expect(inferredDistrict(list, titles(['a.xlsx', 'ĐẢNG BỘ HUYỆN CHÂU THÀNH'], ['b.xlsx', 'UBND HUYỆN CHÂU THÀNH']))).toBe('Châu Thành');
    // One file's letterhead is not enough: it may be the one file from elsewhere.
    expect(inferredDistrict(list, titles(['a.xlsx', 'HỘI NÔNG DÂN HUYỆN LONG HỒ']))).toBe('');
    expect(inferredDistrict(list, [])).toBe('');
  });
});

describe('a town\'s, a city\'s district in its titles', () => {
  it.each([
    [['ĐẢNG BỘ THỊ XÃ BẾN CÁT', 'HỘI LHPN THỊ XÃ BẾN CÁT'], 'Bến Cát', 'Thị ủy'],
    [['THỊ ỦY BẾN CÁT', 'THỊ ĐOÀN BẾN CÁT'], 'Bến Cát', 'Thị ủy'],
    [['ĐẢNG BỘ THÀNH PHỐ VĨNH LONG', 'THÀNH ĐOÀN VĨNH LONG'], 'Vĩnh Long', 'Thành ủy'],
    [['Hội Nông dân thị xã Tân Châu, tỉnh An Giang', 'UBND thị xã Tân Châu'], 'Tân Châu', 'Thị ủy'],
  ])('%j: %s, its committee %s', (texts, name, committee) => {
    const found = districtFromTitles(texts.map((t, i) => ({ file: `${i}.xlsx`, sheet: 'S', texts: [t] })));
    expect(found).toEqual({ name, files: ['0.xlsx', '1.xlsx'], committee });
  });

  it('near miss: a province names no district; «HUYỆN» gives the Huyện ủy', () => {
    expect(districtInTitle('HỘI LHPN TỈNH BÌNH DƯƠNG')).toBeUndefined();
    expect(districtFromTitles([{ file: 'a.xlsx', sheet: 'S', texts: ['ĐẢNG BỘ HUYỆN AN PHÚ'] }])?.committee).toBe('Huyện ủy');
  });
});

describe('a city over its huyện in one letterhead', () => {
  it('the lowest line names the sender\'s own district', () => {
    const found = districtFromTitles([
      { file: 'a.xlsx', sheet: 'S', texts: ['THÀNH ĐOÀN HÀ NỘI', 'BCH ĐOÀN HUYỆN SÓC SƠN'] },
      { file: 'b.xlsx', sheet: 'S', texts: ['HỘI LHPN THÀNH PHỐ HÀ NỘI', 'HỘI LHPN HUYỆN SÓC SƠN'] },
    ]);
    expect(found).toEqual({ name: 'Sóc Sơn', files: ['a.xlsx', 'b.xlsx'], committee: 'Huyện ủy' });
  });
});
