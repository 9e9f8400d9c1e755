/**
 * trial13 #19: a nurturing plan (R6) in Word that states its contents as what it does, in ordinary words, not under
 * the contents' names: «Phân công đồng chí Phó Bí thư phụ trách theo dõi, bồi dưỡng …», «Chi ủy lãnh đạo, chỉ đạo …»,
 * «Tổ chức tọa đàm, bồi dưỡng kỹ năng …», «Định kỳ báo cáo kết quả …». Near misses that name no content: the same
 * verbs about something else («Phân công nhiệm vụ …», «Lãnh đạo các chi bộ quan tâm», «Tổ chức Đại hội …»), and the
 * plan's aims («I. MỤC ĐÍCH, YÊU CẦU»), which say what is wanted, not what is done.
 */
import ExcelJS from 'exceljs';
import { Document, Paragraph } from 'docx';
import type { WorkbookGrid } from '../../src/domain/grid';
import { defaultProfile } from '../../src/domain/profile';
import { nurtureContentsIn } from '../../src/domain/reading/nurture-document';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { docxBytes } from '../fixtures/word-lists';
import { roundTrip, sheetWith } from '../fixtures/workbooks';

const CONTENTS = defaultProfile().nurtureContents;
const LABEL = Object.fromEntries(CONTENTS.map((c) => [c.key, c.label]));
const TITLE = ['KẾ HOẠCH', 'bồi dưỡng, nhân rộng các tập thể, cá nhân điển hình tiên tiến giai đoạn 2021 - 2025'];

/** The contents held by a plan of these lines under its title. */
function held(lines: string[]): string[] {
  const found = nurtureContentsIn([...TITLE, ...lines].map((t) => [t]), CONTENTS);
  return CONTENTS.filter((c) => found[c.key]).map((c) => c.key);
}

describe('contents stated as what the plan does', () => {
  it.each([
    ['assignment', '2. Phân công đồng chí Phó Bí thư phụ trách theo dõi, bồi dưỡng, phát hiện nhân tố mới.'],
    ['assignment', '- Giao đồng chí Chủ tịch Ủy ban MTTQ xã theo dõi, giúp đỡ các điển hình.'],
    ['assignment', '2. Đảng ủy phân công các đồng chí Đảng ủy viên phụ trách từng điển hình.'],
    ['assignment', 'b) Cử đồng chí Phó Chủ tịch Hội theo dõi, kèm cặp điển hình.'],
    ['leadership', '1. Chi ủy lãnh đạo, chỉ đạo các tổ chức đoàn thể thực hiện.'],
    ['leadership', '1. Ban Thường vụ Đảng ủy trực tiếp lãnh đạo việc thực hiện kế hoạch.'],
    ['leadership', '- Lãnh đạo, chỉ đạo các chi bộ trực thuộc triển khai thực hiện.'],
    ['activities', '2. Tổ chức tọa đàm, bồi dưỡng kỹ năng cho điển hình.'],
    ['activities', '- Thường xuyên tập huấn, tham quan mô hình hay cho các điển hình.'],
    ['propaganda', '- Đẩy mạnh tuyên truyền các gương điển hình trên loa truyền thanh xã.'],
    ['propaganda', '4. Giới thiệu các mô hình, cách làm hay trên trang thông tin điện tử.'],
    ['commendation', '5. Kịp thời biểu dương các điển hình tại hội nghị tổng kết năm.'],
    ['commendation', '- Hằng năm xét khen thưởng điển hình tiêu biểu.'],
    ['reporting', '3. Định kỳ báo cáo kết quả về Ban Tuyên giáo Huyện ủy.'],
    ['reporting', '- Chi bộ định kỳ 6 tháng, năm báo cáo kết quả thực hiện.'],
  ])('%s: «%s»', (key, line) => {
    expect(held(['II. NỘI DUNG', line])).toEqual([key]);
  });

  it.each([
    ['«Phân công nhiệm vụ …», no one put in charge of exemplars', '- Phân công nhiệm vụ cho từng đảng viên.'],
    ['«Lãnh đạo» as the leaders', '- Lãnh đạo các chi bộ quan tâm.'],
    ['«Tổ chức» something else', '3. Tổ chức Đại hội chi bộ nhiệm kỳ 2022 - 2025.'],
    ['propaganda of nothing exemplary', '- Tuyên truyền sâu rộng trong nhân dân.'],
    ['a «báo cáo viên»', '- Báo cáo viên cơ sở sinh hoạt định kỳ.'],
    ['meeting periodically', '- Chi ủy họp định kỳ hằng tháng.'],
    ['the teacher of a school («Giáo viên …»)', '- Giáo viên chủ nhiệm theo dõi học sinh.'],
  ])('near miss: %s: no content', (_, line) => {
    expect(held(['II. NỘI DUNG', line])).toEqual([]);
  });

  it('near miss: the plan’s aims state no content; the section after them does', () => {
    const aims = ['I. MỤC ĐÍCH, YÊU CẦU', '- Tuyên truyền sâu rộng gương điển hình tiên tiến.', '- Bồi dưỡng, nhân rộng các điển hình.'];
    expect(held(aims)).toEqual([]);
    expect(held([...aims, 'II. NỘI DUNG', '1. Tuyên truyền các gương điển hình trên loa truyền thanh.'])).toEqual(['propaganda']);
  });
});

describe('the trial’s plans, judged', () => {
  async function district(): Promise<WorkbookGrid> {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Đơn vị', [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã Phú Hữu'], [2, 'Chi bộ Trường THCS Phú Tân']]);
    sheetWith(wb, 'Đăng ký', [
      ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'],
      [1, 'Đảng bộ xã Phú Hữu', 'Nguyễn Văn An', 1970],
      [2, 'Đảng bộ xã Phú Hữu', 'Trần Thị Bé', 1985],
      [3, 'Chi bộ Trường THCS Phú Tân', 'Quách Thị Yến', 1988],
    ]);
    return roundTrip(wb, 'don-vi.xlsx');
  }
  const word = async (unit: string, body: string[], name: string) =>
    readDocx(
      await docxBytes(new Document({ sections: [{ children: ['ĐẢNG BỘ HUYỆN PHÚ TÂN', unit, '*', 'Phú Tân, ngày 01 tháng 3 năm 2023', ...TITLE, ...body].map((t) => new Paragraph(t)) }] })),
      name,
    );

  it('Phú Hữu’s plan is whole; the Chi bộ’s lacks the three it does not state', async () => {
    const phuHuu = await word(
      'ĐẢNG ỦY XÃ PHÚ HỮU',
      [
        'II. NỘI DUNG',
        '1. Trách nhiệm của cấp ủy: Đảng ủy lãnh đạo toàn diện.',
        '2. Phân công đồng chí Phó Bí thư phụ trách theo dõi, bồi dưỡng, phát hiện nhân tố mới.',
        '3. Các hoạt động bồi dưỡng: tập huấn, tham quan mô hình.',
        '4. Tuyên truyền, nhân rộng trên loa truyền thanh xã.',
        '5. Biểu dương, khen thưởng vào dịp tổng kết năm.',
        '6. Chế độ thông tin, báo cáo: 6 tháng, năm báo cáo về Ban Tuyên giáo Huyện ủy.',
      ],
      'kh-bd-phu-huu.docx',
    );
    const chiBo = await word(
      'CHI BỘ TRƯỜNG THCS PHÚ TÂN',
      ['II. NỘI DUNG', '1. Chi ủy lãnh đạo, chỉ đạo các tổ chức đoàn thể thực hiện.', '2. Tổ chức tọa đàm, bồi dưỡng kỹ năng cho điển hình.', '3. Định kỳ báo cáo kết quả về Ban Tuyên giáo Huyện ủy.'],
      'kh-bd-cb01.docx',
    );
    const read = readWorkbooks([await district(), phuHuu, chiBo], { profile: defaultProfile() });
    const found = buildReport(read, { y: 2025, m: 3, d: 1 }, 3).findings.filter((f) => f.code.startsWith('NURTURE'));
    const missing = [LABEL.assignment, LABEL.propaganda, LABEL.commendation].map((l) => `«${l}»`).join(', ');
    expect(found.map((f) => [f.code, f.unit, f.message])).toEqual([
      ['NURTURE_PLAN_INCOMPLETE', 'Chi bộ Trường THCS Phú Tân', expect.stringContaining(`thiếu 3/6 nội dung: ${missing}.`)],
    ]);
  });
});
