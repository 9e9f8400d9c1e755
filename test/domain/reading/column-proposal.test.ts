/** The proposal column (R10, issue 14): "Không", "Chưa", "-" … are no proposal; a real proposal selects the 2025 list. */
import { isNoProposal } from '../../../src/domain/reading/proposal';
import { checkShape, withUnits } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';

const rows = (proposals: (string | undefined)[]): Row[] => [
  ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Giai đoạn', 'Hình thức đề nghị'],
  ...proposals.map((p, i): Row => [i + 1, 'X01', 'Cá nhân', `Trần Văn ${['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải'][i]}`, 1970 + i, 1, p]),
];

describe('no proposal', () => {
  it.each(['Không', 'KHÔNG', 'Không đề nghị', 'không đề xuất', 'Chưa', 'Chưa đề nghị', '-', '—', '--', '…', 'Không có'])('%p is not a proposal', (text) => {
    expect(isNoProposal(text)).toBe(true);
  });

  it.each(['Giấy khen của BTV Huyện ủy', 'Thư biểu dương', 'Bằng khen', 'x', 'Đề nghị Giấy khen', 'Không gian xanh', 'Khen thưởng đột xuất', 'Đã có thành tích xuất sắc'])('%p is a proposal', (text) => {
    expect(isNoProposal(text)).toBe(false);
  });

  it('leaves "Không", "Chưa" and "-" rows off the 2025 list, keeps the proposed ones with their award', async () => {
    const { read, lists } = await checkShape(withUnits(rows(['Giấy khen của BTV Huyện ủy', 'Không', 'Không đề nghị', 'Chưa', '-', 'Thư biểu dương'])));
    expect(read.registrations.map((r) => r.proposal)).toEqual(['Giấy khen của BTV Huyện ủy', undefined, undefined, undefined, undefined, 'Thư biểu dương']);
    expect(lists['2025']?.individuals.map((e) => [e.name, e.award])).toEqual([
      ['Trần Văn An', 'Giấy khen của Ban Thường vụ Huyện ủy'],
      ['Trần Văn Hải', 'Thư biểu dương'],
    ]);
    expect(lists['2025']?.excluded.map((e) => e.name)).toEqual(['Trần Văn Bình', 'Trần Văn Cường', 'Trần Văn Dũng', 'Trần Văn Giang']);
    // The 2023 list does not look at proposals: every phase-1 row is on it.
    expect(lists['2023']?.individuals).toHaveLength(6);
  });

  it('takes a check mark ("x", "✓", "Có", "1") for a proposal that names no form: on the list, with the default form', async () => {
    const { read, lists } = await checkShape(withUnits(rows(['x', 'X', '✓', 'Có', '1', ''])));
    expect(read.registrations.map((r) => [r.proposed, r.proposal])).toEqual([
      [true, undefined],
      [true, undefined],
      [true, undefined],
      [true, undefined],
      [true, undefined],
      [undefined, undefined],
    ]);
    expect(lists['2025']?.individuals.map((e) => [e.name, e.award])).toEqual([
      ['Trần Văn An', undefined],
      ['Trần Văn Bình', undefined],
      ['Trần Văn Cường', undefined],
      ['Trần Văn Dũng', undefined],
      ['Trần Văn Giang', undefined],
    ]);
    expect(lists['2025']?.excluded.map((e) => e.name)).toEqual(['Trần Văn Hải']);
  });

  it('keeps the form without the verb before it ("Đề nghị Thư biểu dương"); a mark-like word beside a form stays', async () => {
    const { read } = await checkShape(withUnits(rows(['x Giấy khen', 'Có đề nghị Giấy khen', 'Đề nghị Thư biểu dương', 'Đề xuất: Giấy khen', 'Đề nghị', 'ĐN Bằng khen'])));
    expect(read.registrations.map((r) => [r.proposed, r.proposal])).toEqual([
      [true, 'x Giấy khen'],
      [true, 'Giấy khen'],
      [true, 'Thư biểu dương'],
      [true, 'Giấy khen'],
      [true, undefined],
      [true, 'Bằng khen'],
    ]);
  });

  it.each(['Không khen', 'Không khen thưởng', 'Tiếp tục bồi dưỡng', 'Tiếp tục bồi dưỡng, theo dõi', 'Đã khen năm 2023', 'Đã được khen thưởng', 'Chưa khen'])(
    '%p is not a proposal either: the row stays off the 2025 list',
    async (text) => {
      expect(isNoProposal(text)).toBe(true);
      const { read, lists } = await checkShape(withUnits(rows([text, 'Giấy khen'])));
      expect(read.registrations.map((r) => r.proposed === true)).toEqual([false, true]);
      expect(lists['2025']?.individuals.map((e) => e.name)).toEqual(['Trần Văn Bình']);
    },
  );
});
