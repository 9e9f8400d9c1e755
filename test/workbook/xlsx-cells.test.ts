/**
 * The reader must type every kind of cell whatever program wrote it: cells are written here by hand, in forms
 * ExcelJS itself never writes (inline strings plain and rich, formulas of every result type, empty cells with and
 * without a style, prefixed elements, rows and cells without an address), and compared with ExcelJS's `load` where
 * it reads them as the standard says, and with the expected cells where it does not.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { InputError } from '../../src/domain/errors';
import { readWorkbookBytes } from '../../src/workbook/xlsx/read-workbook';
import { nodeInflate } from '../../src/workbook/xlsx/node-inflate';
import { webInflate } from '../../src/workbook/xlsx/inflate';
import { isDateFormat } from '../../src/workbook/number-format';
import { parseStyles } from '../../src/workbook/xlsx/workbook-parts';
import { loadWithExcelJS } from '../fixtures/excel-load-oracle';
import type { SheetGrid } from '../../src/domain/grid';
import { viewSheet } from '../../src/domain/recognition/sheet-view';

/** A workbook whose first sheet's rows are `rows`, with style ids for a TCVN3 font and a date format. */
async function workbookWithRows(rows: (styles: { font: string; date: string }) => string, tail = '', edit?: (xml: string) => string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.getCell('A1').value = 'x';
  ws.getCell('A1').font = { name: '.VnTime' };
  ws.getCell('A2').value = 1;
  ws.getCell('A2').numFmt = 'dd/mm/yyyy';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const xml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  const styleOf = (address: string) => new RegExp(`<c r="${address}" s="(\\d+)"`).exec(xml)?.[1] ?? '';
  const styles = { font: styleOf('A1'), date: styleOf('A2') };
  expect(styles.font).not.toBe('');
  expect(styles.date).not.toBe('');
  const sheet = xml.replace(/<sheetData>.*<\/sheetData>/s, `<sheetData>${rows(styles)}</sheetData>${tail}`);
  zip.file('xl/worksheets/sheet1.xml', edit ? edit(sheet) : sheet);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const read = async (bytes: Uint8Array, name = 'tay.xlsx') => {
  const grid = await readWorkbookBytes(bytes, name, nodeInflate);
  expect(await readWorkbookBytes(bytes, name, webInflate)).toStrictEqual(grid);
  return grid;
};
const DAMAGED = /^Tệp .* bị hỏng hoặc không đọc được/;
const messageOf = (p: Promise<unknown>) =>
  p.then(
    () => 'read',
    (e: unknown) => (e instanceof InputError ? e.message : `not an InputError: ${String(e)}`),
  );

describe('reading cells', () => {
  it('types every kind of cell as ExcelJS load does', async () => {
    const bytes = await workbookWithRows(
      ({ font, date }) =>
        `<row r="1"><c r="A1" t="inlineStr"><is><t>Nguyễn Văn &amp; Ba</t></is></c><c r="B1" t="inlineStr" s="${font}"><is><t>Hoµng</t></is></c>` +
        `<c r="C1" t="str"><v>a &amp; b</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c><c r="F1" t="e"><v>#N/A</v></c></row>` +
        `<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C2" t="b"><f>TRUE()</f><v>1</v></c>` +
        `<c r="D2" t="e"><f>NA()</f><v>#N/A</v></c><c r="E2"><f>NOW()</f></c><c r="F2" s="${date}"><f>DATE(2023,3,1)</f><v>44986</v></c>` +
        `<c r="G2"><f t="shared" si="0"/><v>7</v></c><c r="H2"><f/><v>5</v></c><c r="I2"><f>1-1</f><v>0</v></c><c r="J2" t="b"><f>1=2</f><v>0</v></c></row>` +
        `<row r="3"><c r="A3" s="${date}"><v>44986.5</v></c><c r="C3"><v>1.5e3</v></c><c r="D3"><v>x</v></c></row>` +
        `<row r="4"><c r="A4" s="${font}"/></row>` +
        `<row r="6"><c r="A6"/></row>` +
        `<row r="7" spans="1:3"><c r="A7" s="0"/><c r="AB7" t="inlineStr"><is><t xml:space="preserve"> lề </t></is></c></row>` +
        `<row r="8"><c r="A8"><v>1</v></c><c r="B8"><v>2</v></c><c r="C8"><v>3</v></c></row>` +
        `<row r="9"><c r="A9" s="${font}"/></row>`,
      '<mergeCells count="2"><mergeCell ref="A8:B8"/><mergeCell ref="A10:B11"/></mergeCells>',
    );
    const grid = await read(bytes);
    expect(grid).toStrictEqual(await loadWithExcelJS(bytes, 'tay.xlsx'));
    // The comparison above is only worth something if the sheet really holds all those kinds.
    const rows = grid.sheets[0]?.rows ?? [];
    expect(rows[0]?.map((c) => c?.t)).toEqual(['s', 's', 's', 'b', 'b', 'e']);
    expect(rows[0]?.[1]).toEqual({ t: 's', v: 'Hoµng', font: '.VnTime' });
    expect(rows[1]?.slice(4)).toEqual([undefined, { t: 'd', v: { y: 2023, m: 3, d: 1 } }, { t: 'n', v: 7 }, { t: 'n', v: 5 }, { t: 'n', v: 0 }, { t: 'b', v: false }]);
    expect(rows[2]?.[0]).toEqual({ t: 'd', v: { y: 2023, m: 3, d: 1 } });
    expect(rows[3]).toEqual([]);
    expect(rows[6]?.[27]).toEqual({ t: 's', v: ' lề ' });
    expect(rows[7]?.[1]).toBeUndefined();
    expect(1 in (rows[7] ?? [])).toBe(false);
    // Rows a merge reaches are listed even when empty; a styled blank row alone is not the sheet's end.
    expect(rows).toHaveLength(11);
    expect(grid.sheets[0]?.merges).toEqual([
      { top: 8, left: 1, bottom: 8, right: 2 },
      { top: 10, left: 1, bottom: 11, right: 2 },
    ]);
  });

  it('reads rich-text inline strings with their runs\' fonts, and phonetic guides not as text', async () => {
    const bytes = await workbookWithRows(
      ({ font }) =>
        '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><rFont val=".VnTime"/></rPr><t>Hoµng</t></r><r><t> Văn</t></r></is></c>' +
        `<c r="B1" t="inlineStr" s="${font}"><is><r><t>Lª</t></r></is></c>` +
        '<c r="C1" t="inlineStr"><is><t>Tô</t><rPh sb="0" eb="1"><t>ト</t></rPh></is></c><c r="D1" t="inlineStr"><is><t>a_x0009_b</t></is></c></row>',
    );
    const row = (await read(bytes)).sheets[0]?.rows[0];
    expect(row?.[0]).toEqual({ t: 's', v: 'Hoµng Văn', runs: [{ text: 'Hoµng', font: '.VnTime' }, { text: ' Văn', font: undefined }] });
    expect(row?.[1]).toEqual({ t: 's', v: 'Lª', font: '.VnTime', runs: [{ text: 'Lª', font: '.VnTime' }] });
    expect(row?.[2]).toEqual({ t: 's', v: 'Tô' });
    expect(row?.[3]).toEqual({ t: 's', v: 'a\tb' });
  });

  it('reads what the standard allows and ExcelJS does not: rows and cells without an address, prefixed elements, ISO dates', async () => {
    const bytes = await workbookWithRows(
      () =>
        '<row><c><v>1</v></c><c t="inlineStr"><is><t>b</t></is></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>' +
        '<row r="5"><c r="A5" t="d"><v>2023-03-01T00:00:00</v></c><c r="B5" t="str"><v>a &amp;amp; b</v></c></row>',
    );
    const rows = (await read(bytes)).sheets[0]?.rows ?? [];
    expect(rows[0]).toEqual([{ t: 'n', v: 1 }, { t: 's', v: 'b' }]);
    expect(rows[1]?.slice(2)).toEqual([{ t: 'n', v: 3 }, { t: 'n', v: 4 }]);
    expect(rows[4]).toEqual([{ t: 'd', v: { y: 2023, m: 3, d: 1 } }, { t: 's', v: 'a &amp; b' }]);

    const prefixed = await workbookWithRows(
      () => '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>',
      '',
      (xml) => xml.replace(/<(\/?)([a-zA-Z]+)([ >/])/g, '<$1x:$2$3').replace('<x:worksheet ', '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '),
    );
    expect((await read(prefixed)).sheets[0]?.rows[0]).toEqual([{ t: 's', v: 'x' }]);
  });

  it('gives texts as an XML parser must: references decoded, astral ones whole, line ends normalised', async () => {
    const bytes = await workbookWithRows(
      () =>
        `<row r="1"><c r="A1" t="inlineStr"><is><t>Ông &lt;Ba&gt; &#128512; &#x1F600; &#x1ea1;&#10;dòng\r\nhai\rba</t></is></c>` +
        `<c r="C1" t="inlineStr"><is><t>&quot;&apos;</t></is></c><c r="D1" t="inlineStr"><is><t><![CDATA[<b>]]></t></is></c></row>`,
    );
    const row = (await read(bytes)).sheets[0]?.rows[0];
    expect(row?.[0]).toEqual({ t: 's', v: 'Ông <Ba> 😀 😀 ạ\ndòng\nhai\nba' });
    expect(row?.[2]).toEqual({ t: 's', v: `"'` });
    expect(row?.[3]).toEqual({ t: 's', v: '<b>' });
  });

  it('refuses as damaged, in Vietnamese, what an XML parser must refuse and what no worksheet holds', async () => {
    const cell = (text: string) => () => `<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`;
    const bad = [
      cell('a&nbsp;b'),
      cell('a & b'),
      cell('&#0;'),
      cell('&#xD800;'),
      cell('&constructor;'),
      cell('&__proto__;'),
      cell('a\u0001b'),
      cell('a]]>b'),
      () => '<row r="1"><c r="A1"><v>1</c></v></row>',
      () => '<row r="1"><c r="A1" r="B1"><v>1</v></c></row>',
      () => '<row r="0"><c r="A1"><v>1</v></c></row>',
      () => '<row r="1048577"><c r="A1"><v>1</v></c></row>',
      () => '<row r="1"><c r="XFE1"><v>1</v></c></row>',
      () => '<row r="1"><c r="11"><v>1</v></c></row>',
    ];
    for (const rows of bad) expect(await messageOf(readWorkbookBytes(await workbookWithRows(rows), 'hong.xlsx', nodeInflate))).toMatch(DAMAGED);
    const tail = await workbookWithRows(() => '<row r="1"><c r="A1"><v>1</v></c></row>', '<headerFooter><oddHeader>a&nbsp;b</oddHeader></headerFooter>');
    expect(await messageOf(readWorkbookBytes(tail, 'hong.xlsx', webInflate))).toMatch(DAMAGED);
    // Near misses: the largest row and column Excel has, a processing instruction that is no declaration.
    const edge = await workbookWithRows(() => '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>', '', (x) => x.replace('?>', '?><?xml-stylesheet href="a.xsl"?>'));
    expect((await read(edge)).sheets[0]?.rows[1048575]?.[16383]).toEqual({ t: 'n', v: 1 });
  });
});

describe('the workbook\'s default font', () => {
  async function withDefaultFont(font: string): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['Hä vµ tªn', 'N¨m sinh']);
    ws.addRow(['NguyÔn V¨n Hïng', 1970]);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('<name val="Calibri"/>');
    zip.file('xl/styles.xml', styles.replace('<name val="Calibri"/>', `<name val="${font}"/>`));
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }

  it('is the font of cells without a style when it is a legacy Vietnamese font, and their text reads by it', async () => {
    for (const font of ['.VnTime', 'VNI-Times']) {
      const grid = await read(await withDefaultFont(font));
      expect(grid.sheets[0]?.rows[1]?.[0]).toEqual({ t: 's', v: 'NguyÔn V¨n Hïng', font });
    }
    const view = viewSheet((await read(await withDefaultFont('.VnTime'))).sheets[0] as SheetGrid);
    expect([view.text(1, 1), view.text(2, 1)]).toEqual(['Họ và tên', 'Nguyễn Văn Hùng']);
  });

  it('near miss: any other default font is left off the cells, as ExcelJS reads them', async () => {
    for (const font of ['Calibri', 'Times New Roman', 'Arial']) {
      const bytes = await withDefaultFont(font);
      const grid = await read(bytes);
      expect(grid.sheets[0]?.rows[1]?.[0]).toEqual({ t: 's', v: 'NguyÔn V¨n Hïng' });
      expect(grid).toStrictEqual(await loadWithExcelJS(bytes, 'tay.xlsx'));
    }
  });
});

describe('styles', () => {
  it('reads numbers as dates by their format, built in or the workbook\'s own, and fonts by the cell style', () => {
    const xml =
      '<styleSheet><numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;ngày&quot; 0"/>' +
      '<numFmt numFmtId="166" formatCode="[Red]0.00"/><numFmt numFmtId="167" formatCode="[$-42A]d mmmm yyyy"/></numFmts>' +
      '<fonts count="2"><font><name val="Times New Roman"/></font><font><sz val="12"/><name val=".VnTime"/></font></fonts>' +
      '<dxfs><dxf><font><name val="Arial"/></font></dxf></dxfs>' +
      '<cellStyleXfs><xf numFmtId="14" fontId="1"/></cellStyleXfs>' +
      '<cellXfs><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="1"/><xf numFmtId="164"/><xf numFmtId="165" fontId="1"/>' +
      '<xf numFmtId="166" fontId="9"/><xf numFmtId="167"/><xf numFmtId="49" fontId="1"/><xf numFmtId="22"/><xf numFmtId="30"/>' +
      '<xf numFmtId="20"/><xf numFmtId="46"/></cellXfs></styleSheet>';
    expect(parseStyles(xml)).toEqual([
      { font: 'Times New Roman', date: false },
      { font: '.VnTime', date: true },
      { date: true },
      // Near misses: a date letter inside quotes or brackets, text format "@", East Asian built-ins.
      { font: '.VnTime', date: false },
      { date: false },
      { date: true },
      { font: '.VnTime', date: false },
      { date: true },
      { date: false },
      // A time of day alone (built-in 20, "h:mm") and an elapsed time (46, "[h]:mm:ss") are no dates.
      { date: false },
      { date: false },
    ]);
  });

  it('reads a format as a date with the one function every door uses: a time of day alone is no date', () => {
    for (const f of ['dd/mm/yyyy', 'd-mmm-yy', 'dd/mm/yyyy hh:mm', '[$-42A]d mmmm yyyy', 'mmmm']) expect([f, isDateFormat(f)]).toEqual([f, true]);
    for (const f of ['h:mm AM/PM', 'hh:mm:ss', 'mm:ss', '[h]:mm', '#,##0 "đ"', '0\\m', '0.00_);[Red](0.00)', 'General']) expect([f, isDateFormat(f)]).toEqual([f, false]);
  });
});
