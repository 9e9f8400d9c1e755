/**
 * trial6 #19, #21 (R6): a nurturing-plan sheet headed in the usual wordings of the six contents, the guideline's own
 * first, or in one word each, is read (a content is never missed for its header); a plan sheet that still is not
 * recognised is said to be skipped, never read as a units list; a tracking row with no plan sent is a plan missing.
 */
import type { Report } from '../../../src/domain/report/report';
import { defaultProfile } from '../../../src/domain/profile';
import { fieldIndexes, matchField } from '../../../src/domain/recognition/fields';
import { checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Đảng bộ xã An Bình'],
  [2, 'Hội Nông dân huyện'],
  [3, 'Huyện đoàn'],
];
const REG: Row[] = [
  ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
  [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1'],
  [2, 'Đảng bộ xã An Bình', 'Đỗ Thị Lan', 1970, 'Nông dân'],
  [3, 'Hội Nông dân huyện', 'Võ Văn Kiệt', 1966, 'Nông dân sản xuất giỏi'],
  [4, 'Huyện đoàn', 'Ngô Thị Kiều', 1995, 'Bí thư Đoàn xã'],
];
const STANDARD = [
  'Trách nhiệm lãnh đạo',
  'Phân công phụ trách',
  'Hoạt động bồi dưỡng',
  'Tuyên truyền, nhân rộng',
  'Biểu dương, khen thưởng',
  'Chế độ thông tin, báo cáo',
];

async function withPlans(plans: Row[]) {
  return checkBooks([
    { fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows: REG }, { name: 'Kế hoạch bồi dưỡng', rows: plans }] },
  ]);
}

const nurture = (report: Report) =>
  report.findings.filter((f) => f.code.startsWith('NURTURE_PLAN')).map((f) => `${f.code} ${f.unit ?? ''}`);

describe('plan content headers in usual wordings (trial6 #19)', () => {
  const WORDINGS: [number, string][] = [
    [0, 'Xác định rõ trách nhiệm lãnh đạo'],
    [0, 'Trách nhiệm của cấp ủy'],
    [0, 'Sự lãnh đạo của cấp ủy'],
    [0, 'Lãnh đạo cấp ủy'],
    [1, 'Người phụ trách bồi dưỡng'],
    [1, 'Theo dõi, phát hiện nhân tố mới'],
    [2, 'Bồi dưỡng điển hình'],
    [2, 'Nội dung bồi dưỡng'],
    [3, 'Tuyên truyền'],
    [3, 'Nhân rộng điển hình'],
    [4, 'Khen thưởng'],
    [4, 'Biểu dương, tôn vinh'],
    [5, 'Báo cáo'],
    [5, 'Chế độ báo cáo'],
    [5, 'Báo cáo định kỳ'],
  ];
  it.each(WORDINGS)('content %i headed «%s» is read: a plan with all six marked is complete', async (i, header) => {
    const headers = STANDARD.map((h, j) => (j === i ? header : h));
    const { report } = await withPlans([
      ['STT', 'Đơn vị', ...headers],
      [1, 'Đảng bộ xã An Bình', 'x', 'x', 'x', 'x', 'x', 'x'],
      [2, 'Hội Nông dân huyện', 'x', 'x', 'x', 'x', 'x', 'x'],
      [3, 'Huyện đoàn', 'x', 'x', 'x', 'x', 'x', 'x'],
    ]);
    expect(nurture(report)).toEqual([]);
  });

  it('one-word headers: the sheet is read, an empty content and an absent unit are said', async () => {
    const { read, report } = await withPlans([
      ['STT', 'Đơn vị', 'Lãnh đạo', 'Phân công', 'Bồi dưỡng', 'Tuyên truyền', 'Khen thưởng', 'Báo cáo'],
      [1, 'Đảng bộ xã An Bình', 'x', 'x', '', 'x', '', 'x'],
      [2, 'Huyện đoàn', 'x', 'x', 'x', 'x', 'x', 'x'],
    ]);
    expect(read.has.plans).toBe(true);
    expect(nurture(report)).toEqual(['NURTURE_PLAN_INCOMPLETE Đảng bộ xã An Bình', 'NURTURE_PLAN_MISSING Hội Nông dân huyện']);
    const incomplete = report.findings.find((f) => f.code === 'NURTURE_PLAN_INCOMPLETE');
    expect(incomplete?.message).toContain('Hoạt động bồi dưỡng');
    expect(incomplete?.message).toContain('Biểu dương, khen thưởng');
  });

  it('a plan sheet whose contents are not recognised is said to be skipped, not read as a units list', async () => {
    const { read, report } = await withPlans([
      ['STT', 'Đơn vị', 'Lãnh đạo của chi bộ ấp', 'Phân công', 'Bồi dưỡng gương người tốt', 'Tuyên truyền rộng rãi', 'Khen', 'BC'],
      [1, 'Đảng bộ xã An Bình', 'x', 'x', '', 'x', '', 'x'],
    ]);
    expect(read.has.plans).toBe(false);
    expect(report.findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => f.sheet)).toEqual(['Kế hoạch bồi dưỡng']);
  });

  it('numbered content headers («1. Trách nhiệm lãnh đạo» … «6) Báo cáo») are read', async () => {
    const headers = ['1. Trách nhiệm lãnh đạo', '2. Phân công phụ trách', 'III. Hoạt động bồi dưỡng', 'd) Tuyên truyền', '5. Biểu dương, khen thưởng', '6) Báo cáo'];
    const { read, report } = await withPlans([
      ['STT', 'Đơn vị', ...headers],
      [1, 'Đảng bộ xã An Bình', 'x', 'x', 'x', 'x', 'x', ''],
      [2, 'Hội Nông dân huyện', 'x', 'x', 'x', 'x', 'x', 'x'],
      [3, 'Huyện đoàn', 'x', 'x', 'x', 'x', 'x', 'x'],
    ]);
    expect(read.has.plans).toBe(true);
    expect(nurture(report)).toEqual(['NURTURE_PLAN_INCOMPLETE Đảng bộ xã An Bình']);
  });

  it('near miss: numbering is read off plan contents only, other headers are as before', () => {
    const regs = fieldIndexes(defaultProfile()).registrations;
    expect(matchField(regs, '1. Họ và tên')).toBeUndefined();
    expect(matchField(fieldIndexes(defaultProfile()).plans, '2. Đơn vị')).toBeUndefined();
  });

  const plans = fieldIndexes(defaultProfile()).plans;
  it.each(['Báo cáo kết quả', 'Khen thưởng đã đạt', 'Lãnh đạo phụ trách ký', 'Tuyên truyền viên', 'Bồi dưỡng chính trị', 'Ngày gửi báo cáo'])(
    'near miss: «%s» is no content (one-word headers only whole)',
    (header) => {
      expect(matchField(plans, header) ?? '').not.toMatch(/^content:/);
    },
  );

  it('near miss: a names-only units list with one report column stays a units list', async () => {
    const { read } = await checkBooks([
      {
        fileName: 'don-vi.xlsx',
        sheets: [
          { name: 'Đơn vị', rows: [['STT', 'Tên đơn vị', 'Báo cáo'], [1, 'Đảng bộ xã An Bình', ''], [2, 'Hội Nông dân huyện', ''], [3, 'Huyện đoàn', '']] },
          { name: 'Đăng ký', rows: REG },
        ],
      },
    ]);
    expect(read.units.map((u) => u.name)).toEqual(['Đảng bộ xã An Bình', 'Hội Nông dân huyện', 'Huyện đoàn']);
  });
});

describe('a plan-tracking row with no plan sent (trial6 #21)', () => {
  const header: Row = ['STT', 'Đơn vị', 'Ngày ban hành', ...STANDARD, 'Ghi chú'];
  const full: Row = [1, 'Đảng bộ xã An Bình', '15/3/2023', 'x', 'x', 'x', 'x', 'x', 'x', ''];

  it.each<[string, Row]>([
    ['blank', [2, 'Hội Nông dân huyện', '', '', '', '', '', '', '', '']],
    ['«Chưa gửi» in the date', [2, 'Hội Nông dân huyện', 'Chưa gửi', '', '', '', '', '', '', 'Chưa gửi kế hoạch']],
    ['«Chưa nộp» and «Không» in every content', [2, 'Hội Nông dân huyện', 'Chưa nộp', 'Không', 'Không', 'Không', 'Không', 'Không', 'Không', '']],
    ['a note only', [2, 'Hội Nông dân huyện', '', '', '', '', '', '', '', 'Chưa gửi kế hoạch']],
  ])('%s: NURTURE_PLAN_MISSING, not a plan lacking 6/6', async (_what, row) => {
    const { report } = await withPlans([header, full, row, [3, 'Huyện đoàn', '20/3/2023', 'x', 'x', 'x', 'x', 'x', 'x', '']]);
    expect(nurture(report)).toEqual(['NURTURE_PLAN_MISSING Hội Nông dân huyện']);
    expect(codes(report, 'INVALID_DATE')).toEqual([]);
  });

  it.each<[string, Row]>([
    ['dated, no content marked', [2, 'Hội Nông dân huyện', '18/3/2023', '', '', '', '', '', '', '']],
    ['receipt logged («Đã gửi»), no content marked', [2, 'Hội Nông dân huyện', 'Đã gửi', '', '', '', '', '', '', '']],
    ['words in a content cell', [2, 'Hội Nông dân huyện', '', 'Mục I', '', '', '', '', '', '']],
  ])('near miss, %s: a plan that came, judged on its contents', async (_what, row) => {
    const { report } = await withPlans([header, full, row, [3, 'Huyện đoàn', '20/3/2023', 'x', 'x', 'x', 'x', 'x', 'x', '']]);
    expect(nurture(report)).toEqual(['NURTURE_PLAN_INCOMPLETE Hội Nông dân huyện']);
  });
});
