/**
 * Trial 17 #4: «Lê Văn Năm» / «Lê Văn Tám» of one commune, born the same year, were "probably" one man: without
 * diacritics the southern birth-order names (Hai, Ba, Tư, Năm, Sáu, Bảy, Tám, Chín, Mười, Út) are one letter apart.
 * Two birth-order names whose letters differ are two names: no pair, the commune's quota counts both. Near misses:
 * given names that differ by a diacritic only («Hùng» / «Hưng», «Tám» / «Tâm») stay probable (a spelling question);
 * so do a typo («Dũng» / «Dũnh») and other given names one letter apart («Lan» / «Loan»: a slip or two people, the
 * district decides); the same name is certain.
 */
import { checkMaster, row, shape } from '../../fixtures/trial14-groups';

const AN_BINH = 'Đảng bộ xã An Bình';
const CHIEF = 'Trưởng ấp 1, xã An Bình';

const check = async (a: string, b: string, unitB = AN_BINH) => {
  const got = await checkMaster([row(AN_BINH, a, 1975, CHIEF), row(unitB, b, 1975, CHIEF)]);
  const short = got.report.findings.filter((f) => f.code === 'QUOTA_SHORT' && f.unit === AN_BINH);
  return { ...got, short };
};

describe('two birth-order names one letter apart are two people (trial 17 #4)', () => {
  const pairs: [string, string][] = [
    ['Lê Văn Năm', 'Lê Văn Tám'],
    ['Lê Văn Ba', 'Lê Văn Bảy'],
    // One side typed without diacritics.
    ['Le Van Nam', 'Lê Văn Tám'],
  ];
  for (const [a, b] of pairs) {
    it(`«${a}» / «${b}»: no duplicate, both counted and listed`, async () => {
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        const got = await check(x, y);
        expect(got.duplicates).toEqual([]);
        expect(got.short).toEqual([]);
        expect(got.list).toHaveLength(2);
        // Proposed by two units: still no pair.
        expect((await check(x, y, 'Hội Nông dân huyện')).duplicates).toEqual([]);
      }
    });
  }

  it('near misses: a diacritic apart, a typo, or other given names one letter apart stay probable; the same name is certain', async () => {
    for (const [a, b] of [
      ['Lê Văn Hùng', 'Lê Văn Hưng'],
      ['Lê Văn Tám', 'Lê Văn Tâm'],
      ['Nguyễn Văn Dũng', 'Nguyễn Văn Dũnh'],
      // Review 26: a slip between two common given names is for the district to check.
      ['Trần Thị Lan', 'Trần Thị Loan'],
      ['Phạm Văn Quân', 'Phạm Văn Quang'],
      ['Nguyễn Văn Lộc', 'Nguyễn Văn Lợi'],
      ['Nguyễn Thị Hà', 'Nguyễn Thị Hải'],
      ['Trần Văn Hai', 'Trần Văn Hà'],
    ] as const) {
      const got = await check(a, b);
      expect(got.duplicates.map(shape)).toEqual(['probable 2,3']);
    }
    const same = await check('Lê Văn Năm', 'Lê Văn Năm');
    expect(same.duplicates.map(shape)).toEqual(['certain 2,3']);
  });
});
