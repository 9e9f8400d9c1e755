/**
 * Trial 13 #1 (R10, R11): a 2025 proposal list whose title puts who is asked between «đề nghị» and the verb
 * («DANH SÁCH» over «đề nghị Ban Thường vụ Huyện ủy biểu dương, khen thưởng …», «ĐỀ NGHỊ HUYỆN ỦY TUYÊN DƯƠNG»), or
 * says the guideline's «lựa chọn giới thiệu biểu dương», is the unit's proposal list: only its proposed rows go on the
 * 2025 list, and its rows are no second registration (no DUPLICATE). Near misses: registration titles stay so.
 */
import { isProposalListTitle } from '../../../src/domain/reading/proposal';
import { ceremonyLists, HEADER, registered2023, unitList } from '../../fixtures/trial13-proposals';

const proposal = (titles: string[]) =>
  unitList(
    'phu-huu-de-nghi-2025.xlsx',
    titles,
    [[...HEADER, 'Hình thức đề nghị']],
    [
      [1, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường', 'Giấy khen'],
      [2, 'Trần Thị Bé', 1985, 'Giáo viên', 'Dạy học', 'Không'],
    ],
    'Phú Hữu, ngày 10 tháng 02 năm 2025',
  );

describe('a proposal title with words between «đề nghị» and the verb', () => {
  it.each([
    ['DANH SÁCH', 'đề nghị Ban Thường vụ Huyện ủy biểu dương, khen thưởng điển hình tiên tiến giai đoạn 2021 - 2025'],
    ['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN', 'ĐỀ NGHỊ HUYỆN ỦY TUYÊN DƯƠNG NĂM 2025'],
    ['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐƯỢC LỰA CHỌN GIỚI THIỆU BIỂU DƯƠNG NĂM 2025'],
    ['DANH SÁCH ĐỀ NGHỊ BTV HU KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN'],
    ['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG'],
  ])('«%s …» lists An only in 2025, with no duplicate', async (...titles) => {
    expect(isProposalListTitle(titles)).toBe(true);
    const got = await ceremonyLists([registered2023(), proposal(titles)]);
    expect(got.final).toEqual(['Nguyễn Văn An 1970 | Giấy khen của Ban Thường vụ Huyện ủy']);
    expect(got.duplicates).toEqual([]);
    expect(got.quota).toBe(3);
    expect(got.first).toHaveLength(3);
  });

  it.each([
    ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    ['DANH SÁCH', 'đăng ký điển hình tiên tiến, đề nghị khen thưởng'],
    ['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN', 'đề nghị các chi bộ đăng ký bổ sung và biểu dương'],
    ['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025'],
    ['KẾ HOẠCH GIỚI THIỆU ĐIỂN HÌNH'],
  ])('near miss «%s …» is no proposal title', (...titles) => {
    expect(isProposalListTitle(titles)).toBe(false);
  });
});
