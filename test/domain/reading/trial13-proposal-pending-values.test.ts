/**
 * Trial 13 #5 (R10): a proposal cell that says the row is not considered yet, pending, in reserve or withdrawn
 * («Không xét», «Chưa xét», «Chờ xét», «Xem xét», «Dự phòng», «Rút») proposes nothing; the row left off says what
 * its cell said, also for a commendation at the unit's own level («Giấy khen của Đảng ủy xã»), not «để trống».
 * A cell that proposes without a form, a mark or an agreement («Năm 2025») stays on the list with a note.
 * Near misses: forms, marks and agreements still propose, without a note.
 */
import { readProposalCells, unclearProposal } from '../../../src/domain/reading/proposal';
import { ceremonyText } from '../../../src/domain/ceremony/ceremony-texts';
import { ceremonyLists, HEADER, unitList } from '../../fixtures/trial13-proposals';

describe('a pending or negative proposal cell', () => {
  it.each(['Không xét', 'Chưa xét', 'Chờ xét', 'Chờ xem xét', 'Xem xét', 'Dự phòng', 'Dự phòng 1', 'Rút', 'Xin rút', 'Đã rút tên', 'chưa xét'])(
    '«%s» proposes nothing',
    (text) => {
      expect(readProposalCells([text]).proposed).not.toBe(true);
    },
  );

  it.each([
    ['Thư biểu dương', 'Thư biểu dương'],
    ['x', undefined],
    ['Giấy khen (đã xét)', 'Giấy khen (đã xét)'],
  ])('near miss «%s» proposes', (text, form) => {
    expect(readProposalCells([text])).toEqual({ proposed: true, ...(form ? { form } : {}) });
  });

  it.each(['Năm 2025', '2025', 'Tốt'])('«%s» proposes without a form, and is unclear', (text) => {
    expect(readProposalCells([text])).toEqual({ proposed: true });
    expect(unclearProposal(text)).toBe(true);
  });

  it.each(['x', '✓', 'Có', 'Đồng ý', 'Nhất trí', 'Đề nghị', 'Có đề nghị', 'Giấy khen', 'Không'])('near miss «%s» is clear', (text) => {
    expect(unclearProposal(text)).toBe(false);
  });

  it('rows left off say what their cell said', async () => {
    const got = await ceremonyLists([
      unitList(
        'phu-huu.xlsx',
        ['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN'],
        [[...HEADER, 'Hình thức đề nghị']],
        [
          [1, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường', 'Giấy khen'],
          [2, 'Trần Thị Bé', 1985, 'Giáo viên', 'Dạy học', 'Chờ xét'],
          [3, 'Lê Văn Cường', 1975, 'Nông dân', 'SXKD', 'Giấy khen của Đảng ủy xã'],
          [4, 'Hồ Văn Dũng', 1980, 'Công an viên', 'ANTT', ''],
          [5, 'Phan Văn Em', 1982, 'Trưởng ấp', 'Giao thông', 'Năm 2025'],
          [6, 'Đỗ Thị Giang', 1990, 'Kế toán', 'Tiết kiệm', 'x'],
        ],
        'Phú Hữu, ngày 10 tháng 02 năm 2025',
      ),
    ]);
    expect(got.final).toEqual(['Nguyễn Văn An 1970 | Giấy khen của Ban Thường vụ Huyện ủy', 'Phan Văn Em 1982 | ', 'Đỗ Thị Giang 1990 | ']);
    expect(got.notes).toEqual([`Phan Văn Em: ${ceremonyText.unclearProposalNote('Năm 2025')}`]);
    expect(got.excluded).toEqual([
      'Trần Thị Bé: Cột đề nghị ghi «Chờ xét»: đơn vị không đề nghị Huyện biểu dương, khen thưởng dòng này, nên không đưa vào danh sách.',
      'Lê Văn Cường: Cột đề nghị ghi «Giấy khen của Đảng ủy xã»: đơn vị không đề nghị Huyện biểu dương, khen thưởng dòng này, nên không đưa vào danh sách.',
      expect.stringMatching(/^Hồ Văn Dũng: Đơn vị không đề nghị biểu dương \(cột «Hình thức đề nghị» để trống/),
    ]);
  });
});
