/**
 * A unit's list typed as numbered paragraphs in Word, without a table: numbers typed or Word's own numbering,
 * headings numbered or not, in Unicode or .VnTime, with achievements under the items. Read as the table it stands
 * for; the letterhead names the unit and the date line dates the list. Near misses: numbered paragraphs that are
 * no list (a letter, the recipients), and a table whose number column Word numbers itself.
 */
import ExcelJS from 'exceljs';
import { AlignmentType, Document, LevelFormat, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { WorkbookGrid } from '../../src/domain/grid';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { encodeLegacy } from '../../src/domain/text';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { docxBytes } from '../fixtures/word-lists';
import { roundTrip, sheetWith } from '../fixtures/workbooks';

type Block = Paragraph | Table;
const p = (text: string, font?: string) => new Paragraph({ children: [new TextRun(font ? { text, font } : { text })] });
/** A paragraph Word numbers itself, at a level of the numbering "list". */
const n = (text: string, level: number, reference = 'list') => new Paragraph({ children: [new TextRun(text)], numbering: { reference, level } });

const NUMBERING = {
  config: [
    {
      reference: 'list',
      levels: [
        { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
      ],
    },
    { reference: 'stt', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.LEFT }] },
    { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT }] },
  ],
};

const LETTERHEAD = [p('ĐẢNG BỘ HUYỆN AN PHÚ'), p('ĐẢNG ỦY XÃ AN BÌNH'), p('*')];
const SIGNATURE = [p('T/M ĐẢNG ỦY'), p('BÍ THƯ'), p('Nơi nhận:'), n('Ban Tuyên giáo Huyện ủy;', 0, 'bullets'), p('1. Lưu VP.')];

async function gridOf(children: Block[], name = 'AnBinh.docx'): Promise<WorkbookGrid> {
  return readDocx(await docxBytes(new Document({ numbering: NUMBERING, sections: [{ children }] })), name);
}

const EXPECTED = [
  ['Chi bộ ấp Bình Hòa', 'collective', undefined, undefined],
  ['Nguyễn Văn Tâm', 'individual', 1968, 'Bí thư Chi bộ ấp Bình Thạnh'],
  ['Lê Thị Hoa', 'individual', 1975, 'Chi hội trưởng Phụ nữ ấp'],
];
const TAM = 'Ông Nguyễn Văn Tâm, sinh năm 1968, Bí thư Chi bộ ấp Bình Thạnh';
const HOA = 'Bà Lê Thị Hoa, SN 1975, Chi hội trưởng Phụ nữ ấp';
const DATE_LINE = 'An Bình, ngày 28 tháng 02 năm 2023';

const VARIANTS: [string, () => Block[]][] = [
  [
    'typed numbers, roman headings',
    () => [p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), p('I. TẬP THỂ'), p('1. Chi bộ ấp Bình Hòa'), p('II. CÁ NHÂN'), p(`1. ${TAM}`), p(`2. ${HOA}`)],
  ],
  [
    'Word’s own numbering, the title over what it lists',
    () => [p('DANH SÁCH'), p('Đăng ký điển hình tiên tiến giai đoạn 2021 - 2023'), n('TẬP THỂ', 0), n('Chi bộ ấp Bình Hòa', 1), n('CÁ NHÂN', 0), n(TAM, 1), n(HOA, 1)],
  ],
  [
    'headings without numbers, items numbered "1)", achievements under them',
    () => [
      p('DANH SÁCH ĐỀ NGHỊ ĐIỂN HÌNH TIÊN TIẾN'),
      p('Tập thể:'),
      p('1) Chi bộ ấp Bình Hòa'),
      p('Thành tích: 5 năm liền hoàn thành xuất sắc nhiệm vụ, ngày 15 tháng 3 năm 2022 được tặng bằng khen.'),
      p('Cá nhân:'),
      p(`1) ${TAM}`),
      p('Thành tích: vận động nhân dân hiến đất làm đường.'),
      p(`2) ${HOA}`),
    ],
  ],
  [
    'achievements numbered under each exemplar the other way ("1)" under "1.")',
    () => [
      p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'),
      p('I. TẬP THỂ'),
      p('1. Chi bộ ấp Bình Hòa'),
      p('II. CÁ NHÂN'),
      p(`1. ${TAM}`),
      p('Thành tích:'),
      p('1) Vận động nhân dân hiến 2.000 m2 đất làm đường'),
      p('2) Xây dựng mô hình «Dân vận khéo»'),
      p(`2. ${HOA}`),
    ],
  ],
  [
    'a submission (TỜ TRÌNH) listing them, numbered lines of its reasons aside',
    () => [
      p('TỜ TRÌNH'),
      p('Về việc đề nghị khen thưởng điển hình tiên tiến giai đoạn 2021 - 2023'),
      p('1. Căn cứ Kế hoạch số 39-KH/HU ngày 20/12/2021 của Huyện ủy;'),
      p('Đảng ủy xã đề nghị khen thưởng các tập thể, cá nhân sau:'),
      p('I. TẬP THỂ'),
      p('1. Chi bộ ấp Bình Hòa'),
      p('II. CÁ NHÂN'),
      p(`1. ${TAM}`),
      p(`2. ${HOA}`),
    ],
  ],
  [
    'exemplars bulleted «- » under their headings',
    () => [p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), p('I. TẬP THỂ'), p('- Chi bộ ấp Bình Hòa'), p('II. CÁ NHÂN'), p(`- ${TAM}`), p(`- ${HOA}`)],
  ],
  [
    'exemplars lettered under numbered parts of a heading («1. Khối cán bộ», «a) …»)',
    () => [
      p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'),
      p('I. TẬP THỂ'),
      p('1. Chi bộ ấp Bình Hòa'),
      p('II. CÁ NHÂN'),
      p('1. Khối cán bộ, công chức'),
      p(`a) ${TAM}`),
      p('2. Khối nhân dân'),
      p(`a) ${HOA}`),
    ],
  ],
  [
    'exemplars bulleted «+ », their achievements bulleted «- » under them',
    () => [
      p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'),
      p('I. TẬP THỂ'),
      p('+ Chi bộ ấp Bình Hòa'),
      p('- Lãnh đạo xây dựng nông thôn mới.'),
      p('II. CÁ NHÂN'),
      p(`+ ${TAM}`),
      p('- Vận động nhân dân hiến đất làm đường.'),
      p(`+ ${HOA}`),
    ],
  ],
  [
    'exemplars in Word\'s own bullets',
    () => [p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), p('I. TẬP THỂ'), n('Chi bộ ấp Bình Hòa', 0, 'bullets'), p('II. CÁ NHÂN'), n(TAM, 0, 'bullets'), n(HOA, 0, 'bullets')],
  ],
  [
    'a submission whose recipients are bulleted under «Kính gửi:», its exemplars bulleted under their headings',
    () => [
      p('TỜ TRÌNH'),
      p('Về việc đề nghị khen thưởng điển hình tiên tiến'),
      p('Kính gửi:'),
      p('- Ban Thường vụ Huyện ủy An Phú;'),
      p('- Ban Tuyên giáo Huyện ủy.'),
      p('Đảng ủy xã đề nghị khen thưởng các tập thể, cá nhân sau:'),
      p('I. TẬP THỂ'),
      p('- Chi bộ ấp Bình Hòa'),
      p('II. CÁ NHÂN'),
      p(`- ${TAM}`),
      p(`- ${HOA}`),
    ],
  ],
  [
    'a bulleted line that labels what follows is no exemplar',
    () => [
      p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'),
      p('- Các chi bộ trực thuộc bình xét: Chi bộ ấp 1, Chi bộ ấp 2'),
      p('I. TẬP THỂ'),
      p('1. Chi bộ ấp Bình Hòa'),
      p('II. CÁ NHÂN'),
      p(`1. ${TAM}`),
      p(`2. ${HOA}`),
    ],
  ],
  [
    'exemplars bulleted right under the title',
    () => [p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), p('- Tập thể Chi bộ ấp Bình Hòa'), p(`- ${TAM}`), p(`- ${HOA}`)],
  ],
  [
    'typed in .VnTime',
    () =>
      ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', 'I. TẬP THỂ', '1. Chi bộ ấp Bình Hòa', 'II. CÁ NHÂN', `1. ${TAM}`, `2. ${HOA}`].map((t) =>
        p(encodeLegacy(t, /[A-ZĐ]{3}/u.test(t) && t === t.toUpperCase() ? 'tcvn3-caps' : 'tcvn3'), t === t.toUpperCase() ? '.VnTimeH' : '.VnTime'),
      ),
  ],
];

/** The units list, without list dates: the date line is the only evidence of when the list was made. */
async function unitsList(): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
    ['X01', 'Đảng ủy xã An Bình', 'Đảng bộ xã'],
    ['X02', 'Đảng ủy xã Phú Hữu', 'Đảng bộ xã'],
  ]);
  return roundTrip(wb, 'don-vi.xlsx');
}

describe('a list typed as numbered paragraphs', () => {
  it.each(VARIANTS)('%s: its items are the unit’s exemplars, name, birth year and position apart', async (_, list) => {
    const read = readWorkbooks([await unitsList(), await gridOf([...LETTERHEAD, ...list(), p(DATE_LINE), ...SIGNATURE])], { profile: defaultProfile() });
    expect(read.registrations.map((r) => [r.name, r.kind, r.birthYear, r.position])).toEqual(EXPECTED);
    const unitOf = (id: string | undefined) => read.units.find((u) => u.id === id)?.code;
    expect(new Set(read.registrations.map((r) => unitOf(r.unitId)))).toEqual(new Set(['X01']));
    expect(read.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('its date line dates the list: after the deadline, the unit is late', async () => {
    const grids = [await unitsList(), await gridOf([...LETTERHEAD, ...(VARIANTS[0]?.[1]() ?? []), p(DATE_LINE)])];
    const report = buildReport(readWorkbooks(grids, { profile: defaultProfile() }), { y: 2023, m: 3, d: 10 }, 2);
    const late = report.findings.filter((f) => f.code === 'REGISTRATION_LATE' && f.unitCode === 'X01');
    expect(late).toHaveLength(1);
    expect(late[0]?.message).toMatch(/28\/02\/2023/);
  });
});

describe('what is written under an exemplar', () => {
  const achievementsOf = async (list: Block[]) => {
    const read = readWorkbooks([await unitsList(), await gridOf([...LETTERHEAD, ...list, p(DATE_LINE), ...SIGNATURE])], { profile: defaultProfile() });
    return read.registrations.map((r) => [r.name, r.achievements]);
  };

  it.each<[string, Block[]]>([
    [
      'lines under "-" or "+"',
      [p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), p(`1. ${TAM}`), p('- Thành tích: 3 năm liền hoàn thành xuất sắc nhiệm vụ.'), p('+ Vận động hiến đất'), p(`2. ${HOA}`), p('- Sản xuất giỏi')],
    ],
    [
      'lines numbered the other way',
      [p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), p(`1. ${TAM}`), p('1) Thành tích: 3 năm liền hoàn thành xuất sắc nhiệm vụ.'), p('2) Vận động hiến đất'), p(`2. ${HOA}`), p('1) Sản xuất giỏi')],
    ],
  ])('%s are its achievements, as the lines of a cell are', async (_, list) => {
    const [tam, hoa] = await achievementsOf(list);
    expect(tam?.[0]).toBe('Nguyễn Văn Tâm');
    expect(tam?.[1]).toMatch(/^.{0,3}Thành tích: 3 năm liền hoàn thành xuất sắc nhiệm vụ\.\s.{0,3}Vận động hiến đất$/);
    expect(hoa?.[0]).toBe('Lê Thị Hoa');
    expect(hoa?.[1]).toMatch(/Sản xuất giỏi$/);
  });

  it.each([
    ['a total', ['Tổng số: 02 cá nhân', '(Danh sách có 02 điển hình)', 'Trên đây là danh sách đăng ký của Đảng ủy xã.']],
    ['a note', ['Ghi chú: Đơn vị xin rút 01 cá nhân.']],
    ['a signature without a date line', ['BÍ THƯ', '(Đã ký)', 'Nguyễn Văn Bình']],
  ])('near miss: %s under the last exemplar is not its achievements', async (_, after) => {
    const read = readWorkbooks([await unitsList(), await gridOf([...LETTERHEAD, p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), p(`1. ${TAM}`), p('- Vận động hiến đất'), p(`2. ${HOA}`), ...after.map((t) => p(t))])], {
      profile: defaultProfile(),
    });
    expect(read.registrations.map((r) => [r.name, r.achievements])).toEqual([
      ['Nguyễn Văn Tâm', '- Vận động hiến đất'],
      ['Lê Thị Hoa', undefined],
    ]);
  });

  it('near miss: lines under a heading, and the document\'s next part, are no exemplar\'s achievements', async () => {
    const list = [
      p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'),
      p('I. CÁ NHÂN'),
      p('(Gồm 02 cá nhân)'),
      p(`1. ${TAM}`),
      p(`2. ${HOA}`),
      p('Tổ chức thực hiện'),
      p('Các chi bộ phổ biến danh sách đến đảng viên.'),
    ];
    expect(await achievementsOf(list)).toEqual([
      ['Nguyễn Văn Tâm', undefined],
      ['Lê Thị Hoa', undefined],
    ]);
  });
});

describe('numbered paragraphs that are no list, and Word’s numbering in a table', () => {
  it('a letter of numbered paragraphs without a list’s title is no list: skipped, and said so under its unit', async () => {
    const letter = [p('V/v báo cáo kết quả phong trào'), p('1. Kết quả thực hiện phong trào trong năm 2022.'), p('2. Phương hướng năm 2023.'), p(DATE_LINE)];
    const other = [p('ĐẢNG ỦY XÃ PHÚ HỮU'), p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), p(`1. ${HOA}`), p(DATE_LINE)];
    const grids = [await unitsList(), await gridOf([...LETTERHEAD, ...letter]), await gridOf(other, 'PhuHuu.docx')];
    const read = readWorkbooks(grids, { profile: defaultProfile() });
    expect(read.registrations.map((r) => r.name)).toEqual(['Lê Thị Hoa']);
    expect(read.findings.filter((f) => f.code === 'FILE_UNREADABLE')).toEqual([]);
    expect(read.findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => f.unit)).toEqual(['Đảng ủy xã An Bình']);
  });

  it('a submission whose numbered lines name no exemplar is no list: skipped, and said so', async () => {
    const doc = [p('TỜ TRÌNH'), p('Về việc đề nghị khen thưởng điển hình tiên tiến'), p('1. Căn cứ Kế hoạch số 39-KH/HU của Huyện ủy;'), p('2. Căn cứ kết quả bình xét của chi bộ.')];
    const other = [p('ĐẢNG ỦY XÃ PHÚ HỮU'), p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), p(`1. ${HOA}`), p(DATE_LINE)];
    const read = readWorkbooks([await unitsList(), await gridOf([...LETTERHEAD, ...doc, p(DATE_LINE)]), await gridOf(other, 'PhuHuu.docx')], { profile: defaultProfile() });
    expect(read.registrations.map((r) => r.name)).toEqual(['Lê Thị Hoa']);
    expect(read.findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => f.unit)).toEqual(['Đảng ủy xã An Bình']);
  });

  it('the document’s next part («III. Kế hoạch bồi dưỡng…», numbered too) ends the list; phase headings do not', async () => {
    const doc = await gridOf([
      ...LETTERHEAD,
      p('DANH SÁCH VÀ KẾ HOẠCH BỒI DƯỠNG ĐIỂN HÌNH TIÊN TIẾN'),
      p('A. GIAI ĐOẠN 2021 - 2023'),
      p(`1. ${TAM}`),
      p('B. BỔ SUNG GIAI ĐOẠN 2023 - 2025'),
      p(`1. ${HOA}`),
      p('III. Kế hoạch bồi dưỡng, nhân rộng:'),
      p('1. Đồng chí Lê Văn Ba, Phó Bí thư Thường trực Đảng ủy, phụ trách theo dõi, bồi dưỡng.'),
      p('2. Ban Tuyên giáo Đảng ủy tuyên truyền trên hệ thống truyền thanh xã.'),
      p(DATE_LINE),
    ]);
    const read = readWorkbooks([doc], { profile: defaultProfile() });
    expect(read.registrations.map((r) => [r.name, r.phase])).toEqual([
      ['Nguyễn Văn Tâm', 1],
      ['Lê Thị Hoa', 2],
    ]);
  });

  it.each([
    ['counted kinds', ['I. TẬP THỂ (01)', 'II. CÁ NHÂN (01)']],
    ['kinds with a colon and a count', ['A. Tập thể: 01', 'B. Cá nhân: 01']],
    ['blocs', ['A. KHỐI ĐẢNG, ĐOÀN THỂ', 'B. KHỐI CHÍNH QUYỀN']],
    ['fields', ['I. LĨNH VỰC KINH TẾ', 'II. LĨNH VỰC VĂN HÓA - XÃ HỘI']],
  ])('near miss: headings of %s do not end the list', async (_, [first, second]) => {
    const doc = await gridOf([...LETTERHEAD, p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), p(first ?? ''), p('1. Chi bộ ấp Bình Hòa'), p(second ?? ''), p(`1. ${TAM}`), p(DATE_LINE)]);
    expect(readWorkbooks([doc], { profile: defaultProfile() }).registrations.map((r) => r.name)).toEqual(['Chi bộ ấp Bình Hòa', 'Nguyễn Văn Tâm']);
  });

  it('what follows the date line (signature, recipients numbered or bulleted) is no exemplar', async () => {
    const doc = await gridOf([...LETTERHEAD, p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), p(`1. ${TAM}`), p(DATE_LINE), ...SIGNATURE, p('2. Ban Dân vận Huyện ủy;')]);
    const read = readWorkbooks([doc], { profile: defaultProfile() });
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm']);
  });

  it('an item that gives a birth date is not taken for the date line', async () => {
    const doc = await gridOf([
      ...LETTERHEAD,
      p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'),
      p('1. Ông Nguyễn Văn Tâm, sinh ngày 12 tháng 5 năm 1968, Bí thư Chi bộ ấp Bình Thạnh'),
      p(`2. ${HOA}`),
      p(DATE_LINE),
    ]);
    expect(readWorkbooks([doc], { profile: defaultProfile() }).registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm', 'Lê Thị Hoa']);
  });

  it('a table whose number column Word numbers itself shows those numbers, and reads as before', async () => {
    const cell = (x: Paragraph) => new TableCell({ children: [x] });
    const table = new Table({
      rows: [
        new TableRow({ children: [cell(p('STT')), cell(p('Họ và tên')), cell(p('Năm sinh')), cell(p('Chức vụ'))] }),
        new TableRow({ children: [cell(n('', 0, 'stt')), cell(p('Nguyễn Văn Tâm')), cell(p('1968')), cell(p('Bí thư Chi bộ'))] }),
        new TableRow({ children: [cell(n('', 0, 'stt')), cell(p('Lê Thị Hoa')), cell(p('1975')), cell(p('Hội viên'))] }),
      ],
    });
    const grid = await gridOf([...LETTERHEAD, p('DANH SÁCH'), table, p(DATE_LINE)]);
    const list = grid.sheets.find((s) => s.rows.length === 3);
    expect(list?.rows.map((r) => String(r[0]?.v ?? '').trim())).toEqual(['STT', '1', '2']);
    expect(readWorkbooks([grid], { profile: defaultProfile() }).registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm', 'Lê Thị Hoa']);
  });
});

describe('an item that writes what the exemplar achieved on its own line (trial 15)', () => {
  const ACHIEVED = [
    ['Chi bộ ấp Bình Hòa', 'collective', undefined, undefined, '3 năm liền hoàn thành xuất sắc nhiệm vụ.'],
    ['Nguyễn Văn Tâm', 'individual', 1968, 'Bí thư Chi bộ ấp Bình Thạnh', 'vận động nhân dân hiến đất làm đường.'],
    ['Lê Thị Hoa', 'individual', 1975, 'Chi hội trưởng Phụ nữ ấp', 'chiến sĩ thi đua cơ sở 3 năm liền.'],
  ];
  it.each([
    ['after a label: «…, thành tích: …»', ', thành tích: ', ', thành tích: ', ', thành tích: '],
    ['after «; Thành tích:» and «– tóm tắt thành tích:»', ': ', '; Thành tích: ', ' – tóm tắt thành tích: '],
  ])('%s: the name and the position apart, the achievements in their column', async (_, collective, tam, hoa) => {
    const list = [
      p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'),
      p('I. TẬP THỂ'),
      p(`1. Chi bộ ấp Bình Hòa${collective}3 năm liền hoàn thành xuất sắc nhiệm vụ.`),
      p('II. CÁ NHÂN'),
      p(`1. ${TAM}${tam}vận động nhân dân hiến đất làm đường.`),
      p(`2. ${HOA}${hoa}chiến sĩ thi đua cơ sở 3 năm liền.`),
    ];
    const read = readWorkbooks([await unitsList(), await gridOf([...LETTERHEAD, ...list, p(DATE_LINE), ...SIGNATURE])], { profile: defaultProfile() });
    expect(read.registrations.map((r) => [r.name, r.kind, r.birthYear, r.position, r.achievements])).toEqual(ACHIEVED);
  });

  it('near miss: a body named with its parent after a comma, no colon, keeps its whole name', async () => {
    const list = [p('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'), p('I. TẬP THỂ'), p('1. Đội Cảnh sát giao thông - Trật tự, Công an huyện'), p('II. CÁ NHÂN'), p(`1. ${TAM}`)];
    const read = readWorkbooks([await unitsList(), await gridOf([...LETTERHEAD, ...list, p(DATE_LINE)])], { profile: defaultProfile() });
    expect(read.registrations.map((r) => [r.name, r.achievements])).toEqual([
      ['Đội Cảnh sát giao thông - Trật tự, Công an huyện', undefined],
      ['Nguyễn Văn Tâm', undefined],
    ]);
  });
});
