/**
 * A 2025 master kept as sheets «Đăng ký 2023», «Bổ sung 2024», «Đề nghị 2025» (trial 9 #23): the untitled sheet named
 * for the proposal is the units' later proposal list, as a titled one or a separate file is: it selects the 2025
 * list, and its rows are no second registration (no DUPLICATE). Near miss: a registration sheet with a proposal
 * column is read as before.
 */
import { groupsOf } from '../../../src/domain/ceremony/consolidate';
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import { checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const H: Row = ['STT', 'Đơn vị đề xuất', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'];
const AB = 'Đảng bộ xã An Bình';

async function list2025(proposalSheet: string) {
  const { read, report } = await checkBooks([
    {
      fileName: 'tong-hop-2025.xlsx',
      sheets: [
        { name: 'Đơn vị', rows: [['STT', 'Tên đơn vị', 'Loại đơn vị'], [1, AB, 'Đảng bộ xã']] },
        { name: 'Đăng ký 2023', rows: [H, [1, AB, 'Nguyễn Văn An', 1970, 'Trưởng ấp'], [2, AB, 'Trần Văn Bình', 1971, 'Nông dân']] },
        { name: 'Bổ sung 2024', rows: [H, [1, AB, 'Lê Văn Cường', 1980, 'Hội viên']] },
        {
          name: proposalSheet,
          rows: [
            [...H, 'Hình thức đề nghị'],
            [1, AB, 'Nguyễn Văn An', 1970, 'Trưởng ấp', 'Giấy khen'],
            [2, AB, 'Lê Văn Cường', 1980, 'Hội viên', 'Thư biểu dương'],
          ],
        },
      ],
    },
  ]);
  const ceremony = read.profile.ceremonies.find((c) => c.id === '2025');
  if (!ceremony) throw new Error('no 2025 ceremony');
  const selection = selectEntries(read, report.findings, groupsOf(report), ceremony);
  return { names: selection.individuals.map((e) => e.name), report };
}

describe('an untitled sheet named for the proposal selects the 2025 list', () => {
  it.each(['Đề nghị 2025', 'ĐN 2025', 'Đề xuất khen thưởng'])('«%s»', async (sheet) => {
    const { names, report } = await list2025(sheet);
    expect(names).toEqual(['Nguyễn Văn An', 'Lê Văn Cường']);
    expect(codes(report, 'DUPLICATE')).toEqual([]);
  });

  it.each(['Danh sách 2025', 'Đề xuất bổ sung', 'ĐN bổ sung', 'DN'])('near miss: a sheet named «%s» is not taken for the units\' later proposal list', async (sheet) => {
    const { names } = await list2025(sheet);
    expect(names).toContain('Trần Văn Bình');
  });
});
