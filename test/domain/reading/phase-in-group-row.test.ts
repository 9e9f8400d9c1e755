/**
 * The phase written after the unit's name on a master's unit group row (trial 10 #9; trial 9 #19 for the unit column):
 * «II. Đảng bộ xã An Bình - GĐ2», «Đảng bộ xã An Bình (bổ sung)». The rows under it are the unit's, of phase 2; the
 * unit's rows under its plain group row stay phase 1. Near misses: a plain unit row, «- GĐ1».
 */
import { checkBooks, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const AB = 'Đảng bộ xã An Bình';
const TL = 'Đảng bộ xã Tân Lập';

async function read(second: string) {
  const rows: Row[] = [
    ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
    [`I. ${AB}`],
    [1, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
    [second],
    [1, 'Võ Thị Sáu', 1990, 'Bí thư Đoàn xã'],
    [2, 'Trần Văn Tư', 1962, 'Nông dân ấp 1'],
    ['III. Đảng bộ xã Tân Lập'],
    [1, 'Lê Thị Mai', 1982, 'Hội viên'],
  ];
  const units: Row[] = [['STT', 'Tên đơn vị'], [1, AB], [2, TL]];
  const { read: r } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: units }, { name: 'Khối Đảng', rows }] }]);
  return { units: unitsByName(r), phases: r.registrations.map((x) => x.phase) };
}

describe('a phase after the unit\'s name on its group row', () => {
  it.each([`II. ${AB} - GĐ2`, `II. ${AB} - Giai đoạn 2`, `${AB} (bổ sung)`, `${AB} - GĐ 2`, `II. ${AB} (GĐ II)`, `II. ${AB} (giai đoạn 2023 - 2025)`])('«%s»: its rows are the unit\'s, of phase 2', async (row) => {
    const { units, phases } = await read(row);
    expect(units).toEqual({ 'Nguyễn Văn Hùng': AB, 'Võ Thị Sáu': AB, 'Trần Văn Tư': AB, 'Lê Thị Mai': TL });
    // The next unit's rows are of phase 1 again.
    expect(phases).toEqual([1, 2, 2, 1]);
  });

  it('near miss: the whole term after the name («(giai đoạn 2021 - 2025)») leaves a phase-2 section its phase', async () => {
    const rows: Row[] = [
      ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
      ['A', 'ĐĂNG KÝ GIAI ĐOẠN 1'],
      [`I. ${AB} (giai đoạn 2021 - 2025)`],
      [1, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
      ['B', 'ĐĂNG KÝ BỔ SUNG GIAI ĐOẠN 2 (2023 - 2025)'],
      [`I. ${AB} (giai đoạn 2021 - 2025)`],
      [1, 'Trần Văn Tư', 1962, 'Nông dân ấp 1'],
    ];
    const units: Row[] = [['STT', 'Tên đơn vị'], [1, AB], [2, TL]];
    const { read: r } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: units }, { name: 'Khối Đảng', rows }] }]);
    expect(r.registrations.map((x) => [x.name, x.phase])).toEqual([
      ['Nguyễn Văn Hùng', 1],
      ['Trần Văn Tư', 2],
    ]);
  });

  it.each([`II. ${AB}`, `II. ${AB} - GĐ1`])('near miss: «%s» leaves its rows of phase 1', async (row) => {
    const { units, phases } = await read(row);
    expect(units['Võ Thị Sáu']).toBe(AB);
    expect(phases).toEqual([1, 1, 1, 1]);
  });
});
