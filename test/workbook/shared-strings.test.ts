import SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform';
import { plainSharedStrings } from '../../src/workbook/exceljs/shared-strings';

const sst = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9">${items}</sst>`;

/** What ExcelJS's own parser gives for each index. */
async function byExcelJS(xml: string, count: number): Promise<unknown[]> {
  const xform = new SharedStringsXform();
  await xform.parseStream([xml]);
  return Array.from({ length: count }, (_, i) => xform.getString(i));
}

describe('plain shared strings', () => {
  it('gives exactly the strings ExcelJS gives: entities, escapes, spaces, empty items, Vietnamese', async () => {
    const xml = sst(
      [
        '<si><t>Nguyễn Văn An</t></si>',
        '<si><t xml:space="preserve">  Hội LHPN &amp; &lt;MTTQ&gt; &quot;xã&quot; </t></si>',
        '<si><t>Dòng 1_x000D_\nDòng 2 _x0041_ _x00e9_</t></si>',
        '<si><t/></si>',
        '<si>\n  <t>Trần Thị Thuỷ</t>\n</si>',
        '<si><t>=SUM(A1)</t></si>',
        '<si><t>Nguye\u0302\u0303n</t></si>',
      ].join(''),
    );
    const plain = plainSharedStrings(xml);
    expect(plain).toHaveLength(7);
    expect(plain).toEqual(await byExcelJS(xml, 7));
    expect(plain?.[2]).toBe('Dòng 1\r\nDòng 2 A _x00e9_');
  });

  it('leaves to ExcelJS what is not plain text: rich runs, phonetic guides, empty or doubled items', () => {
    expect(plainSharedStrings(sst('<si><t>a</t></si><si><r><rPr><rFont val=".VnTime"/></rPr><t>Lª</t></r></si>'))).toBeUndefined();
    expect(plainSharedStrings(sst('<si><t>a</t><rPh sb="0" eb="1"><t>b</t></rPh></si>'))).toBeUndefined();
    expect(plainSharedStrings(sst('<si/>'))).toBeUndefined();
    expect(plainSharedStrings(sst('<si><t>a</t><t>b</t></si>'))).toBeUndefined();
    expect(plainSharedStrings(sst('<si><t>a</t></si><phoneticPr fontId="1"/>'))).toBeUndefined();
  });

  it('leaves a damaged part to ExcelJS, which refuses it', async () => {
    const damaged = sst('<si><t>a</si>');
    expect(plainSharedStrings(damaged)).toBeUndefined();
    await expect(byExcelJS(damaged, 1)).rejects.toThrow();
  });

  it('gives the same strings for long items, character references and line ends in the markup', async () => {
    const long = `<si><t>${'Hội Liên hiệp Phụ nữ xã An Bình &amp; '.repeat(3000)}</t></si>`;
    const refs = '<si><t>&#128512;&#x1EA1;&#10;a\r\nb</t></si><si><t>_xD800_ _x0000_</t></si>';
    const xml = sst(`<si><t>đầu</t></si>${long}${refs}<si><t>cuối</t></si>`);
    const plain = plainSharedStrings(xml);
    expect(plain).toEqual(await byExcelJS(xml, 5));
    expect(plain?.[3]).toBe('\uD800 \u0000');
    expect(plain?.[2]).toBe('😀ạ\na\nb');
  });

  it('leaves CDATA, unknown entities, forbidden characters and XML 1.1 to ExcelJS', () => {
    expect(plainSharedStrings(sst('<si><t><![CDATA[a < b]]></t></si>'))).toBeUndefined();
    expect(plainSharedStrings(sst('<si><t>a&nbsp;b</t></si>'))).toBeUndefined();
    expect(plainSharedStrings(sst('<si><t>&valueOf;</t></si>'))).toBeUndefined();
    expect(plainSharedStrings(sst('<si><t>a\u0001b</t></si>'))).toBeUndefined();
    expect(plainSharedStrings(sst('<si><t>a</t>&bogus;</si>'))).toBeUndefined();
    expect(plainSharedStrings(sst('<si><t>a</t></si>').replace('version="1.0"', 'version="1.1"'))).toBeUndefined();
    expect(plainSharedStrings(sst('<si><t>a</t></si>'))).toEqual(['a']);
  });
});
