/**
 * Trial 22a #4, #6: a saved decision follows its rows when a member's name is respelled, and a decision that meets no
 * group, or a decision cell that cannot be read, is said (report, consolidated list's notes), never dropped silently.
 */
import ExcelJS from 'exceljs';
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { DECISION_COLUMNS, DECISION_SHEET_NAME, readDecisionCell } from '../../../src/domain/decision-sheet';
import { decisionRow } from '../../../src/domain/duplicates/decisions';
import { matchRead } from '../../../src/domain/duplicates/duplicate-groups';
import { defaultProfile } from '../../../src/domain/profile';
import type { DuplicateDecision } from '../../../src/domain/records';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import { renderText } from '../../../src/domain/report/render-text';
import { roundTrip, sheetWith } from '../../fixtures/workbooks';

interface Pair {
  label: string;
  names: [string, string];
  year: number;
  gender: string;
  position: string;
  /** The second name respelled by one letter or tone. */
  respelled: string;
}

const PAIRS: Pair[] = [
  { label: 'one letter', names: ['Nguyễn Thị Thúy Hằng', 'Nguyễn Thị Thúy Hằg'], year: 1984, gender: 'Nữ', position: 'Chủ tịch Hội Liên hiệp Phụ nữ xã Tân Lập', respelled: 'Nguyễn Thị Thúy Hăng' },
  { label: 'one tone', names: ['Nguyễn Văn Hùng', 'Nguyễn Văn Hưng'], year: 1975, gender: 'Nam', position: 'Nông dân thôn Bình Minh, xã Tân Lập', respelled: 'Nguyễn Văn Hừng' },
];

const AS_OF = { y: 2023, m: 3, d: 1 };

function district(pair: Pair, opts: { second?: string; padding?: number; decisions?: string[][] } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
    ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã'],
    ['PN', 'Hội Liên hiệp Phụ nữ huyện', 'Đoàn thể huyện'],
    ['ND', 'Hội Nông dân huyện', 'Đoàn thể huyện'],
  ]);
  const padding = Array.from({ length: opts.padding ?? 0 }, (_, i) => ['ND', 'Cá nhân', `Lê Văn Tám ${'ABCDE'[i]}`, 1960 + i, 'Nam', 'Nông dân xã Tân Lập']);
  sheetWith(wb, 'Đăng ký', [
    ['Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác'],
    ...padding,
    ['X02', 'Cá nhân', pair.names[0], pair.year, pair.gender, pair.position],
    ['PN', 'Cá nhân', opts.second ?? pair.names[1], pair.year, pair.gender, pair.position],
  ]);
  if (opts.decisions) sheetWith(wb, DECISION_SHEET_NAME, [[...DECISION_COLUMNS], ...opts.decisions]);
  return wb;
}

async function readOf(wb: ExcelJS.Workbook) {
  return readWorkbooks([await roundTrip(wb, 'huyen.xlsx')], { profile: defaultProfile() });
}

/** The decision row the tool writes for the pair as first sent. */
async function decided(pair: Pair, decision: DuplicateDecision): Promise<string[]> {
  const groups = matchRead(await readOf(district(pair))).groups;
  expect(groups).toHaveLength(1);
  expect(groups[0]?.confidence).toBe('probable');
  return decisionRow(groups[0] as NonNullable<(typeof groups)[0]>, AS_OF, decision);
}

async function checkOf(wb: ExcelJS.Workbook) {
  const read = await readOf(wb);
  const report = buildReport(read, AS_OF, 1);
  return { read, report, duplicates: report.findings.filter((f) => f.code === 'DUPLICATE') };
}

describe.each(PAIRS)('a decision on a pair ($label) whose second name is respelled', (pair) => {
  it('«Trùng» still merges the same rows, with nothing to say', async () => {
    const row = await decided(pair, 'duplicate');
    const { report, duplicates } = await checkOf(district(pair, { second: pair.respelled, decisions: [row] }));
    expect(duplicates.map((f) => f.confidence)).toEqual(['certain']);
    expect(duplicates[0]?.message).toContain('Đã đánh dấu «Trùng»');
    expect(report.summary.decisionNotes).toBeUndefined();
  });

  it('«Không trùng» still keeps them apart, with nothing to say', async () => {
    const row = await decided(pair, 'not-duplicate');
    const { report, duplicates } = await checkOf(district(pair, { second: pair.respelled, decisions: [row] }));
    expect(duplicates).toEqual([]);
    expect(report.summary.decisionNotes).toBeUndefined();
  });

  it.each<DuplicateDecision>(['duplicate', 'not-duplicate'])('%s: rows moved and a name respelled is said, in the report and the notes sheet', async (decision) => {
    const row = await decided(pair, decision);
    const { read, report, duplicates } = await checkOf(district(pair, { second: pair.respelled, padding: 2, decisions: [row] }));
    expect(duplicates.map((f) => f.confidence)).toEqual(['probable']);
    const notes = report.summary.decisionNotes ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ file: 'huyen.xlsx', sheet: DECISION_SHEET_NAME, row: 2, key: row[0] });
    expect(notes[0]?.message).toContain(`«${decision === 'duplicate' ? 'Trùng' : 'Không trùng'}»`);
    expect(notes[0]?.message).toContain('không còn ứng với nhóm trùng lặp nào');
    expect(renderText(report)).toContain(notes[0]?.message);
    const checks = consolidate(read, report, '2023').selection.checks;
    expect(checks.some((c) => c.what === notes[0]?.message && c.row.row === 2 && c.row.sheet === DECISION_SHEET_NAME)).toBe(true);
  });

  it('a decision whose group lists no members it can find is said once the key no longer matches', async () => {
    const row = await decided(pair, 'duplicate');
    const { report } = await checkOf(district(pair, { second: pair.respelled, decisions: [[row[0] as string, '(nhóm)', '', 'Trùng', '']] }));
    expect(report.summary.decisionNotes?.map((n) => n.key)).toEqual([row[0]]);
  });

  it('near miss: another person at that row (two words changed) is not given the decision', async () => {
    const row = await decided(pair, 'duplicate');
    const other = `${pair.names[1].split(' ')[0]} Quang Minh`;
    const { report, duplicates } = await checkOf(district(pair, { second: other, decisions: [row] }));
    expect(duplicates.filter((f) => f.message.includes('Đã đánh dấu'))).toEqual([]);
    expect(report.summary.decisionNotes).toHaveLength(1);
  });

  it('near miss: rows moved with the names unchanged keep the decision, with nothing to say', async () => {
    const row = await decided(pair, 'duplicate');
    const { report, duplicates } = await checkOf(district(pair, { padding: 3, decisions: [row] }));
    expect(duplicates.map((f) => f.confidence)).toEqual(['certain']);
    expect(report.summary.decisionNotes).toBeUndefined();
  });
});

describe('decision words staff write (trial 22a #6)', () => {
  it.each(['Có trùng', 'Trùng nhau', 'Là một người', 'Cùng một người', 'CÓ TRÙNG', 'trung nhau'])('«%s» is «Trùng»', (w) => {
    expect(readDecisionCell(w)).toBe('duplicate');
  });
  it.each(['Không phải một người', 'Hai người khác nhau', 'Khác người', 'không phải là một người', 'KHONG TRUNG NHAU'])('«%s» is «Không trùng»', (w) => {
    expect(readDecisionCell(w)).toBe('not-duplicate');
  });
  it.each(['', '  ', 'Để sau', 'chưa quyết định'])('«%s» is no decision, and nothing to say', (w) => {
    expect(readDecisionCell(w)).toBe('none');
  });

  it.each([
    ['Có trùng', 'certain'],
    ['Là một người', 'certain'],
    ['Hai người khác nhau', undefined],
    ['Khác người', undefined],
  ])('«%s» in the sheet is applied', async (word, confidence) => {
    const row = await decided(PAIRS[0] as Pair, 'duplicate');
    const { report, duplicates } = await checkOf(district(PAIRS[0] as Pair, { decisions: [[row[0] as string, row[1] as string, '', word, '']] }));
    expect(duplicates.map((f) => f.confidence)).toEqual(confidence ? [confidence] : []);
    expect(report.summary.decisionNotes).toBeUndefined();
  });

  it.each(['Có lẽ', 'Hỏi lại đơn vị', '?'])('«%s» cannot be read: said with its row, the group left undecided', async (word) => {
    const row = await decided(PAIRS[0] as Pair, 'duplicate');
    const decisions = [['TL-00000000000001', '', '', 'Để sau', ''], [row[0] as string, row[1] as string, '', word, '']];
    const { report, duplicates } = await checkOf(district(PAIRS[0] as Pair, { decisions }));
    expect(duplicates.map((f) => f.confidence)).toEqual(['probable']);
    const notes = report.summary.decisionNotes ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ sheet: DECISION_SHEET_NAME, row: 3, key: row[0] });
    expect(notes[0]?.message).toContain(`«${word}»`);
    expect(notes[0]?.message).toContain('dòng 3');
  });
});
