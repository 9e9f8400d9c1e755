/**
 * Trial 18a class 3 (R10): a proposal cell that says no in words proposes nothing: «Không» or «Chưa» with a reason
 * after it («Không (chuyển năm sau)», «Không, vì đã được khen năm 2024», «Chưa đủ điều kiện»), or the person gone or
 * dead («Đã chuyển công tác», «Đã nghỉ hưu», «Đã mất»). The row is left off the 2025 list with the cell's words, never
 * put on it in silence. Near misses: real proposals, marks and agreements, a proposal after the reason, a posthumous one.
 */
import { isNoProposal, readProposalCells } from '../../../src/domain/reading/proposal';
import { ceremonyLists, HEADER, unitList } from '../../fixtures/trial13-proposals';

const NO = [
  'Không (chuyển năm sau)',
  'KHÔNG (chuyển năm sau)',
  'Không, vì đã được khen năm 2024',
  'Không - đã khen năm 2023',
  'Không đủ điều kiện',
  'không: chưa đủ thời gian',
  'Chưa (chờ xét)',
  'Chưa đủ điều kiện',
  'Chưa, đề nghị năm sau',
  'Đã chuyển công tác',
  'Chuyển công tác',
  'Đã nghỉ hưu',
  'Nghỉ hưu năm 2024',
  'Đã mất',
  'Từ trần năm 2024',
  'Đã qua đời',
];
const YES: [string, string | undefined][] = [
  ['Đề nghị UBND huyện tặng Giấy khen', 'UBND huyện tặng Giấy khen'],
  ['Giấy khen', 'Giấy khen'],
  ['Có', undefined],
  ['x', undefined],
  ['Đề nghị khen thưởng (không trùng với năm 2023)', 'khen thưởng (không trùng với năm 2023)'],
  ['Chưa được khen, đề nghị Giấy khen', 'Chưa được khen, đề nghị Giấy khen'],
  ['Truy tặng Giấy khen (đã mất)', 'Truy tặng Giấy khen (đã mất)'],
  ['Mặt trận tặng Giấy khen', 'Mặt trận tặng Giấy khen'],
  ['Không gian xanh', undefined],
];

describe('a proposal cell saying no in words', () => {
  it.each(NO)('«%s» proposes nothing', (text) => {
    expect(isNoProposal(text)).toBe(true);
    expect(readProposalCells([text]).proposed).not.toBe(true);
  });

  it.each(YES)('near miss «%s» proposes', (text, form) => {
    expect(isNoProposal(text)).toBe(false);
    expect(readProposalCells([text])).toEqual({ proposed: true, ...(form ? { form } : {}) });
  });

  it('rows saying no are left off the 2025 list with their words; the real proposals stay', async () => {
    const people = ['Nguyễn Văn An', 'Lê Văn Bình', 'Trần Văn Cường', 'Phạm Văn Dũng', 'Võ Văn Em', 'Hồ Văn Phong', 'Đỗ Văn Giang', 'Đặng Thị Hoa'];
    const cells = ['Giấy khen', 'Không (chuyển năm sau)', 'Không, vì đã được khen năm 2024', 'Chưa đủ điều kiện', 'Đã mất', 'Đã chuyển công tác', 'x', 'Đề nghị khen thưởng (không trùng với năm 2023)'];
    const got = await ceremonyLists([
      unitList(
        'phu-huu.xlsx',
        ['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN'],
        [[...HEADER, 'Hình thức đề nghị']],
        people.map((n, i) => [i + 1, n, 1960 + i, 'Nông dân', 'Sản xuất giỏi', cells[i]]),
        'Phú Hữu, ngày 10 tháng 02 năm 2025',
      ),
    ]);
    expect(got.final.map((x) => x.split(' | ')[0])).toEqual(['Nguyễn Văn An 1960', 'Đỗ Văn Giang 1966', 'Đặng Thị Hoa 1967']);
    expect(got.excluded).toEqual(
      people.slice(1, 6).map((n, i) => `${n}: Cột đề nghị ghi «${cells[i + 1]}»: đơn vị không đề nghị Huyện biểu dương, khen thưởng dòng này, nên không đưa vào danh sách.`),
    );
  });
});
