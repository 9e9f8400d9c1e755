/**
 * Trial 22a #5: a pair decided «Không trùng» that later falls inside a larger group is a cut: not asked again as
 * «có thể trùng» on the notes sheet, said in the group's sentence, and a «Trùng» on the larger group never merges the
 * two rows decided apart (the rest is merged, and the refusal said).
 */
import ExcelJS from 'exceljs';
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { DECISION_COLUMNS, DECISION_SHEET_NAME } from '../../../src/domain/decision-sheet';
import { decisionRow } from '../../../src/domain/duplicates/decisions';
import { matchRead } from '../../../src/domain/duplicates/duplicate-groups';
import { defaultProfile } from '../../../src/domain/profile';
import type { DuplicateDecision } from '../../../src/domain/records';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import { roundTrip, sheetWith } from '../../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 1 };

interface Shape {
  label: string;
  name: string;
  year: number;
  gender: string;
  /** Rows 2 and 4 (the same person, two units); row 3 a namesake of another post. */
  post: string;
  other: string;
}

const SHAPES: Shape[] = [
  { label: 'a farmer and a teacher', name: 'Nguyễn Văn Hùng', year: 1975, gender: 'Nam', post: 'Trưởng thôn Bình Minh, xã Tân Lập', other: 'Giáo viên Trường THCS Tân Lập' },
  { label: 'two women of one name', name: 'Trần Thị Mai', year: 1980, gender: 'Nữ', post: 'Chi hội trưởng Phụ nữ thôn 3, xã Tân Lập', other: 'Kế toán Hợp tác xã Tân Lập' },
];

function district(s: Shape, third: boolean, decisions: string[][] = []): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
    ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã'],
    ['CCB', 'Hội Cựu chiến binh huyện', 'Đoàn thể huyện'],
    ['MT', 'Ủy ban MTTQ Việt Nam huyện', 'Đoàn thể huyện'],
  ]);
  sheetWith(wb, 'Đăng ký', [
    ['Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác'],
    ['X02', 'Cá nhân', s.name, s.year, s.gender, s.post],
    ['CCB', 'Cá nhân', s.name, s.year, s.gender, s.other],
    ...(third ? [['MT', 'Cá nhân', s.name, s.year, s.gender, s.post]] : []),
  ]);
  if (decisions.length) sheetWith(wb, DECISION_SHEET_NAME, [[...DECISION_COLUMNS], ...decisions]);
  return wb;
}

async function run(wb: ExcelJS.Workbook) {
  const read = readWorkbooks([await roundTrip(wb, 'huyen.xlsx')], { profile: defaultProfile() });
  const report = buildReport(read, AS_OF, 1);
  const book = consolidate(read, report, '2023');
  const entries = book.selection.individuals.map((e) => e.position ?? '');
  const asked = book.selection.checks.filter((c) => c.what.startsWith('Có thể trùng với')).map((c) => c.row.row);
  return { read, report, duplicates: report.findings.filter((f) => f.code === 'DUPLICATE'), entries, asked };
}

async function decide(wb: ExcelJS.Workbook, rows: number, decision: DuplicateDecision): Promise<string[]> {
  const read = readWorkbooks([await roundTrip(wb, 'huyen.xlsx')], { profile: defaultProfile() });
  const g = matchRead(read).groups.find((x) => x.members.length === rows);
  if (!g) throw new Error(`expected a group of ${rows}`);
  return decisionRow(g, AS_OF, decision);
}

describe.each(SHAPES)('a pair decided «Không trùng» inside a larger group ($label)', (s) => {
  it('the pair alone is probable, and «Không trùng» keeps it apart (the premise)', async () => {
    const { duplicates } = await run(district(s, false));
    expect(duplicates.map((f) => f.confidence)).toEqual(['probable']);
  });

  it('is not asked again, and the group says the pair was decided apart', async () => {
    const cut = await decide(district(s, false), 2, 'not-duplicate');
    const { duplicates, entries, asked } = await run(district(s, true, [cut]));
    const big = duplicates.find((f) => f.rows?.length === 3);
    expect(big?.confidence).toBe('probable');
    expect(big?.decidedApart?.map((p) => p.map((r) => r.row))).toEqual([[2, 3]]);
    expect(big?.message).toContain('(dòng 2) và');
    expect(big?.message).toContain('đã được quyết định «Không trùng»');
    // Rows 2 and 4 merge; the namesake keeps his own entry, and nobody is asked about rows 2 and 3 again.
    expect(entries.sort()).toEqual([s.other, s.post].sort());
    expect(asked).toEqual([]);
  });

  it('«Trùng» on the larger group merges the rest, never the two decided apart, and says so', async () => {
    const cut = await decide(district(s, false), 2, 'not-duplicate');
    const all = await decide(district(s, true, [cut]), 3, 'duplicate');
    const { duplicates, entries } = await run(district(s, true, [cut, all]));
    const merged = duplicates.find((f) => f.confidence === 'certain');
    expect(merged?.rows?.map((r) => r.row)).toEqual([2, 4]);
    expect(merged?.message).toContain(`Quyết định «Trùng» không gộp «${s.name}» (dòng 3)`);
    expect(entries.sort()).toEqual([s.other, s.post].sort());
  });

  it('near miss: «Trùng» on the larger group with no cut merges all three, with no refusal', async () => {
    const all = await decide(district(s, true), 3, 'duplicate');
    const { duplicates, entries } = await run(district(s, true, [all]));
    const merged = duplicates.find((f) => f.confidence === 'certain');
    expect(merged?.rows?.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(merged?.message).not.toContain('không gộp');
    expect(entries).toHaveLength(1);
  });

  it('near miss: «Không trùng» on the larger group keeps the certain merge of rows 2 and 4', async () => {
    const all = await decide(district(s, true), 3, 'not-duplicate');
    const { duplicates, entries } = await run(district(s, true, [all]));
    expect(duplicates.map((f) => f.rows?.map((r) => r.row))).toEqual([[2, 4]]);
    expect(entries).toHaveLength(2);
  });
});
