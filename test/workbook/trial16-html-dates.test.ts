/**
 * Trial 16a #3: an HTML table saved as .xls or .xlsx (a system's export) with text dates was read month first by
 * SheetJS: «02/03/2023» (2 March, late) became 3 February (on time), «12/01/2022» 1 December (a false PLAN_LATE).
 * Its cells stay text and the engine reads them day first, as it reads the same text in an .xlsx; «#N/A» in it is the
 * error value. Near misses: years and numbers as text still read; an XML Spreadsheet 2003 keeps its typed dates.
 */
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { readInputBytes } from '../../src/workbook/read-input';
import { readXlsx } from '../fixtures/workbooks';

const UNITS = [
  ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Ngày nộp kế hoạch', 'Ngày nộp danh sách đăng ký'],
  ['DBX01', 'Đảng bộ xã An Bình', 'Đảng bộ xã', '14/01/2022', '20/02/2023'],
  ['CB01', 'Chi bộ Trường THPT An Phú', 'Chi bộ cơ sở', '12/01/2022', '02/03/2023'],
  ['DT03', 'Hội Nông dân huyện', 'Đoàn thể huyện', '21/01/2022', '#N/A'],
];
const REGS = [
  ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Ngày đăng ký'],
  ['1', 'Đảng bộ xã An Bình', 'Tập thể', 'Chi bộ Thôn Bình Minh', '', '05/02/2023'],
  ['2', 'Đảng bộ xã An Bình', 'Cá nhân', 'Nguyễn Văn Hòa', '1970', '05/02/2023'],
  ['3', 'Chi bộ Trường THPT An Phú', 'Cá nhân', 'Lê Thị Ngọc Trâm', '1986', '01/03/2023'],
  ['4', 'Hội Nông dân huyện', 'Cá nhân', 'Võ Công Danh', '1978', '11/02/2023'],
];
const table = (rows: string[][]) => `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
const html = `<html><head><meta charset="utf-8"></head><body>${table(UNITS)}<br>${table(REGS)}</body></html>`;
const bytes = (text: string) => new TextEncoder().encode(text);

async function check(text: string, fileName: string) {
  const grid = await readInputBytes(bytes(text), fileName, readXlsx);
  const read = readWorkbooks([grid], { profile: defaultProfile() });
  // Checked after the dates it holds (a date after the day of the check is no sending date: trial17b #11).
  return { read, report: buildReport(read, { y: 2023, m: 3, d: 10 }, 1) };
}

describe('an HTML table saved as a workbook, its dates as text', () => {
  it.each([['xuat-tu-phan-mem.xls'], ['xuat-tu-phan-mem.xlsx']])('%s: day first, as in any workbook', async (file) => {
    const { read, report } = await check(html, file);
    expect(read.units.map((u) => [u.planDate, u.listDate])).toEqual([
      [{ y: 2022, m: 1, d: 14 }, { y: 2023, m: 2, d: 20 }],
      [{ y: 2022, m: 1, d: 12 }, { y: 2023, m: 3, d: 2 }],
      [{ y: 2022, m: 1, d: 21 }, undefined],
    ]);
    expect(read.registrations.map((r) => r.date)).toEqual([
      { y: 2023, m: 2, d: 5 },
      { y: 2023, m: 2, d: 5 },
      { y: 2023, m: 3, d: 1 },
      { y: 2023, m: 2, d: 11 },
    ]);
    // 2 March is late; no plan is late (12 January is before 25 January 2022).
    expect(report.findings.filter((f) => f.code === 'REGISTRATION_LATE').map((f) => f.unit)).toEqual(['Chi bộ Trường THPT An Phú']);
    expect(report.findings.filter((f) => f.code === 'PLAN_LATE')).toEqual([]);
    // «#N/A» as the system wrote it: the error value, said.
    const invalid = report.findings.filter((f) => f.code === 'INVALID_DATE');
    expect(invalid.map((f) => f.unit)).toEqual(['Hội Nông dân huyện']);
    expect(invalid[0]?.message).toContain('«#N/A»');
  });

  it('near miss: years, numbers and names read as before', async () => {
    const { read, report } = await check(html, 'xuat.xls');
    expect(read.registrations.map((r) => [r.name, r.birthYear, r.kind])).toEqual([
      ['Chi bộ Thôn Bình Minh', undefined, 'collective'],
      ['Nguyễn Văn Hòa', 1970, 'individual'],
      ['Lê Thị Ngọc Trâm', 1986, 'individual'],
      ['Võ Công Danh', 1978, 'individual'],
    ]);
    expect(report.quota.map((q) => q.registered)).toEqual([2, 1, 1]);
  });

  it('near miss: an XML Spreadsheet 2003 keeps its typed dates', async () => {
    const cell = (c: string, i: number) =>
      i === 3 && /^\d\d\/\d\d\/\d{4}$/.test(c)
        ? `<Cell><Data ss:Type="DateTime">${c.slice(6)}-${c.slice(3, 5)}-${c.slice(0, 2)}T00:00:00.000</Data></Cell>`
        : `<Cell><Data ss:Type="String">${c}</Data></Cell>`;
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Excel.Sheet"?>' +
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
      '<Styles><Style ss:ID="d"><NumberFormat ss:Format="Short Date"/></Style></Styles>' +
      `<Worksheet ss:Name="Đơn vị"><Table>${UNITS.slice(0, 3)
        .map((r) => `<Row>${r.map(cell).join('').replace(/<Cell><Data ss:Type="DateTime">/g, '<Cell ss:StyleID="d"><Data ss:Type="DateTime">')}</Row>`)
        .join('')}</Table></Worksheet></Workbook>`;
    const { read } = await check(xml, 'don-vi.xls');
    expect(read.units.map((u) => u.planDate)).toEqual([
      { y: 2022, m: 1, d: 14 },
      { y: 2022, m: 1, d: 12 },
    ]);
  });
});
