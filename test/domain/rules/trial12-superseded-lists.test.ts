/**
 * Trial 12 #9: the rows of a list its unit replaced («(THAY THẾ)», «(sửa)»…), and of the second copy of a list sent
 * twice (a workbook and a Word document), are no longer judged: no row errors, no duplicate with anyone, not counted
 * in the report's head nor in a unit's error count, nothing in any phiếu — one info says the list was set aside. A
 * copy's errors are reported once, on the copy kept. Near misses: the current list's own errors, a withdrawn row's,
 * and the rows of another phase than the replacement's are reported as before.
 */
import { ceremonyText } from '../../../src/domain/ceremony/ceremony-texts';
import { groupsOf } from '../../../src/domain/ceremony/consolidate';
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import { feedbackSheets, unitsWithFindings } from '../../../src/domain/feedback/feedback-sheet';
import type { ReadResult } from '../../../src/domain/records';
import { unitsView } from '../../../src/domain/report/by-unit';
import { renderText } from '../../../src/domain/report/render-text';
import type { Report } from '../../../src/domain/report/report';
import type { Book } from '../../fixtures/trial2-fixgroups-shapes';
import { anBinh, anBinhWord, check, hnd, TITLE } from '../../fixtures/trial12-fix12-lists';
import type { WorkbookGrid } from '../../../src/domain/grid';
import type { Row } from '../../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 1 };
const TAM: Row = [1, 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', 'NTM'];
const HOA: Row = [2, 'Lê Thị Hoa', 1975, 'Hội viên', 'TK'];
const LOI: Row = [1, 'Lâm Văn Lợi', 1966, 'Nông dân ấp Phú Lợi, xã An Bình', 'SXKD'];
/** The old list's faults: two people in one row, a date that is none, a row with no name, a person HND proposes too. */
const FAULTY: Row[] = [
  TAM,
  [2, 'Lê Thị Hoa, Trần Văn Hai', 1975, 'Hội viên', 'TK'],
  [3, 'Lâm Văn Lợi', 1966, 'Nông dân ấp Phú Lợi', 'SXKD'],
  [4, 'Võ Văn Sáu', '31/02/1980', 'Trưởng ấp', 'X'],
  [5, '', 1970, 'Hội viên', 'Y'],
];
const old = anBinh('An Binh.xlsx', TITLE, FAULTY);

function summary(read: ReadResult, report: Report) {
  const view = unitsView(read, report, AS_OF);
  const phieu = feedbackSheets(read.profile, AS_OF, unitsWithFindings(view, report.findings, read)).map((x) => x.unit);
  return {
    // Unit-level findings (HND sent nothing in some cases) stand on the units list.
    codes: report.findings.filter((f) => f.severity !== 'info' && f.file !== 'don-vi.xlsx').map((f) => `${f.code} ${f.file}:${f.row ?? ''}`).sort(),
    registrations: report.summary.registrations,
    perUnit: Object.fromEntries(view.units.map((u) => [u.name, [u.errors, u.warnings]])),
    phieu: phieu.sort(),
  };
}

const infos = (report: Report) => report.findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => [f.file, f.unit]);

describe('a list its unit replaced is no longer judged', () => {
  it.each<[string, (rows: Row[]) => Book]>([
    ['«(THAY THẾ)» in the title', (rows) => anBinh('An Binh 2.xlsx', `${TITLE} (THAY THẾ)`, rows, 'An Bình, ngày 20 tháng 02 năm 2023')],
    ['«(thay the)» in the file name', (rows) => anBinh('An Binh (thay the).xlsx', TITLE, rows, 'An Bình, ngày 20 tháng 02 năm 2023')],
    ['«(sửa)» in the file name', (rows) => anBinh('An Bình (sửa).xlsx', TITLE, rows, 'An Bình, ngày 20 tháng 02 năm 2023')],
    ['«lần 2» in the title', (rows) => anBinh('an-binh-2.xlsx', `${TITLE} (LẦN 2)`, rows, 'An Bình, ngày 20 tháng 02 năm 2023')],
  ])('%s: only the current list and HND’s are checked, whatever the order', async (_, replacement) => {
    const books = [old, replacement([TAM, HOA]), hnd([LOI])];
    for (const order of [books, [...books].reverse()]) {
      const { read, report } = await check(order);
      expect(summary(read, report)).toEqual({
        codes: [],
        registrations: 3,
        perUnit: { 'Đảng bộ xã An Bình': [0, 0], 'Hội Nông dân huyện': [0, 0] },
        phieu: [],
      });
      expect(infos(report)).toEqual([['An Binh.xlsx', 'Đảng bộ xã An Bình']]);
      expect(renderText(report)).toContain('3 điển hình đăng ký');
    }
  });

  it('the ceremony list leaves every row of the replaced list off for that, whatever the row lacked', async () => {
    const { read, report } = await check([old, anBinh('An Binh (thay the).xlsx', TITLE, [TAM, HOA]), hnd([LOI])]);
    const list = selectEntries(read, report.findings, groupsOf(report), read.profile.ceremonies[0]!);
    const off = list.excluded.filter((e) => e.row.file === 'An Binh.xlsx').map((e) => [e.row.row, e.reason]);
    expect(off).toEqual([4, 5, 6, 7, 8].map((r) => [r, ceremonyText.reasonReplaced('An Binh (thay the).xlsx')]));
    expect(list.individuals.map((e) => e.name)).toEqual(['Nguyễn Văn Tâm', 'Lê Thị Hoa', 'Lâm Văn Lợi']);
  });

  it('a replaced Word list: its errors are not reported either', async () => {
    const word = await anBinhWord('An Binh.docx', 'đăng ký điển hình tiên tiến', FAULTY);
    const { read, report } = await check([word, anBinh('An Binh (thay the).xlsx', TITLE, [TAM, HOA]), hnd([LOI])]);
    expect(summary(read, report).codes).toEqual([]);
    expect(infos(report)).toEqual([['An Binh.docx', 'Đảng bộ xã An Bình']]);
  });

  it('near miss: the current list’s own errors, and its duplicate with HND, are all still reported', async () => {
    const replacement = anBinh('An Binh (thay the).xlsx', TITLE, FAULTY);
    const { read, report } = await check([anBinh('An Binh.xlsx', TITLE, [TAM, HOA]), replacement, hnd([LOI])]);
    const s = summary(read, report);
    expect(s.codes).toEqual([
      'DUPLICATE An Binh (thay the).xlsx:6',
      'INVALID_DATE An Binh (thay the).xlsx:7',
      'MISSING_VALUE An Binh (thay the).xlsx:8',
      'NOT_SINGLE_SUBJECT An Binh (thay the).xlsx:5',
    ]);
    expect(s.registrations).toBe(6);
    expect(s.phieu).toEqual(['Hội Nông dân huyện', 'Đảng bộ xã An Bình']);
  });

  it('near miss: a withdrawn row («Rút tên») of the current list keeps its errors', async () => {
    const header: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Ghi chú'];
    const book: Book = {
      fileName: 'An Binh.xlsx',
      sheets: [{ name: 'DS', rows: [['ĐẢNG ỦY XÃ AN BÌNH'], [TITLE], header, [1, 'Nguyễn Văn Tâm', 1968, 'Bí thư', ''], [2, 'Võ Văn Sáu', '31/02/1980', 'Trưởng ấp', 'Rút tên']] }],
    };
    const { report } = await check([book]);
    expect(report.findings.filter((f) => f.code === 'INVALID_DATE').map((f) => f.row)).toEqual([5]);
    expect(infos(report)).toEqual([]);
  });

  it('near miss: the rows of another phase than the replacement’s stay the unit’s, errors and all', async () => {
    const header: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Giai đoạn'];
    const mixed: Book = {
      fileName: 'An Binh.xlsx',
      sheets: [{ name: 'DS', rows: [['ĐẢNG ỦY XÃ AN BÌNH'], [TITLE], header, [1, 'Nguyễn Văn Tâm', 1968, 'Bí thư', 1], [2, 'Võ Văn Sáu', '31/02/1980', 'Trưởng ấp', 2], [3, 'Lê Văn Bảy, Trần Văn Tám', 1970, 'Hội viên', 1]] }],
    };
    const replacement: Book = {
      fileName: 'An Binh (thay the).xlsx',
      sheets: [{ name: 'DS', rows: [['ĐẢNG ỦY XÃ AN BÌNH'], [TITLE], header, [1, 'Nguyễn Văn Tâm', 1968, 'Bí thư', 1], [2, 'Lê Thị Hoa', 1975, 'Hội viên', 1]] }],
    };
    const { read, report } = await check([mixed, replacement]);
    expect(summary(read, report).codes).toEqual(['INVALID_DATE An Binh.xlsx:5']);
    expect(summary(read, report).registrations).toBe(3);
  });
});

describe('the same list sent twice is judged once', () => {
  const rows: Row[] = [TAM, [2, 'Lê Thị Hoa, Trần Văn Hai', 1975, 'Hội viên', 'TK'], [3, 'Võ Văn Sáu', '31/02/1980', 'Trưởng ấp', 'X']];
  it.each<[string, boolean]>([
    ['workbook first', true],
    ['Word document first', false],
  ])('%s: each error once, on the copy kept', async (_, workbookFirst) => {
    const book = anBinh('copy.xlsx', TITLE, rows);
    const word: WorkbookGrid = await anBinhWord('copy.docx', 'đăng ký điển hình tiên tiến', rows);
    const { read, report } = await check(workbookFirst ? [book, word] : [word, book]);
    const kept = workbookFirst ? 'copy.xlsx' : 'copy.docx';
    const s = summary(read, report);
    expect(s.codes.map((c) => c.replace(/:\d+$/, ''))).toEqual([`INVALID_DATE ${kept}`, `NOT_SINGLE_SUBJECT ${kept}`]);
    expect(s.registrations).toBe(3);
    expect(s.perUnit['Đảng bộ xã An Bình']).toEqual([2, 0]);
    expect(infos(report)).toEqual([[workbookFirst ? 'copy.docx' : 'copy.xlsx', 'Đảng bộ xã An Bình']]);
  });
});
