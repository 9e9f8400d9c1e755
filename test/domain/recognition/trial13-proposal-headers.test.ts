/**
 * Trial 13 #6 (R10): a proposal column headed with the form first or «HT» for «hình thức» («Đề xuất hình thức khen»,
 * «HT khen thưởng đề nghị», «HTKT đề xuất») is the proposal column: «Không», «Chưa đề nghị» leave the row off, a form
 * is printed. Near misses: a past awards' column and an unrelated «HT» column propose nothing.
 */
import { ceremonyLists, HEADER, unitList } from '../../fixtures/trial13-proposals';

const book = (header: string) =>
  unitList(
    'phu-huu.xlsx',
    ['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025'],
    [[...HEADER, header]],
    [
      [1, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường', 'Thư biểu dương'],
      [2, 'Trần Thị Bé', 1985, 'Giáo viên', 'Dạy học', 'Chưa đề nghị'],
      [3, 'Lê Văn Cường', 1975, 'Nông dân', 'SXKD', 'Không'],
    ],
    'Phú Hữu, ngày 20 tháng 02 năm 2023',
  );

describe('proposal column headers', () => {
  it.each(['Đề xuất hình thức khen', 'Đề xuất hình thức', 'HT khen thưởng đề nghị', 'HT khen đề nghị', 'HT đề nghị', 'HTKT đề xuất', 'Hình thức khen đề nghị', 'Đề xuất HT khen thưởng'])(
    '«%s» is the proposal column',
    async (h) => {
      const got = await ceremonyLists([book(h)]);
      expect(got.final).toEqual(['Nguyễn Văn An 1970 | Thư biểu dương']);
    },
  );

  it.each(['Hình thức khen thưởng đã đạt', 'HT học tập'])('near miss «%s» proposes nothing: every row is listed', async (h) => {
    const got = await ceremonyLists([book(h)]);
    expect(got.final).toHaveLength(3);
  });
});
