/**
 * Trial 17b #5: two people in one «Cá nhân» row joined by «cùng», «với», «cùng với», «cùng vợ/chồng/con», «và vợ là»
 * are NOT_SINGLE_SUBJECT quoting both people, off the count and off the list. A person identified by a relative
 * («Nguyễn Văn Hùng con ông Nguyễn Văn Tư», «Lê Thị Đào, vợ ông Nguyễn Văn Danh») is one person: the phrase goes to
 * the position, as a title does, and the list prints the name alone. Words that join or relate people are never
 * re-cased on the printed list. Near misses: posts joined by «và», bodies whose names hold «và»/«cùng»/«với», a
 * household, a name ending in «Với».
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { printedPersonName } from '../../../src/domain/ceremony/name-case';
import { readNameCell } from '../../../src/domain/reading/name-cell';
import { subjectsIn } from '../../../src/domain/subjects/subject-parts';

const JOINERS = ['cùng', 'với', 'cùng với', 'và', 'CÙNG', 'Cùng'];
const KIN = ['', 'vợ ', 'vợ là ', 'vợ là bà ', 'con ', 'con là ', 'con trai ', 'chồng là ông '];

describe('two people joined by «cùng», «với», a relative’s word', () => {
  // Every joiner with every relative's word: the two people are named.
  const cases = JOINERS.flatMap((j) => KIN.map((k): [string, string[]] => [`Trần Văn Nam ${j} ${k}Phạm Thị Hoa`, ['Trần Văn Nam', 'Phạm Thị Hoa']]));
  it.each(cases)('«%s» names %j', (cell, people) => {
    expect(subjectsIn(cell, 'individual', false)).toEqual(people);
    expect(subjectsIn(cell, undefined, false)).toEqual(people);
  });

  it.each<[string, string[]]>([
    ['Ông Trần Văn Bảo cùng bà Lê Thị Hằng', ['Trần Văn Bảo', 'Lê Thị Hằng']],
    ['TRẦN VĂN BẢO VỚI LÊ THỊ HẰNG', ['TRẦN VĂN BẢO', 'LÊ THỊ HẰNG']],
    ['ông Tám cùng bà Chín', ['ông Tám', 'bà Chín']],
    ['Bác sĩ Nguyễn Văn Tư cùng Điều dưỡng Lê Thị Năm', ['Nguyễn Văn Tư', 'Lê Thị Năm']],
    ['Ông Nguyễn Văn Danh, vợ là bà Lê Thị Đào', ['Nguyễn Văn Danh', 'Lê Thị Đào']],
    ['Trần Văn Nam với vợ', ['Trần Văn Nam', 'vợ của Trần Văn Nam']],
    ['Trần Văn Nam cùng với chồng', ['Trần Văn Nam', 'chồng của Trần Văn Nam']],
    ['Trần Văn Nam cùng con', ['Trần Văn Nam', 'con của Trần Văn Nam']],
    ['Trần Văn Nam cùng các con', ['Trần Văn Nam', 'các con của Trần Văn Nam']],
  ])('«%s» names %j', (cell, people) => {
    expect(subjectsIn(cell, 'individual', false)).toEqual(people);
  });

  it.each<[string, 'individual' | 'collective' | undefined, boolean]>([
    ['Nguyễn Văn Hùng con ông Nguyễn Văn Tư', 'individual', false],
    ['NGUYỄN VĂN HÙNG CON ÔNG NGUYỄN VĂN TƯ', 'individual', false],
    ['Nguyễn Văn Hùng, con ông Nguyễn Văn Tư', 'individual', false],
    ['Lê Thị Đào, vợ ông Nguyễn Văn Danh', 'individual', false],
    ['Lê Thị Đào vợ của ông Nguyễn Văn Danh', 'individual', false],
    ['Lê Thị Hạnh (Phó Bí thư Đoàn xã và Chi hội trưởng Phụ nữ)', 'individual', false],
    ['Nguyễn Văn Tư – Trưởng ấp 3 và Bí thư Chi bộ', 'individual', false],
    ['Tổ Tiết kiệm và vay vốn ấp 2', 'collective', false],
    ['Câu lạc bộ Dưỡng sinh cùng vui', 'collective', false],
    ['Câu lạc bộ Dưỡng sinh cùng vui', undefined, false],
    ['Câu lạc bộ Phụ nữ với pháp luật', 'collective', false],
    ['Câu lạc bộ Cha mẹ cùng con', undefined, false],
    ['Nguyễn Văn Với', 'individual', false],
    ['Hộ ông Trần Văn Tèo và bà Lê Thị Tý', 'collective', true],
    ['Gia đình ông Trần Văn Tèo cùng vợ', 'collective', true],
  ])('near miss: «%s» is one exemplar', (cell, kind, household) => {
    expect(subjectsIn(cell, kind, household)).toEqual([cell]);
  });
});

describe('a person identified by a relative', () => {
  it.each<[string, string, string]>([
    ['Nguyễn Văn Hùng con ông Nguyễn Văn Tư', 'Nguyễn Văn Hùng', 'con ông Nguyễn Văn Tư'],
    ['Lê Thị Đào vợ ông Nguyễn Văn Danh (1970)', 'Lê Thị Đào', 'vợ ông Nguyễn Văn Danh'],
    ['Nguyễn Văn Hùng con của bà Lê Thị Hoa, Nông dân ấp 2', 'Nguyễn Văn Hùng', 'con của bà Lê Thị Hoa, Nông dân ấp 2'],
    ['NGUYỄN VĂN HÙNG CON ÔNG NGUYỄN VĂN TƯ', 'NGUYỄN VĂN HÙNG', 'CON ÔNG NGUYỄN VĂN TƯ'],
  ])('«%s» is «%s», position «%s»', (cell, name, position) => {
    const read = readNameCell([cell], 'individual');
    expect([read.name, read.position]).toEqual([name, position]);
    expect(readNameCell([cell], undefined).name).toBe(name);
  });

  it('near misses: a body, a plain name, two people, keep their cell', () => {
    for (const cell of ['Hội Phụ nữ con ông Tư', 'Nguyễn Văn Con', 'Trần Văn Nam cùng vợ Phạm Thị Hoa']) expect(readNameCell([cell], undefined).name).toBe(cell);
  });
});

describe('joining words as printed', () => {
  it.each<[string, string]>([
    ['Trần Văn Nam cùng vợ Phạm Thị Hoa', 'Trần Văn Nam cùng vợ Phạm Thị Hoa'],
    ['Nguyễn Văn Hùng con ông Nguyễn Văn Tư', 'Nguyễn Văn Hùng con ông Nguyễn Văn Tư'],
    ['Trần Văn Bảo với Lê Thị Hằng', 'Trần Văn Bảo với Lê Thị Hằng'],
    ['Nguyễn Thị Út và chồng', 'Nguyễn Thị Út và chồng'],
    ['trần văn nam con ông TƯ', 'Trần Văn Nam con ông Tư'],
    // Near misses: a name typed all in lower case or in capitals is still written as names are.
    ['ông thị lan', 'Ông Thị Lan'],
    ['nguyễn văn con', 'Nguyễn Văn Con'],
    ['TRẦN VĂN NAM', 'Trần Văn Nam'],
    ['lê thị HOA', 'Lê Thị Hoa'],
    // «Gái», «Trai» are given names: typed in lower case they are capitalised as names are (review 25).
    ['Nguyễn thị gái', 'Nguyễn Thị Gái'],
    ['Phạm Văn trai', 'Phạm Văn Trai'],
    ['Trần Thị Bé gái', 'Trần Thị Bé Gái'],
  ])('«%s» is printed «%s»', (typed, printed) => {
    expect(printedPersonName(typed)).toBe(printed);
  });
});

const HEADER: Row = ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích'];
const UNIT = 'Đảng bộ xã An Bình';

describe('in a list', () => {
  it('the joined pairs are NOT_SINGLE_SUBJECT quoting both, off the count; the near misses are listed, each by name', async () => {
    const rows: Row[] = [
      HEADER,
      [1, UNIT, 'Cá nhân', 'Trần Văn Nam cùng vợ Phạm Thị Hoa', 1960, 'Ấp 2', 'Sản xuất giỏi'],
      [2, UNIT, 'Cá nhân', 'Trần Văn Bảo với Lê Thị Hằng', 1961, 'Ấp 2', 'Sản xuất giỏi'],
      [3, UNIT, 'Cá nhân', 'Ông Lê Văn Sáu cùng với con là Lê Văn Bảy', 1950, 'Ấp 3', 'Sản xuất giỏi'],
      [4, UNIT, 'Cá nhân', 'Nguyễn Văn Hùng con ông Nguyễn Văn Tư', 1980, 'Nông dân ấp 1', 'Sản xuất giỏi'],
      [5, UNIT, 'Cá nhân', 'Lê Thị Hạnh (Phó Bí thư Đoàn xã và Chi hội trưởng Phụ nữ)', 1990, '', 'Tình nguyện'],
      [6, UNIT, 'Tập thể', 'Câu lạc bộ Dưỡng sinh cùng vui', '', '', 'Rèn luyện sức khỏe'],
      [7, UNIT, 'Hộ gia đình', 'Hộ ông Trần Văn Tèo và bà Lê Thị Tý', '', 'Ấp 3', 'Kinh tế giỏi'],
    ];
    const { read, report } = await checkBooks([unitsBook(), oneSheet('ds.xlsx', rows, 'Đăng ký')]);
    const found = report.findings.filter((f) => f.code === 'NOT_SINGLE_SUBJECT');
    expect(found.map((f) => f.row)).toEqual([2, 3, 4]);
    expect(found.map((f) => f.message.match(/«[^»]+»/g)?.slice(0, 2))).toEqual([
      ['«Trần Văn Nam»', '«Phạm Thị Hoa»'],
      ['«Trần Văn Bảo»', '«Lê Thị Hằng»'],
      ['«Lê Văn Sáu»', '«Lê Văn Bảy»'],
    ]);
    expect(report.quota.find((q) => q.unit === UNIT)?.registered).toBe(4);
    const hung = read.registrations.find((r) => r.name === 'Nguyễn Văn Hùng');
    expect(hung?.position).toBe('con ông Nguyễn Văn Tư, Nông dân ấp 1');
    const list = consolidate(read, report, '2023').document.groups.flatMap((g) => g.rows).map((r) => r[1]);
    expect(list).toEqual(
      expect.arrayContaining(['Nguyễn Văn Hùng', 'Lê Thị Hạnh', 'Câu lạc bộ Dưỡng sinh cùng vui', 'Hộ ông Trần Văn Tèo và bà Lê Thị Tý']),
    );
    expect(list).toHaveLength(4);
  });
});
