/**
 * Trial 17 #1: a row giving little (a district body's row: name, year, a bare post) is certain with each of two rows
 * that give a fact differently (two communes, two hamlets, two given names). It could be either person: it glues
 * neither to the other, and is merged with neither; the three are reviewed as probable, three ceremony entries each
 * noting «có thể trùng». Near misses: three rows of one person (one commune, or rows without a place) stay one
 * certain group; a chain of rows that agree still merges.
 */
import { checkMaster, PersonRow, row, shape } from '../../fixtures/trial14-groups';
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { person, UNITS } from './factory';

const FARMER = 'Nông dân sản xuất giỏi';
const T = (unit: string, post: string, name = 'Trần Văn Tâm', year: number | undefined = 1970) => row(unit, name, year, post);

/** Every order of three rows. */
const orders = (rows: PersonRow[]) => {
  const [a, b, c] = rows as [PersonRow, PersonRow, PersonRow];
  return [
    [a, b, c],
    [b, c, a],
    [c, a, b],
    [c, b, a],
  ];
};

describe('a row certain with two rows that differ glues neither (trial 17 #1)', () => {
  const shapes: [string, PersonRow[]][] = [
    [
      'two communes (the trial: ấp 1, xã An Bình / ấp 3, xã Phú Hữu, each from its commune)',
      [T('Hội Nông dân huyện', FARMER), T('Đảng bộ xã An Bình', `${FARMER}, ấp 1, xã An Bình`), T('Đảng bộ xã Phú Hữu', `${FARMER}, ấp 3, xã Phú Hữu`)],
    ],
    [
      'two communes given by the proposing communes only',
      [T('Hội Nông dân huyện', FARMER), T('Đảng bộ xã An Bình', FARMER), T('Đảng bộ xã Khánh An', FARMER)],
    ],
    [
      'two hamlets of one commune, the third row without a hamlet',
      [T('Hội Nông dân huyện', `${FARMER}, xã An Bình`), T('Đảng bộ xã An Bình', `${FARMER}, ấp 1`), T('Ủy ban nhân dân huyện', `${FARMER}, ấp 3, xã An Bình`)],
    ],
    [
      'two given names (Hùng, Hưng), the third written without diacritics',
      [T('Hội Nông dân huyện', FARMER, 'Tran Van Hung'), T('Đảng bộ xã An Bình', FARMER, 'Trần Văn Hùng'), T('Ủy ban nhân dân huyện', FARMER, 'Trần Văn Hưng')],
    ],
  ];
  for (const [what, rows] of shapes) {
    it(what, async () => {
      for (const order of orders(rows)) {
        const got = await checkMaster(order);
        expect(got.duplicates.map((f) => f.confidence)).not.toContain('certain');
        expect(got.duplicates.length).toBeGreaterThan(0);
        // Three entries, each to be checked before signing.
        expect(got.list).toHaveLength(3);
        expect(got.list.every((e) => e.includes('Có thể trùng với'))).toBe(true);
      }
    });
  }

  it('the message says why rows alike enough to merge were not merged', async () => {
    const [first] = shapes;
    const got = await checkMaster(first?.[1] ?? []);
    const certainAlone = got.duplicates.filter((f) => f.rows?.length === 2);
    expect(certainAlone.length).toBe(2);
    for (const f of certainAlone) expect(f.message).toContain('nhưng có dòng cũng trùng với một dòng khác ghi khác (xã, thôn, năm sinh, tên hoặc đơn vị công tác), nên chưa gộp');
  });

  it('near misses: one person in three rows (one commune, or rows without a place) stays one certain group', async () => {
    for (const rows of [
      [T('Hội Nông dân huyện', FARMER), T('Đảng bộ xã An Bình', `${FARMER}, ấp 1, xã An Bình`), T('Ủy ban nhân dân huyện', `${FARMER}, ấp 1, xã An Bình`)],
      [T('Hội Nông dân huyện', FARMER), T('Đảng bộ xã An Bình', `${FARMER}, ấp 1, xã An Bình`), T('Ủy ban nhân dân huyện', FARMER)],
      [T('Hội Nông dân huyện', FARMER), T('Đảng bộ xã An Bình', FARMER), T('Ủy ban nhân dân huyện', `${FARMER}, xã An Bình`)],
    ]) {
      for (const order of orders(rows)) {
        const got = await checkMaster(order);
        expect(got.duplicates.map(shape)).toEqual(['certain 2,3,4']);
        expect(got.list).toHaveLength(1);
      }
    }
  });

  it('near miss: a chain of rows that agree (Thủy, Thuỷ, Trần Thủy of one hamlet) still merges', () => {
    const female = { gender: 'female' as const };
    const job = { position: 'Bí thư Chi bộ Thôn 1 xã An Bình' };
    const rows = [
      person('Trần Thị Thủy', 1979, { ...female, unitId: 'X01' }),
      person('Trần Thị Thuỷ', 1979, { ...female, unitId: 'UB', ...job }),
      person('Trần Thủy', 1979, { ...female, unitId: 'PN', ...job }),
    ];
    expect(matchRegistrations(rows, UNITS).groups.map((g) => [g.confidence, g.members.map((m) => m.index)])).toEqual([['certain', [0, 1, 2]]]);
  });
});
