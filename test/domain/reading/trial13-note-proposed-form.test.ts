/**
 * Trial 13 #16 (R10): in a table with no proposal column, a «Ghi chú» that proposes a form («Đề nghị Thư biểu
 * dương», «Đề nghị tặng Giấy khen của UBND huyện») gives the row's form on the list. Near misses: a note proposing no
 * named form, a remark, and a proposal column's own form stay as before.
 */
import { noteProposedForm } from '../../../src/domain/reading/note-proposal';
import { ceremonyLists, HEADER, unitList } from '../../fixtures/trial13-proposals';

describe('a form proposed in «Ghi chú»', () => {
  it.each([
    ['Đề nghị Thư biểu dương', 'Thư biểu dương'],
    ['Đề nghị tặng Giấy khen.', 'Giấy khen'],
    ['Đề nghị Giấy khen của BTV Huyện ủy', 'Giấy khen của BTV Huyện ủy'],
    ['ĐN: TBD', 'TBD'],
  ])('«%s» proposes «%s»', (note, form) => {
    expect(noteProposedForm(note)).toBe(form);
  });

  // Review 17: another body's award is no form of the district's list.
  it.each(['đề xuất tặng Bằng khen của UBND tỉnh', 'Đề nghị Giấy khen của UBND huyện', 'Đề nghị Giấy khen cấp tỉnh'])('«%s» is another body\'s award', (note) => {
    expect(noteProposedForm(note)).toBeUndefined();
  });

  it.each(['Đề nghị khen thưởng', 'Đề nghị biểu dương', 'Không đề nghị', 'Đã được tặng Giấy khen năm 2022', 'Giấy khen', 'Đề nghị xem xét lại'])('near miss «%s» names none', (note) => {
    expect(noteProposedForm(note)).toBeUndefined();
  });

  const list = (header: string[], rows: (string | number)[][]) =>
    unitList('phu-huu.xlsx', ['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025'], [[...HEADER, ...header]], rows, 'Phú Hữu, ngày 20 tháng 02 năm 2023');

  it('the 2025 list prints the note’s form; «Không đề nghị» still leaves the row off', async () => {
    const got = await ceremonyLists([
      list(
        ['Ghi chú'],
        [
          [1, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường', 'Đề nghị tặng Giấy khen'],
          [2, 'Trần Thị Bé', 1985, 'Giáo viên', 'Dạy học', 'Đề nghị Thư biểu dương'],
          [3, 'Lê Văn Cường', 1975, 'Nông dân', 'SXKD', 'Không đề nghị'],
        ],
      ),
    ]);
    expect(got.final).toEqual(['Nguyễn Văn An 1970 | Giấy khen của Ban Thường vụ Huyện ủy', 'Trần Thị Bé 1985 | Thư biểu dương']);
  });

  it('near miss: beside a proposal column, the column’s form wins', async () => {
    const got = await ceremonyLists([list(['Hình thức đề nghị', 'Ghi chú'], [[1, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường', 'Giấy khen', 'Đề nghị Thư biểu dương']])]);
    expect(got.final).toEqual(['Nguyễn Văn An 1970 | Giấy khen của Ban Thường vụ Huyện ủy']);
  });
});
