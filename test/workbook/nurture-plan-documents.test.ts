/**
 * A unit's nurturing plan (R6) sent on its own, as a Word text writing out its contents or as a checklist of them
 * ("STT | Nội dung kế hoạch | Có | Không"): it is the unit's plan, judged on the contents it holds, where the
 * district's workbook keeps a plan table. Near misses: the implementation plan (R12) stays R12's, a plan's title
 * names no content, and without a plan table nor any plan sent nothing is judged.
 */
import ExcelJS from 'exceljs';
import { Document, PageBreak, Paragraph, Table, TableCell, TableRow } from 'docx';
import type { WorkbookGrid } from '../../src/domain/grid';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { docxBytes } from '../fixtures/word-lists';
import { Row, roundTrip, sheetWith } from '../fixtures/workbooks';

const AS_OF = { y: 2023, m: 4, d: 1 };
const CONTENTS = ['Trách nhiệm lãnh đạo', 'Phân công phụ trách', 'Hoạt động bồi dưỡng', 'Tuyên truyền, nhân rộng', 'Biểu dương, khen thưởng', 'Chế độ thông tin, báo cáo'];
const PLAN_HEAD = ['STT', 'Đơn vị', 'Ngày ban hành', ...CONTENTS];

/** The district's workbook: two units, their rows, and a plan table with Hội Nông dân's plan only (unless `planTable` is false). */
async function district(planTable = true): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình'], [2, 'Hội Nông dân huyện']]);
  sheetWith(wb, 'Đăng ký', [
    ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
    [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Tâm', 1968, 'Bí thư'],
    [2, 'Đảng bộ xã An Bình', 'Đỗ Thị Lan', 1970, 'Nông dân'],
    [3, 'Hội Nông dân huyện', 'Võ Văn Kiệt', 1966, 'Nông dân'],
  ]);
  if (planTable) sheetWith(wb, 'KH bồi dưỡng', [PLAN_HEAD, [1, 'Hội Nông dân huyện', '16/3/2023', 'x', 'x', 'x', 'x', 'x', 'x']]);
  return roundTrip(wb, 'tong-hop.xlsx');
}

async function word(paragraphs: string[]): Promise<WorkbookGrid> {
  const doc = new Document({ sections: [{ children: paragraphs.map((t) => new Paragraph(t)) }] });
  return readDocx(await docxBytes(doc), 'KH-AnBinh.docx');
}

async function workbook(rows: Row[]): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'KH bồi dưỡng', rows);
  return roundTrip(wb, 'KH-AnBinh.xlsx');
}

const LETTERHEAD = ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH', '*', 'Số 15-KH/ĐU', 'An Bình, ngày 10 tháng 3 năm 2023'];
const TITLE = ['KẾ HOẠCH', 'bồi dưỡng, nhân rộng điển hình tiên tiến năm 2023'];

/** An Bình's R6 and R12 findings, and its plan as read. */
async function anBinh(plan: WorkbookGrid, planTable = true) {
  const read = readWorkbooks([await district(planTable), plan], { profile: defaultProfile() });
  const report = buildReport(read, AS_OF, 3);
  const unit = read.units.find((u) => u.name === 'Đảng bộ xã An Bình');
  const findings = report.findings.filter((f) => f.unit === unit?.name && /^(NURTURE|PLAN_|FILE_)/.test(f.code));
  return { findings: findings.map((f) => [f.code, f.message]), plan: read.plans.find((x) => x.unitId === unit?.id) };
}

describe('a nurturing plan written out in Word', () => {
  it('with its six contents: the unit has its plan, dated by its date line', async () => {
    const { findings, plan } = await anBinh(await word([...LETTERHEAD, ...TITLE, 'I. MỤC ĐÍCH, YÊU CẦU', ...CONTENTS.map((c, i) => `${i + 1}. ${c}: …`)]));
    expect(findings).toEqual([]);
    expect(plan?.date).toEqual({ y: 2023, m: 3, d: 10 });
  });

  it('without one of them: NURTURE_PLAN_INCOMPLETE names it and the file', async () => {
    const written = CONTENTS.filter((c) => !c.startsWith('Biểu dương'));
    const { findings } = await anBinh(await word([...LETTERHEAD, ...TITLE, ...written.map((c) => `- ${c}: …`)]));
    expect(findings).toEqual([['NURTURE_PLAN_INCOMPLETE', expect.stringMatching(/KH-AnBinh\.docx.*thiếu 1\/6 nội dung: «Biểu dương, khen thưởng»/)]]);
  });

  it('near miss: its title names no content («bồi dưỡng, nhân rộng»): a plan that writes none lacks all six', async () => {
    const { findings } = await anBinh(await word([...LETTERHEAD, ...TITLE, 'Căn cứ Hướng dẫn của Ban Tuyên giáo Huyện ủy.']));
    expect(findings).toEqual([['NURTURE_PLAN_INCOMPLETE', expect.stringContaining('thiếu 6/6 nội dung')]]);
  });

  it('near miss: the implementation plan (R12) is no nurturing plan', async () => {
    const r12 = await word([...LETTERHEAD.slice(0, 4), 'An Bình, ngày 15 tháng 01 năm 2022', 'KẾ HOẠCH', 'Triển khai thực hiện việc lựa chọn, bồi dưỡng điển hình tiên tiến giai đoạn 2021 - 2025']);
    const { findings, plan } = await anBinh(r12);
    expect(plan).toBeUndefined();
    expect(findings.map(([code]) => code)).toEqual(['NURTURE_PLAN_MISSING']);
  });

  it('without a plan table in the district\'s workbook: the plan sent is still judged, and plans being collected, the unit that sent none is named (trial17b #14)', async () => {
    const read = readWorkbooks([await district(false), await word([...LETTERHEAD, ...TITLE, '1. Trách nhiệm lãnh đạo: …'])], { profile: defaultProfile() });
    const findings = buildReport(read, AS_OF, 3).findings.filter((f) => f.code.startsWith('NURTURE'));
    expect(findings.map((f) => [f.code, f.unit, f.message.includes('thiếu 5/6')])).toEqual([
      ['NURTURE_PLAN_INCOMPLETE', 'Đảng bộ xã An Bình', true],
      ['NURTURE_PLAN_MISSING', 'Hội Nông dân huyện', false],
    ]);
  });

  it('near miss: a sentence that begins with a content\'s word names no content', async () => {
    const { findings } = await anBinh(
      await word([
        ...LETTERHEAD,
        ...TITLE,
        'I. MỤC ĐÍCH, YÊU CẦU',
        '- Tuyên truyền sâu rộng gương điển hình tiên tiến.',
        '- Lãnh đạo các chi bộ quan tâm.',
        'II. NỘI DUNG',
        ...CONTENTS.slice(0, 3).map((c, i) => `${i + 1}. ${c}: …`),
      ]),
    );
    expect(findings).toEqual([['NURTURE_PLAN_INCOMPLETE', expect.stringContaining('thiếu 3/6 nội dung')]]);
  });

  it.each([
    ['«Công tác …», «Phân công theo dõi, …»', '1. Công tác lãnh đạo, chỉ đạo', '2. Phân công theo dõi, bồi dưỡng'],
    ['«Tăng cường …», «Phân công cán bộ phụ trách …»', '1. Tăng cường sự lãnh đạo của cấp ủy', '2. Phân công cán bộ phụ trách bồi dưỡng điển hình'],
    ['«Về …»', '1. Về trách nhiệm lãnh đạo', '2. Về phân công phụ trách'],
  ])('headings led in as plans write them, %s: the contents are held', async (_, lead, assignment) => {
    const rest = CONTENTS.slice(2).map((c, i) => `${i + 3}. ${c}`);
    const { findings } = await anBinh(
      await word([...LETTERHEAD, ...TITLE, 'II. NỘI DUNG', lead, 'Đảng ủy trực tiếp lãnh đạo.', assignment, 'Giao đồng chí Phó Bí thư phụ trách.', ...rest]),
    );
    expect(findings).toEqual([]);
  });

  it('near miss: a sentence led in so is no heading: «Về lãnh đạo các chi bộ, …»', async () => {
    const { findings } = await anBinh(
      await word([...LETTERHEAD, ...TITLE, '- Về lãnh đạo các chi bộ, cần quan tâm hơn.', '- Công tác tuyên truyền sâu rộng trong nhân dân.', ...CONTENTS.slice(1, 4).map((c) => `- ${c}: …`)]),
    );
    expect(findings).toEqual([['NURTURE_PLAN_INCOMPLETE', expect.stringContaining('thiếu 3/6 nội dung')]]);
  });

  it.each([
    ['an event that honours exemplars', ['KẾ HOẠCH', 'Tổ chức Hội nghị biểu dương, nhân rộng điển hình tiên tiến nông dân giỏi']],
    ['replicating them only', ['KẾ HOẠCH', 'Nhân rộng điển hình tiên tiến năm 2023']],
  ])('near miss: a plan of %s is no nurturing plan', async (_, title) => {
    const { plan } = await anBinh(await word([...LETTERHEAD, ...title, '1. Biểu dương, khen thưởng: …']));
    expect(plan).toBeUndefined();
  });
});

describe('a nurturing plan sent as a checklist of its contents', () => {
  const checklist = (marks: [string, string][]): Row[] => [
    ['ĐẢNG ỦY XÃ AN BÌNH'],
    ['KẾ HOẠCH BỒI DƯỠNG, NHÂN RỘNG ĐIỂN HÌNH TIÊN TIẾN'],
    ['Ngày ban hành: 15/3/2023'],
    [],
    ['STT', 'Nội dung kế hoạch', 'Có', 'Không'],
    ...CONTENTS.map((c, i): Row => [i + 1, c, ...(marks[i] ?? ['x', ''])]),
  ];

  it('every content ticked «Có»: the unit has its plan, dated by its «Ngày ban hành»', async () => {
    const { findings, plan } = await anBinh(await workbook(checklist([])));
    expect(findings).toEqual([]);
    expect(plan?.date).toEqual({ y: 2023, m: 3, d: 15 });
  });

  it('a content ticked «Không»: NURTURE_PLAN_INCOMPLETE names it', async () => {
    const marks: [string, string][] = CONTENTS.map((c) => (c.startsWith('Biểu dương') ? ['', 'x'] : ['x', '']));
    const { findings } = await anBinh(await workbook(checklist(marks)));
    expect(findings).toEqual([['NURTURE_PLAN_INCOMPLETE', expect.stringMatching(/KH-AnBinh\.xlsx.*thiếu 1\/6 nội dung: «Biểu dương, khen thưởng»/)]]);
  });

  it('a content ticked neither: not held', async () => {
    const marks: [string, string][] = CONTENTS.map((c) => (c.startsWith('Chế độ') ? ['', ''] : ['x', '']));
    const { findings } = await anBinh(await workbook(checklist(marks)));
    expect(findings).toEqual([['NURTURE_PLAN_INCOMPLETE', expect.stringContaining('«Chế độ thông tin, báo cáo»')]]);
  });

  it('contents listed without marks: held', async () => {
    const rows: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['KẾ HOẠCH BỒI DƯỠNG, NHÂN RỘNG ĐIỂN HÌNH TIÊN TIẾN'], ['STT', 'Nội dung'], ...CONTENTS.map((c, i): Row => [i + 1, c])];
    expect((await anBinh(await workbook(rows))).findings).toEqual([]);
  });
});

describe('a nurturing plan sent with its list attached', () => {
  /** The plan, a page break, then «DANH SÁCH … (Kèm theo Kế hoạch …)» and the list's table, in one Word file. */
  async function planWithList(plan: string[]): Promise<WorkbookGrid> {
    const table = new Table({
      rows: [
        ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
        ['1', 'Nguyễn Văn Tâm', '1968', 'Bí thư'],
        ['2', 'Đỗ Thị Lan', '1970', 'Nông dân'],
      ].map((r) => new TableRow({ children: r.map((t) => new TableCell({ children: [new Paragraph(t)] })) })),
    });
    const doc = new Document({
      sections: [
        {
          children: [
            ...plan.map((t) => new Paragraph(t)),
            new Paragraph({ children: [new PageBreak()] }),
            new Paragraph('DANH SÁCH'),
            new Paragraph('điển hình tiên tiến đăng ký (Kèm theo Kế hoạch số 15-KH/ĐU ngày 10/3/2023 của Đảng ủy xã)'),
            table,
          ],
        },
      ],
    });
    return readDocx(await docxBytes(doc), 'KH-AnBinh.docx');
  }

  it('the plan is the unit\'s, judged on its contents, and the list is read too', async () => {
    const file = await planWithList([...LETTERHEAD, ...TITLE, ...CONTENTS.map((c, i) => `${i + 1}. ${c}: …`)]);
    const { findings, plan } = await anBinh(file);
    expect(findings).toEqual([]);
    expect(plan?.date).toEqual({ y: 2023, m: 3, d: 10 });
    const read = readWorkbooks([await district(), file], { profile: defaultProfile() });
    expect(read.registrations.filter((r) => r.source.file === 'KH-AnBinh.docx').map((r) => r.name)).toEqual(['Nguyễn Văn Tâm', 'Đỗ Thị Lan']);
  });

  it('without some contents: NURTURE_PLAN_INCOMPLETE names them', async () => {
    const { findings } = await anBinh(await planWithList([...LETTERHEAD, ...TITLE, ...CONTENTS.slice(0, 4).map((c, i) => `${i + 1}. ${c}: …`)]));
    expect(findings).toEqual([['NURTURE_PLAN_INCOMPLETE', expect.stringContaining('thiếu 2/6 nội dung')]]);
  });

  it('near miss: a list that only refers to the plan is no plan', async () => {
    const { findings, plan } = await anBinh(await planWithList(LETTERHEAD));
    expect(plan).toBeUndefined();
    expect(findings.map(([code]) => code)).toEqual(['NURTURE_PLAN_MISSING']);
  });
});

describe('a nurturing plan under a letterhead of several lines (trial 9 #16)', () => {
  /** The units the plans read are credited to, and the units still missing one. */
  async function credited(letterhead: string[]) {
    const plan = await word([...letterhead, 'Số: 12-KH', 'An Phú, ngày 15 tháng 3 năm 2023', ...TITLE, ...CONTENTS.map((c, i) => `${i + 1}. ${c}: …`)]);
    const read = readWorkbooks([await district(false), plan], { profile: defaultProfile() });
    const report = buildReport(read, AS_OF, 2);
    return {
      plans: read.plans.map((p) => read.units.find((u) => u.id === p.unitId)?.name),
      skipped: report.findings.filter((f) => f.code === 'SHEET_SKIPPED').length,
    };
  }

  it.each([
    [['HỘI NÔNG DÂN VIỆT NAM', 'BCH HUYỆN AN PHÚ']],
    [['HỘI NÔNG DÂN VIỆT NAM', 'BAN CHẤP HÀNH HUYỆN AN PHÚ', '***']],
    [['BCH HỘI NÔNG DÂN', 'HUYỆN AN PHÚ', '***']],
    [['HỘI NÔNG DÂN', 'HUYỆN AN PHÚ']],
  ])('%j: the plan is the unit’s its lines name together', async (letterhead) => {
    expect(await credited(letterhead)).toEqual({ plans: ['Hội Nông dân huyện'], skipped: 0 });
  });

  it('a commune’s letterhead under the district’s committee: the commune’s, not the district’s', async () => {
    expect(await credited(['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH', '*'])).toEqual({ plans: ['Đảng bộ xã An Bình'], skipped: 0 });
  });

  it('near miss: another unit named in the body is not the sender', async () => {
    const plan = await word(['ĐẢNG ỦY XÃ AN BÌNH', '*', ...TITLE, '1. Trách nhiệm lãnh đạo: phối hợp với Hội Nông dân huyện …', ...CONTENTS.slice(1)]);
    const read = readWorkbooks([await district(false), plan], { profile: defaultProfile() });
    expect(read.plans.map((p) => p.unitText)).toEqual(['Đảng bộ xã An Bình']);
  });
});

describe('a nurturing plan whose contents are a table of tasks (trial 9 #22)', () => {
  async function taskPlan(header: string[], tasks: string[][]): Promise<WorkbookGrid> {
    const table = new Table({
      rows: [header, ...tasks].map((r) => new TableRow({ children: r.map((t) => new TableCell({ children: [new Paragraph(t)] })) })),
    });
    const doc = new Document({ sections: [{ children: [...[...LETTERHEAD, ...TITLE, 'I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN'].map((t) => new Paragraph(t)), table] }] });
    return readDocx(await docxBytes(doc), 'KH-AnBinh.docx');
  }
  const TASKS = [
    ['1', 'Quán triệt, xác định trách nhiệm lãnh đạo của Ban Thường vụ', 'Quý II/2023', 'Ban Thường vụ'],
    ['2', 'Giao đồng chí Phó Bí thư theo dõi, phát hiện nhân tố mới', 'Thường xuyên', 'Văn phòng'],
    ['3', 'Tổ chức bồi dưỡng, tập huấn cho điển hình', 'Hằng năm', 'Ban Tuyên giáo'],
    ['4', 'Đẩy mạnh tuyên truyền, nhân rộng gương điển hình', 'Thường xuyên', 'Ban Tuyên giáo'],
    ['5', 'Biểu dương, khen thưởng gương điển hình', 'Tổng kết năm', 'Văn phòng'],
  ];

  it.each([
    [['STT', 'Nội dung', 'Thời gian', 'Phân công']],
    [['STT', 'Nội dung công việc', 'Thời gian thực hiện', 'Đơn vị chủ trì']],
    [['TT', 'Nhiệm vụ', 'Tiến độ', 'Người phụ trách']],
  ])('%j: each task names the contents it carries out; only the one no task names is missing', async (header) => {
    const { findings } = await anBinh(await taskPlan(header, TASKS));
    expect(findings).toEqual([['NURTURE_PLAN_INCOMPLETE', expect.stringMatching(/thiếu 1\/6 nội dung: «Chế độ thông tin, báo cáo»/)]]);
  });

  it('with a reporting task too: nothing is missing', async () => {
    const { findings } = await anBinh(await taskPlan(['STT', 'Nội dung', 'Thời gian', 'Phân công'], [...TASKS, ['6', 'Thực hiện chế độ thông tin, báo cáo định kỳ 6 tháng, năm', 'Tháng 6, 12', 'Văn phòng']]));
    expect(findings).toEqual([]);
  });

  it('near miss: a table that is no task table (no time nor owner column) is read as before', async () => {
    const { findings } = await anBinh(await taskPlan(['STT', 'Nội dung', 'Ghi chú'], TASKS.map((t) => [t[0] ?? '', t[1] ?? '', ''])));
    expect(findings).toEqual([['NURTURE_PLAN_INCOMPLETE', expect.stringContaining('thiếu 5/6 nội dung')]]);
  });
});
