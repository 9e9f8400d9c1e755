/** The Word adapter: tables as sheets, merges, fonts, the paragraphs around each table, and damaged documents. */
import JSZip from 'jszip';
import { Document, Header, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { InputError } from '../../src/domain/errors';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { LIMITS } from '../../src/workbook/exceljs/zip-limits';
import { readInputBytes } from '../../src/workbook/read-input';
import { readXlsx } from '../fixtures/workbooks';
import { docxBytes, wordUnitFile } from '../fixtures/word-lists';

const p = (text: string, font?: string) => new Paragraph({ children: [new TextRun(font ? { text, font } : { text })] });
const c = (text: string, more: ConstructorParameters<typeof TableCell>[0] extends infer O ? Omit<O & object, 'children'> : never = {}) =>
  new TableCell({ children: [p(text)], ...more });

async function messageOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('a Word table read as a sheet', () => {
  it('numbers tables in document order and rows as the table does, with the paragraphs around each', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            p('ĐẢNG BỘ HUYỆN AN PHÚ'),
            p('ĐẢNG ỦY XÃ AN BÌNH'),
            new Table({ rows: [new TableRow({ children: [c('STT'), c('Họ và tên')] }), new TableRow({ children: [c('1'), c('Nguyễn Văn A')] })] }),
            p('Giữa hai bảng'),
            new Table({ rows: [new TableRow({ children: [c('a')] })] }),
            p('An Bình, ngày 20 tháng 02 năm 2023'),
          ],
        },
      ],
    });
    const grid = await readDocx(await docxBytes(doc), 'ds.docx');
    expect(grid.fileName).toBe('ds.docx');
    expect(grid.sheets.map((s) => s.name)).toEqual(['Bảng 1', 'Bảng 2']);
    const [first, second] = grid.sheets;
    expect(first?.rows[1]?.[1]).toMatchObject({ t: 's', v: 'Nguyễn Văn A' });
    expect(first?.rows).toHaveLength(2);
    const texts = (cells: { v: unknown }[] | undefined) => cells?.map((x) => x.v);
    expect(texts(first?.paragraphs?.above)).toEqual(['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH']);
    // The one-cell second table only lays text out: its text is among the paragraphs of the first.
    expect(texts(first?.paragraphs?.below)).toEqual(['Giữa hai bảng', 'a', 'An Bình, ngày 20 tháng 02 năm 2023']);
    expect(texts(second?.paragraphs?.above)).toEqual(['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH', 'Giữa hai bảng']);
    expect(texts(second?.paragraphs?.below)).toEqual(['An Bình, ngày 20 tháng 02 năm 2023']);
  });

  it('turns w:gridSpan and w:vMerge into merges over the grid columns', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [
                new TableRow({ children: [c('STT', { rowSpan: 2 }), c('Họ tên', { verticalMerge: VerticalMergeType.RESTART }), c('Năm sinh', { columnSpan: 2 })] }),
                new TableRow({ children: [c('', { verticalMerge: VerticalMergeType.CONTINUE }), c('Nam'), c('Nữ')] }),
                new TableRow({ children: [c('I. TẬP THỂ', { columnSpan: 4 })] }),
                new TableRow({ children: [c('1'), c('Chi bộ Thôn 3'), c(''), c('')] }),
              ],
            }),
          ],
        },
      ],
    });
    const sheet = (await readDocx(await docxBytes(doc), 'm.docx')).sheets[0];
    expect(sheet?.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 1, right: 4 },
        { top: 3, left: 1, bottom: 3, right: 4 },
      ]),
    );
    expect(sheet?.merges).toHaveLength(4);
    expect(sheet?.rows[1]?.[2]).toMatchObject({ v: 'Nam' });
    expect(sheet?.rows[1]?.[3]).toMatchObject({ v: 'Nữ' });
    // A continued cell holds nothing of its own: the merge gives it the text above.
    expect(sheet?.rows[1]?.[1]).toBeUndefined();
    expect(sheet?.rows[3]?.[1]).toMatchObject({ v: 'Chi bộ Thôn 3' });
  });

  it('keeps the runs fonts: one font for the cell, or runs where fonts differ', async () => {
    const mixed = new Paragraph({ children: [new TextRun({ text: 'Chi bé ', font: '.VnTime' }), new TextRun({ text: 'Thôn 3', font: 'Times New Roman' })] });
    const doc = new Document({
      sections: [{ children: [new Table({ rows: [new TableRow({ children: [new TableCell({ children: [p('NguyÔn V¨n A', '.VnTime')] }), new TableCell({ children: [mixed] })] })] })] }],
    });
    const row = (await readDocx(await docxBytes(doc), 'f.docx')).sheets[0]?.rows[0];
    expect(row?.[0]).toEqual({ t: 's', v: 'NguyÔn V¨n A', font: '.VnTime' });
    expect(row?.[1]).toEqual({
      t: 's',
      v: 'Chi bé Thôn 3',
      runs: [
        { text: 'Chi bé ', font: '.VnTime' },
        { text: 'Thôn 3', font: 'Times New Roman' },
      ],
    });
  });

  it('takes the font of the document style where runs name none', async () => {
    const doc = new Document({
      styles: { default: { document: { run: { font: '.VnTime' } } } },
      sections: [{ children: [new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('Hä tªn')] })] })] })] }],
    });
    expect((await readDocx(await docxBytes(doc), 's.docx')).sheets[0]?.rows[0]?.[0]).toEqual({ t: 's', v: 'Hä tªn', font: '.VnTime' });
  });

  it('joins a cell of several paragraphs with line breaks, and leaves a blank cell empty', async () => {
    const doc = new Document({
      sections: [{ children: [new Table({ rows: [new TableRow({ children: [new TableCell({ children: [p('Lê Thị Hạnh'), p('Phó Bí thư')] }), c('  ')] })] })] }],
    });
    const row = (await readDocx(await docxBytes(doc), 'b.docx')).sheets[0]?.rows[0];
    expect(row?.[0]).toMatchObject({ v: 'Lê Thị Hạnh\nPhó Bí thư' });
    expect(row?.[1]).toBeUndefined();
  });

  it('reads a document without tables as one sheet without rows, its paragraphs above: whose letter it is', async () => {
    const grid = await readDocx(await docxBytes(new Document({ sections: [{ children: [p('Công văn')] }] })), 'cv.docx');
    expect(grid.sheets).toEqual([{ name: 'Nội dung văn bản', rows: [], merges: [], paragraphs: { above: [{ t: 's', v: 'Công văn' }], below: [] } }]);
    const empty = await readDocx(await docxBytes(new Document({ sections: [{ children: [] }] })), 'trong.docx');
    expect(empty.sheets).toEqual([]);
  });
});

describe('a damaged or hostile .docx gets one Vietnamese sentence', () => {
  it('a truncated document', async () => {
    const bytes = (await wordUnitFile('X01')).subarray(0, 900);
    const message = await messageOf(() => readInputBytes(bytes, 'hong.docx', readXlsx));
    expect(message).toMatch(/^Tệp hong\.docx bị hỏng .*Word.*\.docx/);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('a zip whose document part is not XML, or is missing', async () => {
    const zip = await JSZip.loadAsync(await wordUnitFile('X01'));
    zip.file('word/document.xml', '<w:document><w:body><w:p>');
    const broken = await zip.generateAsync({ type: 'uint8array' });
    expect(await messageOf(() => readDocx(broken, 'xml.docx'))).toMatch(/bị hỏng hoặc không đọc được: hãy mở thử bằng Word/);
    zip.file('word/document.xml', 'plain text & < nothing');
    const notXml = await zip.generateAsync({ type: 'uint8array' });
    expect(await messageOf(() => readDocx(notXml, 'x.docx'))).toMatch(/bị hỏng/);
    zip.remove('word/document.xml');
    const missing = await zip.generateAsync({ type: 'uint8array' });
    expect(await messageOf(() => readDocx(missing, 'y.docx'))).toMatch(/bị hỏng/);
  });

  it('a document that inflates beyond the limits is refused before it is inflated', async () => {
    const saved = { ...LIMITS };
    try {
      const bytes = await wordUnitFile('X01');
      LIMITS.totalBytes = 1000;
      expect(await messageOf(() => readDocx(bytes, 'lon.docx'))).toMatch(/^Tệp lon\.docx quá lớn/);
    } finally {
      Object.assign(LIMITS, saved);
    }
  });

  it('an old .doc and a password-protected document', async () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
    const utf16 = (s: string) => Array.from(s).flatMap((ch) => [ch.charCodeAt(0), 0]);
    expect(await messageOf(() => readInputBytes(Uint8Array.from([...ole, ...utf16('WordDocument')]), 'cu.doc', readXlsx))).toMatch(/Word cũ \(\.doc\).*\.docx/);
    expect(await messageOf(() => readInputBytes(Uint8Array.from([...ole, ...utf16('EncryptionInfo')]), 'mk.docx', readXlsx))).toMatch(/mật khẩu/);
  });
});

describe('a letterhead and a signature laid out in borderless tables', () => {
  const side = (left: string[], right: string[]) =>
    new Table({ rows: [new TableRow({ children: [new TableCell({ children: left.map((t) => p(t)) }), new TableCell({ children: right.map((t) => p(t)) })] })] });

  it('gives their text to the list table as paragraphs above and below, in reading order', async () => {
    const list = new Table({
      rows: [new TableRow({ children: [c('STT'), c('Họ và tên'), c('Năm sinh')] }), new TableRow({ children: [c('1'), c('Nguyễn Văn A'), c('1970')] })],
    });
    const doc = new Document({
      sections: [
        {
          children: [
            side(['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ TÂN LẬP'], ['ĐẢNG CỘNG SẢN VIỆT NAM']),
            p('DANH SÁCH'),
            list,
            side(['Nơi nhận:'], ['Tân Lập, ngày 27 tháng 02 năm 2023', 'BÍ THƯ']),
          ],
        },
      ],
    });
    const grid = await readDocx(await docxBytes(doc), 'bang.docx');
    expect(grid.sheets.map((s) => s.name)).toEqual(['Bảng 1', 'Bảng 2', 'Bảng 3']);
    const listSheet = grid.sheets[1];
    expect(listSheet?.paragraphs?.above.map((x) => x.v)).toEqual(['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ TÂN LẬP', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'DANH SÁCH']);
    expect(listSheet?.paragraphs?.below.map((x) => x.v)).toEqual(['Nơi nhận:', 'Tân Lập, ngày 27 tháng 02 năm 2023', 'BÍ THƯ']);
  });

  it('a list table of three columns or more is never taken for layout', async () => {
    const narrow = new Table({ rows: [new TableRow({ children: [c('Họ và tên'), c('Năm sinh'), c('Ghi chú')] })] });
    const grid = await readDocx(await docxBytes(new Document({ sections: [{ children: [narrow, p('An Bình, ngày 1 tháng 2 năm 2023')] }] })), 'n.docx');
    expect(grid.sheets[0]?.paragraphs?.above).toEqual([]);
  });
});

describe('a document part larger than its zip directory says', () => {
  it('is abandoned while it inflates, past the limit', async () => {
    const zip = await JSZip.loadAsync(await wordUnitFile('X01'));
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    // A body padded with white space: tiny compressed, large inflated.
    zip.file('word/document.xml', body.replace('<w:body>', `<w:body>${' '.repeat(3_000_000)}`));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    // Within the limits it reads; with the part's size understated, it is stopped as it inflates.
    expect((await readDocx(bytes, 'lon.docx')).sheets).toHaveLength(1);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let understated = 0;
    for (let p = 0; p + 46 <= bytes.length; p++) {
      if (view.getUint32(p, true) !== 0x02014b50) continue;
      const nameLen = view.getUint16(p + 28, true);
      if (new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)) === 'word/document.xml') {
        view.setUint32(p + 24, 1000, true);
        understated++;
      }
    }
    expect(understated).toBe(1);
    const saved = { ...LIMITS };
    try {
      LIMITS.totalBytes = 1_000_000;
      expect(await messageOf(() => readDocx(bytes, 'bom.docx'))).toMatch(/^Tệp bom\.docx nén bất thường/);
    } finally {
      Object.assign(LIMITS, saved);
    }
  });
});

describe('a letterhead typed in the page header', () => {
  it('stands above every table of the document', async () => {
    const list = (name: string) => new Table({ rows: [new TableRow({ children: [c('STT'), c('Họ và tên'), c('Năm sinh')] }), new TableRow({ children: [c('1'), c(name), c('1970')] })] });
    const doc = new Document({
      sections: [{ headers: { default: new Header({ children: [p('ĐẢNG BỘ HUYỆN AN PHÚ'), p('ĐẢNG ỦY XÃ TÂN LẬP', '.VnTime')] }) }, children: [p('DANH SÁCH'), list('A'), list('B')] }],
    });
    const grid = await readDocx(await docxBytes(doc), 'h.docx');
    expect(grid.sheets.map((s) => s.paragraphs?.above.map((x) => x.v))).toEqual([
      ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ TÂN LẬP', 'DANH SÁCH'],
      ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ TÂN LẬP', 'DANH SÁCH'],
    ]);
    expect(grid.sheets[0]?.paragraphs?.above[1]).toMatchObject({ font: '.VnTime' });
  });
});

describe('a table wider than a worksheet', () => {
  it('is laid out up to the last column a worksheet has, and read', async () => {
    const wide = Array.from({ length: 40 }, (_, i) => c(`ô ${i}`, { columnSpan: 1000 }));
    const doc = new Document({ sections: [{ children: [new Table({ rows: [new TableRow({ children: wide })] })] }] });
    const sheet = (await readDocx(await docxBytes(doc), 'rong.docx')).sheets[0];
    expect(sheet?.rows[0]?.length).toBeLessThanOrEqual(16_384);
    expect(Math.max(...(sheet?.merges ?? []).map((m) => m.right))).toBe(16_384);
    expect(sheet?.rows[0]?.filter(Boolean)).toHaveLength(17);
  });
});
