/**
 * Trial 22a #9: two people of one name whose workplaces are bodies of two villages («Chi hội Nông dân Thôn 2» /
 * «… Thôn 9») are at most «có thể», and the sentence does not call the workplaces the same. Near misses: the same
 * village's body is still «cùng đơn vị công tác»; a commune's body without a village is too.
 */
import { analyze } from '../../../src/domain/analysis/analyze';
import { duplicatesRule } from '../../../src/domain/rules/duplicate';
import type { Registration } from '../../../src/domain/records';
import { readResult } from '../rules/helpers';
import { person, UNITS } from './factory';

function messages(registrations: Registration[]) {
  return duplicatesRule(analyze(readResult({ units: UNITS, registrations }), { y: 2023, m: 3, d: 1 }));
}

const BODIES = ['Chi hội Nông dân', 'Chi hội Phụ nữ', 'Chi bộ', 'Chi đoàn', 'Ban Công tác Mặt trận'];
const VILLAGES: [string, string][] = [
  ['Thôn 2', 'Thôn 9'],
  ['ấp Phú Lợi', 'ấp Phú Thạnh'],
  ['Khu phố 1', 'Khu phố 3'],
];

describe("bodies of two villages are not «cùng đơn vị công tác»", () => {
  const cases = BODIES.flatMap((body) => VILLAGES.flatMap(([v1, v2]) => [1999, 1998].map((year) => [body, v1, v2, year] as const)));

  it.each(cases)('%s %s / %s, born 1999 and %s', (body, v1, v2, year) => {
    const a = person('Đặng Thị Lan', 1999, { unitId: 'X02', gender: 'female', position: `Chi hội trưởng ${body} ${v1}, xã Tân Lập` });
    const b = person('Đặng Thị Lan', year, { unitId: 'ND', gender: 'female', position: `Chi hội trưởng ${body} ${v2}, xã Tân Lập` });
    for (const f of messages([a, b])) {
      expect(f.confidence).toBe('probable');
      expect(f.message).not.toContain('cùng đơn vị công tác');
      if (f.message.includes('khác thôn')) expect(f.message).toContain('đơn vị công tác cùng loại ở hai thôn khác nhau');
    }
  });

  it('the report\'s shape is found, «có thể», and says the two villages\' bodies apart', () => {
    const a = person('Đặng Thị Lan', 1999, { unitId: 'X02', gender: 'female', position: 'Chi hội trưởng Chi hội Nông dân Thôn 2, xã Tân Lập' });
    const b = person('Đặng Thị Lan', 1998, { unitId: 'ND', gender: 'female', position: 'Chi hội trưởng Chi hội Nông dân Thôn 9, xã Tân Lập' });
    const [f, ...rest] = messages([a, b]);
    expect(rest).toHaveLength(0);
    expect(f?.confidence).toBe('probable');
    expect(f?.message).toContain('nhưng khác thôn (ấp, khu phố): đơn vị công tác cùng loại ở hai thôn khác nhau, cùng chức vụ');
  });

  it.each([
    ['Chi hội trưởng Chi hội Nông dân Thôn 2, xã Tân Lập', 'Chi hội trưởng Chi hội Nông dân Thôn 2, xã Tân Lập'],
    ['Chủ tịch Hội Nông dân xã Tân Lập', 'Chủ tịch Hội Nông dân xã Tân Lập'],
  ])('near miss: %s written alike by both is still «cùng đơn vị công tác»', (p1, p2) => {
    const a = person('Đặng Thị Lan', 1999, { unitId: 'X02', gender: 'female', position: p1 });
    const b = person('Đặng Thị Lan', 1998, { unitId: 'ND', gender: 'female', position: p2 });
    const [f] = messages([a, b]);
    expect(f?.message).toContain('cùng đơn vị công tác');
    expect(f?.message).not.toContain('khác thôn');
  });
});
