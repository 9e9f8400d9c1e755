/**
 * Trial 20a #2 and #3: a list typed as paragraphs whose kinds are headed however the unit numbers them («1. TẬP
 * THỂ», «1. Tập thể:», «a) Tập thể:», «1. Về tập thể (02)»), their exemplars bulleted («- », «+ ») under them.
 * A heading naming a kind is a group heading, never an exemplar (the whole list was read as two exemplars named
 * «Tập thể» and «Cá nhân», their achievements the real exemplars); nor is the list left unread. The same with the
 * list's subtitle («Giai đoạn 2021 – 2023») under its title. Near misses: the shapes read right before (roman or
 * capital-letter headings, numbered items), an exemplar whose name begins with a kind's word, and a reserve heading.
 * The kind named with «Về» is a group row in a table too.
 */
import { Document, Paragraph, TextRun } from 'docx';
import type { WorkbookGrid } from '../../src/domain/grid';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import type { ReadResult } from '../../src/domain/records';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { readRegistrationSheet } from '../domain/reading/helpers';
import { docxBytes } from '../fixtures/word-lists';

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });

const LETTERHEAD = ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM'];
const TITLE = ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'];
const SUBTITLE = 'Giai đoạn 2021 – 2023';
const AFTER = ['An Bình, ngày 20 tháng 02 năm 2023', 'T/M ĐẢNG ỦY', 'BÍ THƯ', 'Nguyễn Hữu Nghị', 'Nơi nhận:', '- Ban Tuyên giáo Huyện ủy,', '- Lưu.'];
const COLLECTIVES = ['Chi bộ Thôn Bình Minh', 'Hội Nông dân xã An Bình'];
const PEOPLE = [
  'Ông Nguyễn Văn Hòa, sinh năm 1970, Bí thư Chi bộ Thôn Bình Minh',
  'Bà Lê Thị Ngọc Trâm, sinh năm 1986, Giáo viên Trường Tiểu học An Bình',
  'Ông Võ Công Danh, sinh năm 1978, Chủ nhiệm Hợp tác xã Dịch vụ nông nghiệp An Bình',
];
const EXPECTED = [
  ['Chi bộ Thôn Bình Minh', 'collective', undefined],
  ['Hội Nông dân xã An Bình', 'collective', undefined],
  ['Nguyễn Văn Hòa', 'individual', 1970],
  ['Lê Thị Ngọc Trâm', 'individual', 1986],
  ['Võ Công Danh', 'individual', 1978],
];

async function readParagraphs(lines: string[]): Promise<ReadResult> {
  const doc = new Document({ sections: [{ children: [...LETTERHEAD, ...lines, ...AFTER].map(p) }] });
  const grid: WorkbookGrid = await readDocx(await docxBytes(doc), 'AnBinh.docx');
  return readWorkbooks([grid], { profile: defaultProfile() });
}

/** The list under its title: each heading, then its items with their marks. */
function list(headings: [string, string], marks: [(i: number) => string, (i: number) => string], subtitle = true): string[] {
  return [
    ...TITLE,
    ...(subtitle ? [SUBTITLE] : []),
    headings[0],
    ...COLLECTIVES.map((x, i) => marks[0](i) + x),
    headings[1],
    ...PEOPLE.map((x, i) => marks[1](i) + x),
  ];
}

const dash = () => '- ';
const plus = () => '+ ';
const numbered = (i: number) => `${i + 1}. `;

const shape = (read: ReadResult) => read.registrations.map((r) => [r.name, r.kind, r.birthYear]);

describe('kinds headed with any numbering over bulleted exemplars (trial 20a #2, #3)', () => {
  const HEADINGS: [string, [string, string]][] = [
    ['«1. TẬP THỂ» / «2. CÁ NHÂN»', ['1. TẬP THỂ', '2. CÁ NHÂN']],
    ['«1. Tập thể» / «2. Cá nhân»', ['1. Tập thể', '2. Cá nhân']],
    ['«1. Tập thể:» / «2. Cá nhân:»', ['1. Tập thể:', '2. Cá nhân:']],
    ['«1) TẬP THỂ (02)» / «2) CÁ NHÂN (03)»', ['1) TẬP THỂ (02)', '2) CÁ NHÂN (03)']],
    ['«a) Tập thể:» / «b) Cá nhân:»', ['a) Tập thể:', 'b) Cá nhân:']],
    ['«a. Tập thể» / «b. Cá nhân»', ['a. Tập thể', 'b. Cá nhân']],
    ['«1. Về tập thể (02)» / «2. Về cá nhân (03)»', ['1. Về tập thể (02)', '2. Về cá nhân (03)']],
  ];
  const CASES = HEADINGS.flatMap(([label, headings]) =>
    (
      [
        ['«- »', [dash, dash], true],
        ['«+ »', [plus, plus], true],
        ['«- », no subtitle', [dash, dash], false],
      ] as const
    ).map(([marks, m, subtitle]) => [`${label}, items ${marks}`, headings, [...m], subtitle] as const),
  );

  it.each(CASES)('%s: the headings give the kinds, the items are the exemplars', async (_, headings, marks, subtitle) => {
    const read = await readParagraphs(list(headings, marks as [typeof dash, typeof dash], subtitle));
    expect(shape(read)).toEqual(EXPECTED);
    expect(read.registrations.every((r) => r.achievements === undefined)).toBe(true);
    expect(read.findings.filter((f) => f.code === 'FILE_UNREADABLE')).toEqual([]);
  });

  it.each<[string, [string, string], [(i: number) => string, (i: number) => string]]>([
    ['roman headings, «- » items', ['I. TẬP THỂ', 'II. CÁ NHÂN'], [dash, dash]],
    ['capital-letter headings, «- » items', ['A. Tập thể', 'B. Cá nhân'], [dash, dash]],
    ['roman headings, «+ » items', ['I. TẬP THỂ', 'II. CÁ NHÂN'], [plus, plus]],
    ['roman headings, numbered items', ['I. TẬP THỂ', 'II. CÁ NHÂN'], [numbered, numbered]],
    ['«a) Tập thể:» headings, numbered items', ['a) Tập thể:', 'b) Cá nhân:'], [numbered, numbered]],
  ])('near miss, read right before: %s', async (_, headings, marks) => {
    expect(shape(await readParagraphs(list(headings, marks)))).toEqual(EXPECTED);
  });

  it('«1. Tập thể» / «2. Cá nhân» over items numbered alike: headings still, the items the exemplars', async () => {
    expect(shape(await readParagraphs(list(['1. Tập thể', '2. Cá nhân'], [numbered, numbered])))).toEqual(EXPECTED);
  });

  it('near miss: an exemplar whose name begins with a kind’s word stays one', async () => {
    const read = await readParagraphs([...TITLE, '1. Tập thể:', '- Tập thể lớp 9A1 Trường THCS An Bình', '- Chi bộ Thôn Bình Minh', '2. Cá nhân:', `- ${PEOPLE[0]}`]);
    expect(shape(read)).toEqual([
      [expect.stringMatching(/lớp 9A1 Trường THCS An Bình$/i), 'collective', undefined],
      ['Chi bộ Thôn Bình Minh', 'collective', undefined],
      ['Nguyễn Văn Hòa', 'individual', 1970],
    ]);
  });

  it.each([['3. Dự phòng'], ['Dự phòng:'], ['c) Đề nghị không xét:']])('the reserve headed «%s» is no exemplar: the rows under it are taken out', async (heading) => {
    const read = await readParagraphs([...TITLE, SUBTITLE, '1. Tập thể', `- ${COLLECTIVES[0]}`, '2. Cá nhân', `- ${PEOPLE[0]}`, heading, `- ${PEOPLE[1]}`]);
    expect(read.registrations.map((r) => [r.name, r.withdrawn ?? false, r.withdrawnUnder])).toEqual([
      ['Chi bộ Thôn Bình Minh', false, undefined],
      ['Nguyễn Văn Hòa', false, undefined],
      ['Lê Thị Ngọc Trâm', true, expect.stringMatching(/^(Dự phòng|Đề nghị không xét)$/)],
    ]);
  });

  it('«III. DỰ PHÒNG» over its own «1. Cá nhân»: the rows under it are the reserve’s', async () => {
    const read = await readParagraphs([...TITLE, 'I. TẬP THỂ', `- ${COLLECTIVES[0]}`, 'II. CÁ NHÂN', `- ${PEOPLE[0]}`, 'III. DỰ PHÒNG', '1. Cá nhân', `- ${PEOPLE[1]}`]);
    expect(read.registrations.map((r) => [r.name, r.withdrawn ?? false, r.withdrawnUnder])).toEqual([
      ['Chi bộ Thôn Bình Minh', false, undefined],
      ['Nguyễn Văn Hòa', false, undefined],
      ['Lê Thị Ngọc Trâm', true, 'DỰ PHÒNG'],
    ]);
  });
});

describe('a kind named with «Về» in a table (trial 20a #3)', () => {
  it('«1 | Về tập thể (02)», «2 | Về cá nhân (01)»: group rows giving the kind, no exemplar', async () => {
    const read = await readRegistrationSheet([
      ['ĐẢNG ỦY XÃ AN BÌNH'],
      ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
      ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
      [1, 'Về tập thể (02)'],
      [1, 'Chi bộ ấp 1'],
      [2, 'Chi hội Phụ nữ ấp 2'],
      [2, 'Về cá nhân (01)'],
      [1, 'Nguyễn Văn An', 1970, 'Trưởng ấp'],
    ]);
    expect(read.registrations.map((r) => [r.name, r.kind])).toEqual([
      ['Chi bộ ấp 1', 'collective'],
      ['Chi hội Phụ nữ ấp 2', 'collective'],
      ['Nguyễn Văn An', 'individual'],
    ]);
  });
});
