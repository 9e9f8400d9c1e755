/**
 * trial12 #7 and #8 (Word part): what Word neither shows as content nor prints is not read — a content control still
 * showing its placeholder prompt (at run, paragraph or cell level), a run in the «Placeholder Text» style, a hidden
 * run (w:vanish) — and a check mark inserted as a symbol (w:sym) or a check box control reads as the mark it shows:
 * a tick is «x», an empty box or a cross is nothing. Near misses: a filled control's text, a run whose w:vanish is
 * switched off, a symbol that is no mark.
 */
import type { Cell, WorkbookGrid } from '../../src/domain/grid';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { checkbox, checked, formCheckbox, HEAD, para, r, rawDocx, sdt, sym, tbl, tc, tr } from '../fixtures/trial12-fix12-word';

const HEADER = tr(...['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích'].map(tc));
const grid = async (...rows: string[]): Promise<WorkbookGrid> => readDocx(await rawDocx(HEAD() + tbl(HEADER, ...rows)), 'sdt.docx');
const text = (c: Cell | null | undefined) => (c && c.t === 's' ? c.v : c ? String(c.v) : '');
/** A row's texts, five columns wide. */
const texts = (row: (Cell | null | undefined)[] | undefined) => Array.from({ length: 5 }, (_, i) => text(row?.[i]));

/** A placeholder prompt in a cell, as each level of content control holds it. */
const PLACEHOLDERS: [string, (prompt: string) => string][] = [
  ['a run-level control', (t) => tc(para(sdt(r(t, '<w:rStyle w:val="PlaceholderText"/>'), true)))],
  ['a paragraph-level control', (t) => `<w:tc>${sdt(para(r(t)), true)}</w:tc>`],
  ['a cell-level control', (t) => sdt(tc(r(t)), true)],
  ['the placeholder style alone', (t) => tc(para(r(t, '<w:rStyle w:val="PlaceholderText"/>')))],
];

describe('content controls showing their placeholder are empty cells', () => {
  it.each(PLACEHOLDERS)('%s', async (_name, prompt) => {
    const g = await grid(
      tr(tc('1'), tc('Nguyễn Văn Tâm'), tc('1968'), tc('Bí thư Chi bộ ấp 1'), prompt('Click or tap here to enter text.')),
      tr(tc('2'), tc('Lê Thị Hoa'), prompt('Nhập năm sinh'), prompt('Bấm vào đây để nhập văn bản.'), tc('Tiết kiệm')),
      tr(tc('3'), prompt('Click or tap here to enter text.'), prompt('Nhập năm sinh'), prompt('Nhập chức vụ'), prompt('Nhập thành tích')),
    );
    // The columns stay where they are: a control around a cell still is that cell.
    expect(g.sheets[0]?.rows.map(texts)).toEqual([
      ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích'],
      ['1', 'Nguyễn Văn Tâm', '1968', 'Bí thư Chi bộ ấp 1', ''],
      ['2', 'Lê Thị Hoa', '', '', 'Tiết kiệm'],
      ['3', '', '', '', ''],
    ]);
    const { read, findings } = await checked(g);
    expect(read.registrations.map((x) => [x.name, x.birthYear, x.position, x.achievements])).toEqual([
      ['Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', undefined],
      ['Lê Thị Hoa', undefined, undefined, 'Tiết kiệm'],
    ]);
    expect(findings.filter((f) => f.file === 'sdt.docx' && ['MISSING_VALUE', 'INVALID_DATE'].includes(f.code))).toEqual([]);
  });

  it('near miss: a filled control’s text is read, at every level', async () => {
    const g = await grid(
      tr(tc('1'), tc(para(sdt(r('Nguyễn Văn Tâm'), false))), sdt(tc(r('1968')), false), `<w:tc>${sdt(para(r('Bí thư Chi bộ ấp 1')), false)}</w:tc>`, tc('NTM')),
    );
    expect(texts(g.sheets[0]?.rows[1])).toEqual(['1', 'Nguyễn Văn Tâm', '1968', 'Bí thư Chi bộ ấp 1', 'NTM']);
  });
});

describe('hidden runs (w:vanish) are not read', () => {
  it.each([
    ['written bare', '<w:vanish/>'],
    ['switched on', '<w:vanish w:val="1"/>'],
    ['switched on as true', '<w:vanish w:val="true"/>'],
  ])('%s', async (_name, vanish) => {
    const g = await grid(
      tr(tc('1'), tc(para(r('Nguyễn Văn Tâm'), r(' (ghi rõ họ tên, chức vụ)', vanish))), tc('1968'), tc('Bí thư Chi bộ ấp 1'), tc('NTM')),
      tr(tc('2'), tc('Lê Thị Hoa'), tc('1975'), tc('Chi hội trưởng'), tc(para(r('Tiết kiệm'), r(' [Ghi chú: không quá 3 dòng, ghi rõ năm đạt được]', vanish)))),
    );
    const { read } = await checked(g);
    expect(read.registrations.map((x) => [x.name, x.position, x.achievements])).toEqual([
      ['Nguyễn Văn Tâm', 'Bí thư Chi bộ ấp 1', 'NTM'],
      ['Lê Thị Hoa', 'Chi hội trưởng', 'Tiết kiệm'],
    ]);
  });

  it.each([
    ['w:val="0"', '<w:vanish w:val="0"/>'],
    ['w:val="false"', '<w:vanish w:val="false"/>'],
  ])('near miss: a run whose w:vanish is %s is read', async (_name, vanish) => {
    const g = await grid(tr(tc('1'), tc('Nguyễn Văn Tâm'), tc('1968'), tc('Bí thư Chi bộ ấp 1'), tc(para(r('Tiết kiệm'), r(', hiến đất làm đường', vanish)))));
    expect(text(g.sheets[0]?.rows[1]?.[4])).toBe('Tiết kiệm, hiến đất làm đường');
  });
});

// ---- check marks ----

const GENDER_HEADER = tr(...['STT', 'Họ và tên', 'Năm sinh', 'Nam', 'Nữ', 'Chức vụ', 'Thành tích'].map(tc));
const markGrid = async (male: string, female: string) =>
  readDocx(
    await rawDocx(
      HEAD() +
        tbl(
          GENDER_HEADER,
          tr(tc('1'), tc('Lâm Văn Lợi'), tc('1966'), tc(para(male)), tc(para(female)), tc('Nông dân'), tc('Sản xuất kinh doanh giỏi')),
        ),
    ),
    'marks.docx',
  );

const TICKS: [string, string][] = [
  ['Wingdings F0FC (✓)', sym('Wingdings', 'F0FC')],
  ['Wingdings F0FE (☑)', sym('Wingdings', 'F0FE')],
  ['Wingdings 2 «P» (✓)', sym('Wingdings 2', 'F050')],
  ['Wingdings 2 «R» (☑)', sym('Wingdings 2', 'F052')],
  ['Symbol F0D6 (√)', sym('Symbol', 'F0D6')],
  ['a ticked check box control', checkbox(true)],
  ['a ticked check box control showing Wingdings’ ☒', checkbox(true, { font: 'Wingdings', checked: 'ý', unchecked: 'o' })],
  ['a legacy form check box, ticked', formCheckbox(false, true)],
  ['a legacy form check box ticked by default', formCheckbox(true)],
  ['«ü» typed in Wingdings', r('ü', '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>')],
  ['«P» typed in Wingdings 2', r('P', '<w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/>')],
  ['U+F0D6 typed in Symbol', r('\uF0D6', '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>')],
];
const NOT_TICKS: [string, string][] = [
  ['Wingdings F0A8 (empty box)', sym('Wingdings', 'F0A8')],
  ['Wingdings 2 A3 (empty box)', sym('Wingdings 2', 'F0A3')],
  ['Wingdings F0FB (✗)', sym('Wingdings', 'F0FB')],
  ['Wingdings F0FD (☒)', sym('Wingdings', 'F0FD')],
  ['Wingdings 2 «O» (✗)', sym('Wingdings 2', 'F04F')],
  ['Wingdings 2 «S» (☒)', sym('Wingdings 2', 'F053')],
  ['an unticked check box control', checkbox(false)],
  ['an unticked check box control showing Wingdings 2’s ☑ when ticked', checkbox(false, { font: 'Wingdings 2', checked: 'R', unchecked: '£' })],
  ['a legacy form check box, unticked', formCheckbox(false)],
  ['a legacy form check box ticked by default, unticked as saved', formCheckbox(true, false)],
  ['«ý» (☒) typed in Wingdings', r('ý', '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>')],
  ['«£» (empty box) typed in Wingdings 2', r('£', '<w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/>')],
];

describe('check marks inserted as symbols read as the mark they show', () => {
  it.each(TICKS)('a tick, %s, is «x»: the row is marked', async (_name, mark) => {
    const g = await markGrid(mark, '');
    expect(text(g.sheets[0]?.rows[1]?.[3])).toBe('x');
    const { read } = await checked(g);
    expect(read.registrations.map((x) => [x.name, x.gender])).toEqual([['Lâm Văn Lợi', 'male']]);
  });

  it.each(NOT_TICKS)('%s is no mark', async (_name, mark) => {
    const g = await markGrid(mark, sym('Wingdings', 'F0FC'));
    expect(g.sheets[0]?.rows[1]?.[3] ?? null).toBeNull();
    const { read } = await checked(g);
    expect(read.registrations.map((x) => [x.name, x.gender])).toEqual([['Lâm Văn Lợi', 'female']]);
  });

  it('near miss: a symbol that is no mark (a Wingdings bullet, a Symbol letter) adds nothing to the text', async () => {
    const g = await grid(tr(tc('1'), tc('Nguyễn Văn Tâm'), tc('1968'), tc('Bí thư'), tc(para(sym('Wingdings', 'F0D8'), r('Tiết kiệm'), sym('Symbol', 'F061')))));
    expect(text(g.sheets[0]?.rows[1]?.[4])).toBe('Tiết kiệm');
  });

  it('near miss: a sign typed in the Symbol font is kept as it was', async () => {
    const g = await grid(tr(tc('1'), tc('Nguyễn Văn Tâm'), tc('1968'), tc('Bí thư'), tc(para(r('Tỷ lệ '), r('³', '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>'), r(' 90%')))));
    expect(text(g.sheets[0]?.rows[1]?.[4])).toBe('Tỷ lệ ³ 90%');
  });

  it('near miss: the same letters typed in a text font are text', async () => {
    const g = await grid(tr(tc('1'), tc('Nguyễn Văn Tâm'), tc('1968'), tc(para(r('P. Bí thư', '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'))), tc('NTM')));
    expect(text(g.sheets[0]?.rows[1]?.[3])).toBe('P. Bí thư');
  });
});

describe('trial12 #8, the Word part: ticks typed as symbols keep apart two people the genders tell apart', () => {
  it('«Nguyễn Thanh Bình 1968» ticked Nam, and ticked Nữ, are no duplicate', async () => {
    const tick = para(sym('Wingdings', 'F0FC'));
    const g = await readDocx(
      await rawDocx(
        HEAD() +
          tbl(
            GENDER_HEADER,
            tr(tc('1'), tc('Nguyễn Thanh Bình'), tc('1968'), tc(tick), tc(''), tc('Bí thư Chi bộ ấp 1'), tc('NTM')),
            tr(tc('2'), tc('Nguyễn Thanh Bình'), tc('1968'), tc(''), tc(tick), tc('Chi hội trưởng phụ nữ ấp 1'), tc('Tiết kiệm')),
          ),
      ),
      'wingdings.docx',
    );
    const { read, findings } = await checked(g);
    expect(read.registrations.map((x) => x.gender)).toEqual(['male', 'female']);
    expect(findings.filter((f) => f.code === 'DUPLICATE')).toEqual([]);
  });
});
