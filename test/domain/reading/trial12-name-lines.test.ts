/**
 * Trial 12 #2: a name cell of two lines (a Word cell's two paragraphs, an Excel line break) whose second line says
 * what the person does or is — «Nông dân, ấp Phú Lợi», «GV Trường TH An Bình», «UVBTV, PCT HĐND xã», «Nam, 1968» —
 * keeps the name clean: the line goes to the position (or the gender and year), never onto the name. An honorific
 * on its own line («Đồng chí», «Gia đình ông») leads the name under it. Near misses: a name wrapped over two lines,
 * two people on two lines.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, unitsBook, wordList } from '../../fixtures/trial2-fixgroups-shapes';
import { readNameCell } from '../../../src/domain/reading/name-cell';

describe('the second line of a person’s name cell', () => {
  it.each([
    [['Lê Văn Tám', 'Nông dân, ấp Phú Lợi'], { name: 'Lê Văn Tám', position: 'Nông dân, ấp Phú Lợi' }],
    [['Phạm Thị Hoa', 'Giáo viên, Trường TH An Bình'], { name: 'Phạm Thị Hoa', position: 'Giáo viên, Trường TH An Bình' }],
    [['Lê Văn Tám', 'GV Trường TH An Bình'], { name: 'Lê Văn Tám', position: 'GV Trường TH An Bình' }],
    [['Đ/c Phạm Văn Hai', 'PBT TT Đảng ủy'], { name: 'Phạm Văn Hai', honorific: 'Đ/c', position: 'PBT TT Đảng ủy' }],
    [['Ngô Thị Lan', 'UVBTV, PCT HĐND xã'], { name: 'Ngô Thị Lan', position: 'UVBTV, PCT HĐND xã' }],
    [['Huỳnh Văn Nghệ', 'Nam, 1968'], { name: 'Huỳnh Văn Nghệ', birthYear: 1968, gender: 'male' }],
    [['Mai Thị Cúc', 'Nữ - 1975'], { name: 'Mai Thị Cúc', birthYear: 1975, gender: 'female' }],
    [['Lê Văn Tám', 'Hưu trí'], { name: 'Lê Văn Tám', position: 'Hưu trí' }],
  ])('%j is read as %j', (lines, cell) => {
    expect(readNameCell(lines, undefined)).toEqual(cell);
  });

  it.each([
    [['Đồng chí', 'Nguyễn Văn Tâm'], 'Nguyễn Văn Tâm'],
    [['Bà', 'Lê Thị Hoa'], 'Lê Thị Hoa'],
    [['Gia đình ông', 'Nguyễn Văn Tám'], 'Gia đình ông Nguyễn Văn Tám'],
  ])('an honorific on its own line leads the name under it: %j', (lines, name) => {
    expect(readNameCell(lines, undefined).name).toBe(name);
  });

  it.each([
    [['Trần Thị Thu', 'Hà'], 'Trần Thị Thu Hà'],
    [['Trần Thị', 'Thu Hà'], 'Trần Thị Thu Hà'],
    [['Nguyễn Văn', 'Tâm'], 'Nguyễn Văn Tâm'],
    [['Trần Thị Thu', 'Hà, giáo viên'], 'Trần Thị Thu Hà'],
    [['Nguyễn Văn Tâm', 'Lê Thị Hoa'], 'Nguyễn Văn Tâm, Lê Thị Hoa'],
    [['Chi bộ ấp 3', 'xã An Bình'], 'Chi bộ ấp 3 xã An Bình'],
    // Review 15: names wrapped in capitals, over three words, with an apostrophe; «Nam» as a given name.
    [['Tôn Nữ', 'Thị Thu Hà'], 'Tôn Nữ Thị Thu Hà'],
    [['Nguyễn Trần', 'Thị Bảo Ngọc Anh'], 'Nguyễn Trần Thị Bảo Ngọc Anh'],
    [['NGUYỄN THỊ THU', 'HÀ'], 'NGUYỄN THỊ THU HÀ'],
    [['HUỲNH NGỌC', 'THANH TÂM'], 'HUỲNH NGỌC THANH TÂM'],
    [['Rơ Châm', "H'Lan"], "Rơ Châm H'Lan"],
    [['Lê Hoàng', 'Nam'], 'Lê Hoàng Nam'],
  ])('near miss %j: read as before', (lines, name) => {
    expect(readNameCell(lines, undefined).name).toBe(name);
  });
});

describe('in a list', () => {
  const UNITS = unitsBook([
    ['STT', 'Tên đơn vị', 'Loại đơn vị'],
    [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
    [2, 'Hội Nông dân huyện', 'Đoàn thể huyện'],
  ]);
  const HND = {
    fileName: 'hnd.xlsx',
    sheets: [{ name: 'DS', rows: [['HỘI NÔNG DÂN HUYỆN'], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [1, 'Lê Văn Tám', 1955, 'Nông dân ấp Phú Lợi, xã An Bình']] as Row[] }],
  };
  const ROWS: Row[] = [
    ['STT', 'Họ và tên', 'Năm sinh'],
    [1, 'Lê Văn Tám\nNông dân, ấp Phú Lợi', 1955],
    [2, 'Đồng chí\nNguyễn Văn Tâm', 1962],
  ];

  it.each([false, true])('the names are clean, the same person of another unit is one entry (Word: %s)', async (word) => {
    const anBinh = word
      ? await wordList('an-binh.docx', ['ĐẢNG ỦY XÃ AN BÌNH', 'DANH SÁCH ĐĂNG KÝ'], ROWS, [])
      : { fileName: 'an-binh.xlsx', sheets: [{ name: 'DS', rows: [['ĐẢNG ỦY XÃ AN BÌNH'], ...ROWS] }] };
    const { read, report } = await checkBooks([UNITS, anBinh, HND]);
    expect(read.registrations.map((r) => [r.name, r.position ?? null])).toEqual([
      ['Lê Văn Tám', 'Nông dân, ấp Phú Lợi'],
      ['Nguyễn Văn Tâm', null],
      ['Lê Văn Tám', 'Nông dân ấp Phú Lợi, xã An Bình'],
    ]);
    expect(report.findings.filter((f) => ['MISSING_VALUE', 'NOT_SINGLE_SUBJECT'].includes(f.code))).toEqual([]);
    expect(report.findings.filter((f) => f.code === 'DUPLICATE').map((f) => f.confidence)).toEqual(['certain']);
  });
});
