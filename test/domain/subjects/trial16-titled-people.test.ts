/**
 * Trial 16 (b #2, #13): two people in one cell, each with a title ("Bác sĩ A và Điều dưỡng B", "Đại tá A và Thượng tá
 * B", "Giáo viên A, Giáo viên B", "Ông A và vợ là bà B") are two exemplars, NOT_SINGLE_SUBJECT as "A và B" is, and the
 * cell is not read as one person whose position holds the other; "Vợ chồng ông A và bà B" quotes the two people named.
 * Near misses: one titled person with a post after the name, two posts of one person, a household, a collective.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import { readNameCell } from '../../../src/domain/reading/name-cell';
import { subjectsIn } from '../../../src/domain/subjects/subject-parts';

const TWO_TITLED: [string, string[]][] = [
  ['Bác sĩ Nguyễn Văn Tư và Điều dưỡng Lê Thị Năm', ['Nguyễn Văn Tư', 'Lê Thị Năm']],
  ['Kỹ sư Trần Văn Sơn và Kỹ sư Lê Văn Hà', ['Trần Văn Sơn', 'Lê Văn Hà']],
  ['Giáo viên Lê Văn Tài, Giáo viên Phạm Thị Tươi', ['Lê Văn Tài', 'Phạm Thị Tươi']],
  ['Đại tá Trần Văn Sơn và Thượng tá Lê Văn Tùng', ['Trần Văn Sơn', 'Lê Văn Tùng']],
  ['Thiếu tá Hoàng Minh Tuấn; Đại úy Võ Thanh Sang', ['Hoàng Minh Tuấn', 'Võ Thanh Sang']],
  ['ThS. Lê Thị Hoa và BS Trần Văn Lâm', ['Lê Thị Hoa', 'Trần Văn Lâm']],
  ['Nguyễn Văn Út và Y sĩ Lê Thị Bảy', ['Nguyễn Văn Út', 'Lê Thị Bảy']],
  ['Ông Nguyễn Văn Danh và vợ là bà Lê Thị Đào', ['Nguyễn Văn Danh', 'Lê Thị Đào']],
  ['Nguyễn Văn Danh và vợ Lê Thị Đào', ['Nguyễn Văn Danh', 'Lê Thị Đào']],
  ['Bà Lê Thị Đào + chồng là ông Nguyễn Văn Danh', ['Lê Thị Đào', 'Nguyễn Văn Danh']],
  ['Vợ chồng anh Trần Văn Đông và chị Lê Thị Tây', ['Trần Văn Đông', 'Lê Thị Tây']],
  ['Vợ chồng ông Nguyễn Văn Danh và bà Lê Thị Đào', ['Nguyễn Văn Danh', 'Lê Thị Đào']],
];

describe('two titled people in one cell', () => {
  it.each(TWO_TITLED)('«%s» names %j', (cell, people) => {
    expect(subjectsIn(cell, 'individual', false)).toEqual(people);
    expect(subjectsIn(cell, undefined, false)).toEqual(people);
  });

  it.each(TWO_TITLED.slice(0, 4))('«%s» is read whole, no rank taken off', (cell) => {
    expect(readNameCell([cell], 'individual')).toEqual({ name: cell });
  });

  it('«Đ/c Đại tá A và Thượng tá B» loses the honorific only', () => {
    expect(readNameCell(['Đ/c Đại tá Trần Văn Sơn và Thượng tá Lê Văn Tùng'], undefined).name).toBe('Đại tá Trần Văn Sơn và Thượng tá Lê Văn Tùng');
  });

  it.each<[string, string, string | undefined]>([
    ['Bác sĩ Nguyễn Văn Tư, Trưởng khoa Nội', 'Nguyễn Văn Tư', 'Bác sĩ, Trưởng khoa Nội'],
    ['Bí thư và Chủ tịch UBND xã Nguyễn Văn An', 'Nguyễn Văn An', 'Bí thư và Chủ tịch UBND xã'],
    ['Đại tá Trần Văn Sơn', 'Trần Văn Sơn', 'Đại tá'],
    ['Nguyễn Thị Lan, Giáo viên Trường THCS Nguyễn Văn Trỗi', 'Nguyễn Thị Lan', 'Giáo viên Trường THCS Nguyễn Văn Trỗi'],
    ['Giáo viên Lê Văn Tài (Tổ trưởng chuyên môn)', 'Lê Văn Tài', 'Giáo viên, Tổ trưởng chuyên môn'],
  ])('near miss: «%s» is one person «%s», position %s', (cell, name, position) => {
    expect(subjectsIn(cell, 'individual', false)).toEqual([cell]);
    const read = readNameCell([cell], 'individual');
    expect([read.name, read.position]).toEqual([name, position]);
  });

  it('near misses: a household, a collective, two posts before a name', () => {
    expect(subjectsIn('Hộ ông Trần Văn Tèo và bà Lê Thị Tý', 'collective', true)).toEqual(['Hộ ông Trần Văn Tèo và bà Lê Thị Tý']);
    expect(subjectsIn('Tổ Y tế và Dân số ấp 3', 'collective', false)).toEqual(['Tổ Y tế và Dân số ấp 3']);
    expect(subjectsIn('Bí thư, Chủ tịch Nguyễn Văn An', 'individual', false)).toEqual(['Bí thư, Chủ tịch Nguyễn Văn An']);
    expect(subjectsIn('Vợ chồng ông Trần Văn Bảy và bà Lê Thị Tám', 'collective', true)).toEqual(['Vợ chồng ông Trần Văn Bảy và bà Lê Thị Tám']);
  });

  it('in a list: each titled pair is NOT_SINGLE_SUBJECT quoting the two people, off the count; the near misses are not', async () => {
    const rows: Row[] = [
      ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
      [1, 'Đảng bộ xã An Bình', 'Cá nhân', 'Bác sĩ Nguyễn Văn Tư và Điều dưỡng Lê Thị Năm', '', 'Trạm Y tế xã'],
      [2, 'Đảng bộ xã An Bình', 'Cá nhân', 'Đại tá Trần Văn Sơn và Thượng tá Lê Văn Tùng', '', 'Ban CHQS'],
      [3, 'Đảng bộ xã An Bình', 'Tập thể', 'Vợ chồng ông Nguyễn Văn Danh và bà Lê Thị Đào', '', 'Ấp 2'],
      [4, 'Đảng bộ xã An Bình', 'Cá nhân', 'Bác sĩ Nguyễn Văn Bảy, Trưởng khoa Nội', 1970, ''],
      [5, 'Đảng bộ xã An Bình', 'Cá nhân', 'Bí thư và Chủ tịch UBND xã Nguyễn Văn An', 1968, ''],
      [6, 'Đảng bộ xã An Bình', 'Hộ gia đình', 'Hộ ông Trần Văn Tèo và bà Lê Thị Tý', '', 'Ấp 3'],
      [7, 'Đảng bộ xã An Bình', 'Tập thể', 'Tổ Y tế và Dân số ấp 3', '', ''],
    ];
    const { read, report } = await checkBooks([
      { fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình']] }] },
      { fileName: 'ds.xlsx', sheets: [{ name: 'Đăng ký', rows }] },
    ]);
    const found = report.findings.filter((f) => f.code === 'NOT_SINGLE_SUBJECT');
    expect(found.map((f) => f.row)).toEqual([2, 3, 4]);
    expect(found.map((f) => f.message.match(/«[^»]+»/g)?.slice(0, 2))).toEqual([
      ['«Nguyễn Văn Tư»', '«Lê Thị Năm»'],
      ['«Trần Văn Sơn»', '«Lê Văn Tùng»'],
      ['«Nguyễn Văn Danh»', '«Lê Thị Đào»'],
    ]);
    expect(read.registrations.slice(3).map((r) => r.name)).toEqual([
      'Nguyễn Văn Bảy',
      'Nguyễn Văn An',
      'Hộ ông Trần Văn Tèo và bà Lê Thị Tý',
      'Tổ Y tế và Dân số ấp 3',
    ]);
    expect(report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered).toBe(4);
  });
});
