/**
 * A town's collectives as staff abbreviate them: «KP» (khu phố), glued to its number or not («KP5», «KP 5», «KP.3»),
 * «số» before a number, «Ban CTMT», «Ban CHQS», «P.» / «X.» / «TT.» before the place: one collective. Near
 * misses: another number, another place, a glued form the table does not know.
 */
import { collective, verdict } from './factory';

describe('a town\'s collectives written two ways', () => {
  it.each([
    ['Chi hội Phụ nữ khu phố 5', 'Chi hội PN KP5'],
    ['Chi hội Phụ nữ khu phố 5', 'Chi hội Phụ nữ KP 5'],
    ['Khu phố 3, xã An Bình', 'KP.3 xã An Bình'],
    ['Chi đoàn khu phố 1', 'Chi đoàn KP1'],
    ['Tổ dân phố số 12', 'Tổ dân phố 12'],
    ['Ban công tác Mặt trận khu phố 2', 'Ban CTMT khu phố 2'],
    ['Ban Chỉ huy Quân sự xã An Bình', 'Ban CHQS xã An Bình'],
    ['Trạm Y tế xã An Bình', 'TYT X. An Bình'],
    ['Trạm Y tế thị trấn Phú Hòa', 'TYT TT. Phú Hòa'],
  ])('%s / %s: one collective', (a, b) => {
    expect(verdict(collective(a), collective(b))).toBe('certain');
  });

  it.each([
    ['Chi hội Phụ nữ khu phố 5', 'Chi hội PN KP6'],
    ['Tổ dân phố số 12', 'Tổ dân phố 13'],
    ['Trạm Y tế xã An Bình', 'TYT X. Tân Lập'],
  ])('near miss: %s / %s: two collectives', (a, b) => {
    expect(verdict(collective(a), collective(b))).toBeUndefined();
  });
});
