/**
 * Trial 20a #1 and #11: a Word list split into two tables at a page break, its second part without the header, was
 * not joined to the first when the second part's last column («Ghi chú») was empty — the usual case: a table's
 * width was counted by the cells holding text, so that part had a column fewer. Columns are now the table's grid,
 * empty cells counted. The second part joins however it is split (within a group, inside the collectives, at the
 * group row, numbered across the whole list), whatever stands between the two (a page break, an empty paragraph,
 * nothing, a paragraph starting a page), with its «Ghi chú» empty, its cells left out (w:gridAfter), an empty first
 * column, or the header's row of column numbers repeated at its top.
 * Near misses stay unread, with the true reason (numbering starting again, fewer columns, text beyond the first
 * table's columns), and the rows lost are said by the consolidated list and the unit's phiếu, not only in a note.
 * A summary table «STT | Đối tượng | Số lượng» is still not read, and is said to have a header that is no list's.
 */
import { consolidate } from '../../src/domain/ceremony/consolidate';
import { feedbackSheets, unitsWithFindings } from '../../src/domain/feedback/feedback-sheet';
import { unitsView } from '../../src/domain/report/by-unit';
import { buildReport } from '../../src/domain/report/report';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { body, cell, COLLECTIVES, COLUMN_NUMBERS, Entry, entryRow, group, HEADER, NAMES, PAGE_BREAK, PERSONS, row, table } from '../fixtures/trial20a-word';
import { para, r, rawDocx, read } from '../fixtures/trial12-fix12-word';

const AS_OF = { y: 2023, m: 3, d: 10 };

async function readList(xml: string) {
  const grid = await readDocx(await rawDocx(xml), 'an-binh.docx');
  const result = await read(grid);
  const report = buildReport(result, AS_OF, 2);
  return { read: result, report, skipped: report.findings.filter((f) => f.code === 'SHEET_SKIPPED') };
}

const renumber = (e: Entry, n: number): Entry => [String(n), ...e.slice(1)] as Entry;

/** The list's two parts, split as a unit's page break splits it. */
type Parts = [(Entry | string)[], (Entry | string)[]];
const SPLITS: [string, () => Parts][] = [
  ['within the individuals (2, 3 go on from 1)', () => [['I. TẬP THỂ', ...COLLECTIVES, 'II. CÁ NHÂN', PERSONS[0] as Entry], [PERSONS[1] as Entry, PERSONS[2] as Entry]]],
  ['inside the collectives (2 goes on, then «II. CÁ NHÂN»)', () => [['I. TẬP THỂ', COLLECTIVES[0] as Entry], [COLLECTIVES[1] as Entry, 'II. CÁ NHÂN', ...PERSONS]]],
  ['at the group row («II. CÁ NHÂN» opens the second part)', () => [['I. TẬP THỂ', ...COLLECTIVES], ['II. CÁ NHÂN', ...PERSONS]]],
  [
    'numbered across the whole list (4, 5 go on from 3)',
    () => {
      const all = [...COLLECTIVES, ...PERSONS].map((e, i) => renumber(e, i + 1));
      return [['I. TẬP THỂ', all[0] as Entry, all[1] as Entry, 'II. CÁ NHÂN', all[2] as Entry], [all[3] as Entry, all[4] as Entry]];
    },
  ],
];

const SEPARATORS: [string, string][] = [
  ['a page break', PAGE_BREAK],
  ['an empty paragraph', para('')],
  ['nothing (the tables adjacent)', ''],
  ['a paragraph starting a page', '<w:p><w:pPr><w:pageBreakBefore/></w:pPr></w:p>'],
];

type Shape = { rows: (x: Entry | string) => string; first?: string[]; second?: string[]; cols?: number };
const plain = (x: Entry | string) => (typeof x === 'string' ? group(x) : entryRow(x));
const SHAPES: [string, Shape][] = [
  ['its «Ghi chú» empty', { rows: plain }],
  ['its «Ghi chú» cells left out (w:gridAfter)', { rows: (x) => (typeof x === 'string' ? group(x) : row(x.slice(0, 6).map((t) => cell(t)), '<w:gridAfter w:val="1"/>')) }],
  ['the header’s column numbers at its top', { rows: plain, second: [COLUMN_NUMBERS] }],
  [
    'an empty first column in both parts',
    {
      rows: (x) => (typeof x === 'string' ? row([cell(''), cell(x, { span: 7 })]) : row([cell(''), ...x.map((t) => cell(t))])),
      first: HEADER.map((h) => h.replace('<w:tr>', `<w:tr>${cell('')}`)),
      cols: 8,
    },
  ],
];

function splitList(split: (typeof SPLITS)[number][1], separator: string, shape: Shape): string {
  const [a, b] = split();
  const first = table([...(shape.first ?? HEADER), ...a.map(shape.rows)], shape.cols);
  const second = table([...(shape.second ?? []), ...b.map(shape.rows)], shape.cols);
  return body(first, separator, second);
}

async function expectJoined(xml: string) {
  const { read: result, skipped } = await readList(xml);
  expect(result.registrations.map((x) => [x.name, x.kind])).toEqual(NAMES.map((n, i) => [n, i < 2 ? 'collective' : 'individual']));
  expect(new Set(result.registrations.map((x) => x.unitId)).size).toBe(1);
  expect(skipped).toEqual([]);
  expect(result.unreadTables).toBeUndefined();
}

describe('a headerless second part with the first part’s columns goes on from it', () => {
  it.each(SPLITS.flatMap(([s, split]) => SEPARATORS.map(([sep, xml]) => [s, sep, split, xml] as const)))('split %s, %s between', async (_s, _sep, split, xml) => {
    await expectJoined(splitList(split, xml, SHAPES[0]?.[1] as Shape));
  });

  it.each(SPLITS.flatMap(([s, split]) => SHAPES.slice(1).map(([shape, x]) => [s, shape, split, x] as const)))('split %s, %s', async (_s, _shape, split, shape) => {
    await expectJoined(splitList(split, PAGE_BREAK, shape));
  });

  it('a note written in the first part only', async () => {
    const noted = (e: Entry): Entry => [...e.slice(0, 6), 'Đảng viên'] as Entry;
    const first = table([...HEADER, group('I. TẬP THỂ'), ...COLLECTIVES.map((e) => entryRow(noted(e))), group('II. CÁ NHÂN'), entryRow(noted(PERSONS[0] as Entry))]);
    await expectJoined(body(first, PAGE_BREAK, table([entryRow(PERSONS[1] as Entry), entryRow(PERSONS[2] as Entry)])));
  });
});

describe('near misses: a headerless part that does not go on is not read, and why is said truly', () => {
  const first = () => table([...HEADER, group('I. TẬP THỂ'), ...COLLECTIVES.map((e) => entryRow(e)), group('II. CÁ NHÂN'), entryRow(PERSONS[0] as Entry)]);
  const cases: [string, string, string][] = [
    ['its numbering starts again', table([entryRow(renumber(PERSONS[1] as Entry, 1)), entryRow(renumber(PERSONS[2] as Entry, 2))]), 'số thứ tự bắt đầu từ 1, không đánh tiếp số 1 ở cuối «Bảng 1»'],
    ['it has fewer columns', table([row(['2', 'Lê Thị Ngọc Trâm', '1986', 'Giáo viên'].map((t) => cell(t))), row(['3', 'Võ Công Danh', '1978', 'Chủ nhiệm HTX'].map((t) => cell(t)))], 4), '«Bảng 2» có 4 cột, «Bảng 1» có 7 cột'],
    ['it has text beyond the first part’s columns', table([row([...(PERSONS[1] as Entry), 'x'].map((t) => cell(t))), row([...(PERSONS[2] as Entry), 'y'].map((t) => cell(t)))], 8), '«Bảng 2» có 8 cột, «Bảng 1» có 7 cột'],
  ];

  it.each(cases)('%s', async (_n, second, reason) => {
    const xml = body(first(), PAGE_BREAK, second);
    const { read: result, report, skipped } = await readList(xml);
    expect(result.registrations.map((x) => x.name)).toEqual(NAMES.slice(0, 3));
    expect(skipped.map((f) => [f.sheet, f.unit])).toEqual([['Bảng 2', 'Đảng bộ xã An Bình']]);
    expect(skipped[0]?.message).toContain(`và không nối tiếp được «Bảng 1» ngay trước nó: ${reason}, nên không được đọc.`);
    expect(result.unreadTables).toEqual([{ file: 'an-binh.docx', sheet: 'Bảng 2', unit: 'Đảng bộ xã An Bình' }]);

    // The consolidated list says it is made without that table, as it says of a file it could not read.
    const book = consolidate(result, report, '2023');
    const notice = book.notices.find((n) => n.message.includes('«Bảng 2»'));
    expect(notice?.level).toBe('warning');
    expect(notice?.message).toMatch(/^Danh sách được lập khi chưa đọc «Bảng 2» của tệp an-binh\.docx \(của Đảng bộ xã An Bình\): bảng có/);

    // The unit's phiếu carries it, with the table named and what to do.
    const view = unitsView(result, report, AS_OF);
    const sheets = feedbackSheets(result.profile, AS_OF, unitsWithFindings(view, report.findings, result));
    const phieu = sheets.find((s) => s.unit === 'Đảng bộ xã An Bình')?.sheet;
    const texts = (phieu?.cells ?? []).map((c) => String(c.value));
    expect(texts).toContain('an-binh.docx, bảng 2');
    expect(texts.some((t) => t.startsWith('Trang không đọc: «Bảng 2» có các dòng đánh số'))).toBe(true);
    expect(texts).toContain('Chép dòng tiêu đề cột của danh sách lên đầu bảng này (hoặc nối bảng này vào bảng danh sách ngay trước nó), rồi gửi lại danh sách.');
  });

  it('a table of numbered rows with no list before it', async () => {
    const lone = table([row(['1', 'Ghi chú', 'a'].map((t) => cell(t)))], 3);
    const { skipped } = await readList(body(lone, PAGE_BREAK, first()));
    expect(skipped.map((f) => f.message)).toEqual([expect.stringContaining('và ngay trước nó không có bảng danh sách để nối tiếp, nên không được đọc.')]);
  });
});

describe('a summary table under the list (trial 20a #11)', () => {
  const summary = table(
    [
      row(['STT', 'Đối tượng', 'Số lượng'].map((t) => cell(t))),
      row(['1', 'Tập thể', '02'].map((t) => cell(t))),
      row(['2', 'Cá nhân', '03'].map((t) => cell(t))),
      row(['', 'Tổng cộng', '05'].map((t) => cell(t))),
    ],
    3,
  );
  const list = table([...HEADER, group('I. TẬP THỂ'), ...COLLECTIVES.map((e) => entryRow(e)), group('II. CÁ NHÂN'), ...PERSONS.map((e) => entryRow(e))]);

  it('is not read, and said to have a header that names no exemplar; no rows are said lost', async () => {
    const { read: result, report, skipped } = await readList(body(list, para(r('Tổng hợp số lượng:')), summary));
    expect(result.registrations.map((x) => x.name)).toEqual(NAMES);
    expect(skipped.map((f) => f.message)).toEqual([
      '«Bảng 2» có dòng tiêu đề cột «STT | Đối tượng | Số lượng» nhưng không có cột tên tập thể hoặc họ và tên, nên không phải danh sách điển hình (như bảng tổng hợp số lượng) và không được đọc. Nếu đây là danh sách, hãy ghi tiêu đề cột theo mẫu («STT», «Họ và tên»…).',
    ]);
    expect(result.unreadTables).toBeUndefined();
    expect(consolidate(result, report, '2023').notices.some((n) => n.message.includes('Bảng 2'))).toBe(false);
  });
});
