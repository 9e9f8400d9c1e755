/**
 * trial13 #15: an implementation plan (R12) sent as a Word document whose date line leaves the day blank («Phú Hữu,
 * ngày … tháng 02 năm 2022»), or that has no date line of its own (only the district's plan it cites, «Thực hiện Kế
 * hoạch số 39-KH/HU, ngày 20/12/2021 của …»), where the units list gives no plan date. A month wholly after the
 * deadline is late whatever the day; a month wholly before it is on time; the deadline's own month says neither. A plan
 * with no date of its own is PLAN_MISSING once the deadline has passed. Near misses: plans dated in full, a plan's
 * number with its date, a list's date line.
 */
import ExcelJS from 'exceljs';
import { Document, Paragraph } from 'docx';
import type { CalendarDate } from '../../src/domain/dates';
import type { WorkbookGrid } from '../../src/domain/grid';
import { defaultProfile } from '../../src/domain/profile';
import { dateLineDate, firstDateLine, isOwnDateLine } from '../../src/domain/reading/date-line';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { docxBytes } from '../fixtures/word-lists';
import { roundTrip, sheetWith } from '../fixtures/workbooks';

const AFTER: CalendarDate = { y: 2025, m: 3, d: 1 };

/** Units list without any plan-date column (as the trial's). */
async function unitsList(planColumn = false): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', ...(planColumn ? ['Ngày gửi kế hoạch'] : [])],
    ['X01', 'Đảng bộ xã Phú Hữu', 'Đảng bộ xã'],
    ['X02', 'Đảng bộ xã Long Hòa', 'Đảng bộ xã'],
  ]);
  return roundTrip(wb, 'don-vi.xlsx');
}

const CITE_COMMA = 'Thực hiện Kế hoạch số 39-KH/HU, ngày 20/12/2021 của Ban Thường vụ Huyện ủy, Đảng ủy xây dựng kế hoạch như sau:';
const CITE_BARE = 'Căn cứ Hướng dẫn số 12-HD/BTGHU ngày 05/01/2022 của Ban Tuyên giáo Huyện ủy;';

function planLines(dateLine: string | undefined, body: string[] = [CITE_COMMA], number = 'Số 12-KH/ĐU'): string[] {
  return [
    'ĐẢNG BỘ HUYỆN PHÚ TÂN',
    'ĐẢNG ỦY XÃ PHÚ HỮU',
    '*',
    number,
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    ...(dateLine ? [dateLine] : []),
    'KẾ HOẠCH',
    'triển khai thực hiện Hướng dẫn lựa chọn, bồi dưỡng, biểu dương, khen thưởng và nhân rộng các tập thể, cá nhân điển hình tiên tiến giai đoạn 2021 - 2025',
    ...body,
    'I. MỤC ĐÍCH, YÊU CẦU',
    '- Lựa chọn ít nhất 02 điển hình tiên tiến.',
    'T/M ĐẢNG ỦY',
    'BÍ THƯ',
  ];
}

async function word(lines: string[], name = 'kh-phu-huu.docx'): Promise<WorkbookGrid> {
  return readDocx(await docxBytes(new Document({ sections: [{ children: lines.map((t) => new Paragraph(t)) }] })), name);
}

async function planFindings(lines: string[], asOf = AFTER, planColumn = false) {
  const read = readWorkbooks([await unitsList(planColumn), await word(lines)], { profile: defaultProfile() });
  const findings = buildReport(read, asOf, 2).findings.filter((f) => f.code.startsWith('PLAN_'));
  return findings.map((f) => ({ code: f.code, unit: f.unitCode, message: f.message }));
}

describe('a plan whose date line leaves the day blank', () => {
  it.each([
    ['«ngày … tháng 02 năm 2022»', 'Phú Hữu, ngày … tháng 02 năm 2022', '02/2022'],
    ['«ngày      tháng 2 năm 2022»', 'Phú Hữu, ngày      tháng 2 năm 2022', '02/2022'],
    ['«ngày ..... tháng 03 năm 2022»', 'Phú Hữu, ngày ..... tháng 03 năm 2022', '03/2022'],
    ['«ngày ___ tháng 12 năm 2022»', 'Phú Hữu, ngày ___ tháng 12 năm 2022', '12/2022'],
  ])('%s, a month wholly after the deadline: PLAN_LATE whatever the day, the file named', async (_, line, month) => {
    const found = await planFindings(planLines(line));
    expect(found).toEqual([{ code: 'PLAN_LATE', unit: 'X01', message: expect.stringContaining(`trong tháng ${month}, tức là sau ngày hạn 25/01/2022 dù là ngày nào`) }]);
    expect(found[0]?.message).toContain('kh-phu-huu.docx');
  });

  it.each([
    ['a month wholly before the deadline («tháng 12 năm 2021»)', 'Phú Hữu, ngày … tháng 12 năm 2021'],
    ['the deadline’s own month («tháng 01 năm 2022»): on time or late by the day, nothing says which', 'Phú Hữu, ngày … tháng 01 năm 2022'],
    ['the deadline’s own month, spaces for the day', 'Phú Hữu, ngày      tháng 01 năm 2022'],
  ])('near miss: %s: no finding', async (_, line) => {
    expect(await planFindings(planLines(line))).toEqual([]);
  });

  it('the deadline’s own month with the units list’s plan-date column empty: still no finding, not «missing»', async () => {
    const found = await planFindings(planLines('Phú Hữu, ngày … tháng 01 năm 2022'), AFTER, true);
    // Long Hòa, which sent nothing, is missing its plan as before.
    expect(found.map((f) => [f.code, f.unit])).toEqual([['PLAN_MISSING', 'X02']]);
  });
});

describe('a plan with no date of its own', () => {
  it.each([
    ['only the district’s plan it carries out, cited with a comma before its date', [CITE_COMMA]],
    ['only the district’s guideline it rests on («Căn cứ Hướng dẫn số … ngày …»)', [CITE_BARE]],
    ['no date anywhere', ['Đảng ủy xây dựng kế hoạch như sau:']],
  ])('%s: PLAN_MISSING once the deadline has passed, saying the plan was sent undated', async (_, body) => {
    const found = await planFindings(planLines(undefined, body));
    expect(found).toEqual([{ code: 'PLAN_MISSING', unit: 'X01', message: expect.stringMatching(/đã gửi kế hoạch .*kh-phu-huu\.docx.*không ghi ngày ban hành/) }]);
  });

  it('near miss: before the deadline an undated plan is not yet anything', async () => {
    expect(await planFindings(planLines(undefined), { y: 2022, m: 1, d: 10 })).toEqual([]);
  });

  it('near miss: a unit that sent no plan, without a plan-date column, is not said to lack one', async () => {
    const found = await planFindings(planLines(undefined));
    expect(found.filter((f) => f.unit === 'X02')).toEqual([]);
  });
});

describe('near misses: dated plans and date lines read as before', () => {
  it.each([
    ['a full date line, on time', 'Phú Hữu, ngày 15 tháng 01 năm 2022', 'Số 12-KH/ĐU', []],
    ['its number’s date, on time', undefined, 'Số 05-KH/ĐU, ngày 18/01/2022', []],
    ['a full date line, late', 'Phú Hữu, ngày 02 tháng 02 năm 2022', 'Số 12-KH/ĐU', ['PLAN_LATE']],
  ])('%s', async (_, line, number, codes) => {
    const found = await planFindings(planLines(line, [CITE_COMMA], number));
    expect(found.map((f) => f.code)).toEqual(codes);
    if (codes.length) expect(found[0]?.message).toContain('02/02/2022');
  });

  it('a date line is still a date line; a sentence citing a document by its number is not', () => {
    expect(dateLineDate('Phú Hữu, ngày 20 tháng 02 năm 2023')).toEqual({ y: 2023, m: 2, d: 20 });
    expect(dateLineDate('Xã Phú Hữu, huyện Phú Tân, ngày 20 tháng 02 năm 2023')).toEqual({ y: 2023, m: 2, d: 20 });
    expect(isOwnDateLine('Phú Hữu, ngày 20 tháng 02 năm 2023')).toBe(true);
    expect(isOwnDateLine(CITE_COMMA)).toBe(false);
    expect(isOwnDateLine('Theo Công văn số 45-CV/BTGHU, ngày 10/02/2023 của Ban Tuyên giáo')).toBe(false);
    // Alone, a sentence's date is still what the text says when no line of its own does.
    expect(firstDateLine([CITE_COMMA])).toEqual({ y: 2021, m: 12, d: 20 });
  });
});
