/** Which titles name a proposal list for commendation (a later list beside a registration list), and which do not. */
import { isProposalListTitle } from '../../../src/domain/reading/proposal';

describe('a proposal list title', () => {
  it.each(['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN', 'Danh sách đề nghị tặng Giấy khen', 'ĐỀ XUẤT KHEN THƯỞNG ĐIỂN HÌNH', 'Đề nghị khen thưởng điển hình đã đăng ký giai đoạn 2023-2025'])('«%s» is one', (t) => {
    expect(isProposalListTitle(['ĐẢNG ỦY XÃ AN BÌNH', t])).toBe(true);
  });

  it.each(['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', 'Đăng ký điển hình tiên tiến, đề nghị khen thưởng', 'DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN'])('near miss «%s» is none', (t) => {
    expect(isProposalListTitle(['ĐẢNG ỦY XÃ AN BÌNH', t])).toBe(false);
  });
});
