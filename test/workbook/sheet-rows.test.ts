/**
 * The compact row reader must type every kind of cell as ExcelJS's `load` does, whatever program wrote it: cells
 * are written here by hand, in forms ExcelJS itself never writes (inline strings, formulas of every result type,
 * empty cells with and without a style), and the two readings compared.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readParts, readXlsxParts } from '../../src/workbook/exceljs/read-xlsx-parts';
import { readXlsx } from '../../src/workbook/exceljs/read-xlsx';
import { CellKind, parseSheetRows } from '../../src/workbook/exceljs/sheet-rows';

/** A workbook whose first sheet's rows are `rows`, with style ids for a TCVN3 font and a date format. */
async function workbookWithRows(rows: (styles: { font: string; date: string }) => string, tail = ''): Promise<Buffer> {
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
  zip.file('xl/worksheets/sheet1.xml', sheet);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('reading rows as compact columns', () => {
  it('types every kind of cell as ExcelJS load does', async () => {
    const bytes = await workbookWithRows(
      ({ font, date }) =>
        `<row r="1"><c r="A1" t="inlineStr"><is><t>Nguyễn Văn &amp; Ba</t></is></c><c r="B1" t="inlineStr" s="${font}"><is><t>Hoµng</t></is></c>` +
        `<c r="C1" t="str"><v>a &amp;amp; b</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c><c r="F1" t="e"><v>#N/A</v></c></row>` +
        `<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C2" t="b"><f>TRUE()</f><v>1</v></c>` +
        `<c r="D2" t="e"><f>NA()</f><v>#N/A</v></c><c r="E2"><f>NOW()</f></c><c r="F2" s="${date}"><f>DATE(2023,3,1)</f><v>44986</v></c>` +
        `<c r="G2"><f t="shared" si="0"/><v>7</v></c><c r="H2"><f/><v>5</v></c><c r="I2"><f>1-1</f><v>0</v></c><c r="J2" t="b"><f>1=2</f><v>0</v></c></row>` +
        `<row r="3"><c r="A3" s="${date}"><v>44986.5</v></c><c r="B3" t="d"><v>2023-03-01T00:00:00</v></c><c r="C3"><v>1.5e3</v></c><c r="D3"><v>x</v></c></row>` +
        `<row r="4"><c r="A4" s="${font}"/></row>` +
        `<row r="6"><c r="A6"/></row>` +
        `<row r="7" spans="1:3"><c r="A7" s="0"/><c r="AB7" t="inlineStr"><is><t xml:space="preserve"> lề </t></is></c></row>` +
        `<row r="8"><c r="A8"><v>1</v></c><c r="B8"><v>2</v></c><c r="C8"><v>3</v></c></row>`,
      '<mergeCells count="1"><mergeCell ref="A8:B8"/></mergeCells>',
    );
    const expected = await readXlsx(bytes, 'tay.xlsx');
    expect(await readParts(bytes, 'tay.xlsx')).toStrictEqual(expected);
    // The comparison above is only worth something if the sheet really holds all those kinds.
    const rows = expected.sheets[0]?.rows ?? [];
    expect(rows[0]?.map((c) => c?.t)).toEqual(['s', 's', 's', 'b', 'b', 'e']);
    expect(rows[1]?.slice(5)).toEqual([{ t: 'd', v: { y: 2023, m: 3, d: 1 } }, { t: 'n', v: 7 }, { t: 'n', v: 5 }, { t: 'n', v: 0 }, { t: 'b', v: false }]);
    expect(rows[3]).toEqual([]);
    expect(rows[6]?.[27]).toEqual({ t: 's', v: ' lề ' });
    expect(rows[7]?.[1]).toBeUndefined();
  });

  it('leaves rich-text inline strings to ExcelJS load', async () => {
    const bytes = await workbookWithRows(
      () => '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><rFont val=".VnTime"/></rPr><t>Hoµng</t></r></is></c></row>',
    );
    await expect(readParts(bytes, 'r.xlsx')).rejects.toThrow();
    const grid = await readXlsxParts(bytes, 'r.xlsx');
    expect(grid).toStrictEqual(await readXlsx(bytes, 'r.xlsx'));
    expect(grid.sheets[0]?.rows[0]?.[0]).toEqual({ t: 's', v: 'Hoµng', runs: [{ text: 'Hoµng', font: '.VnTime' }] });
  });

  it('refuses rows and cells it cannot place', () => {
    const wrap = (rows: string) => ['<worksheet><sheetData>', rows, '</sheetData></worksheet>'];
    expect(() => parseSheetRows(wrap('<row><c r="A1"><v>1</v></c></row>'))).toThrow();
    expect(() => parseSheetRows(wrap('<row r="1"><c><v>1</v></c></row>'))).toThrow();
    expect(() => parseSheetRows(wrap('<row r="1"><c r="11"><v>1</v></c></row>'))).toThrow();
    expect(() => parseSheetRows(wrap('<row r="1"><c r="A1"><v>1</v><extLst/></c></row>'))).toThrow();
    expect(() => parseSheetRows(wrap('<row r="1"><c r="A1"><v>1</v>'))).toThrow();
    const ok = parseSheetRows(wrap('<row r="3"><c r="B3" t="s"><v>4</v></c><c r="C3" s="2"/></row><row r="5"/>'));
    expect([...ok.rowNumbers]).toEqual([3, 5]);
    expect([...ok.cellFrom]).toEqual([0, 2, 2]);
    expect([...ok.cols]).toEqual([2, 3]);
    expect([...ok.kinds]).toEqual([CellKind.Shared, CellKind.Styled]);
    expect([...ok.values]).toEqual([4, 0]);
  });

  it('gives texts as an XML parser must: references decoded, astral ones whole, line ends normalised', async () => {
    const bytes = await workbookWithRows(
      () =>
        `<row r="1"><c r="A1" t="inlineStr"><is><t>Ông &lt;Ba&gt; &#128512; &#x1F600; &#x1ea1;&#10;dòng\r\nhai\rba</t></is></c>` +
        `<c r="B1" t="str"><v>x &amp;amp; y</v></c><c r="C1" t="inlineStr"><is><t>&quot;&apos;</t></is></c></row>`,
    );
    const grid = await readParts(bytes, 'x.xlsx');
    expect(grid).toStrictEqual(await readXlsx(bytes, 'x.xlsx'));
    expect(grid.sheets[0]?.rows[0]?.[0]).toEqual({ t: 's', v: 'Ông <Ba> 😀 😀 ạ\ndòng\nhai\nba' });
  });

  it('refuses what saxes refuses: unknown entities, a lone "&", references XML forbids, mismatched tags', () => {
    const wrap = (rows: string) => ['<worksheet><sheetData>', rows, '</sheetData></worksheet>'];
    const cell = (text: string) => wrap(`<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`);
    expect(() => parseSheetRows(cell('a&nbsp;b'))).toThrow();
    expect(() => parseSheetRows(cell('a & b'))).toThrow();
    expect(() => parseSheetRows(cell('&#0;'))).toThrow();
    expect(() => parseSheetRows(cell('&#xD800;'))).toThrow();
    expect(() => parseSheetRows(wrap('<row r="1"><c r="A1"><v>1</c></v></row>'))).toThrow();
    expect(() => parseSheetRows(wrap('<row r="1"><c r="A1" r="B1"><v>1</v></c></row>'))).toThrow();
    // Names every object has are no entities.
    for (const name of ['constructor', '__proto__', 'valueOf', 'toString', 'hasOwnProperty']) expect(() => parseSheetRows(cell(`&${name};`))).toThrow();
    // Characters XML forbids, and "]]>", in a text kept or not.
    expect(() => parseSheetRows(cell('a\u0001b'))).toThrow();
    expect(() => parseSheetRows(cell('a\uFFFEb'))).toThrow();
    expect(() => parseSheetRows(cell('a]]>b'))).toThrow();
    const tail = (markup: string) => [`<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>${markup}</worksheet>`];
    expect(() => parseSheetRows(tail('<headerFooter><oddHeader>a&nbsp;b</oddHeader></headerFooter>'))).toThrow();
    expect(() => parseSheetRows(tail('<headerFooter><oddHeader>a\u0002b</oddHeader></headerFooter>'))).toThrow();
    // XML 1.1 reads line ends otherwise; a processing instruction is no declaration.
    expect(() => parseSheetRows(['<?xml version="1.1"?>', ...tail('')])).toThrow();
    expect(parseSheetRows(['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?xml-stylesheet href="a.xsl"?>', ...tail('')]).cols).toHaveLength(1);
    expect(parseSheetRows(cell('a &amp; b')).texts).toEqual(['a & b']);
  });

  it('leaves a part with an entity named like an object property to ExcelJS load, which refuses it', async () => {
    const bytes = await workbookWithRows(() => '<row r="1"><c r="A1" t="inlineStr"><is><t>&constructor;</t></is></c></row>');
    await expect(readParts(bytes, 'e.xlsx')).rejects.toThrow();
    await expect(readXlsx(bytes, 'e.xlsx')).rejects.toThrow();
  });
});
