/**
 * A list of its own under another on one sheet or in one Word document (trial 9 #18, #13): a unit's 2024 additions
 * typed under its 2023 list, with their own title, header and date line; a compiler's unit lists pasted one under
 * another; a Word list whose second table has its own heading «II. BỔ SUNG GIAI ĐOẠN 2023 - 2025». Each list keeps
 * its own phase, unit and date line. Near misses: a kind's title between stacked tables («DANH SÁCH CÁ NHÂN»), rows
 * under the signature without a list's title, a heading naming a kind between Word tables.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { WorkbookGrid } from '../../../src/domain/grid';
import type { ReadResult } from '../../../src/domain/records';
import { readDocx } from '../../../src/workbook/docx/read-docx';
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
  [2, 'Đảng bộ xã Tân Lập', 'Đảng bộ xã'],
];
const HEAD: Row = ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'];
const LETTERHEAD: Row[] = [['ĐẢNG BỘ HUYỆN AN PHÚ'], ['ĐẢNG ỦY XÃ AN BÌNH'], []];
const HUNG: Row = [1, 'Nguyễn Văn Hùng', 1970, 'Bí thư chi bộ ấp 3'];
const ADDED: Row[] = [
  [1, 'Võ Thị Sáu', 1990, 'Chi hội trưởng'],
  [2, 'Trần Văn Tư', 1962, 'Nông dân'],
];
const signed = (date: string): Row[] => [[], ['', '', '', `An Bình, ngày ${date}`], ['', '', '', 'T/M ĐẢNG ỦY'], ['', '', '', 'BÍ THƯ'], [], []];

/** The phase of each person read, by name. */
const phases = (read: ReadResult): Record<string, number | undefined> => Object.fromEntries(read.registrations.map((r) => [r.name, r.phase]));

/** The date line each unit's registration list is dated by («d/m/y»), by unit name. */
function listDates(read: ReadResult): Record<string, string> {
  const names = new Map(read.units.map((u) => [u.id, u.name]));
  return Object.fromEntries((read.dateLines ?? []).map((l) => [names.get(l.unitId), `${l.date.d}/${l.date.m}/${l.date.y}`]));
}

const quotaOf = async (books: Parameters<typeof checkBooks>[0], unit = 'Đảng bộ xã An Bình') =>
  (await checkBooks(books)).report.quota.find((q) => q.unit === unit)?.registered;

describe('an addition typed under the first list on the same sheet is a list of its own', () => {
  const TITLES = [
    'DANH SÁCH BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2024',
    'ĐĂNG KÝ BỔ SUNG GIAI ĐOẠN 2 (2023-2025)',
    'DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐĂNG KÝ BỔ SUNG',
    'II. BỔ SUNG GIAI ĐOẠN 2023 - 2025',
    'DANH SÁCH ĐỀ XUẤT BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2023 - 2025',
    'DANH SÁCH BỔ SUNG XÂY DỰNG, BỒI DƯỠNG ĐIỂN HÌNH TIÊN TIẾN',
  ];

  it.each(TITLES)('under the first list\'s signature, «%s»: its rows are read, of phase 2, dated under them', async (title) => {
    const rows = [...LETTERHEAD, ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [], HEAD, HUNG, ...signed('20 tháng 02 năm 2023'), [title], [], HEAD, ...ADDED, ...signed('12 tháng 4 năm 2024')];
    const books = [unitsBook(UNITS), oneSheet('dang-uy-xa-an-binh.xlsx', rows, 'Sheet1')];
    const { read } = await checkBooks(books);
    expect(phases(read)).toEqual({ 'Nguyễn Văn Hùng': 1, 'Võ Thị Sáu': 2, 'Trần Văn Tư': 2 });
    expect(listDates(read)).toEqual({ 'Đảng bộ xã An Bình': '20/2/2023' });
    expect(await quotaOf(books)).toBe(1);
  });

  it.each(TITLES.slice(0, 2))('with no signature between, «%s»: the date line under the addition is not the first list\'s', async (title) => {
    const rows = [...LETTERHEAD, ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [], HEAD, HUNG, [], [title], [], HEAD, ...ADDED, ...signed('12 tháng 4 năm 2024')];
    const { read } = await checkBooks([unitsBook(UNITS), oneSheet('dang-uy-xa-an-binh.xlsx', rows, 'Sheet1')]);
    expect(phases(read)).toEqual({ 'Nguyễn Văn Hùng': 1, 'Võ Thị Sáu': 2, 'Trần Văn Tư': 2 });
    expect(listDates(read)).toEqual({});
  });

  it('near miss: a kind\'s title between two tables of one list leaves them one list, dated at its end', async () => {
    const collectives: Row[] = [['STT', 'Tên tập thể', 'Thành tích'], [1, 'Chi bộ ấp 3', 'Trong sạch vững mạnh']];
    const rows = [...LETTERHEAD, ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [], ...collectives, [], ['DANH SÁCH CÁ NHÂN'], HEAD, HUNG, ...signed('20 tháng 02 năm 2023')];
    const { read } = await checkBooks([unitsBook(UNITS), oneSheet('dang-uy-xa-an-binh.xlsx', rows, 'Sheet1')]);
    expect(phases(read)).toEqual({ 'Chi bộ ấp 3': 1, 'Nguyễn Văn Hùng': 1 });
    expect(listDates(read)).toEqual({ 'Đảng bộ xã An Bình': '20/2/2023' });
    expect(read.tables.filter((t) => t.file === 'dang-uy-xa-an-binh.xlsx')).toHaveLength(2);
  });

  it('near miss: the same header again under «DANH SÁCH CÁ NHÂN» (no addition) keeps the list\'s one date line', async () => {
    const rows = [...LETTERHEAD, ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [], HEAD, HUNG, [], ['DANH SÁCH CÁ NHÂN'], [], HEAD, ...ADDED, ...signed('20 tháng 02 năm 2023')];
    const { read } = await checkBooks([unitsBook(UNITS), oneSheet('dang-uy-xa-an-binh.xlsx', rows, 'Sheet1')]);
    expect(Object.values(phases(read))).toEqual([1, 1, 1]);
    expect(listDates(read)).toEqual({ 'Đảng bộ xã An Bình': '20/2/2023' });
  });

  it.each<[string, Row[]]>([
    ['an example table under «Ghi chú»', [['Ghi chú: ghi theo mẫu dưới đây'], HEAD, [1, 'Nguyễn Văn A', 1980, 'Trưởng ấp']]],
    ['a recipients block and a table of no title', [['Nơi nhận:'], ['- Ban Thường vụ Huyện ủy;'], [], HEAD, [1, 'Lê Văn Bảy', 1975, 'Nông dân']]],
  ])('near miss: under the signature, %s is no list', async (_label, under) => {
    const rows = [...LETTERHEAD, ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [], HEAD, HUNG, ...signed('20 tháng 02 năm 2023'), ...under];
    const { read } = await checkBooks([unitsBook(UNITS), oneSheet('dang-uy-xa-an-binh.xlsx', rows, 'Sheet1')]);
    expect(phases(read)).toEqual({ 'Nguyễn Văn Hùng': 1 });
  });
});

describe('units\' lists pasted one under another on a compiler\'s sheet', () => {
  const block = (unit: string, date: string, people: Row[]): Row[] => [
    ['ĐẢNG BỘ HUYỆN AN PHÚ'],
    [`ĐẢNG ỦY XÃ ${unit.toUpperCase()}`],
    [],
    ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    [],
    HEAD,
    ...people,
    [],
    ['', '', '', `${unit}, ngày ${date}`],
    ['', '', '', 'T/M ĐẢNG ỦY'],
    [],
  ];

  it.each<[string, Row[][]]>([
    ['two lists', [block('An Bình', '20 tháng 02 năm 2023', [HUNG]), block('Tân Lập', '25 tháng 02 năm 2023', ADDED)]],
    ['three lists, the last short', [block('An Bình', '20 tháng 02 năm 2023', [HUNG]), block('Tân Lập', '25 tháng 02 năm 2023', ADDED.slice(0, 1)), block('Tân Lập', '26 tháng 02 năm 2023', ADDED.slice(1))]],
  ])('%s: every list read, each for the unit of its letterhead, with its own date line', async (_label, blocks) => {
    const { read } = await checkBooks([unitsBook(UNITS), oneSheet('tong-hop.xlsx', blocks.flat(), 'Tổng hợp')]);
    const units = new Map(read.units.map((u) => [u.id, u.name]));
    expect(read.registrations.map((r) => [r.name, units.get(r.unitId ?? '')])).toEqual([
      ['Nguyễn Văn Hùng', 'Đảng bộ xã An Bình'],
      ['Võ Thị Sáu', 'Đảng bộ xã Tân Lập'],
      ['Trần Văn Tư', 'Đảng bộ xã Tân Lập'],
    ]);
    // Each unit dated by its own list; where it sent two of different exemplars, by the last (trial19 #4: the
    // exemplars it adds were registered only then).
    const tanLap = blocks.length === 3 ? '26/2/2023' : '25/2/2023';
    expect(listDates(read)).toEqual({ 'Đảng bộ xã An Bình': '20/2/2023', 'Đảng bộ xã Tân Lập': tanLap });
  });
});

/** A Word document of paragraphs and tables, in order. */
async function wordDocument(fileName: string, blocks: (string | Row[])[]): Promise<WorkbookGrid> {
  const p = (t: string) => new Paragraph({ children: [new TextRun({ text: t })] });
  const table = (rows: Row[]) =>
    new Table({ rows: rows.map((r) => new TableRow({ children: r.map((v) => new TableCell({ children: [p(String(v ?? ''))] })) })) });
  const doc = new Document({ sections: [{ children: blocks.map((b) => (typeof b === 'string' ? p(b) : table(b))) }] });
  return readDocx(new Uint8Array(await Packer.toBuffer(doc)), fileName);
}

describe('a Word list whose second table has its own heading', () => {
  const HEADER: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'];
  const doc = (heading: string) =>
    wordDocument('DU An Binh.docx', [
      'ĐẢNG BỘ HUYỆN AN PHÚ',
      'ĐẢNG ỦY XÃ AN BÌNH',
      'DANH SÁCH',
      'Đăng ký điển hình tiên tiến giai đoạn 2021 - 2025',
      'I. GIAI ĐOẠN 2021 - 2023',
      [HEADER, [1, 'Dương Thị Cẩm Tú', 1983, 'Trưởng Trạm Y tế xã', 'Trạm đạt chuẩn']],
      heading,
      [HEADER, [1, 'Nguyễn Thị Hoa', 1988, 'Chi hội trưởng phụ nữ ấp 2', 'Tiết kiệm'], [2, 'Lê Văn Tám', 1970, 'Trưởng ấp', 'Hiến đất']],
      'An Bình, ngày 20 tháng 02 năm 2023',
      'T/M ĐẢNG ỦY',
    ]);

  it.each(['II. BỔ SUNG GIAI ĐOẠN 2023 - 2025', 'II. GIAI ĐOẠN 2 (2023 - 2025)', 'Bổ sung năm 2024:', 'II. Danh sách bổ sung', '* Bổ sung năm 2024'])(
    '«%s»: the second table is of phase 2, the first of phase 1',
    async (heading) => {
      const books = [unitsBook(UNITS), await doc(heading)];
      const { read } = await checkBooks(books);
      expect(Object.fromEntries(read.registrations.map((r) => [r.name, r.phase]))).toEqual({ 'Dương Thị Cẩm Tú': 1, 'Nguyễn Thị Hoa': 2, 'Lê Văn Tám': 2 });
      expect(await quotaOf(books)).toBe(1);
    },
  );

  it('near miss: a heading naming a kind («II. CÁ NHÂN») leaves both tables of phase 1', async () => {
    const { read } = await checkBooks([unitsBook(UNITS), await doc('II. CÁ NHÂN')]);
    expect(read.registrations.map((r) => r.phase)).toEqual([1, 1, 1]);
    expect(listDates(read)).toEqual({ 'Đảng bộ xã An Bình': '20/2/2023' });
    expect(await quotaOf([unitsBook(UNITS), await doc('II. CÁ NHÂN')])).toBe(3);
  });
});
