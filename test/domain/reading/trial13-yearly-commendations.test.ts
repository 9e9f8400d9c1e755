/**
 * trial13 #20 (R7): a list's columns of the commendations its rows received year by year («Kết quả biểu dương hằng
 * năm» over «Năm 2021 | Năm 2022 | Năm 2023», «Khen thưởng năm 2022», «Đã được khen thưởng năm 2022») are reported —
 * in the check's summary (JSON `summary.yearlyCommendations`) and as a section of the text report — never as a
 * finding (rules.md: no hard error, no code). Near misses: a span of years, achievements by year, a proposal column,
 * cells saying none, and an ordinary list (no field, no section).
 */
import { renderText } from '../../../src/domain/report/render-text';
import { byName, checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const LETTERHEAD: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN']];

/** A one-level header: these columns after «STT | Họ và tên | Năm sinh». */
const flat = (labels: string[], rows: (string | number | null)[][]) =>
  oneSheet('an-binh.xlsx', [...LETTERHEAD, ['STT', 'Họ và tên', 'Năm sinh', ...labels], ...rows.map((r, i): Row => [i + 1, ...r])]);

async function check(book: ReturnType<typeof flat>) {
  const { read, report } = await checkBooks([unitsBook(), book]);
  return { read, report, text: renderText(report) };
}

describe('yearly commendation columns are reported', () => {
  it('«Kết quả biểu dương hằng năm» over «Năm 2021 | Năm 2022 | Năm 2023»: each row’s years, counted by year and unit', async () => {
    const rows: Row[] = [
      ...LETTERHEAD,
      ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Kết quả biểu dương hằng năm', '', ''],
      ['', '', '', '', 'Năm 2021', 'Năm 2022', 'Năm 2023'],
      [1, 'Nguyễn Văn An', 1970, 'Bí thư chi bộ', 'x', '', 'Giấy khen'],
      [2, 'Trần Thị Bé', 1985, 'Giáo viên', '', 'GK UBND xã', 'x'],
      [3, 'Lê Văn Cường', 1966, 'Nông dân', 2021, 2022, 2023],
      [4, 'Võ Thị Dung', 1990, 'Nông dân', 'Không', '-', ''],
    ];
    const merges = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3'];
    const { read, report, text } = await check(oneSheet('an-binh.xlsx', rows, 'DS', (ws) => merges.forEach((m) => ws.mergeCells(m))));
    expect(byName(read, 'Nguyễn Văn An')?.commendedYears).toEqual([2021, 2023]);
    expect(byName(read, 'Trần Thị Bé')?.commendedYears).toEqual([2022, 2023]);
    expect(byName(read, 'Lê Văn Cường')?.birthYear).toBe(1966);
    expect(byName(read, 'Võ Thị Dung')?.commendedYears).toBeUndefined();
    const unit = 'Đảng bộ xã An Bình';
    expect(report.summary.yearlyCommendations).toEqual([
      { year: 2021, exemplars: 2, units: [{ unit, exemplars: 2 }] },
      { year: 2022, exemplars: 2, units: [{ unit, exemplars: 2 }] },
      { year: 2023, exemplars: 3, units: [{ unit, exemplars: 3 }] },
    ]);
    expect(text).toContain('BIỂU DƯƠNG, KHEN THƯỞNG HẰNG NĂM (R7');
    expect(text).toContain(`Năm 2023: 3 điển hình được ghi nhận biểu dương, khen thưởng (${unit} 3).`);
    // Reported, not found: no finding names R7.
    expect(report.findings.filter((f) => f.rule === 'R7')).toEqual([]);
  });

  it.each([
    ['«Khen thưởng năm 2021 | Biểu dương năm 2022»', ['Khen thưởng năm 2021', 'Biểu dương năm 2022'], [['Nguyễn Văn An', 1970, 'GK', 'x']], [2021, 2022]],
    ['«Đã được khen thưởng năm 2022»', ['Chức vụ', 'Đã được khen thưởng năm 2022'], [['Nguyễn Văn An', 1970, 'Bí thư', 'Giấy khen Đảng ủy xã']], [2022]],
    ['«Danh hiệu năm 2023»', ['Danh hiệu năm 2023'], [['Nguyễn Văn An', 1970, 'Chiến sĩ thi đua']], [2023]],
  ])('one-level columns, %s', async (_, labels, rows, years) => {
    const { read, report } = await check(flat(labels, rows));
    expect(byName(read, 'Nguyễn Văn An')?.commendedYears).toEqual(years);
    expect(report.summary.yearlyCommendations?.map((y) => y.year)).toEqual(years);
  });
});

describe('near misses: no yearly commendation column', () => {
  it.each([
    ['a span of years («Khen thưởng đã đạt (2021-2024)»)', ['Chức vụ', 'Khen thưởng đã đạt (2021-2024)'], [['Nguyễn Văn An', 1970, 'Bí thư', 'Giấy khen']]],
    ['achievements by year', ['Thành tích năm 2021', 'Thành tích năm 2022'], [['Nguyễn Văn An', 1970, 'Làm đường', 'Xây cầu']]],
    ['a proposal for 2025', ['Chức vụ', 'Đề nghị khen thưởng năm 2025'], [['Nguyễn Văn An', 1970, 'Bí thư', 'Giấy khen']]],
    ['an ordinary list', ['Chức vụ', 'Tóm tắt thành tích', 'Ghi chú'], [['Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường', '']]],
    ['a past award without a year', ['Chức vụ', 'Hình thức khen thưởng đã đạt'], [['Nguyễn Văn An', 1970, 'Bí thư', 'Giấy khen']]],
  ])('%s: nothing read, no field in the summary, no section', async (_, labels, rows) => {
    const { read, report, text } = await check(flat(labels, rows));
    expect(byName(read, 'Nguyễn Văn An')?.commendedYears).toBeUndefined();
    expect(report.summary).not.toHaveProperty('yearlyCommendations');
    expect(text).not.toContain('HẰNG NĂM (R7');
  });
});
