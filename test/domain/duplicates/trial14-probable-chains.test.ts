/**
 * Trial 14 #14: probable links no longer chain different people into one group. Each probable group is a set of
 * exemplars every two of which are linked (1967 ~ 1987 by a digit and 1987 ~ 1988 by a year are two groups, the
 * 1987 row in both); its message states the years its rows hold. Near misses: rows all linked to each other stay
 * one group, under the key they always had, and decisions on it still hold.
 */
import { analyze } from '../../../src/domain/analysis/analyze';
import { groupKey } from '../../../src/domain/duplicates/group-key';
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { normalizeRegistrations } from '../../../src/domain/duplicates/normalize';
import type { Registration } from '../../../src/domain/records';
import { duplicatesRule } from '../../../src/domain/rules/duplicate';
import { checkMaster, row, shape } from '../../fixtures/trial14-groups';
import { readResult } from '../rules/helpers';
import { person, UNITS } from './factory';

const female = { gender: 'female' as const };
const mai = (year: number, unitId: string, position: string, workplace?: string) =>
  person('Nguyễn Thị Mai', year, { ...female, unitId, position, ...(workplace ? { workplace } : {}) });

/** Groups as [confidence, member positions]. */
const shapes = (rows: Registration[], decisions: { key: string; decision: 'duplicate' | 'not-duplicate' }[] = []) =>
  matchRegistrations(rows, UNITS, { decisions }).groups.map((g) => [g.confidence, g.members.map((m) => m.index)]);

const keyOf = (rows: Registration[], ...which: number[]) => groupKey(normalizeRegistrations(which.map((k) => rows[k] as Registration), UNITS));

/** Every two rows of a probable group are linked, or each belongs to a merged pair one of whose rows is. */
function noChains(rows: Registration[]) {
  const { groups } = matchRegistrations(rows, UNITS);
  for (const g of groups.filter((x) => x.confidence === 'probable')) {
    const years = g.members.map((m) => m.registration.birthYear as number);
    expect(Math.max(...years) - Math.min(...years) <= 1 || new Set(years).size <= 2).toBe(true);
  }
  return groups;
}

describe('probable groups do not chain people (trial 14 #14)', () => {
  it('the trial\'s five Mai of one commune: 1967 with 1987, 1987 with 1988, never 1967 with 1988', async () => {
    const M = (unit: string, year: number, post: string) => row(unit, 'Nguyễn Thị Mai', year, post, 'Nữ');
    const got = await checkMaster([
      M('Đảng bộ xã An Bình', 1967, 'Kế toán UBND xã An Bình'),
      M('Hội Liên hiệp Phụ nữ huyện', 1967, 'Chi hội trưởng Chi hội Phụ nữ ấp 7, xã An Bình'),
      M('Đảng bộ xã An Bình', 1987, 'Kế toán UBND xã An Bình'),
      M('Hội Nông dân huyện', 1988, 'Nông dân, ấp 7, xã An Bình'),
      M('Ủy ban MTTQ Việt Nam huyện', 1988, 'Y sĩ Trạm Y tế xã An Bình'),
    ]);
    const probable = got.duplicates.filter((f) => f.confidence === 'probable');
    // The two Mai of 1967 hold two posts and nothing else of the job in common: a probable pair (trial 14 #6).
    expect(probable.map(shape)).toEqual(['probable 2,3', 'probable 2,4', 'probable 4,5,6']);
    expect(probable[1]?.message).toContain('năm sinh khác nhau một chữ số (1967, 1987)');
    expect(probable[2]?.message).toContain('năm sinh lệch một năm (1987, 1988)');
    for (const f of got.duplicates) expect(f.message).not.toMatch(/1967.*1988/);
  });

  it('a chain of single rows a year apart is split into its pairs, whatever the order', () => {
    const rows = [
      mai(1970, 'X01', 'Hội viên', 'Thôn 1, xã An Bình'),
      mai(1971, 'PN', 'Chi hội trưởng', 'Thôn 1, xã An Bình'),
      mai(1972, 'ND', 'Nông dân', 'Thôn 1, xã An Bình'),
    ];
    // 1970 and 1972 are one digit apart: linked only with one workplace; here the hamlet is no workplace.
    expect(shapes(rows)).toEqual([
      ['probable', [0, 1]],
      ['probable', [1, 2]],
    ]);
    noChains(rows);
    const keys = (order: Registration[]) => matchRegistrations(order, UNITS).groups.map((g) => g.key).sort();
    expect(keys([...rows].reverse())).toEqual(keys(rows));
    expect(keys([rows[1], rows[2], rows[0]] as Registration[])).toEqual(keys(rows));
  });

  it('a longer chain, and two clusters joined by one row: one group per set of rows all linked', () => {
    const chain = [1960, 1961, 1962, 1963, 1964].map((y, k) => mai(y, ['X01', 'PN', 'ND', 'UB', 'X01'][k] as string, `Chức vụ ${k}`, 'Thôn 1, xã An Bình'));
    expect(shapes(chain).map(([, m]) => m)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    const star = [
      mai(1980, 'X01', 'Hội viên', 'Thôn 2, xã An Bình'),
      mai(1980, 'PN', 'Chi hội trưởng', 'Thôn 2, xã An Bình'),
      mai(1981, 'ND', 'Nông dân', 'Thôn 2, xã An Bình'),
      mai(1982, 'UB', 'Y sĩ', 'Thôn 2, xã An Bình'),
      mai(1982, 'X01', 'Giáo viên', 'Thôn 2, xã An Bình'),
    ];
    const groups = noChains(star);
    // No group holds both 1980 and 1982.
    for (const g of groups) expect(g.members.map((m) => m.registration.birthYear).sort()).not.toEqual(expect.arrayContaining([1980, 1982]));
    // Every link is still in some group: the 1981 row is reviewed with each side.
    const with1981 = groups.filter((g) => g.members.some((m) => m.index === 2));
    expect(with1981.some((g) => g.members.some((m) => m.index === 0))).toBe(true);
    expect(with1981.some((g) => g.members.some((m) => m.index === 3))).toBe(true);
  });

  it('the message states the years the group holds, not those of the link that explains it', () => {
    // One workplace: 1970 ~ 1971 a year apart, 1979 one digit from each: all linked, three years in one group.
    const rows = [
      mai(1970, 'X01', 'Kế toán', 'Phòng Tài chính huyện'),
      mai(1971, 'PN', 'Kế toán', 'Phòng Tài chính huyện'),
      mai(1979, 'ND', 'Kế toán', 'Phòng Tài chính huyện'),
    ];
    const findings = duplicatesRule(analyze(readResult({ units: UNITS, registrations: rows }), { y: 2023, m: 3, d: 1 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('năm sinh khác nhau (1970, 1971, 1979)');
    expect(findings[0]?.message).not.toContain('lệch một năm');
  });

  it('near miss: rows all linked to each other stay one group, under the key they always had; decisions hold', () => {
    const rows = [person('Lê Văn Hòa', 1970), person('Lê Văn Hoa', 1970), person('Lê Văn Hóa', 1970)];
    const { groups } = matchRegistrations(rows, UNITS);
    expect(groups.map((g) => [g.confidence, g.members.map((m) => m.index)])).toEqual([['probable', [0, 1, 2]]]);
    expect(groups[0]?.key).toBe(keyOf(rows, 0, 1, 2));
    expect(shapes(rows, [{ key: keyOf(rows, 0, 1, 2), decision: 'not-duplicate' }])).toEqual([]);
  });

  it('decisions on the split groups: "Không trùng" on one leaves the other; "Trùng" on both merges the three', () => {
    const rows = [
      mai(1970, 'X01', 'Hội viên', 'Thôn 1, xã An Bình'),
      mai(1971, 'PN', 'Chi hội trưởng', 'Thôn 1, xã An Bình'),
      mai(1972, 'ND', 'Nông dân', 'Thôn 1, xã An Bình'),
    ];
    const first = keyOf(rows, 0, 1);
    const second = keyOf(rows, 1, 2);
    expect(shapes(rows, [{ key: first, decision: 'not-duplicate' }])).toEqual([['probable', [1, 2]]]);
    const both = matchRegistrations(rows, UNITS, {
      decisions: [
        { key: first, decision: 'duplicate' },
        { key: second, decision: 'duplicate' },
      ],
    }).groups;
    // The user's word merges what the engine never would (1970 and 1972, one digit apart with nothing in common).
    expect(both.map((g) => [g.confidence, g.decided, g.members.map((m) => m.index)])).toEqual([['certain', 'duplicate', [0, 1, 2]]]);
    // "Trùng" on one: that pair merged, the other still to review.
    expect(shapes(rows, [{ key: first, decision: 'duplicate' }])).toEqual([
      ['certain', [0, 1]],
      ['probable', [1, 2]],
    ]);
  });
});
