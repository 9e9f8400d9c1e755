/**
 * Trial 22b #7: a unit's 2025 proposal list with no «Hình thức đề nghị» column proposes every row (its people go on
 * the 2025 list): the registration rows it repeats are said to be «Có trong danh sách đề nghị …», never «có tên này
 * nhưng không đề nghị». With the column, a row left blank is still declined (near miss).
 */
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import { defaultProfile } from '../../../src/domain/profile';
import type { Registration, TableInfo } from '../../../src/domain/records';
import { readResult, reg, unit } from '../rules/helpers';

const FINAL = defaultProfile().ceremonies.find((c) => c.phases.includes(2))!;
const anBinh = unit('Đảng bộ xã An Bình', { code: 'X01' });
const PEOPLE: [string, number][] = [
  ['Trần Văn Hùng', 1970],
  ['Lê Thị Hoa', 1980],
  ['Nguyễn Văn Tư', 1975],
  ['Phạm Thị Năm', 1988],
];

const table = (file: string, proposal: boolean): TableInfo => ({
  file,
  sheet: 'DS',
  kind: 'registrations',
  headerRow: 3,
  fields: ['stt', 'name', 'birthYear', ...(proposal ? (['proposal'] as const) : [])],
});

/** An Bình's 2023 list of all PEOPLE, and its 2025 list naming the first `n` (with or without the column). */
function select(n: number, column: boolean, extra: Partial<Registration> = {}) {
  const registered = PEOPLE.map(([name, birthYear], i) => reg(name, anBinh, { birthYear, source: { file: 'ab-2023.xlsx', sheet: 'DS', row: 4 + i } }));
  const proposed = PEOPLE.slice(0, n).map(([name, birthYear], i) =>
    reg(name, anBinh, {
      birthYear,
      proposalList: true,
      ...(column ? { proposed: false } : {}),
      ...extra,
      source: { file: 'ab-2025.xlsx', sheet: 'DS', row: 4 + i },
    }),
  );
  const read = { ...readResult({ units: [anBinh], registrations: [...registered, ...proposed] }), tables: [table('ab-2023.xlsx', false), table('ab-2025.xlsx', column)] };
  return selectEntries(read, [], [], FINAL);
}

const reasonsFor = (s: ReturnType<typeof select>, file: string) => s.excluded.filter((x) => x.row.file === file).map((x) => [x.name, x.reason] as const);

describe('a 2025 proposal list without a proposal column (trial22b #7)', () => {
  it.each([1, 2, 3, 4])('with %i of the 4 registered people: those are «có trong danh sách đề nghị», on the list', (n) => {
    const s = select(n, false);
    expect(s.individuals.map((e) => e.name)).toEqual(PEOPLE.slice(0, n).map(([name]) => name));
    const reasons = reasonsFor(s, 'ab-2023.xlsx');
    for (const [name, reason] of reasons) {
      expect(reason).not.toContain('không đề nghị');
      const listed = PEOPLE.slice(0, n).some(([p]) => p === name);
      expect(reason).toContain(listed ? 'Có trong danh sách đề nghị biểu dương của đơn vị (ab-2025.xlsx); dòng ấy được đưa vào danh sách' : 'danh sách ấy không có tên này');
    }
  });

  it('near miss: a row whose note declines the proposal is still «không đề nghị»', () => {
    const s = select(2, false, { note: 'Không đề nghị' });
    expect(s.individuals).toEqual([]);
    expect(reasonsFor(s, 'ab-2023.xlsx').filter(([, r]) => r.includes('có tên này nhưng không đề nghị')).length).toBe(2);
  });

  it('near miss: with the column, a row left blank is declined', () => {
    const s = select(3, true);
    expect(s.individuals).toEqual([]);
    expect(reasonsFor(s, 'ab-2023.xlsx').filter(([, r]) => r.includes('có tên này nhưng không đề nghị')).length).toBe(3);
  });
});
