/**
 * Trial 18a #1 and #5. Person names that are not Title-Case Kinh names — Hmông («Hờ A Páo»), Ê Đê / Jrai / M'Nông
 * («Kpă Y Blok», «H'Hen Niê», «Điểu K'Lơi»), Khmer («Danh Sóc», «Néang Sa Phol»), two-word Kinh names («Nguyễn Ấm»),
 * ALL CAPS, and Kinh names in sloppy case («Nguyễn văn Dũng», «Lê thị Hoa») — are people: a Word list typed as
 * paragraphs keeps each as an exemplar (cleaned as a table's), and two of them in one cell are NOT_SINGLE_SUBJECT, as
 * two Title-Case Kinh names are. Two people in a row filed "Tập thể" are two individuals, NOT_SINGLE_SUBJECT too.
 * Near misses: a Word list's prose (its letterhead, «Căn cứ …», achievements under a person, «Tổng số …», the
 * signature); a person with a post after a comma; a nickname in brackets; collectives with commas and «và»; a
 * household; a body and its leader.
 */
import { p, n, wordGrid, checked } from '../../fixtures/trial12-fix12-word';
import { checkBooks, codes, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import { readNameCell } from '../../../src/domain/reading/name-cell';
import { looksLikePersonName, subjectsIn } from '../../../src/domain/subjects/subject-parts';
import { printedPersonName } from '../../../src/domain/ceremony/name-case';
import { toneKey } from '../../../src/domain/text';
import type { Row } from '../../fixtures/workbooks';

const ETHNIC = [
  'Hờ A Páo',
  'Vàng A Páo',
  'Kpă Y Blok',
  'Y Blok',
  'Niê Y Blok',
  'Ksor Y Bhin',
  'Rơ Chăm Y Đăng',
  "H'Hen Niê",
  'HʼHen Niê',
  'Y Ngông Niê Kdăm',
  "Điểu K'Lơi",
  'Chau Sóc',
  'Néang Sa Phol',
  'HỜ A PÁO',
  "KSOR H'BLÔNG",
];
const SLOPPY = ['Nguyễn văn Dũng', 'Lê thị Hoa', 'Trần Văn an', 'nguyễn Văn Bình', 'Phạm thị Thu Hà', 'Lò Văn ún'];
// Names no mark tells from other words: people by what the line says of them (a birth year, a gender, an honorific, a trade).
const UNMARKED = ['Thạch Sa', 'Danh Sóc', 'Nguyễn Ấm'];

const head = ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH', '*', 'Căn cứ Kế hoạch số 39-KH/HU ngày 20/12/2021 của Huyện ủy', 'DANH SÁCH', 'Đăng ký điển hình tiên tiến giai đoạn 2021 – 2023'];
const tail = ['Tổng số: 03 điển hình', 'An Bình, ngày 20 tháng 02 năm 2023', 'Nơi nhận:', 'T/M ĐẢNG ỦY', 'BÍ THƯ', 'Nguyễn Văn Tám'];

async function listed(items: string[], numbered: boolean) {
  const body = items.map((t, i) => (numbered ? p(`${i + 1}. ${t}`) : p(`- ${t}`)));
  const grid = await wordGrid([...head.map(p), p('II. CÁ NHÂN'), ...body, ...tail.map(p)], 'an-binh.docx');
  return checked(grid);
}

const same = (a: string, b: string) => toneKey(a) === toneKey(b);

describe('a Word list typed as paragraphs keeps people whose names are not Title-Case Kinh names', () => {
  const lines = [
    ...[...ETHNIC, ...SLOPPY].map((name, i) => [name, `${name}, sinh năm ${1960 + i}, nông dân ấp Bình Hòa`]),
    ...UNMARKED.map((name) => [name, `${name}, sinh năm 1970, nông dân ấp Bình Hòa`]),
    ...UNMARKED.map((name) => [name, `Ông ${name}, Bí thư Chi bộ ấp 2`]),
    ...UNMARKED.map((name) => [name, `${name} (Nữ), Hội viên Hội Phụ nữ`]),
    ...ETHNIC.map((name) => [name, name]),
    ...SLOPPY.map((name) => [name, name]),
  ];
  it.each(lines.flatMap(([name, line]) => [true, false].map((numbered): [string, string, boolean] => [name ?? '', line ?? '', numbered])))(
    '«%s» in «%s» (numbered: %s) is an exemplar',
    async (name, line, numbered) => {
      const got = await listed([`Nguyễn Văn Tâm, sinh năm 1968, Bí thư Chi bộ ấp 1`, line, 'Lê Thị Mai, sinh năm 1980, giáo viên'], numbered);
      expect(got.read.registrations.map((r) => r.name).filter((x) => same(x, name))).toHaveLength(1);
      expect(got.read.registrations).toHaveLength(3);
      expect(got.findings.filter((f) => f.code === 'NOT_SINGLE_SUBJECT' || f.code === 'SUBJECT_KIND_MISMATCH')).toEqual([]);
    },
  );

  it('the whole list of the trial: 11 people, printed as names are', async () => {
    const names = ['Nguyễn Văn An', 'Hờ A Páo', 'Kpă Y Blok', 'Ksor Y Bhin', "Điểu K'Lơi", 'Danh Sóc', 'Néang Sa Phol', 'Nguyễn Ấm', 'Giàng A Sùng', 'Nguyễn văn Dũng', 'Lê thị Hoa'];
    const got = await listed(names.map((x, i) => `${x}, sinh năm ${1960 + i}, nông dân xã Hòa Bình`), true);
    expect(got.read.registrations.map((r) => printedPersonName(r.name))).toEqual([...names.slice(0, 9), 'Nguyễn Văn Dũng', 'Lê Thị Hoa']);
    expect(got.read.registrations.map((r) => r.birthYear)).toEqual(names.map((_, i) => 1960 + i));
  });

  it('near misses: achievements under a person, numbered the other way or bulleted, and the prose around the list are no rows', async () => {
    const grid = await wordGrid(
      [
        ...head.map(p),
        p('II. CÁ NHÂN'),
        p('1. Hờ A Páo, sinh năm 1975, Trưởng bản Pá Khoang'),
        p('- Vận động nhân dân hiến đất làm đường'),
        p('- Hoàn Thành Xuất Sắc Nhiệm Vụ'),
        p('2. Danh Sóc, sinh năm 1980, nông dân'),
        p('1) Nuôi bò sinh sản'),
        p('2) Giúp Đỡ Hộ Nghèo'),
        n('Y Blok'),
        ...tail.map(p),
      ],
      'an-binh.docx',
    );
    const got = await checked(grid);
    expect(got.read.registrations.map((r) => r.name)).toEqual(['Hờ A Páo', 'Danh Sóc', 'Y Blok']);
  });

  it('a bare name no sign tells is an exemplar when it carries on the exemplars\' numbering', async () => {
    const grid = await wordGrid(
      [
        ...head.map(p),
        p('II. CÁ NHÂN'),
        p('1. Nguyễn Văn Tâm, Bí thư Chi bộ ấp 1'),
        p('2. Thạch Sa'),
        p('- Nuôi bò sinh sản'),
        p('3. Păng'),
        p('4. Lê Thị Mai, giáo viên'),
        p('1. Hoàn thành xuất sắc nhiệm vụ'),
        p('2. Giúp Đỡ Hộ Nghèo'),
        p('5. Đinh Văn Tú'),
        ...tail.map(p),
      ],
      'an-binh.docx',
    );
    const got = await checked(grid);
    expect(got.read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm', 'Thạch Sa', 'Păng', 'Lê Thị Mai', 'Đinh Văn Tú']);
  });

  it('near miss: under a heading, before any exemplar, a numbered part written as a name is no exemplar', async () => {
    const grid = await wordGrid(
      [...head.map(p), p('II. CÁ NHÂN'), p('1. Khối Đảng'), p('- Ông Nguyễn Văn Tâm, Bí thư Chi bộ ấp 1'), p('2. Khối Mặt Trận'), p('- Bà Lê Thị Mai, Chủ tịch Hội Phụ nữ xã'), ...tail.map(p)],
      'an-binh.docx',
    );
    const got = await checked(grid);
    expect(got.read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm', 'Lê Thị Mai']);
  });

  it.each(['Hoàn Thành Xuất Sắc Nhiệm Vụ', 'Giúp Đỡ Hộ Nghèo', 'Khối Đảng', 'Y Tế Thôn Bản', 'Căn Cứ Kế Hoạch'])(
    'near miss: «%s» without a year, gender or post is no person',
    (text) => {
      expect(looksLikePersonName(text)).toBe(false);
    },
  );
});

describe('R1 reads two such people in one cell as two', () => {
  it.each<[string, string[]]>([
    ['Hờ A Páo\nVàng A Dế', ['Hờ A Páo', 'Vàng A Dế']],
    ["Kpă Y Blok, Ksor H'Blông", ['Kpă Y Blok', "Ksor H'Blông"]],
    ['Hờ A Páo và Vàng A Dế', ['Hờ A Páo', 'Vàng A Dế']],
    ['Y Blok/Y Ngông', ['Y Blok', 'Y Ngông']],
    ['Nguyễn văn An, Lê thị Bình', ['Nguyễn văn An', 'Lê thị Bình']],
    ['Hờ A Páo Vàng A Dế', ['Hờ A Páo', 'Vàng A Dế']],
    ["Y Blok Ksor H'Blông", ['Y Blok', "Ksor H'Blông"]],
    ['HỜ A PÁO, VÀNG A DẾ', ['HỜ A PÁO', 'VÀNG A DẾ']],
    ["H'Hen Niê; Y Ngông Niê Kdăm", ["H'Hen Niê", 'Y Ngông Niê Kdăm']],
  ])('«%s» names %j', (cell, people) => {
    for (const kind of ['individual', 'collective', undefined] as const) {
      const { name } = readNameCell(cell.split('\n'), kind);
      expect(subjectsIn(name, kind, false)).toEqual(people);
    }
  });

  it.each<[string, 'individual' | 'collective' | undefined]>([
    ['Hờ A Páo, Trưởng bản', 'individual'],
    ['Kpă Y Blok (Y Blok)', 'individual'],
    ['Y Ngông Niê Kdăm', 'individual'],
    ['Rơ Chăm Y Đăng', 'individual'],
    ['Nguyễn văn An, nông dân', 'individual'],
    ['Y Blok, Y sĩ Trạm Y tế xã', 'individual'],
    ['Tổ Tiết kiệm và vay vốn buôn Ea Tiêu', 'collective'],
    ['Rơ Chăm\nY Đăng', 'individual'],
    ["Rơ Mah\nH'Nhi", 'individual'],
    ['Y Ngông\nNiê Kdăm', 'individual'],
    ["Nguyễn Văn An, Ea H'Leo", 'individual'],
    ["Ksor H'Nhi, Ia H'Drai", 'individual'],
    ["Nguyễn Văn An, H'Mông", 'individual'],
  ])('near miss: «%s» is one exemplar', (cell, kind) => {
    const { name } = readNameCell(cell.split('\n'), kind);
    expect(subjectsIn(name, kind, false)).toHaveLength(1);
  });

  it('the trial’s rows are all NOT_SINGLE_SUBJECT and none counts', async () => {
    const cells = ['Hờ A Páo\nVàng A Dế', "Kpă Y Blok, Ksor H'Blông", 'Hờ A Páo và Vàng A Dế', 'Y Blok/Y Ngông', 'Nguyễn văn An, Lê thị Bình', 'Nguyễn Văn An, Lê Thị Bình'];
    const rows: Row[] = [['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'], ...cells.map((c, i): Row => [i + 1, 'Hội Nông dân huyện', 'Cá nhân', c, null, 'Nông dân'])];
    const { report } = await checkBooks([unitsBook(), oneSheet('tong-hop.xlsx', rows, 'Đăng ký')]);
    expect(codes(report, 'NOT_SINGLE_SUBJECT')).toHaveLength(6);
  });
});

describe('two people filed "Tập thể" are two individuals (trial 18a #5)', () => {
  it.each<[string, string[]]>([
    ['Nguyễn Văn Hùng, Lê Thị Mai', ['Nguyễn Văn Hùng', 'Lê Thị Mai']],
    ['Đoàn Văn Sáu/Đoàn Thị Bảy', ['Đoàn Văn Sáu', 'Đoàn Thị Bảy']],
    ['Nguyễn Văn Hùng\nLê Thị Mai', ['Nguyễn Văn Hùng', 'Lê Thị Mai']],
    ['Ông Nguyễn Văn Hùng, bà Lê Thị Mai', ['Nguyễn Văn Hùng', 'Lê Thị Mai']],
  ])('«%s» under "Tập thể" names %j', (cell, people) => {
    const { name } = readNameCell(cell.split('\n'), 'collective');
    expect(subjectsIn(name, 'collective', false)).toEqual(people);
  });

  it.each<[string, boolean]>([
    ['Phòng Văn hóa và Thông tin huyện', false],
    ['Khoa Dược, Trung tâm Y tế huyện', false],
    ['Tổ Tổng hợp - Hành chính, Văn phòng UBND huyện', false],
    ['Gia đình ông Nguyễn Văn A và bà Lê Thị B', true],
    ['Chi bộ ấp Hòa Thuận, Bí thư Nguyễn Văn Hùng', false],
    ['Chi bộ ấp Hòa Thuận, Nguyễn Văn Hùng', false],
  ])('near miss: «%s» is one collective', (cell, household) => {
    const { name } = readNameCell([cell], 'collective');
    expect(subjectsIn(name, 'collective', household)).toHaveLength(1);
  });

  it('the trial’s list: the two rows are R1 errors, the chi bộ alone counts', async () => {
    const rows: Row[] = [
      ['STT', 'Tên tập thể / Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
      ['I. TẬP THỂ'],
      [1, 'Chi bộ ấp Hòa Thuận'],
      [2, 'Nguyễn Văn Hùng, Lê Thị Mai', null, 'Ấp Hòa Thuận, xã Hòa Bình'],
      [3, 'Đoàn Văn Sáu/Đoàn Thị Bảy', null, 'Ấp Hòa Thuận, xã Hòa Bình'],
      [4, 'Nguyễn Văn Tư\nLê Thị Năm', null, 'Ấp Hòa Thuận, xã Hòa Bình'],
    ];
    const { report } = await checkBooks([unitsBook(), oneSheet('ap-hoa-thuan.xlsx', rows, 'DS')]);
    expect(codes(report, 'NOT_SINGLE_SUBJECT')).toHaveLength(3);
  });
});
