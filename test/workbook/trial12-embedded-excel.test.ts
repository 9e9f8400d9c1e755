/**
 * trial12 #18: a Word list whose table is an Excel workbook embedded as an object (word/embeddings/*.xlsx) is read
 * from that workbook, through the workbook reader, as a table of the document: the letterhead above names the unit,
 * the date line dates the list. When the embedded workbook cannot be read and nothing else in the document is a list,
 * one sentence says so and asks for the .xlsx. Near misses: a document with its own list table beside an unreadable
 * object is read from the table; an object that is no Excel workbook is not read.
 */
import { InputError } from '../../src/domain/errors';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { checked, embeddedList, HEAD, oleParagraph, oleRel, para, r, rawDocx, readAnyInput, tbl, tc, tr } from '../fixtures/trial12-fix12-word';

const PART = 'word/embeddings/Microsoft_Excel_Worksheet.xlsx';
const SIGN = para(r('T/M ĐẢNG ỦY')) + para(r('BÍ THƯ'));

const late = (findings: { code: string; unitCode?: string; message: string }[]) =>
  findings.filter((f) => f.code === 'REGISTRATION_LATE' && f.unitCode === 'X01');

describe('a list pasted as an embedded Excel object', () => {
  it.each([
    ['the date line above, the workbook bare', async () => rawDocx(HEAD() + oleParagraph() + SIGN, { rels: oleRel(), parts: { [PART]: await embeddedList() } })],
    [
      'the date line below, the workbook with its own title rows',
      async () =>
        rawDocx(HEAD('') + oleParagraph() + para(r('An Bình, ngày 27 tháng 02 năm 2023')) + SIGN, { rels: oleRel(), parts: { [PART]: await embeddedList(true) } }),
    ],
    [
      'a macro-enabled worksheet object, the part named from the package root',
      async () =>
        rawDocx(HEAD() + oleParagraph('Excel.SheetMacroEnabled.12') + SIGN, {
          rels: oleRel('/word/embeddings/Book1.xlsx'),
          parts: { 'word/embeddings/Book1.xlsx': await embeddedList() },
        }),
    ],
  ])('%s: its people are the unit’s exemplars, dated by the document', async (_name, make) => {
    const grid = await readAnyInput(await make());
    expect(grid.sheets.map((s) => s.name)).toEqual(['Bảng 1']);
    const { read, findings, units } = await checked(grid);
    expect(read.registrations.map((x) => [x.name, x.birthYear, x.position])).toEqual([
      ['Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1'],
      ['Lê Thị Hoa', 1975, 'Chi hội trưởng phụ nữ ấp 2'],
    ]);
    expect(units).toEqual(['X01', 'X01']);
    expect(findings.filter((f) => f.code === 'FILE_UNREADABLE')).toEqual([]);
    expect(late(findings)).toHaveLength(1);
    expect(late(findings)[0]?.message).toContain('27/02/2023');
  });

  it.each([
    ['the embedded part is damaged', async () => rawDocx(HEAD() + oleParagraph() + SIGN, { rels: oleRel(), parts: { [PART]: new TextEncoder().encode('not a workbook') } })],
    ['the embedded part is missing', async () => rawDocx(HEAD() + oleParagraph() + SIGN, { rels: oleRel() })],
    ['the relationship is missing', async () => rawDocx(HEAD() + oleParagraph() + SIGN, { parts: { [PART]: await embeddedList() } })],
  ])('%s: one sentence says the list is an embedded Excel object and asks for the .xlsx', async (_name, make) => {
    const bytes = await make();
    const error = await readAnyInput(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^Tệp ole\.docx có danh sách dán vào dưới dạng đối tượng Excel nhúng, không đọc được: .*\(\.xlsx\)/);
  });

  it('read without a workbook reader, the embedded list is said to be unreadable the same way', async () => {
    const bytes = await rawDocx(HEAD() + oleParagraph() + SIGN, { rels: oleRel(), parts: { [PART]: await embeddedList() } });
    await expect(readDocx(bytes, 'ole.docx')).rejects.toThrow(/đối tượng Excel nhúng/);
  });

  it('near miss: a document with its own list table beside an unreadable object is read from its table', async () => {
    const list = tbl(
      tr(...['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'].map(tc)),
      tr(tc('1'), tc('Trần Văn Út'), tc('1972'), tc('Trưởng ấp Tân Phú')),
      tr(tc('2'), tc('Võ Thị Lan'), tc('1980'), tc('Hội viên')),
    );
    const grid = await readAnyInput(await rawDocx(HEAD() + list + oleParagraph() + SIGN, { rels: oleRel(), parts: { [PART]: new TextEncoder().encode('broken') } }));
    const { read } = await checked(grid);
    expect(read.registrations.map((x) => x.name)).toEqual(['Trần Văn Út', 'Võ Thị Lan']);
  });

  it('near miss: an embedded object that is no Excel workbook (a Word document) is not read', async () => {
    const grid = await readAnyInput(await rawDocx(HEAD() + oleParagraph('Word.Document.12') + SIGN, { rels: oleRel(), parts: { [PART]: await embeddedList() } }));
    expect(grid.sheets.map((s) => s.name)).toEqual(['Nội dung văn bản']);
  });
});
