/**
 * A master's unit group row carrying a count or a note after the unit's name (trial 10 #3): «I. Đảng bộ xã An Bình
 * (02)», «(1 TT, 1 CN)», «: 02», «(đã gửi 20/02/2023)». The rows under it are the unit's. Near miss: a unit whose own
 * name holds words in brackets without a number stays as written.
 */
import { checkBooks, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const AB = 'Đảng bộ xã An Bình';
const TL = 'Đảng bộ xã Tân Lập';

async function unitsUnder(first: string, units: Row[] = [['STT', 'Tên đơn vị'], [1, AB], [2, TL]]) {
  const rows: Row[] = [
    ['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
    [first],
    [1, 'Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3'],
    [2, 'Lê Thị Mai', 1982, 'Chủ tịch Hội LHPN xã'],
    [`II. ${TL}`],
    [1, 'Trần Văn Tư', 1962, 'Nông dân ấp 1'],
  ];
  const { read } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: units }, { name: 'Khối Đảng', rows }] }]);
  return unitsByName(read);
}

describe('a count or a note after the unit\'s name on its group row', () => {
  it.each([`I. ${AB} (02)`, 'I. ĐẢNG BỘ XÃ AN BÌNH (1 TT, 1 CN)', `I. ${AB}: 02`, `I. ${AB} (đã gửi 20/02/2023)`, `I. ${AB} (02 điển hình)`])('«%s»', async (row) => {
    expect(await unitsUnder(row)).toEqual({ 'Nguyễn Văn Hùng': AB, 'Lê Thị Mai': AB, 'Trần Văn Tư': TL });
  });

  it('near miss: a unit named with words in brackets is matched as the list names it', async () => {
    const named = 'Chi bộ Trường THCS An Bình (cơ sở 2)';
    const units: Row[] = [['STT', 'Tên đơn vị'], [1, named], [2, TL]];
    expect(await unitsUnder(`I. ${named}`, units)).toEqual({ 'Nguyễn Văn Hùng': named, 'Lê Thị Mai': named, 'Trần Văn Tư': TL });
  });
});
