/**
 * A row a unit crossed out rather than deleted: its name struck through, in .xlsx (the cell's font, or every run of
 * its rich text), .xls (the font) and Word (the runs). It is withdrawn: no exemplar of the unit's quota, left off the
 * ceremony list with the reason. Words struck out of a cell that keeps others are no part of its text, and the list's
 * notes name them. Near misses: another cell of the row struck, a strike switched off, underlined text.
 */
import ExcelJS from 'exceljs';
import { Document, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import type { WorkbookGrid } from '../../src/domain/grid';
import { consolidate } from '../../src/domain/ceremony/consolidate';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { readXls } from '../../src/workbook/sheetjs/read-xls';
import { docxBytes } from '../fixtures/word-lists';
import { roundTrip, sheetWith } from '../fixtures/workbooks';
import { xlsWithFonts } from '../fixtures/xls-with-fonts';

const AS_OF = { y: 2023, m: 3, d: 1 };
const HEAD = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Ghi chú'];
const ROWS: [string, number, string][] = [
  ['Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp Bình Thạnh'],
  ['Lê Thị Hoa', 1975, 'Chi hội trưởng Phụ nữ ấp'],
  ['Trần Văn Ba', 1960, 'Trưởng ấp Bình Hòa'],
];

async function unitsList(): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
    ['X01', 'Đảng ủy xã An Bình', 'Đảng bộ xã'],
  ]);
  return roundTrip(wb, 'don-vi.xlsx');
}

/** The unit's workbook, its first row's cells marked as `strike` says (1-based columns of the row). */
async function workbook(strike: (cell: ExcelJS.Cell, col: number) => void): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  const ws = sheetWith(wb, 'Đảng ủy xã An Bình', [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], HEAD, ...ROWS.map((r, i) => [i + 1, ...r, ''])]);
  ws.getRow(4).eachCell({ includeEmpty: true }, (cell, col) => strike(cell, col));
  return roundTrip(wb, 'AnBinh.xlsx');
}

/** The unit's Word list, each cell's text written in the run `run` gives (a plain run by default). */
async function word(run: (row: number, col: number, text: string) => TextRun | TextRun[] | undefined): Promise<WorkbookGrid> {
  const cell = (r: TextRun | TextRun[]) => new TableCell({ children: [new Paragraph({ children: Array.isArray(r) ? r : [r] })] });
  const rows = [HEAD, ...ROWS.map((r, i) => [String(i + 1), r[0], String(r[1]), r[2], ''])].map(
    (texts, row) => new TableRow({ children: texts.map((t, col) => cell(run(row, col, t) ?? new TextRun(t))) }),
  );
  const doc = new Document({ sections: [{ children: [new Paragraph('ĐẢNG ỦY XÃ AN BÌNH'), new Paragraph('DANH SÁCH'), new Table({ rows })] }] });
  return readDocx(await docxBytes(doc), 'AnBinh.docx');
}

/** The unit's workbook as .xls, its first row's name in a struck-out font. */
async function xls(): Promise<WorkbookGrid> {
  const grid = await workbook((cell, col) => col === 2 && strikeFont(cell));
  return readXls(xlsWithFonts(grid), 'AnBinh.xls');
}

const strikeFont = (cell: ExcelJS.Cell) => (cell.font = { name: 'Times New Roman', strike: true });
const VARIANTS: [string, () => Promise<WorkbookGrid>][] = [
  ['.xlsx, the whole row in a struck-out font', () => workbook(strikeFont)],
  ['.xlsx, the name cell alone', () => workbook((cell, col) => col === 2 && strikeFont(cell))],
  [
    '.xlsx, every run of the name’s rich text',
    () =>
      workbook((cell, col) => {
        if (col === 2) cell.value = { richText: [{ text: 'Nguyễn Văn ', font: { strike: true } }, { text: 'Tâm', font: { strike: true, bold: true } }] };
      }),
  ],
  ['.xls, the name in a struck-out font', xls],
  ['Word, the row’s runs struck', () => word((row, _, text) => (row === 1 && text ? new TextRun({ text, strike: true }) : undefined))],
  ['Word, the name double-struck', () => word((row, col, text) => (row === 1 && col === 1 ? new TextRun({ text, doubleStrike: true }) : undefined))],
];

async function outcome(file: WorkbookGrid) {
  const read = readWorkbooks([await unitsList(), file], { profile: defaultProfile() });
  const report = buildReport(read, AS_OF, 2);
  const book = consolidate(read, report, '2023');
  return {
    struck: read.registrations.filter((r) => r.struck && r.withdrawn).map((r) => r.name),
    quota: report.quota.find((q) => q.unit === 'Đảng ủy xã An Bình')?.registered,
    listed: book.selection.individuals.map((e) => e.name),
    leftOff: book.selection.excluded.map((x) => [x.name, x.reason]),
    checks: book.selection.checks.map((c) => [c.name, c.what]),
  };
}

describe('a row a unit struck through', () => {
  it.each(VARIANTS)('%s: withdrawn, not counted, left off the list with the reason', async (_, file) => {
    const o = await outcome(await file());
    expect(o.struck).toEqual(['Nguyễn Văn Tâm']);
    expect(o.quota).toBe(2);
    expect(o.listed).toEqual(['Lê Thị Hoa', 'Trần Văn Ba']);
    expect(o.leftOff).toEqual([['Nguyễn Văn Tâm', expect.stringMatching(/gạch ngang/)]]);
  });
});

describe('words struck out of a name cell, and near misses', () => {
  it('a name corrected by striking the old one out is the new name', async () => {
    const file = await workbook((cell, col) => {
      if (col === 2) cell.value = { richText: [{ text: 'Nguyễn Văn Tâm', font: { strike: true } }, { text: ' Nguyễn Văn Tân' }] };
    });
    const o = await outcome(file);
    expect(o.struck).toEqual([]);
    expect(o.quota).toBe(3);
    expect(o.listed).toContain('Nguyễn Văn Tân');
    expect(o.listed).not.toContain('Nguyễn Văn Tâm');
    expect(o.checks).toEqual([['Nguyễn Văn Tân', expect.stringContaining('«Nguyễn Văn Tâm»')]]);
  });

  // The words left out are said on the notes sheet the district checks before signing: a strike may be a slip.
  it.each([
    [
      '.xlsx, the last word struck',
      () => workbook((cell, col) => col === 2 && (cell.value = { richText: [{ text: 'Nguyễn Văn ' }, { text: 'Tâm', font: { strike: true } }] })),
      'Nguyễn Văn',
      'Tâm',
    ],
    [
      '.xlsx, a middle word struck',
      () => workbook((cell, col) => col === 2 && (cell.value = { richText: [{ text: 'Nguyễn ' }, { text: 'Thị ', font: { strike: true } }, { text: 'Văn Tâm' }] })),
      'Nguyễn Văn Tâm',
      'Thị',
    ],
    [
      'Word, the old name struck before the new one',
      () =>
        word((row, col) =>
          row === 1 && col === 1 ? [new TextRun({ text: 'Nguyễn Văn Tâm', strike: true }), new TextRun(' Nguyễn Văn Tân')] : undefined,
        ),
      'Nguyễn Văn Tân',
      'Nguyễn Văn Tâm',
    ],
  ])('%s: listed without the struck words, which the notes name', async (_, file, name, struck) => {
    const o = await outcome(await file());
    expect(o.listed).toContain(name);
    expect(o.checks).toEqual([[name, `Ô tên có chữ bị gạch ngang «${struck}»: đã đọc tên không có phần gạch; đề nghị kiểm tra lại tên.`]]);
  });

  it.each([
    ['.xlsx, a struck space between words', () => workbook((cell, col) => col === 2 && (cell.value = { richText: [{ text: 'Nguyễn Văn' }, { text: ' ', font: { strike: true } }, { text: 'Tâm' }] }))],
    ['.xlsx, rich text without a strike', () => workbook((cell, col) => col === 2 && (cell.value = { richText: [{ text: 'Nguyễn Văn ', font: { bold: true } }, { text: 'Tâm' }] }))],
  ])('%s: no note', async (_, file) => {
    const o = await outcome(await file());
    expect(o.listed).toContain('Nguyễn Văn Tâm');
    expect(o.checks).toEqual([]);
  });

  it.each([
    ['the note struck, not the name', () => workbook((cell, col) => col === 6 && ((cell.value = 'Đã sửa'), strikeFont(cell)))],
    ['the position struck, not the name', () => workbook((cell, col) => col === 4 && strikeFont(cell))],
    ['the name underlined', () => workbook((cell, col) => col === 2 && (cell.font = { underline: true }))],
    ['a strike switched off', () => workbook((cell, col) => col === 2 && (cell.font = { strike: false }))],
    ['Word, the name underlined', () => word((row, col, text) => (row === 1 && col === 1 ? new TextRun({ text, underline: {} }) : undefined))],
  ])('%s: the row counts', async (_, file) => {
    const o = await outcome(await file());
    expect(o.struck).toEqual([]);
    expect(o.quota).toBe(3);
    expect(o.listed).toContain('Nguyễn Văn Tâm');
  });
});
