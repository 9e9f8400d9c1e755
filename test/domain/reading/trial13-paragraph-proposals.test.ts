/**
 * Trial 13 #2 (R10): a Word proposal list typed as numbered paragraphs, each exemplar's line ending with its proposal
 * («1. Chi bộ ấp Phú Thạnh: đề nghị tặng Giấy khen.», «… - đề nghị Thư biểu dương», «(đề nghị khen thưởng)»): the
 * tail is the row's proposal, not part of its name or position, and the document is the unit's proposal list.
 * Near misses: a registration typed so keeps its lines whole, and a tail about something else stays.
 */
import { splitProposalTail } from '../../../src/domain/reading/proposal';
import { ceremonyLists, HEADER, unitList } from '../../fixtures/trial13-proposals';
import { p, wordGrid } from '../../fixtures/trial12-fix12-word';

const registered = unitList(
  'phu-huu-2023.xlsx',
  ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
  [HEADER],
  [
    [1, 'Nguyễn Văn An', 1970, 'Bí thư chi bộ ấp Phú Lợi', 'Làm đường'],
    [2, 'Trần Thị Bé', 1985, 'Giáo viên', 'Dạy học'],
    [3, 'Chi bộ ấp Phú Thạnh', undefined, undefined, 'TSVM'],
  ],
  'Phú Hữu, ngày 20 tháng 02 năm 2023',
);

const doc = (titles: string[], items: [string, string]) =>
  wordGrid(
    ['ĐẢNG BỘ HUYỆN PHÚ TÂN', 'ĐẢNG ỦY XÃ PHÚ HỮU', '*', ...titles, 'I. TẬP THỂ', items[0], 'II. CÁ NHÂN', items[1], 'Phú Hữu, ngày 10 tháng 02 năm 2025', 'T/M ĐẢNG ỦY', 'BÍ THƯ'].map(p),
    'phu-huu-de-nghi-2025.docx',
  );

describe('a proposal list typed as paragraphs', () => {
  it.each<[string[], [string, string], string, string]>([
    [
      ['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025'],
      ['1. Chi bộ ấp Phú Thạnh: đề nghị tặng Giấy khen.', '1. Ông Nguyễn Văn An, sinh năm 1970, Bí thư chi bộ ấp Phú Lợi: đề nghị tặng Thư biểu dương.'],
      'Giấy khen của Ban Thường vụ Huyện ủy',
      'Thư biểu dương',
    ],
    [
      ['DANH SÁCH', 'đề nghị Ban Thường vụ Huyện ủy biểu dương, khen thưởng điển hình tiên tiến'],
      ['1. Chi bộ ấp Phú Thạnh - đề nghị Giấy khen', '1. Ông Nguyễn Văn An, sinh năm 1970, Bí thư chi bộ ấp Phú Lợi - đề nghị Thư biểu dương'],
      'Giấy khen của Ban Thường vụ Huyện ủy',
      'Thư biểu dương',
    ],
    [
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN NĂM 2025'],
      ['1. Chi bộ ấp Phú Thạnh (đề nghị khen thưởng)', '1. Ông Nguyễn Văn An, sinh năm 1970, Bí thư chi bộ ấp Phú Lợi (đề nghị tặng Thư biểu dương)'],
      // Proposed without a form: the list prints the ceremony's own.
      '',
      'Thư biểu dương',
    ],
  ])('%j: the proposed only, each with its form', async (titles, items, collective, individual) => {
    const got = await ceremonyLists([registered, await doc(titles, items)]);
    expect(got.final).toEqual([`Chi bộ ấp Phú Thạnh | ${collective}`, `Nguyễn Văn An 1970 | ${individual}`]);
    expect(got.duplicates).toEqual([]);
    expect(got.quota).toBe(3);
  });

  it.each([
    ['Chi bộ ấp Phú Thạnh: đề nghị tặng Giấy khen.', 'Chi bộ ấp Phú Thạnh', 'Giấy khen'],
    ['Ông Nguyễn Văn An, Bí thư – đề xuất Thư biểu dương', 'Ông Nguyễn Văn An, Bí thư', 'Thư biểu dương'],
    ['Tổ hợp tác rau an toàn ấp 3, đề nghị khen thưởng', 'Tổ hợp tác rau an toàn ấp 3', 'Đề nghị'],
  ])('«%s» splits', (text, rest, proposal) => {
    expect(splitProposalTail(text)).toEqual({ text: rest, proposal });
  });

  it.each(['Ông Nguyễn Văn An, sinh năm 1970, Bí thư chi bộ ấp Phú Lợi', 'Chi bộ ấp 2 (đề nghị của Đảng ủy xã)', 'Bà Lê Thị Hoa - đề nghị nhân rộng mô hình', 'Đề nghị tặng Giấy khen'])(
    'near miss «%s» stays whole',
    (text) => {
      expect(splitProposalTail(text)).toEqual({ text });
    },
  );

  it('near miss: a registration typed as paragraphs is read as before', async () => {
    const got = await ceremonyLists([
      await doc(['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2023'], ['1. Chi bộ ấp Phú Thạnh', '1. Ông Nguyễn Văn An, sinh năm 1970, Bí thư chi bộ ấp Phú Lợi']),
    ]);
    expect(got.first).toEqual(['Chi bộ ấp Phú Thạnh | ', 'Nguyễn Văn An 1970 | ']);
  });
});
