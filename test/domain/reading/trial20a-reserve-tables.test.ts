/**
 * Trial 20a #5: a list's reserve typed as a table of its own under the list, headed «III. DỰ PHÒNG», «DANH SÁCH DỰ
 * PHÒNG» or «DANH SÁCH ĐỀ NGHỊ KHÔNG XÉT» (a paragraph between the two Word tables, the reserve table's own title row,
 * or a title row over a second header on an Excel sheet, whatever that table's columns): its rows are the reserve,
 * as the rows under such a group row inside the list are, taken out with the heading. Near misses: a second table
 * headed otherwise («II. CÁ NHÂN»), and a note on the reserve typed over the list's first table.
 */
import { Document, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import type { ReadResult } from '../../../src/domain/records';
import { readDocx } from '../../../src/workbook/docx/read-docx';
import { docxBytes } from '../../fixtures/word-lists';
import type { Row } from '../../fixtures/workbooks';
import { readRegistrationSheet } from './helpers';

const GK = 'Giấy khen của Ban Thường vụ Huyện ủy';
const HEAD = ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích', 'Hình thức đề nghị'];
const OTHER_HEAD = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Hình thức đề nghị'];
const TITLE = ['HỘI NÔNG DÂN VIỆT NAM', 'BCH HỘI NÔNG DÂN HUYỆN AN PHÚ', 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN'];
const SIGNATURE = ['An Phú, ngày 10 tháng 3 năm 2025', 'TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'];
const LIST: string[][] = [['I. TẬP THỂ'], ['1', 'Chi hội Nông dân ấp Phú Thạnh', '', '', 'Mô hình lúa', GK], ['II. CÁ NHÂN'], ['1', 'Trương Văn Mến', '1966', 'Hội viên', 'Hiến đất', GK]];
const SAU = ['1', 'Cao Văn Sáu', '1970', 'Hội viên', 'Nuôi bò', GK];
const SAU_OTHER = ['1', 'Cao Văn Sáu', '1970', 'Hội viên', GK];

const outcome = (read: ReadResult) => read.registrations.map((r) => [r.name, r.withdrawn ?? false, r.withdrawnUnder]);
const proposed = (reserveUnder: string | undefined) => [
  ['Chi hội Nông dân ấp Phú Thạnh', false, undefined],
  ['Trương Văn Mến', false, undefined],
  ['Cao Văn Sáu', reserveUnder !== undefined, reserveUnder],
];

describe('a Word list’s reserve in a table of its own (trial 20a #5)', () => {
  const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const cell = (text: string, columnSpan?: number) => new TableCell({ children: [p(text)], ...(columnSpan ? { columnSpan } : {}) });
  const table = (rows: string[][], width = HEAD.length) =>
    new Table({ rows: rows.map((r) => new TableRow({ children: r.length === 1 ? [cell(r[0] ?? '', width)] : r.map((t) => cell(t)) })) });
  const readDoc = async (children: (Paragraph | Table)[]) =>
    readWorkbooks([await readDocx(await docxBytes(new Document({ sections: [{ children }] })), 'HND.docx')], { profile: defaultProfile() });

  it.each([['III. DỰ PHÒNG'], ['DANH SÁCH DỰ PHÒNG'], ['DANH SÁCH ĐỀ NGHỊ KHÔNG XÉT'], ['* Dự phòng:']])(
    'headed «%s» between the tables: its rows are taken out with the heading',
    async (heading) => {
      const read = await readDoc([...TITLE.map(p), table([HEAD, ...LIST]), p(heading), table([HEAD, SAU]), ...SIGNATURE.map(p)]);
      // The heading as a group row's label: without its roman number.
      expect(outcome(read)).toEqual(proposed(heading.replace(/^III\. /, '')));
    },
  );

  it('headed by its own title row over its header: the same', async () => {
    const read = await readDoc([...TITLE.map(p), table([HEAD, ...LIST]), p(''), table([['DANH SÁCH DỰ PHÒNG'], HEAD, SAU]), ...SIGNATURE.map(p)]);
    expect(outcome(read)).toEqual(proposed('DANH SÁCH DỰ PHÒNG'));
  });

  it('a reserve table with kinds of its own, under the signature: every row of it', async () => {
    const reserve = table([HEAD, ['I. TẬP THỂ'], ['1', 'Chi hội Nông dân ấp Phú Lộc', '', '', 'Mô hình nấm', GK], ['II. CÁ NHÂN'], SAU]);
    const read = await readDoc([...TITLE.map(p), table([HEAD, ...LIST]), ...SIGNATURE.map(p), p('DANH SÁCH DỰ PHÒNG'), reserve]);
    expect(outcome(read)).toEqual([
      ['Chi hội Nông dân ấp Phú Thạnh', false, undefined],
      ['Trương Văn Mến', false, undefined],
      ['Chi hội Nông dân ấp Phú Lộc', true, 'DANH SÁCH DỰ PHÒNG'],
      ['Cao Văn Sáu', true, 'DANH SÁCH DỰ PHÒNG'],
    ]);
  });

  // The reserve's table split at a page break, its second part without the header, numbered on (left open by f20a2).
  const NAM = ['2', 'Lê Văn Năm', '1972', 'Hội viên', 'Trồng nấm', GK];
  const breakPara = () => new Paragraph({ children: [new PageBreak()] });
  it.each([['III. DỰ PHÒNG'], ['DANH SÁCH ĐỀ NGHỊ KHÔNG XÉT']])('headed «%s», split at a page break: the second part is the reserve too', async (heading) => {
    const read = await readDoc([...TITLE.map(p), table([HEAD, ...LIST]), p(heading), table([HEAD, SAU]), breakPara(), table([NAM]), ...SIGNATURE.map(p)]);
    const under = heading.replace(/^III\. /, '');
    expect(outcome(read)).toEqual([...proposed(under), ['Lê Văn Năm', true, under]]);
  });

  it('headed «III. DỰ PHÒNG», split at a page break with its header typed again over the second part: the reserve too', async () => {
    const read = await readDoc([...TITLE.map(p), table([HEAD, ...LIST]), p('III. DỰ PHÒNG'), table([HEAD, SAU]), breakPara(), table([HEAD, NAM]), ...SIGNATURE.map(p)]);
    expect(outcome(read)).toEqual([...proposed('DỰ PHÒNG'), ['Lê Văn Năm', true, 'DỰ PHÒNG']]);
  });

  it.each<[string, (Paragraph | Table)[]]>([
    ['numbered from 1 again', [breakPara(), table([HEAD, SAU.map((t, i) => (i === 1 ? 'Lê Văn Năm' : t))])]],
    ['under a heading of its own', [p('IV. BỔ SUNG'), table([HEAD, NAM])]],
  ])('near miss: a headed table after the reserve’s, %s, is proposed', async (_, after) => {
    const read = await readDoc([...TITLE.map(p), table([HEAD, ...LIST]), p('III. DỰ PHÒNG'), table([HEAD, SAU]), ...after, ...SIGNATURE.map(p)]);
    expect(outcome(read)).toEqual([...proposed('DỰ PHÒNG'), ['Lê Văn Năm', false, undefined]]);
  });

  it('near miss: the list itself split at a page break stays proposed', async () => {
    const read = await readDoc([...TITLE.map(p), table([HEAD, ...LIST]), breakPara(), table([['2', 'Lê Văn Năm', '1972', 'Hội viên', 'Trồng nấm', GK]]), ...SIGNATURE.map(p)]);
    expect(outcome(read)).toEqual([...proposed(undefined).slice(0, 2), ['Lê Văn Năm', false, undefined]]);
  });

  it('near miss: a second table headed «II. CÁ NHÂN» is proposed', async () => {
    const read = await readDoc([...TITLE.map(p), p('I. TẬP THỂ'), table([HEAD, LIST[1] ?? []]), p('II. CÁ NHÂN'), table([HEAD, SAU]), ...SIGNATURE.map(p)]);
    expect(outcome(read)).toEqual([
      ['Chi hội Nông dân ấp Phú Thạnh', false, undefined],
      ['Cao Văn Sáu', false, undefined],
    ]);
  });

  it('near miss: «Dự phòng: 01 cá nhân» typed over the list’s first table takes none of it out', async () => {
    const read = await readDoc([...TITLE.map(p), p('Dự phòng: 01 cá nhân'), table([HEAD, ...LIST, SAU]), ...SIGNATURE.map(p)]);
    expect(outcome(read).map(([, withdrawn]) => withdrawn)).toEqual([false, false, false]);
  });
});

describe('an Excel list’s reserve as a second table on the sheet (trial 20a #5)', () => {
  const sheet = (...more: Row[][]): Row[] => [...TITLE.map((t) => [t]), HEAD, ...LIST, ...more.flat()];
  const sig = SIGNATURE.map((t): Row => [t]);

  it.each<[string, Row[], string]>([
    ['«DANH SÁCH DỰ PHÒNG» over the same header', [[], ['DANH SÁCH DỰ PHÒNG'], HEAD, SAU, ...sig], 'DANH SÁCH DỰ PHÒNG'],
    ['«III. DỰ PHÒNG» over the same header', [['III. DỰ PHÒNG'], HEAD, SAU, ...sig], 'DỰ PHÒNG'],
    ['«DANH SÁCH DỰ PHÒNG» over other columns', [[], ['DANH SÁCH DỰ PHÒNG'], OTHER_HEAD, SAU_OTHER, ...sig], 'DANH SÁCH DỰ PHÒNG'],
    ['«III. DỰ PHÒNG» over other columns', [['III. DỰ PHÒNG'], OTHER_HEAD, SAU_OTHER, ...sig], 'DỰ PHÒNG'],
    ['«DANH SÁCH ĐỀ NGHỊ KHÔNG XÉT» over other columns', [[], ['DANH SÁCH ĐỀ NGHỊ KHÔNG XÉT'], OTHER_HEAD, SAU_OTHER, ...sig], 'DANH SÁCH ĐỀ NGHỊ KHÔNG XÉT'],
    ['«DANH SÁCH DỰ PHÒNG» under the signature', [...sig, [], ['DANH SÁCH DỰ PHÒNG'], HEAD, SAU], 'DANH SÁCH DỰ PHÒNG'],
  ])('%s: its rows are taken out with the heading', async (_, more, heading) => {
    expect(outcome(await readRegistrationSheet(sheet(more)))).toEqual(proposed(heading));
  });

  it('near miss: a second table of other columns under «II. CÁ NHÂN» is proposed', async () => {
    const read = await readRegistrationSheet([...TITLE.map((t) => [t]), HEAD, ...LIST.slice(0, 2), ['II. CÁ NHÂN'], OTHER_HEAD, SAU_OTHER, ...sig]);
    expect(outcome(read)).toEqual([
      ['Chi hội Nông dân ấp Phú Thạnh', false, undefined],
      ['Cao Văn Sáu', false, undefined],
    ]);
  });
});

describe('a reserve with kinds numbered inside it, in one table (trial 20a #5)', () => {
  const TOP: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], ['I', 'TẬP THỂ'], [1, 'Chi bộ ấp 1'], ['II', 'CÁ NHÂN'], [1, 'Nguyễn Văn An', 1970, 'Trưởng ấp']];

  it.each<[string, Row, Row]>([
    ['«1. Tập thể» / «2. Cá nhân»', [undefined, '1. Tập thể'], [undefined, '2. Cá nhân']],
    ['«1 | Tập thể» / «2 | Cá nhân»', [1, 'Tập thể'], [2, 'Cá nhân']],
    ['«a) Cán bộ, công chức» / «b) Nhân dân»', ['a)', 'Cán bộ, công chức'], ['b)', 'Nhân dân']],
  ])('«III | DỰ PHÒNG» over %s: the rows under them are the reserve’s', async (_, first, second) => {
    const read = await readRegistrationSheet([...TOP, ['III', 'DỰ PHÒNG'], first, [1, 'Chi bộ ấp 2'], second, [1, 'Võ Văn Dự', 1968, 'Đảng viên']]);
    expect(read.registrations.map((r) => [r.name, r.withdrawn ?? false, r.withdrawnUnder])).toEqual([
      ['Chi bộ ấp 1', false, undefined],
      ['Nguyễn Văn An', false, undefined],
      ['Chi bộ ấp 2', true, 'DỰ PHÒNG'],
      ['Võ Văn Dự', true, 'DỰ PHÒNG'],
    ]);
  });

  it('near miss: a kind numbered as the reserve is («III | DỰ PHÒNG», then «IV | CÁ NHÂN») ends it', async () => {
    const read = await readRegistrationSheet([...TOP, ['III', 'DỰ PHÒNG'], [1, 'Võ Văn Dự', 1968, 'Đảng viên'], ['IV', 'CÁ NHÂN'], [1, 'Lê Thị Bé', 1975, 'Chi hội trưởng']]);
    expect(read.registrations.map((r) => [r.name, r.withdrawn ?? false])).toEqual([
      ['Chi bộ ấp 1', false],
      ['Nguyễn Văn An', false],
      ['Võ Văn Dự', true],
      ['Lê Thị Bé', false],
    ]);
  });
});
