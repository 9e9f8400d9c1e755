/**
 * Trial 12 #1: the form's own rows left in a unit's list — its example («VD | Nguyễn Văn A | 19xx | …», «1 | Trần Thị B
 * | …») and its blank lines («2 | …………… | | |») — are no exemplars: not counted, not listed, no error sent back.
 * Near misses: real people (an initial for the middle name, one-letter words inside a name), a real row with a year
 * still to fill, and a row whose name was left as dots but whose other cells say something.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, unitsBook, wordList } from '../../fixtures/trial2-fixgroups-shapes';
import { isExampleRow, isWritingLine } from '../../../src/domain/reading/template-rows';

const UNITS = unitsBook([
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
]);
const HEADER: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'];
const REAL: Row = [1, 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', 'Xây dựng nông thôn mới'];

const CASES: [string, Row[]][] = [
  ['a «VD» row above the real one', [['VD', 'Nguyễn Văn A', '19xx', 'Bí thư Chi bộ ấp …', '(ghi tóm tắt thành tích)'], REAL]],
  ['a numbered placeholder «Nguyễn Văn A»', [[1, 'Nguyễn Văn A', 1970, 'Bí thư Chi bộ ấp X', 'Ghi tóm tắt thành tích'], [2, ...REAL.slice(1)]]],
  ['a placeholder «Trần Thị B» below, its position to fill', [REAL, [2, 'Trần Thị B', '', 'Hội viên ấp …', '']]],
  ['«Ví dụ:» in capitals', [['Ví dụ:', 'NGUYỄN VĂN A', '', '', ''], REAL]],
  ['blank lines of dots', [REAL, [2, '……………', '', '', ''], [3, '..........', '19..', '', '']]],
];

async function anBinh(rows: Row[], word: boolean) {
  const file = word
    ? await wordList('an-binh.docx', ['ĐẢNG ỦY XÃ AN BÌNH', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [HEADER, ...rows], [])
    : { fileName: 'an-binh.xlsx', sheets: [{ name: 'DS', rows: [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], HEADER, ...rows] }] };
  const { read, report } = await checkBooks([UNITS, file]);
  return {
    names: read.registrations.map((r) => r.name),
    registered: report.quota[0]?.registered,
    rowFindings: report.findings.filter((f) => f.code === 'MISSING_VALUE' || f.code === 'INVALID_DATE').map((f) => f.code),
  };
}

describe('the form’s example and blank lines', () => {
  it.each(CASES.flatMap(([what, rows]) => [[`${what} (Excel)`, rows, false] as const, [`${what} (Word)`, rows, true] as const]))(
    '%s: only the real exemplar is read',
    async (_, rows, word) => {
      expect(await anBinh([...rows], word)).toEqual({ names: ['Nguyễn Văn Tâm'], registered: 1, rowFindings: [] });
    },
  );
});

describe('near misses', () => {
  it.each(['Nguyễn Văn An', 'Lê V. Tám', 'Nguyễn A Sáng', 'Nay Y Blang', 'Vàng A Páo', 'Hoàng Thị E Xa'])('«%s» is a name', (name) => {
    expect(isExampleRow('1', name, () => ['19xx', 'Bí thư Chi bộ ấp …'])).toBe(false);
  });

  it.each(['1', '', '01', 'TT', 'Vd. 1'])('«%s» in the number column marks no example', (mark) => {
    expect(isExampleRow(mark, 'Nguyễn Văn Tâm', () => ['19xx'])).toBe(false);
  });

  it('a placeholder name with nothing else to replace is read (a stand-in a clerk typed for a real row)', async () => {
    const { names } = await anBinh([REAL, [2, 'Trần Thị B', 1975, 'Hội viên', '']], false);
    expect(names).toEqual(['Nguyễn Văn Tâm', 'Trần Thị B']);
  });

  it.each(['1970', '- Nông dân', '...Tâm', 'x', '19', '2023'])('«%s» is no line to write on', (text) => {
    expect(isWritingLine(text)).toBe(false);
  });

  it('a real row with its year still to fill keeps its row and its INVALID_DATE', async () => {
    const { names, rowFindings } = await anBinh([REAL, [2, 'Lê Thị Hoa', '19xx', 'Hội viên', '']], false);
    expect(names).toEqual(['Nguyễn Văn Tâm', 'Lê Thị Hoa']);
    expect(rowFindings).toEqual(['INVALID_DATE']);
  });

  it('a row whose name is dots but whose other cells say something is still a row missing its name', async () => {
    const { rowFindings } = await anBinh([REAL, [2, '……………', 1975, 'Chi hội trưởng phụ nữ ấp 2', 'Vận động hội viên tiết kiệm']], false);
    expect(rowFindings).toEqual(['MISSING_VALUE']);
  });
});

describe('the form’s instructions under its header (review 16)', () => {
  it.each([
    ['every column labelled', ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích'], ['', '(Ghi đầy đủ họ tên)', '(Ghi 4 chữ số)', '(Ghi rõ chức vụ)', '(Không quá 5 dòng)']],
    ['an unlabelled last column', ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích', ''], ['', '(Ghi đầy đủ họ tên)', '', '', '(Giấy khen/Thư biểu dương)', '(bản chính)']],
  ])('%s: the row is no exemplar, no error', async (_, header, instructions) => {
    const { read, report } = await checkBooks([
      UNITS,
      { fileName: 'an-binh.xlsx', sheets: [{ name: 'DS', rows: [['ĐẢNG ỦY XÃ AN BÌNH'], header, instructions, [1, 'Nguyễn Văn Tâm', 1968, 'Bí thư', 'NTM']] }] },
    ]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm']);
    expect(report.findings.filter((f) => f.code === 'MISSING_VALUE' || f.code === 'INVALID_DATE')).toEqual([]);
  });

  it('near miss: a name with a nickname in brackets after it is read', async () => {
    const { read } = await checkBooks([UNITS, { fileName: 'an-binh.xlsx', sheets: [{ name: 'DS', rows: [['ĐẢNG ỦY XÃ AN BÌNH'], HEADER, [1, 'Nguyễn Văn Tâm (Tư Tâm)', 1968, '(Bí thư)', 'NTM']] }] }]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm']);
  });
});
