/**
 * Trial 19 #1: a units list that marks a list or a plan as come («x», «Đã nộp») without a day no longer switches R4 or
 * R12 off: the unit's own date line, its rows' dates or its plan's date still judge it, as when the cell is empty.
 * Trial 19 #3: a date before the period began (a year mistyped, «27/02/2003»; «27.02» typed in a number cell, which
 * Excel keeps as 27/01/1900) is INVALID_DATE, never on time, in the units list, a date line, the rows or the
 * CHECKDEADLINE function alike. Near misses: marks with an on-time date line, dates within the period, a plan of 2021.
 */
import ExcelJS from 'exceljs';
import { Document, Paragraph } from 'docx';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { unitsView } from '../../../src/domain/report/by-unit';
import { buildReport, Report } from '../../../src/domain/report/report';
import { readDocx } from '../../../src/workbook/docx/read-docx';
import { checkDeadline } from '../../../src/functions/deadlines';
import { Book, checkBooks, oneSheet } from '../../fixtures/trial2-fixgroups-shapes';
import { docxBytes } from '../../fixtures/word-lists';
import { roundTrip, Row, sheetWith } from '../../fixtures/workbooks';

const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const AS_OF = { y: 2023, m: 3, d: 1 };

const units = (sent: unknown, header = 'Ngày gửi danh sách'): Book =>
  oneSheet(
    'don-vi.xlsx',
    [
      ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', header],
      ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã', sent],
      ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã', D(2023, 2, 20)],
    ] as Row[],
    'Đơn vị',
  );

const HEAD: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'];
const anBinh = (line?: string, rowDate?: Date | number): Book =>
  oneSheet('an-binh.xlsx', [
    ['ĐẢNG ỦY XÃ AN BÌNH'],
    ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    rowDate !== undefined ? [...HEAD, 'Ngày đăng ký'] : HEAD,
    [1, 'Nguyễn Văn Bình', 1970, 'Trưởng ấp 1', ...(rowDate !== undefined ? [rowDate] : [])],
    [2, 'Lê Văn Hòa', 1971, 'Trưởng ấp 2', ...(rowDate !== undefined ? [rowDate] : [])],
    [],
    ...(line ? [['', '', '', line] as Row] : []),
  ]);

const ofAnBinh = (report: Report, code?: string) => report.findings.filter((f) => f.unit === 'Đảng bộ xã An Bình' && (!code || f.code === code));
const deadlineCodes = (report: Report) =>
  ofAnBinh(report)
    .filter((f) => ['REGISTRATION_LATE', 'REGISTRATION_MISSING', 'INVALID_DATE', 'PLAN_LATE', 'PLAN_MISSING'].includes(f.code))
    .map((f) => f.code);

/** The plan's findings (the list has none here, so R4 says it is missing: not what these tests are about). */
const planCodes = (report: Report) => deadlineCodes(report).filter((c) => c !== 'REGISTRATION_MISSING');

async function anBinhTimeliness(books: Book[]) {
  const { read, report } = await checkBooks(books);
  const view = unitsView(read, report, AS_OF).units.find((u) => u.name === 'Đảng bộ xã An Bình');
  return { report, timeliness: view?.timeliness };
}

describe('trial 19 #1: a mark that the list came does not hide its late date', () => {
  it.each(['x', 'X', 'Đã nộp', 'đã gửi', '✓'])('«%s» in the units list, the unit\'s own line dated 27/02/2023: REGISTRATION_LATE by that line', async (mark) => {
    const { report, timeliness } = await anBinhTimeliness([units(mark), anBinh('An Bình, ngày 27 tháng 02 năm 2023')]);
    expect(deadlineCodes(report)).toEqual(['REGISTRATION_LATE']);
    expect(ofAnBinh(report, 'REGISTRATION_LATE')[0]?.message).toMatch(/trễ hạn 2 ngày.*dòng ngày tháng của tệp an-binh\.xlsx/);
    expect(timeliness).toBe('late');
    expect(report.summary.undatedLists ?? []).toEqual([]);
  });

  it('«x» and the rows dated 27/02/2023 as the only evidence: late by the rows', async () => {
    const { report } = await anBinhTimeliness([units('x'), anBinh(undefined, D(2023, 2, 27))]);
    expect(deadlineCodes(report)).toEqual(['REGISTRATION_LATE']);
    expect(ofAnBinh(report, 'REGISTRATION_LATE')[0]?.message).toContain('ngày đăng ký muộn nhất');
  });

  it('near misses: «x» with an on-time line is on time; «x» with nothing else stays sent, undated; «Nộp trễ» stays late', async () => {
    const onTime = await anBinhTimeliness([units('x'), anBinh('An Bình, ngày 20 tháng 02 năm 2023')]);
    expect(deadlineCodes(onTime.report)).toEqual([]);
    expect(onTime.timeliness).toBe('on-time');
    const undated = await anBinhTimeliness([units('Đã nộp'), anBinh()]);
    expect(deadlineCodes(undated.report)).toEqual([]);
    expect(undated.report.summary.undatedLists).toEqual([{ unit: 'Đảng bộ xã An Bình', unitCode: 'X01', why: 'noted' }]);
    const noted = await anBinhTimeliness([units('Nộp trễ'), anBinh('An Bình, ngày 20 tháng 02 năm 2023')]);
    expect(deadlineCodes(noted.report)).toEqual(['REGISTRATION_LATE']);
  });
});

/** Units list with a plan-date column (An Bình's cell given), and An Bình's plan sent as a Word document. */
async function planCheck(cell: unknown, planLine: string | undefined) {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Ngày gửi kế hoạch'],
    ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã', cell],
    ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã', D(2022, 1, 10)],
  ] as Row[]);
  const lines = [
    'ĐẢNG BỘ HUYỆN AN PHÚ',
    'ĐẢNG ỦY XÃ AN BÌNH',
    'Số 12-KH/ĐU',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    ...(planLine ? [planLine] : []),
    'KẾ HOẠCH',
    'triển khai thực hiện Hướng dẫn lựa chọn, bồi dưỡng, biểu dương, khen thưởng và nhân rộng các tập thể, cá nhân điển hình tiên tiến giai đoạn 2021 - 2025',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '- Lựa chọn ít nhất 02 điển hình tiên tiến.',
    'T/M ĐẢNG ỦY',
  ];
  const doc = await readDocx(await docxBytes(new Document({ sections: [{ children: lines.map((t) => new Paragraph(t)) }] })), 'kh-an-binh.docx');
  const read = readWorkbooks([await roundTrip(wb, 'don-vi.xlsx'), doc], { profile: defaultProfile() });
  return buildReport(read, AS_OF, 2);
}

describe('trial 19 #1, plans: a mark that the plan came does not hide its late date', () => {
  it.each(['x', 'Đã nộp'])('«%s», the plan dated 10/02/2022: PLAN_LATE by the plan', async (mark) => {
    const report = await planCheck(mark, 'An Bình, ngày 10 tháng 02 năm 2022');
    expect(planCodes(report)).toEqual(['PLAN_LATE']);
    expect(ofAnBinh(report, 'PLAN_LATE')[0]?.message).toContain('kh-an-binh.docx');
  });

  it('near misses: «x» and a plan of 10/01/2022, or an undated plan: nothing (it came; no day to judge)', async () => {
    expect(planCodes(await planCheck('x', 'An Bình, ngày 10 tháng 01 năm 2022'))).toEqual([]);
    expect(planCodes(await planCheck('x', undefined))).toEqual([]);
  });

  it('a plan dated 10/02/2002 (a year mistyped): INVALID_DATE, not on time', async () => {
    const report = await planCheck(undefined, 'An Bình, ngày 10 tháng 02 năm 2002');
    expect(planCodes(report)).toEqual(['INVALID_DATE']);
    expect(ofAnBinh(report, 'INVALID_DATE')[0]?.message).toMatch(/kế hoạch triển khai thực hiện.*10\/02\/2002.*trước khi giai đoạn 2021 – 2025 bắt đầu/);
  });
});

describe('trial 19 #3: a date before the period is INVALID_DATE, never on time', () => {
  it.each<[string, unknown, string]>([
    ['a year mistyped (real date)', D(2003, 2, 27), '27/02/2003'],
    ['another year mistyped', D(2013, 2, 20), '20/02/2013'],
    ['«27.02» typed in a number cell (27/01/1900)', 27.02, '27/01/1900'],
    ['a small number', 45, '14/02/1900'],
    ['a text date of 2003', '27/02/2003', '27/02/2003'],
  ])('units list: %s', async (_n, cell, shown) => {
    const { report, timeliness } = await anBinhTimeliness([units(cell), anBinh()]);
    expect(deadlineCodes(report)).toEqual(['INVALID_DATE']);
    const message = ofAnBinh(report, 'INVALID_DATE')[0]?.message ?? '';
    expect(message).toContain(`ghi là ${shown} (trong danh sách đơn vị), trước khi giai đoạn 2021 – 2025 bắt đầu`);
    expect(message).toContain('có thể gõ nhầm năm');
    expect(timeliness).toBe('unknown');
    expect(report.summary.undatedLists).toEqual([{ unit: 'Đảng bộ xã An Bình', unitCode: 'X01', why: 'before' }]);
  });

  it('the unit\'s own date line of 2003, or its rows dated 2003, where the units list has no date', async () => {
    const line = await anBinhTimeliness([units(undefined), anBinh('An Bình, ngày 27 tháng 02 năm 2003')]);
    expect(deadlineCodes(line.report)).toEqual(['INVALID_DATE']);
    expect(ofAnBinh(line.report, 'INVALID_DATE')[0]?.message).toContain('27/02/2003 (dòng ngày tháng của tệp an-binh.xlsx');
    const rows = await anBinhTimeliness([units(undefined), anBinh(undefined, D(2003, 2, 27))]);
    expect(deadlineCodes(rows.report)).toEqual(['INVALID_DATE']);
    expect(ofAnBinh(rows.report, 'INVALID_DATE')[0]?.message).toContain('ngày đăng ký muộn nhất');
  });

  it('near misses: 20/02/2023 on time, 27/02/2023 late, a plan of 15/12/2021 (before the deadline year, within the period) on time', async () => {
    expect(deadlineCodes((await anBinhTimeliness([units(D(2023, 2, 20)), anBinh()])).report)).toEqual([]);
    expect(deadlineCodes((await anBinhTimeliness([units(D(2023, 2, 27)), anBinh()])).report)).toEqual(['REGISTRATION_LATE']);
    expect(planCodes(await planCheck(D(2021, 12, 15), undefined))).toEqual([]);
  });

  it('CHECKDEADLINE says the same of a date before the period, and reads one within it', () => {
    const profile = defaultProfile();
    expect(() => checkDeadline(profile, { y: 2003, m: 2, d: 27 }, 'danh sách')).toThrow(/trước khi giai đoạn 2021 – 2025 bắt đầu/);
    expect(checkDeadline(profile, { y: 2021, m: 12, d: 15 }, 'kế hoạch')).toBe('Đúng hạn');
    expect(checkDeadline(profile, { y: 2023, m: 2, d: 27 }, 'danh sách')).toBe('Trễ 2 ngày');
  });
});
