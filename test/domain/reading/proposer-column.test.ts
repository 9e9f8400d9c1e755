/**
 * Two unit-like columns in a master (trial 10 #8): «Đơn vị» where the person works beside «Đơn vị đề xuất», the unit
 * that proposes. The proposer's column counts the row, whichever comes first; the other is the workplace. Near
 * misses: one unit column, a real workplace column beside «Đơn vị».
 */
import { checkBooks, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình'], [2, 'Hội Nông dân huyện'], [3, 'Chi bộ Trường THCS An Bình']];

/** A master of units and registrations whose two unit-like columns are headed `a` and `b`, holding `cells`. */
async function unitsOf(a: string, b: string, cells: [string, string][]) {
  const people = ['Nguyễn Văn Hùng', 'Lê Thị Mai', 'Trần Văn Tư'];
  const rows: Row[] = [['STT', 'Họ và tên / Tên tập thể', 'Năm sinh', a, b], ...cells.map(([x, y], i): Row => [i + 1, people[i], 1970 + i, x, y])];
  const { read } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows }] }]);
  return { units: unitsByName(read), workplaces: read.registrations.map((r) => r.workplace) };
}

const WORK_THEN_PROPOSER: [string, string][] = [
  ['Trường THCS An Bình', 'Đảng bộ xã An Bình'],
  ['Hội LHPN xã An Bình', 'Đảng bộ xã An Bình'],
  ['Hợp tác xã Tân Lập', 'Hội Nông dân huyện'],
];
const PROPOSED = { 'Nguyễn Văn Hùng': 'Đảng bộ xã An Bình', 'Lê Thị Mai': 'Đảng bộ xã An Bình', 'Trần Văn Tư': 'Hội Nông dân huyện' };

describe('the proposer\'s column counts the row, the other is the workplace', () => {
  it.each([
    ['Đơn vị', 'Đơn vị đề xuất'],
    ['Tên đơn vị', 'Cơ quan, đơn vị đề xuất'],
    ['Đơn vị', 'Nơi đề xuất'],
  ])('«%s» before «%s»', async (a, b) => {
    const { units, workplaces } = await unitsOf(a, b, WORK_THEN_PROPOSER);
    expect(units).toEqual(PROPOSED);
    expect(workplaces).toEqual(['Trường THCS An Bình', 'Hội LHPN xã An Bình', 'Hợp tác xã Tân Lập']);
  });

  it('«Đơn vị đề xuất» before «Đơn vị»', async () => {
    const { units, workplaces } = await unitsOf('Đơn vị đề xuất', 'Đơn vị', WORK_THEN_PROPOSER.map(([w, p]) => [p, w]));
    expect(units).toEqual(PROPOSED);
    expect(workplaces).toEqual(['Trường THCS An Bình', 'Hội LHPN xã An Bình', 'Hợp tác xã Tân Lập']);
  });

  it('near miss: «Đơn vị» beside «Đơn vị công tác» stays the proposer', async () => {
    const { units } = await unitsOf('Đơn vị công tác', 'Đơn vị', WORK_THEN_PROPOSER);
    expect(units).toEqual(PROPOSED);
  });

  // «Đăng ký», «giới thiệu»: the branch under the proposer; «đề nghị khen thưởng»: the level asked to award.
  it.each(['Đơn vị đăng ký', 'Đơn vị giới thiệu', 'Đơn vị đề nghị khen thưởng'])('near miss: «Đơn vị» before «%s» stays the proposer', async (other) => {
    const { units } = await unitsOf('Đơn vị', other, WORK_THEN_PROPOSER.map(([w, p]) => [p, w]));
    expect(units).toEqual(PROPOSED);
  });
});
