/**
 * Trial 3 (R6): a nurturing plan's content columns filled as staff fill them — "√" (the square-root tick), "+",
 * "Đạt", "Đầy đủ", "Có (mục II.1)", "Mục 2 của kế hoạch" — say the plan has the content; "Không", "Chưa có",
 * "Thiếu", "0", "-" and an empty cell say it has not.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';

const PLAN_HEADER: Row = ['STT', 'Đơn vị', 'Ngày ban hành', 'Trách nhiệm lãnh đạo', 'Phân công phụ trách', 'Hoạt động bồi dưỡng', 'Tuyên truyền, nhân rộng', 'Biểu dương, khen thưởng', 'Chế độ thông tin, báo cáo'];

async function judged(last: string) {
  const full = ['x', 'x', 'x', 'x', 'x'];
  const books = [
    {
      fileName: 'tong-hop.xlsx',
      sheets: [
        { name: 'Đơn vị', rows: [['STT', 'Tên đơn vị'], [1, 'Chi bộ Trường THCS An Bình']] as Row[] },
        { name: 'Đăng ký', rows: [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'], [1, 'Chi bộ Trường THCS An Bình', 'Nguyễn Văn An', 1970]] as Row[] },
        { name: 'Kế hoạch bồi dưỡng', rows: [PLAN_HEADER, [1, 'Chi bộ Trường THCS An Bình', '15/03/2023', ...full, last]] as Row[] },
      ],
    },
  ];
  const { report } = await checkBooks(books);
  return codes(report, 'NURTURE_PLAN_INCOMPLETE', 'NURTURE_PLAN_MISSING');
}

describe("a nurturing plan's content cells", () => {
  it.each(['√', '+', 'Đạt', 'Đầy đủ', 'Có (mục II.1)', 'Mục 2 của kế hoạch', 'x', '✔'])('«%s»: the plan has it', async (mark) => {
    expect(await judged(mark)).toEqual([]);
  });

  it.each(['Không', 'Chưa có', 'Thiếu', '0', '-', '', 'Ko', 'K', 'Còn thiếu', 'Đang xây dựng', 'N/A', 'Có nhưng còn thiếu'])('near miss «%s»: the plan lacks it', async (mark) => {
    expect(await judged(mark)).toEqual(['NURTURE_PLAN_INCOMPLETE']);
  });
});
