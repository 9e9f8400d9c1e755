/**
 * Trial 17a, class 2: Excel's in-cell checkboxes (Insert > Checkbox) hold TRUE/FALSE. An unticked box (FALSE) was
 * read as a mark: a «Đề nghị» row with FALSE went on the 2025 list with the default form, and a nurturing plan's
 * content with FALSE counted as present. FALSE now reads as «no» (a proposal column: as «Không»; a plan's content,
 * a «Nam | Nữ» pair, form columns, a yearly column: as a blank), TRUE as a tick. Near misses: text forms unchanged,
 * TRUE proposes with the default form as «x» does, a ticked box keeps the content.
 */
import { checkShape, pairUnder, readShape, withUnits } from '../../fixtures/column-shapes';
import { checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const people = ['An', 'Bình', 'Cường', 'Dũng'];
const proposalRows = (head: string, proposals: Row[number][], phase = 1): Row[] => [
  ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Giai đoạn', head],
  ...proposals.map((p, i): Row => [i + 1, 'X01', 'Cá nhân', `Trần Văn ${people[i]}`, 1970 + i, phase, p]),
];

describe('a proposal column of checkboxes', () => {
  it.each(['Đề nghị', 'Hình thức đề nghị', 'Đề nghị khen thưởng'])('«%s»: FALSE is no proposal, TRUE proposes with the default form', async (head) => {
    const { read, lists } = await checkShape(withUnits(proposalRows(head, [true, false, 'Giấy khen', 'Không'])));
    expect(read.registrations.map((r) => [r.name, r.proposed ?? null, r.proposal ?? null])).toEqual([
      ['Trần Văn An', true, null],
      ['Trần Văn Bình', false, null],
      ['Trần Văn Cường', true, 'Giấy khen'],
      ['Trần Văn Dũng', false, null],
    ]);
    expect(lists['2025']?.individuals.map((e) => e.name)).toEqual(['Trần Văn An', 'Trần Văn Cường']);
    expect(lists['2025']?.excluded.map((e) => e.name)).toEqual(['Trần Văn Bình', 'Trần Văn Dũng']);
  });

  it('phase-2 rows (the trial’s repro): the FALSE row stays off the 2025 list, as «Không» does', async () => {
    const ticked = await checkShape(withUnits(proposalRows('Đề nghị', [true, false], 2)));
    const worded = await checkShape(withUnits(proposalRows('Đề nghị', ['Giấy khen', 'Không'], 2)));
    expect(ticked.lists['2025']?.individuals.map((e) => e.name)).toEqual(worded.lists['2025']?.individuals.map((e) => e.name));
    expect(ticked.lists['2025']?.individuals.map((e) => e.name)).toEqual(['Trần Văn An']);
  });

  it('form columns «Giấy khen | Thư biểu dương» ticked by boxes: the ticked form, an unticked box only leaves its form out', async () => {
    const head: Row = ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Giai đoạn', 'Hình thức đề nghị', undefined];
    const sub: Row = [undefined, undefined, undefined, undefined, undefined, undefined, 'Giấy khen', 'Thư biểu dương'];
    const rows: Row[] = [
      [1, 'X01', 'Cá nhân', 'Trần Văn An', 1970, 1, true, false],
      [2, 'X01', 'Cá nhân', 'Trần Văn Bình', 1971, 1, false, true],
      [3, 'X01', 'Cá nhân', 'Trần Văn Cường', 1972, 1, false, false],
    ];
    const { read } = await checkShape(
      withUnits([head, sub, ...rows], (ws) => {
        ws.mergeCells('G1:H1');
        for (const c of 'ABCDEF') ws.mergeCells(`${c}1:${c}2`);
      }),
    );
    expect(read.registrations.map((r) => [r.name, r.proposal ?? null])).toEqual([
      ['Trần Văn An', 'Giấy khen'],
      ['Trần Văn Bình', 'Thư biểu dương'],
      ['Trần Văn Cường', null],
    ]);
    expect(read.registrations[2]?.proposed).not.toBe(true);
  });
});

const PLAN_HEADER: Row = ['STT', 'Đơn vị', 'Ngày ban hành', 'Trách nhiệm lãnh đạo', 'Phân công phụ trách', 'Hoạt động bồi dưỡng', 'Tuyên truyền, nhân rộng', 'Biểu dương, khen thưởng', 'Chế độ thông tin, báo cáo'];
async function planJudged(contents: Row[number][]) {
  const books = [
    {
      fileName: 'tong-hop.xlsx',
      sheets: [
        { name: 'Đơn vị', rows: [['STT', 'Tên đơn vị'], [1, 'Chi bộ Trường THCS An Bình']] as Row[] },
        { name: 'Đăng ký', rows: [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'], [1, 'Chi bộ Trường THCS An Bình', 'Nguyễn Văn An', 1970]] as Row[] },
        { name: 'Kế hoạch bồi dưỡng', rows: [PLAN_HEADER, [1, 'Chi bộ Trường THCS An Bình', '15/03/2023', ...contents]] as Row[] },
      ],
    },
  ];
  const { report } = await checkBooks(books);
  return { codes: codes(report, 'NURTURE_PLAN_INCOMPLETE', 'NURTURE_PLAN_MISSING'), messages: report.findings.filter((f) => f.code === 'NURTURE_PLAN_INCOMPLETE').map((f) => f.message) };
}

describe('a nurturing plan ticked with checkboxes', () => {
  it('FALSE in two contents: incomplete, the two named (as with the cells left empty)', async () => {
    const ticked = await planJudged([true, true, true, false, false, true]);
    const empty = await planJudged([true, true, true, undefined, undefined, true]);
    expect(ticked.codes).toEqual(['NURTURE_PLAN_INCOMPLETE']);
    expect(ticked.messages).toEqual(empty.messages);
    expect(ticked.messages[0]).toMatch(/Tuyên truyền/);
  });

  it('near miss: every box ticked (TRUE) is a complete plan', async () => {
    expect((await planJudged([true, true, true, true, true, true])).codes).toEqual([]);
  });

  it('near miss: every box unticked still is a plan row for its unit (a plan that lacks everything)', async () => {
    expect((await planJudged([false, false, false, false, false, false])).codes).toEqual(['NURTURE_PLAN_INCOMPLETE']);
  });
});

describe('«Nam | Nữ» ticked with checkboxes', () => {
  const genders = (read: Awaited<ReturnType<typeof readShape>>) => read.registrations.map((r) => [r.name, r.gender ?? null, r.birthYear ?? null]);

  it('under «Giới tính»: TRUE gives the gender, FALSE beside it says nothing', async () => {
    const read = await readShape(
      pairUnder('Giới tính', [
        [1, 'X01', 'Nguyễn Văn An', true, false, 'Tốt'],
        [2, 'X01', 'Trần Thị Bình', false, true, 'Tốt'],
        [3, 'X01', 'Lê Văn Cường', false, false, 'Tốt'],
      ]),
    );
    expect(genders(read)).toEqual([
      ['Nguyễn Văn An', 'male', null],
      ['Trần Thị Bình', 'female', null],
      ['Lê Văn Cường', null, null],
    ]);
    expect(read.findings).toEqual([]);
  });

  it('under «Năm sinh» holding years: a FALSE box in the other column is no unreadable year', async () => {
    const read = await readShape(
      pairUnder('Năm sinh', [
        [1, 'X01', 'Nguyễn Văn An', 1970, false, 'Tốt'],
        [2, 'X01', 'Trần Thị Bình', false, 1982, 'Tốt'],
      ]),
    );
    expect(genders(read)).toEqual([
      ['Nguyễn Văn An', 'male', 1970],
      ['Trần Thị Bình', 'female', 1982],
    ]);
    expect(read.findings).toEqual([]);
  });
});

describe('a phase-2 («Đăng ký bổ sung») mark column of checkboxes', () => {
  it('FALSE is phase 1, TRUE phase 2', async () => {
    const read = await readShape(
      withUnits([
        ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Đăng ký bổ sung'],
        [1, 'X01', 'Cá nhân', 'Trần Văn An', 1970, false],
        [2, 'X01', 'Cá nhân', 'Trần Văn Bình', 1971, true],
      ]),
    );
    expect(read.registrations.map((r) => [r.name, r.phase])).toEqual([
      ['Trần Văn An', 1],
      ['Trần Văn Bình', 2],
    ]);
    expect(read.findings.filter((f) => f.code === 'PHASE_UNREADABLE')).toEqual([]);
  });
});
