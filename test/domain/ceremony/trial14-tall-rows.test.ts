/**
 * Trial 14, class 16: no row of the ceremony sheet is taller than Excel's 409 pt. An entry whose text would need more
 * (a summary pasted from a report, a long position, one endless word) goes on in the rows below — the whole text
 * printed, STT and name on its first row, bordered as one entry —, and the notices say which entry the clerk should
 * look at; the Word list lets that one row go over a page. Near misses: ordinary entries and a long but fitting
 * summary stay one row each, with no notice; any sheet's fitted height stays within 409 pt.
 */
import JSZip from 'jszip';
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { CEREMONY_HEADER_ROW, rowParts } from '../../../src/domain/ceremony/ceremony-sheet';
import { fitRowHeights, SheetModel, textCell } from '../../../src/domain/sheet-model';
import { writeDocx } from '../../../src/workbook/docx/write-docx';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Đảng bộ xã An Bình'],
];
const SENTENCE = 'Trong giai đoạn 2021 - 2023, đồng chí đã vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn, xây dựng nhà văn hóa ấp; ';
const LONG = SENTENCE.repeat(25).trim();

async function book(rows: [string, string, string][]) {
  const reg: Row[] = [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'], ...rows.map(([name, position, summary], i) => [i + 1, 'Đảng bộ xã An Bình', name, 1970 + i, position, summary])];
  const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows: reg }] }]);
  return consolidate(read, report, '2023');
}

const text = (sheet: SheetModel, row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col)?.value;
const tallest = (sheet: SheetModel) => Math.max(...Object.values(sheet.rowHeights ?? {}));
/** The first row of the individuals: under «II. CÁ NHÂN». */
const firstIndividual = (sheet: SheetModel) => (sheet.cells.find((c) => c.value === 'II. CÁ NHÂN')?.row ?? 0) + 1;

describe('an entry too tall for one row', () => {
  it.each([
    ['a summary of 3,400 characters', 'Trưởng ấp 1', LONG, 6],
    ['a position pasted with its whole career', `Trưởng ấp 1; ${SENTENCE.repeat(12)}`, 'Thành tích', 4],
    ['one endless word (a pasted link)', 'Trưởng ấp 1', `Xem https://baodientu.vn/${'tin-tuc-dien-hinh-'.repeat(500)}`, 6],
  ])('%s: cut into rows within 409 pt, the whole text kept, and said', async (_n, position, summary, col) => {
    const b = await book([['Nguyễn Văn Dài', position, summary], ['Nguyễn Văn Ngắn', 'Trưởng ấp 2', 'Tích cực']]);
    const sheet = b.sheets[0] as SheetModel;
    expect(tallest(sheet)).toBeLessThanOrEqual(409);
    // Its rows: the group row, then the entry's first row with its STT and name, then the rows it goes on in.
    const first = firstIndividual(sheet);
    expect(text(sheet, first, 1)).toBe(1);
    expect(text(sheet, first, 2)).toBe('Nguyễn Văn Dài');
    let last = first;
    while (text(sheet, last + 1, 2) === '') last++;
    expect(last).toBeGreaterThan(first);
    const joined = Array.from({ length: last - first + 1 }, (_, k) => String(text(sheet, first + k, col) ?? '')).join(' ');
    const long = col === 6 ? summary : position;
    expect(joined.replace(/\s+/g, '')).toBe(long.replace(/\s+/g, ''));
    // One entry to the eye: no border between its rows.
    const borders = (r: number) => sheet.cells.find((c) => c.row === r && c.col === col)?.style?.border ?? [];
    expect(borders(first)).toEqual(expect.arrayContaining(['top', 'left', 'right']));
    expect(borders(first)).not.toContain('bottom');
    expect(borders(last)).toContain('bottom');
    expect(borders(last)).not.toContain('top');
    // The next entry numbers on.
    expect(text(sheet, last + 1, 1)).toBe(2);
    expect(text(sheet, last + 1, 2)).toBe('Nguyễn Văn Ngắn');
    expect(b.selection.individuals).toHaveLength(2);
    expect(b.notices.filter((n) => n.message.includes('«Nguyễn Văn Dài»')).map((n) => n.level)).toEqual(['info']);
    expect(b.notices.find((n) => n.message.includes('«Nguyễn Văn Dài»'))?.message).toMatch(/STT 1\) .*in tiếp trên \d+ dòng liền nhau, không bị cắt/);
    // Word: that row may go over a page; the others keep together.
    const xml = (await (await JSZip.loadAsync(await writeDocx(b.document))).file('word/document.xml')?.async('string')) ?? '';
    const rows = xml.split('<w:tr>').slice(1);
    const of = (name: string) => rows.find((r) => r.includes(name)) ?? '';
    expect(of('Nguyễn Văn Dài')).not.toContain('<w:cantSplit/>');
    expect(of('Nguyễn Văn Ngắn')).toContain('<w:cantSplit/>');
  });

  it('near misses: ordinary entries, and a long summary that fits, stay one row each with no notice', async () => {
    const b = await book([['Nguyễn Văn An', 'Trưởng ấp 1', SENTENCE.repeat(6)], ['Nguyễn Văn Bình', 'Trưởng ấp 2', 'Tích cực']]);
    const sheet = b.sheets[0] as SheetModel;
    const first = firstIndividual(sheet);
    expect(first).toBeGreaterThan(CEREMONY_HEADER_ROW + 1);
    expect(text(sheet, first, 2)).toBe('Nguyễn Văn An');
    expect(text(sheet, first + 1, 2)).toBe('Nguyễn Văn Bình');
    expect(sheet.cells.find((c) => c.row === first && c.col === 6)?.style?.border).toEqual(['top', 'bottom', 'left', 'right']);
    expect(b.notices.some((n) => n.message.includes('in tiếp'))).toBe(false);
    expect(rowParts(SENTENCE.repeat(6), 36)).toHaveLength(1);
  });

  it.each([
    [2, 0],
    [5, 0],
    [9, 4],
  ])('%i entries too tall: one notice, naming the first five and counting the rest', async (n, more) => {
    const b = await book(Array.from({ length: n }, (_, i): [string, string, string] => [`Nguyễn Văn Dài ${'ABCDEFGHI'[i]}`, 'Trưởng ấp', LONG]));
    const notices = b.notices.filter((x) => x.message.includes('in tiếp'));
    expect(notices).toHaveLength(1);
    const message = notices[0]?.message ?? '';
    expect(message).toContain(`${n} mục có nội dung dài hơn một dòng Excel`);
    expect(message).toContain('«Nguyễn Văn Dài A» (II. CÁ NHÂN, STT 1)');
    expect(message).toContain(`STT ${Math.min(n, 5)})`);
    expect(message).not.toContain(`STT ${Math.min(n, 5) + 1})`);
    expect(message.includes(`và ${more} mục khác`)).toBe(more > 0);
    expect(b.selection.individuals).toHaveLength(n);
  });

  it('any sheet\'s fitted row stays within 409 pt', () => {
    const model: SheetModel = { name: 'x', widths: [10], rowHeights: {}, cells: [textCell(1, 1, SENTENCE.repeat(40), { wrap: true })], merges: [] };
    expect(fitRowHeights(model, [1], 12)[1]).toBe(409);
  });
});
