/**
 * trial12 #4 and #11: a letterhead or a signature block laid out as a borderless table of three or four columns (a
 * spacer column between its blocks, or signers side by side) is the layout it is, as in two columns: the letterhead
 * names the unit, the signature's date line dates the list. And a list typed as numbered paragraphs is read beside
 * such layout tables, not only in a document without any table. Near misses: a real three-column list table stays a
 * table, and a document with a list table is read from the table only.
 */
import { msg } from '../../src/domain/findings/messages';
import { Block, checked, layout, n, p, table, wordGrid } from '../fixtures/trial12-fix12-word';

const H = ['STT', 'Tên tập thể / Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'];
const LIST = table([H, ['1', 'Chi bộ ấp Tân Hòa', '', '', 'Trong sạch vững mạnh'], ['2', 'Phan Văn Mười', '1970', 'Trưởng ấp Tân Hòa', 'Vận động làm đường']]);
const TITLE = [p('DANH SÁCH'), p('đăng ký điển hình tiên tiến giai đoạn 2021 - 2023')];
const LEFT = ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ TÂN LẬP', '*'];
const RIGHT = ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Tân Lập, ngày 27 tháng 02 năm 2023'];
const LATE_DATE = 'Tân Lập, ngày 27 tháng 02 năm 2023';
const SIGN = [LATE_DATE, 'T/M ĐẢNG ỦY', 'BÍ THƯ', '', 'Phạm Văn Đức'];
const RECIPIENTS = ['Nơi nhận:', '- BTG Huyện ủy;', '- Lưu VP.'];

const late = (findings: { code: string; unitCode?: string; message: string }[]) =>
  findings.filter((f) => f.code === 'REGISTRATION_LATE' && f.unitCode === 'X02');

describe('a letterhead laid out in three or four columns names the unit and dates the list', () => {
  it.each<[string, Block]>([
    ['an empty spacer between its blocks', layout([LEFT, [], RIGHT])],
    ['a spacer holding only a space', layout([LEFT, [' '], RIGHT])],
    ['two spacers (four columns)', layout([LEFT, [], [], RIGHT])],
    ['a spacer after its right block (four columns)', layout([LEFT, [], RIGHT, []])],
  ])('%s', async (_name, letterhead) => {
    const { read, findings, units } = await checked(await wordGrid([letterhead, ...TITLE, LIST]));
    expect(read.registrations.map((x) => x.name)).toEqual(['Chi bộ ấp Tân Hòa', 'Phan Văn Mười']);
    expect(units).toEqual(['X02', 'X02']);
    expect(findings.filter((f) => f.code === 'UNKNOWN_UNIT')).toEqual([]);
    expect(late(findings)).toHaveLength(1);
    expect(late(findings)[0]?.message).toContain('27/02/2023');
  });
});

describe('a signature block laid out in three columns gives the list its date line', () => {
  const head = [p('ĐẢNG BỘ HUYỆN AN PHÚ'), p('ĐẢNG ỦY XÃ TÂN LẬP'), ...TITLE, LIST];
  it.each<[string, Block]>([
    ['«Nơi nhận» left, a spacer, the signer right', layout([RECIPIENTS, [], SIGN])],
    ['three signers side by side', layout([['NGƯỜI LẬP BIỂU', '', 'Lê Thị Thu'], ['TRƯỞNG BAN TUYÊN GIÁO', '', 'Võ Văn Năm'], SIGN])],
    ['the date line in the middle of three signers', layout([['NGƯỜI LẬP BIỂU', '', 'Lê Thị Thu'], SIGN, ['KT. BÍ THƯ', 'PHÓ BÍ THƯ', '', 'Võ Văn Năm']])],
    ['four columns: «Nơi nhận», two spacers, the signer', layout([RECIPIENTS, [], [], SIGN])],
    [
      'three signers, the date written 27/02/2023 and no «T/M»',
      layout([['CHÁNH VĂN PHÒNG', '', 'Lê Thị Thu'], ['PHÓ BÍ THƯ', '', 'Võ Văn Năm'], ['Tân Lập, ngày 27/02/2023', 'BÍ THƯ', '', 'Phạm Văn Đức']]),
    ],
  ])('%s', async (_name, signature) => {
    const { read, findings, units } = await checked(await wordGrid([...head, signature]));
    expect(read.registrations).toHaveLength(2);
    expect(units).toEqual(['X02', 'X02']);
    expect(late(findings)).toHaveLength(1);
    expect(late(findings)[0]?.message).toContain('27/02/2023');
  });
});

describe('near misses: a real list table of three columns stays a table', () => {
  it.each<[string, string[][]]>([
    ['numbered rows', [['STT', 'Họ và tên', 'Năm sinh'], ['1', 'Nguyễn Văn Tâm', '1968'], ['2', 'Lê Thị Hoa', '1975']]],
    ['no number column', [['Họ và tên', 'Năm sinh', 'Chức vụ'], ['Nguyễn Văn Tâm', '1968', 'Bí thư Chi bộ ấp 1'], ['Lê Thị Hoa', '1975', 'Chi hội trưởng']]],
    ['one row under its header', [['Họ và tên', 'Năm sinh', 'Chức vụ'], ['Nguyễn Văn Tâm', '1968', 'Bí thư Chi bộ ấp 1']]],
  ])('%s: its cells are not read as the document’s paragraphs', async (_name, rows) => {
    const grid = await wordGrid([p('ĐẢNG BỘ HUYỆN AN PHÚ'), p('ĐẢNG ỦY XÃ TÂN LẬP'), ...TITLE, table(rows), p(LATE_DATE)]);
    const list = grid.sheets[0];
    const texts = [...(list?.paragraphs?.above ?? []), ...(list?.paragraphs?.below ?? [])].map((c) => (c.t === 's' ? c.v : ''));
    expect(texts.some((t) => t.includes('Nguyễn Văn Tâm'))).toBe(false);
    const { read, units } = await checked(grid);
    expect(read.registrations.map((x) => x.name)).toEqual(rows.slice(1).map((row) => row.find((t) => /Nguyễn|Lê/.test(t))));
    expect(new Set(units)).toEqual(new Set(['X02']));
  });

  it('a two-column letterhead is still a layout', async () => {
    const { findings, units } = await checked(await wordGrid([layout([LEFT, RIGHT]), ...TITLE, LIST]));
    expect(units).toEqual(['X02', 'X02']);
    expect(late(findings)).toHaveLength(1);
  });
});

// ---- #11 ----

const PARAGRAPH_LIST = [
  ...TITLE,
  p('I. TẬP THỂ'),
  p('1. Chi bộ ấp Phú Hòa'),
  p('- Thành tích: 3 năm liền hoàn thành xuất sắc nhiệm vụ.'),
  p('II. CÁ NHÂN'),
  p('1. Đồng chí Nguyễn Văn Tâm, sinh năm 1968, Bí thư Chi bộ ấp 1.'),
  p('2. Bà Lê Thị Hoa - SN 1975 - Chi hội trưởng phụ nữ ấp 2.'),
  p('Danh sách có 03 điển hình./.'),
];
const NUMBERED_LIST = [...TITLE, p('I. TẬP THỂ'), n('Chi bộ ấp Phú Hòa'), p('II. CÁ NHÂN'), n('Đồng chí Nguyễn Văn Tâm, sinh năm 1968, Bí thư Chi bộ ấp 1.'), n('Bà Lê Thị Hoa - SN 1975 - Chi hội trưởng phụ nữ ấp 2.')];
const NAMES = ['Chi bộ ấp Phú Hòa', 'Nguyễn Văn Tâm', 'Lê Thị Hoa'];

describe('a list typed as numbered paragraphs beside a letterhead or signature laid out in a table', () => {
  it.each<[string, () => Block[]]>([
    ['a two-column letterhead table', () => [layout([LEFT, RIGHT]), ...PARAGRAPH_LIST]],
    ['a three-column letterhead table with a spacer', () => [layout([LEFT, [], RIGHT]), ...PARAGRAPH_LIST]],
    ['a two-column signature table', () => [p('ĐẢNG BỘ HUYỆN AN PHÚ'), p('ĐẢNG ỦY XÃ TÂN LẬP'), ...PARAGRAPH_LIST, layout([RECIPIENTS, SIGN])]],
    ['letterhead and signature tables, Word’s own numbering', () => [layout([LEFT, ['ĐẢNG CỘNG SẢN VIỆT NAM']]), ...NUMBERED_LIST, layout([RECIPIENTS, [], SIGN])]],
  ])('%s: its items are the unit’s exemplars, the date line dates it', async (_name, blocks) => {
    const { read, findings, units } = await checked(await wordGrid(blocks()));
    expect(read.registrations.map((x) => x.name)).toEqual(NAMES);
    expect(units).toEqual(['X02', 'X02', 'X02']);
    expect(findings.filter((f) => f.code === 'FILE_UNREADABLE' || (f.code === 'QUOTA_SHORT' && f.unitCode === 'X02'))).toEqual([]);
    expect(late(findings)).toHaveLength(1);
  });

  it('near miss: a document with a list table and numbered paragraphs around it is read from the table only', async () => {
    const grid = await wordGrid([
      layout([LEFT, RIGHT]),
      ...TITLE,
      p('1. Căn cứ Kế hoạch số 39-KH/HU ngày 20/12/2021 của Huyện ủy;'),
      p('2. Đồng chí Nguyễn Văn Ba, sinh năm 1960, nguyên Bí thư Chi bộ ấp 3.'),
      LIST,
      p('1. Ông Trần Văn Út, sinh năm 1972, Trưởng ấp Tân Phú.'),
    ]);
    expect(grid.sheets.some((s) => s.name === msg.paragraphListName)).toBe(false);
    const { read } = await checked(grid);
    expect(read.registrations.map((x) => x.name)).toEqual(['Chi bộ ấp Tân Hòa', 'Phan Văn Mười']);
  });

  it('near miss: a layout table beside paragraphs that are no list adds no sheet of paragraphs', async () => {
    const grid = await wordGrid([layout([LEFT, RIGHT]), p('BÁO CÁO'), p('1. Tình hình chung'), p('Trong năm, đơn vị đã …')]);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Bảng 1']);
  });
});
