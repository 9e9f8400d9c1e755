/**
 * ".xls" files that are text, as many systems export them: an HTML table, or Excel 2003's XML Spreadsheet. They are
 * read as the workbooks they open as in Excel. Near misses: other text files are still refused in one sentence.
 */
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { InputError } from '../../src/domain/errors';
import { readInputBytes } from '../../src/workbook/read-input';
import { readXlsx } from '../fixtures/workbooks';

const ROWS = [
  ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
  ['1', 'Đinh Văn Lúa', '1969', 'Hội viên'],
  ['2', 'Trần Thị Mai', '1975', 'Chi hội trưởng'],
];
const TITLE = 'HỘI NÔNG DÂN HUYỆN AN PHÚ';

const html = (bom = false) =>
  `${bom ? '\uFEFF' : ''}<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body>` +
  `<table><tr><td colspan="4">${TITLE}</td></tr>${ROWS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></body></html>`;

const spreadsheetMl = () =>
  '<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Excel.Sheet"?>' +
  '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
  '<Worksheet ss:Name="DS"><Table>' +
  `<Row><Cell><Data ss:Type="String">${TITLE}</Data></Cell></Row>` +
  ROWS.map((r) => `<Row>${r.map((c) => `<Cell><Data ss:Type="String">${c}</Data></Cell>`).join('')}</Row>`).join('') +
  '</Table></Worksheet></Workbook>';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a ".xls" that is text', () => {
  it.each([
    ['an HTML table', html()],
    ['an HTML table with a byte-order mark', html(true)],
    ['an XML Spreadsheet 2003', spreadsheetMl()],
  ])('%s is read as a workbook', async (_, text) => {
    const grid = await readInputBytes(bytes(text), 'Hội Nông dân huyện.xls', readXlsx);
    const read = readWorkbooks([grid], { profile: defaultProfile() });
    expect(read.registrations.map((r) => [r.name, r.birthYear, r.position])).toEqual([
      ['Đinh Văn Lúa', 1969, 'Hội viên'],
      ['Trần Thị Mai', 1975, 'Chi hội trưởng'],
    ]);
    expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each([
    ['plain text', 'STT;Họ và tên\n1;Đinh Văn Lúa'],
    ['an RTF document', '{\\rtf1\\ansi Danh sách}'],
    ['a web page without a table', '<html><body><p>Danh sách</p></body></html>'],
  ])('near miss: %s is refused in one sentence', async (_, text) => {
    await expect(readInputBytes(bytes(text), 'ds.xls', readXlsx)).rejects.toThrow(InputError);
    await expect(readInputBytes(bytes(text), 'ds.xls', readXlsx)).rejects.toThrow(/không phải là sổ làm việc Excel/);
  });
});
