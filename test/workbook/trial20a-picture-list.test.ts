/**
 * Trial 20a #8: a Word document whose list is a picture (a scan or a photo pasted in), alone or under the letterhead
 * and title, typed or laid out in a table: FILE_UNREADABLE says the list is a picture that cannot be read and asks
 * for the typed file, not that it is typed as paragraphs or lacks a header row. Near misses: a logo or a signature's
 * small picture in a document of paragraphs keeps the paragraphs' message; a list table beside a wide picture is
 * read.
 */
import { Document, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { readDocxBody } from '../../src/workbook/docx/read-docx-body';
import { NO_STYLES } from '../../src/workbook/docx/read-docx-styles';
import { docxBytes } from '../fixtures/word-lists';
import { roundTrip, sheetWith } from '../fixtures/workbooks';
import ExcelJS from 'exceljs';

// A 1×1 PNG: the picture's size in the document is its drawing's, not its pixels'.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const picture = (width: number, height: number) => new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width, height } })] });
const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const side = (left: string[], right: string[]) =>
  new Table({ rows: [new TableRow({ children: [new TableCell({ children: left.map(p) }), new TableCell({ children: right.map(p) })] })] });

const LETTERHEAD = ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH', '*'];
const TITLE = ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', 'Giai đoạn 2021 – 2023'];
const AFTER = ['An Bình, ngày 20 tháng 02 năm 2023', 'T/M ĐẢNG ỦY', 'BÍ THƯ'];
// A list's scan across the page (16 cm), a logo or a signature (3 cm).
const SCAN = () => picture(600, 400);
const SMALL = () => picture(110, 110);

async function unitsList() {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
    ['X01', 'Đảng ủy xã An Bình', 'Đảng bộ xã'],
  ]);
  return roundTrip(wb, 'don-vi.xlsx');
}

async function unreadable(children: (Paragraph | Table)[]): Promise<string[]> {
  const doc = await readDocx(await docxBytes(new Document({ sections: [{ children }] })), 'AnBinh.docx');
  const read = readWorkbooks([await unitsList(), doc], { profile: defaultProfile() });
  return read.findings.filter((f) => f.code === 'FILE_UNREADABLE').map((f) => f.message);
}

describe('a list sent as a picture in Word (trial 20a #8)', () => {
  it.each<[string, () => (Paragraph | Table)[]]>([
    ['the picture alone', () => [SCAN()]],
    ['under the letterhead and title, over the date and signature', () => [...LETTERHEAD.map(p), ...TITLE.map(p), SCAN(), ...AFTER.map(p)]],
    ['under a letterhead laid out in a table', () => [side(LETTERHEAD, ['ĐẢNG CỘNG SẢN VIỆT NAM']), ...TITLE.map(p), SCAN(), ...AFTER.map(p)]],
  ])('%s: said to be a picture that cannot be read, with the typed file asked for', async (_, children) => {
    const messages = await unreadable(children());
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/danh sách dạng ảnh \(ảnh chụp hoặc ảnh quét\).*không đọc được.*gửi bản gõ/);
    expect(messages[0]).not.toMatch(/đoạn văn|dòng tiêu đề cột/);
  });

  it('near miss: a small picture (a logo, a signature) in a document of paragraphs keeps the paragraphs’ message', async () => {
    const messages = await unreadable([SMALL(), ...LETTERHEAD.map(p), ...TITLE.map(p), p('Đảng ủy xã đăng ký các điển hình đã bình xét.'), SMALL(), ...AFTER.map(p)]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/danh sách gõ thành các đoạn văn/);
  });

  it('near miss: a list table beside a wide picture is read', async () => {
    const table = new Table({
      rows: [
        ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
        ['1', 'Nguyễn Văn Tâm', '1968', 'Bí thư Chi bộ ấp Bình Thạnh'],
      ].map((r) => new TableRow({ children: r.map((t) => new TableCell({ children: [p(t)] })) })),
    });
    const doc = await readDocx(await docxBytes(new Document({ sections: [{ children: [...LETTERHEAD.map(p), ...TITLE.map(p), table, SCAN(), ...AFTER.map(p)] }] })), 'AnBinh.docx');
    const read = readWorkbooks([await unitsList(), doc], { profile: defaultProfile() });
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm']);
    expect(read.findings.filter((f) => f.code === 'FILE_UNREADABLE')).toEqual([]);
  });

  it.each([
    ['451.3pt', true],
    ['6.5in', true],
    ['2.5cm', false],
    ['90pt', false],
  ])('a VML picture (older Word) %s wide is a list’s picture: %s', (width, wide) => {
    const xml =
      '<w:document xmlns:w="w" xmlns:v="v" xmlns:r="r"><w:body><w:p><w:r><w:pict>' +
      `<v:shape style="width:${width};height:200pt"><v:imagedata r:id="rId5"/></v:shape>` +
      '</w:pict></w:r></w:p></w:body></w:document>';
    const [block] = readDocxBody(xml, NO_STYLES);
    expect(block?.kind === 'p' && block.picture === true).toBe(wide);
  });

  it('near miss: an embedded object’s preview picture is no picture of a list', () => {
    const xml =
      '<w:document xmlns:w="w" xmlns:v="v" xmlns:o="o" xmlns:r="r"><w:body><w:p><w:r><w:object>' +
      '<v:shape style="width:451pt;height:200pt"><v:imagedata r:id="rId5"/></v:shape><o:OLEObject ProgID="Word.Document.12" r:id="rId6"/>' +
      '</w:object></w:r></w:p></w:body></w:document>';
    const [block] = readDocxBody(xml, NO_STYLES);
    expect(block?.kind === 'p' && block.picture).toBeFalsy();
  });
});
