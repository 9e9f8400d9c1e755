/**
 * Trial 5 #3 and #20: usual short or alternative headers of a registrations table. "NS", "Sinh năm", "N.sinh" (birth
 * year), "GT" (gender), "CV" (position), "ĐV" and "Cơ quan / Cấp ủy / Nơi đề xuất" (the proposing unit), "Điển hình
 * tiên tiến" (the name), and achievements under the movement's own words. Near misses: initials inside a longer
 * header ("CV số", "NS thực hiện") name nothing, and the headers read before still read the same.
 */
import { checkShape, withUnits } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';

const ROWS: Row[] = [
  [1, 'X01', 'Nguyễn Văn Tâm', 1968, 'Nam', 'Bí thư Chi bộ ấp 1'],
  [2, 'X02', 'Lê Thị Hoa', 1980, 'Nữ', 'Nông dân ấp 2'],
];

async function readWith(head: Row, rows: Row[] = ROWS) {
  const { read, report, lists } = await checkShape(withUnits([head, ...rows]));
  return { regs: read.registrations, report, lists };
}

describe('short headers of birth year, gender and position', () => {
  it.each([
    [['STT', 'Đơn vị', 'Họ và tên', 'NS', 'GT', 'CV']],
    [['STT', 'Đơn vị', 'Họ và tên', 'Sinh năm', 'GT', 'Chức vụ']],
    [['STT', 'Đơn vị', 'Họ và tên', 'N.sinh', 'Giới tính', 'CV']],
    [['STT', 'Đơn vị', 'Họ và tên', 'N. sinh', 'GT', 'Chức vụ']],
    [['STT', 'ĐV', 'Họ và tên', 'NS', 'GT', 'CV']],
    [['TT', 'ĐV', 'Họ tên', 'ns', 'gt', 'cv']],
  ])('%j: year, gender and post read', async (head) => {
    const { regs, report } = await readWith(head);
    expect(regs.map((r) => [r.name, r.birthYear, r.gender, r.position])).toEqual([
      ['Nguyễn Văn Tâm', 1968, 'male', 'Bí thư Chi bộ ấp 1'],
      ['Lê Thị Hoa', 1980, 'female', 'Nông dân ấp 2'],
    ]);
    expect(report.findings.filter((f) => f.code === 'UNKNOWN_UNIT')).toEqual([]);
  });

  it('the same person proposed twice under "NS | CV" is a duplicate by name, year and post, listed with both', async () => {
    const { report, lists } = await readWith(['STT', 'ĐV', 'Họ và tên', 'NS', 'GT', 'CV'], [
      [1, 'X01', 'Nguyễn Văn Tâm', 1968, 'Nam', 'Bí thư Chi bộ ấp 1'],
      [2, 'X02', 'Nguyễn Văn Tâm', 1968, 'Nam', 'Bí thư Chi bộ ấp 1'],
    ]);
    const dups = report.findings.filter((f) => f.code === 'DUPLICATE');
    expect(dups).toHaveLength(1);
    expect(dups[0]?.message).toMatch(/1968.*cùng chức vụ/);
    expect((lists['2023']?.individuals ?? []).map((e) => [e.name, e.birthYear, e.position])[0]).toEqual(['Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1']);
  });
});

describe('the proposing unit under other headers', () => {
  it.each(['Cơ quan đề xuất', 'Cấp ủy đề xuất', 'Nơi đề xuất', 'ĐV', 'Cơ quan, đơn vị đề xuất', 'ĐV đề xuất'])('«%s»', async (h) => {
    const { regs, report } = await readWith(['STT', h, 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ']);
    expect(regs.map((r) => r.unitText)).toEqual(['X01', 'X02']);
    expect(report.findings.filter((f) => f.code === 'UNKNOWN_UNIT')).toEqual([]);
    expect(report.quota.map((q) => q.registered)).toEqual([1, 1]);
  });
});

describe('the name under «Điển hình tiên tiến»', () => {
  it.each(['Điển hình tiên tiến', 'ĐIỂN HÌNH TIÊN TIẾN', 'Tên điển hình tiên tiến'])('«%s»', async (h) => {
    const { regs } = await readWith(['STT', 'Đơn vị đề xuất', h, 'Năm sinh', 'Giới tính', 'Chức vụ']);
    expect(regs.map((r) => [r.name, r.birthYear])).toEqual([
      ['Nguyễn Văn Tâm', 1968],
      ['Lê Thị Hoa', 1980],
    ]);
  });
});

describe('near misses: initials inside a longer header, and the usual headers', () => {
  it('«CV số», «NS thực hiện», «GT khác» name no field', async () => {
    const { regs } = await readWith(['STT', 'Đơn vị', 'Họ và tên', 'NS thực hiện', 'GT khác', 'CV số']);
    expect(regs.map((r) => [r.birthYear, r.gender, r.position])).toEqual([
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
    ]);
  });

  it('«Đơn vị công tác» stays the workplace, «Năm sinh» and «Chức vụ» read as before', async () => {
    const { regs } = await readWith(['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Đơn vị công tác', 'Chức vụ']);
    expect(regs.map((r) => [r.unitText, r.workplace, r.birthYear, r.position])).toEqual([
      ['X01', 'Nam', 1968, 'Bí thư Chi bộ ấp 1'],
      ['X02', 'Nữ', 1980, 'Nông dân ấp 2'],
    ]);
  });
});

describe('achievements under usual headers (#20)', () => {
  const rows: Row[] = [
    [1, 'X01', 'Nguyễn Văn Tâm', 1968, 'Mô hình nuôi bò vỗ béo, giúp 5 hộ thoát nghèo'],
    [2, 'X02', 'Lê Thị Hoa', 1980, 'Hiến 300 m2 đất làm đường'],
  ];
  it.each([
    'Nội dung đăng ký học tập và làm theo',
    'Nội dung đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    'Nội dung học tập và làm theo',
    'Mô hình, cách làm hay',
    'Mô hình cách làm hay',
    'Lĩnh vực / thành tích',
    'Lĩnh vực, thành tích',
    'Nội dung đăng ký làm theo',
  ])('«%s» is printed as the summary of achievements', async (h) => {
    const { regs, lists } = await readWith(['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', h], rows);
    expect(regs.map((r) => r.achievements)).toEqual(['Mô hình nuôi bò vỗ béo, giúp 5 hộ thoát nghèo', 'Hiến 300 m2 đất làm đường']);
    expect((lists['2023']?.individuals ?? []).map((e) => e.achievements)).toEqual(regs.map((r) => r.achievements));
  });

  it('near miss: «Lĩnh vực» alone is still the field', async () => {
    const { regs } = await readWith(['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Lĩnh vực'], rows);
    expect(regs.map((r) => [r.field, r.achievements])).toEqual([
      ['Mô hình nuôi bò vỗ béo, giúp 5 hộ thoát nghèo', undefined],
      ['Hiến 300 m2 đất làm đường', undefined],
    ]);
  });
});

describe('near misses: «Điển hình tiên tiến» heading counts, not names', () => {
  const registrations: Row[] = [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh'], [1, 'X01', 'Nguyễn Văn Tâm', 1968], [2, 'X01', 'Lê Thị Hoa', 1970]];

  it('a summary with «Điển hình tiên tiến» over «Tập thể | Cá nhân» adds no exemplar', async () => {
    const { read } = await checkShape({
      sheets: [
        ...withUnits(registrations).sheets,
        {
          name: 'Tổng hợp',
          rows: [['STT', 'Đơn vị', 'Điển hình tiên tiến', undefined, 'Ghi chú'], [undefined, undefined, 'Tập thể', 'Cá nhân'], [1, 'X01', 0, 2]],
          edit: (ws) => ['C1:D1', 'A1:A2', 'B1:B2', 'E1:E2'].forEach((m) => ws.mergeCells(m)),
        },
      ],
    });
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm', 'Lê Thị Hoa']);
  });

  it('a units list with a column of counts «Điển hình tiên tiến» is still the units list', async () => {
    const { read, report } = await checkShape({
      sheets: [
        { name: 'Đơn vị', rows: [['STT', 'Tên đơn vị', 'Điển hình tiên tiến'], [1, 'Đảng bộ xã An Bình', 2], [2, 'Đảng bộ xã Tân Lập', 1]] },
        { name: 'Đăng ký', rows: [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh'], [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Tâm', 1968]] },
      ],
    });
    expect(read.units.map((u) => u.name)).toEqual(['Đảng bộ xã An Bình', 'Đảng bộ xã Tân Lập']);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm']);
    expect(report.findings.filter((f) => f.code === 'UNKNOWN_UNIT')).toEqual([]);
  });
});
