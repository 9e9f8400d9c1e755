/**
 * A collective whose name reads like a unit of the list, numbered in the rows' own run with nothing else filled
 * (trial 10 #8): «1 | Phòng Giáo dục và Đào tạo huyện» over «2 | Nguyễn Văn Hùng | 1970 | …» is an exemplar of the
 * unit above, not a new unit. Near misses: numbered unit rows with their people unnumbered under them, and unit rows
 * numbered one after another.
 */
import { checkBooks, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UB = 'Ủy ban nhân dân huyện';
const CB = 'Chi bộ Phòng Giáo dục và Đào tạo huyện';

const read = async (rows: Row[], units: string[] = [UB, CB]) =>
  (
    await checkBooks([
      {
        fileName: 'tong-hop.xlsx',
        sheets: [
          { name: 'Đơn vị', rows: [['STT', 'Tên đơn vị'], ...units.map((u, i): Row => [i + 1, u])] },
          { name: 'Khối', rows: [['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'], ...rows] },
        ],
      },
    ])
  ).read;

describe('a collective numbered in the run is an exemplar, however like a unit its name reads', () => {
  it.each(['Phòng Giáo dục và Đào tạo huyện', 'Chi bộ Phòng Giáo dục và Đào tạo huyện'])('«%s» under «I | Ủy ban nhân dân huyện»', async (collective) => {
    const r = await read([
      ['I', UB],
      [1, collective, '', '', ''],
      [2, 'Nguyễn Văn Hùng', 1970, 'Chuyên viên', ''],
      [3, 'Lê Thị Mai', 1982, 'Phó Chánh Văn phòng', ''],
      ['II', CB],
      [1, 'Phạm Thị Hoa', 1985, 'Chuyên viên', ''],
    ]);
    expect(unitsByName(r)).toEqual({ [collective]: UB, 'Nguyễn Văn Hùng': UB, 'Lê Thị Mai': UB, 'Phạm Thị Hoa': CB });
    expect(r.registrations.find((x) => x.name === collective)?.kind).toBe('collective');
  });

  it('near miss: a numbered unit row with its people unnumbered under it stays a unit row', async () => {
    const r = await read([
      [1, UB],
      ['', 'Nguyễn Văn Hùng', 1970, 'Chuyên viên', ''],
      [2, CB],
      ['', 'Phạm Thị Hoa', 1985, 'Chuyên viên', ''],
    ]);
    expect(unitsByName(r)).toEqual({ 'Nguyễn Văn Hùng': UB, 'Phạm Thị Hoa': CB });
  });

  it.each<[string, Row[]]>([
    ['their people numbered on through the master', [[1, UB], [1, 'Nguyễn Văn Hùng', 1970, 'Chuyên viên', ''], [2, 'Lê Thị Mai', 1982, 'Chuyên viên', ''], [2, CB], [3, 'Phạm Thị Hoa', 1985, 'Chuyên viên', '']]],
    ['one person each, numbered on', [[1, UB], [2, 'Nguyễn Văn Hùng', 1970, 'Chuyên viên', ''], [2, CB], [3, 'Phạm Thị Hoa', 1985, 'Chuyên viên', '']]],
    ['every row numbered in one run', [[1, UB], [2, 'Nguyễn Văn Hùng', 1970, 'Chuyên viên', ''], [3, CB], [4, 'Phạm Thị Hoa', 1985, 'Chuyên viên', '']]],
  ])('near miss: unit rows numbered in the STT column, %s, stay unit rows', async (_label, rows) => {
    const r = await read(rows);
    expect(unitsByName(r)).toMatchObject({ 'Nguyễn Văn Hùng': UB, 'Phạm Thị Hoa': CB });
    expect(r.registrations.map((x) => x.name)).not.toContain(CB);
  });

  it('near miss: numbered unit rows under section rows that name no unit («A | CÁC ĐƠN VỊ HUYỆN») stay unit rows', async () => {
    const r = await read([
      ['A', 'CÁC ĐƠN VỊ KHỐI CHÍNH QUYỀN'],
      [1, UB],
      [1, 'Nguyễn Văn Hùng', 1970, 'Chuyên viên', ''],
      [2, 'Lê Thị Mai', 1982, 'Chuyên viên', ''],
      [2, CB],
      [3, 'Phạm Thị Hoa', 1985, 'Chuyên viên', ''],
    ]);
    expect(unitsByName(r)).toEqual({ 'Nguyễn Văn Hùng': UB, 'Lê Thị Mai': UB, 'Phạm Thị Hoa': CB });
  });

  it('near miss: unit rows numbered one after another, their people numbered «1.1»', async () => {
    const r = await read([
      [1, UB],
      ['1.1', 'Nguyễn Văn Hùng', 1970, 'Chuyên viên', ''],
      [2, CB],
      ['2.1', 'Phạm Thị Hoa', 1985, 'Chuyên viên', ''],
    ]);
    expect(unitsByName(r)).toEqual({ 'Nguyễn Văn Hùng': UB, 'Phạm Thị Hoa': CB });
  });
});
