/**
 * Several achievement columns (trial 10 #16, #5): the summary's own column («Tóm tắt thành tích», «Kết quả đạt
 * được») is the row's achievements, a commitment beside it («Nội dung đăng ký làm theo», «Việc làm cụ thể») fills in
 * where it is empty, whichever comes first; one column per year is joined with its year. Near miss: one column.
 */
import { checkBooks, oneSheet } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const TITLE: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], []];
const PEOPLE = ['Nguyễn Văn Hùng', 'Lê Thị Mai', 'Trần Văn Tư'];

async function achievements(headers: string[], cells: string[][]): Promise<(string | undefined)[]> {
  const rows: Row[] = [...TITLE, ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', ...headers], ...cells.map((c, i): Row => [i + 1, PEOPLE[i], 1970 + i, 'Hội viên', ...c])];
  const { read } = await checkBooks([oneSheet('dang-uy-xa-an-binh.xlsx', rows, 'Sheet1')]);
  return read.registrations.map((r) => r.achievements);
}

const CELLS = [
  ['Gương mẫu, trách nhiệm', 'Vận động hiến 2 km đường'],
  ['', 'Phụ nữ giỏi việc nước'],
  ['Tiết kiệm', ''],
];

describe('the summary\'s column before a commitment, whichever comes first', () => {
  it.each([
    ['Nội dung đăng ký làm theo', 'Tóm tắt thành tích'],
    ['Việc làm cụ thể', 'Kết quả đạt được'],
    ['Nội dung đăng ký làm theo', 'Thành tích đạt được'],
  ])('«%s» | «%s»', async (commitment, summary) => {
    expect(await achievements([commitment, summary], CELLS)).toEqual(['Vận động hiến 2 km đường', 'Phụ nữ giỏi việc nước', 'Tiết kiệm']);
  });

  it('the summary first, the commitment after it', async () => {
    const swapped = CELLS.map(([a, b]) => [b as string, a as string]);
    expect(await achievements(['Tóm tắt thành tích', 'Nội dung đăng ký làm theo'], swapped)).toEqual(['Vận động hiến 2 km đường', 'Phụ nữ giỏi việc nước', 'Tiết kiệm']);
  });
});

describe('a past record beside the summary is no summary', () => {
  it.each([
    ['Nội dung đăng ký học tập và làm theo', 'Thành tích khen thưởng'],
    ['Mô hình, cách làm hay', 'Thành tích khen thưởng đã đạt'],
    ['Nội dung đăng ký làm theo', 'Thành tích thi đua năm 2022'],
    ['Nội dung đăng ký làm theo', 'Kết quả đạt được năm trước'],
  ])('«%s» | «%s»: the first is the row\'s achievements, the record never', async (own, record) => {
    expect(await achievements([own, record], [['Mô hình nuôi bò', 'Giấy khen năm 2020'], ['', 'Chiến sĩ thi đua cơ sở']])).toEqual(['Mô hình nuôi bò', undefined]);
  });

  it.each([
    ['Thành tích nổi bật trong phong trào thi đua', 'Mô hình, cách làm hay'],
    ['Tóm tắt thành tích (danh hiệu thi đua, hình thức khen thưởng đã đạt)', 'Nội dung đăng ký học tập và làm theo'],
    ['Thành tích trong phong trào thi đua yêu nước', 'Kết quả đạt được'],
  ])('near miss: the summary «%s» that mentions a record stays the summary beside «%s»', async (summary, other) => {
    expect(await achievements([summary, other], [['Vận động hiến đất', 'Mô hình nuôi bò']])).toEqual(['Vận động hiến đất']);
  });

  it('periods are no years: «Thành tích giai đoạn 2016 - 2020 | Thành tích năm 2021 - 2022» are not joined by year', async () => {
    const got = await achievements(['Thành tích giai đoạn 2016 - 2020', 'Thành tích năm 2021 - 2022'], [['Giấy khen', 'Mô hình nuôi bò']]);
    expect(got[0]).not.toMatch(/^2016:/);
  });
});

describe('one achievement column per year', () => {
  it('joined with their years; a mark says the year only', async () => {
    const got = await achievements(
      ['Thành tích năm 2021', 'Thành tích năm 2022', 'Thành tích năm 2023'],
      [
        ['Hiến đất', 'Vận động làm đường', ''],
        ['x', '', 'Phụ nữ giỏi'],
        ['', '', ''],
      ],
    );
    expect(got).toEqual(['2021: Hiến đất; 2022: Vận động làm đường', '2021; 2023: Phụ nữ giỏi', undefined]);
  });

  it('near miss: one achievement column reads as before', async () => {
    expect(await achievements(['Tóm tắt thành tích'], [['Hiến đất năm 2021'], [''], ['x']])).toEqual(['Hiến đất năm 2021', undefined, 'x']);
  });
});
