/**
 * Trial 12 #6: a proposal cell naming a commendation at the unit's own level («Biểu dương tại cơ sở», «Giấy khen của
 * Đảng ủy xã»), an award already received («Đã được Huyện ủy khen năm 2022») or a decision put off («Để xem xét sau»)
 * proposes nothing to the district (R10; the guideline's honouring «ở đơn vị, địa phương mình» is the unit's own).
 * Near misses: the district's and higher forms, a mark, an agreement.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import { readProposalCells } from '../../../src/domain/reading/proposal';

describe('a proposal cell that proposes nothing to the district', () => {
  it.each([
    'Biểu dương tại cơ sở',
    'Khen thưởng tại đơn vị',
    'Biểu dương tại địa phương',
    'Giấy khen của Đảng ủy xã',
    'Giấy khen của Chủ tịch UBND xã',
    'Thư khen của Ban Thường vụ Đảng ủy xã',
    'Giấy khen cấp cơ sở',
    'Giấy khen của Chi bộ',
    'Đã được Huyện ủy khen năm 2022',
    'Đã được UBND huyện tặng Giấy khen',
    'Để xem xét sau',
    'Xem xét sau',
    'Bảo lưu',
  ])('«%s»', (text) => {
    expect(readProposalCells([text]).proposed).not.toBe(true);
  });

  it.each([
    ['Giấy khen của BTV Huyện ủy', 'Giấy khen của BTV Huyện ủy'],
    ['Giấy khen UBND huyện', 'Giấy khen UBND huyện'],
    ['Giấy khen của UBND thị xã', 'Giấy khen của UBND thị xã'],
    ['Thư biểu dương', 'Thư biểu dương'],
    ['Bằng khen của UBND tỉnh', 'Bằng khen của UBND tỉnh'],
    ['Giấy khen của Ban Chấp hành Hội Nông dân huyện', 'Giấy khen của Ban Chấp hành Hội Nông dân huyện'],
    ['Biểu dương tại Hội nghị tổng kết huyện', 'Biểu dương tại Hội nghị tổng kết huyện'],
    ['x', undefined],
    ['Đồng ý', undefined],
    // Review 16: a recipient, who proposed, «xã hội», a proposal already considered.
    ['Giấy khen của BTV Huyện ủy cho Chi bộ ấp 3', 'Giấy khen của BTV Huyện ủy cho Chi bộ ấp 3'],
    ['Thư biểu dương của Huyện ủy cho Chi hội Phụ nữ ấp 1', 'Thư biểu dương của Huyện ủy cho Chi hội Phụ nữ ấp 1'],
    ['Giấy khen UBND huyện (đề nghị của Đảng ủy xã)', 'Giấy khen UBND huyện (đề nghị của Đảng ủy xã)'],
    ['Giấy khen của Ban Thường vụ Huyện ủy (cá nhân tiêu biểu của xã)', 'Giấy khen của Ban Thường vụ Huyện ủy (cá nhân tiêu biểu của xã)'],
    ['Giấy khen của Ban Chỉ đạo công tác xã hội hóa huyện', 'Giấy khen của Ban Chỉ đạo công tác xã hội hóa huyện'],
    ['Đã được xét, đề nghị tặng Giấy khen', 'Đã được xét, đề nghị tặng Giấy khen'],
    ['Đã được Đảng ủy đề nghị khen', 'Đã được Đảng ủy đề nghị khen'],
  ])('near miss «%s» proposes, form %j', (text, form) => {
    expect(readProposalCells([text])).toEqual({ proposed: true, ...(form ? { form } : {}) });
  });
});

describe('in a unit’s 2025 proposal list', () => {
  it('only the rows proposed to the district are proposed', async () => {
    const rows: Row[] = [
      ['ĐẢNG ỦY XÃ AN BÌNH'],
      ['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025'],
      ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Hình thức đề nghị'],
      [1, 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', 'Giấy khen của BTV Huyện ủy'],
      [2, 'Trần Văn Út', 1990, 'Bí thư Chi đoàn ấp 3', 'Biểu dương tại cơ sở'],
      [3, 'Lê Thị Hoa', 1975, 'Chi hội trưởng phụ nữ', 'Để xem xét sau'],
    ];
    const { read } = await checkBooks([
      unitsBook([
        ['STT', 'Tên đơn vị', 'Loại đơn vị'],
        [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
      ]),
      { fileName: 'an-binh-2025.xlsx', sheets: [{ name: 'DS', rows }] },
    ]);
    expect(read.registrations.map((r) => [r.name, r.proposed ?? null])).toEqual([
      ['Nguyễn Văn Tâm', true],
      ['Trần Văn Út', null],
      ['Lê Thị Hoa', null],
    ]);
  });
});
