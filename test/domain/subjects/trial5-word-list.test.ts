/**
 * Trial 5, in a unit's Word list: bodies written with abbreviations are collectives, people's names with
 * punctuation are people, a nickname in brackets is not the position, and "Ông bà …" is two people.
 */
import { Document, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { Row } from '../../fixtures/workbooks';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import { readDocx } from '../../../src/workbook/docx/read-docx';
import { docxBytes } from '../../fixtures/word-lists';

const p = (text: string) => new Paragraph({ children: [new TextRun({ text })] });
const row = (cells: (string | number)[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [p(String(c))] })) });

it('a Word list of one unit reads each shape as its kind', async () => {
  const rows: (string | number)[][] = [
    ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
    [1, 'TYT xã An Bình', '', 'Trạm y tế'],
    [2, 'BCH Quân sự xã An Bình', '', ''],
    [3, "H'Hen Niê", 1975, 'Nông dân'],
    [4, 'Nguyễn T. Thu Hương', 1980, 'Giáo viên'],
    [5, 'Trần Thị Hồng (Út)', 1990, 'Chủ tịch Hội LHPN xã An Bình'],
    [6, 'Ông bà Nguyễn Văn Tám', 1969, 'Nông dân ấp 2'],
  ];
  const doc = new Document({
    sections: [{ children: [p('ĐẢNG BỘ XÃ AN BÌNH'), p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), new Table({ rows: rows.map(row) })] }],
  });
  const word = await readDocx(await docxBytes(doc), 'an-binh.docx');
  const units: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình']];
  const { read, report } = await checkBooks([{ fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: units }] }, word]);
  expect(read.registrations.map((r) => [r.name, r.kind, r.position])).toEqual([
    ['TYT xã An Bình', 'collective', 'Trạm y tế'],
    ['BCH Quân sự xã An Bình', 'collective', undefined],
    ["H'Hen Niê", 'individual', 'Nông dân'],
    ['Nguyễn T. Thu Hương', 'individual', 'Giáo viên'],
    ['Trần Thị Hồng', 'individual', 'Chủ tịch Hội LHPN xã An Bình'],
    ['Ông bà Nguyễn Văn Tám', 'individual', 'Nông dân ấp 2'],
  ]);
  expect(report.findings.filter((f) => ['MISSING_VALUE', 'SUBJECT_KIND_MISMATCH', 'NOT_SINGLE_SUBJECT'].includes(f.code)).map((f) => f.code)).toEqual([
    'NOT_SINGLE_SUBJECT',
  ]);
});
