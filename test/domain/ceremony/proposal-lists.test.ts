/**
 * Trial 3 (R10): a unit's 2023 registration list and its 2025 proposal list read together. For the 2025 ceremony the
 * proposal list decides: the registration's rows that it does not propose stay off (and say why), the exemplars it
 * proposes come once, from its own rows. A unit that sent no proposal list keeps every phase-1 and phase-2 row.
 */
import { MatchGroup, selectEntries } from '../../../src/domain/ceremony/select-entries';
import { defaultProfile } from '../../../src/domain/profile';
import type { Registration, TableInfo } from '../../../src/domain/records';
import { readResult, reg, unit } from '../rules/helpers';

const FINAL = defaultProfile().ceremonies.find((c) => c.phases.includes(2))!;
const FIRST = defaultProfile().ceremonies.find((c) => !c.phases.includes(2))!;
const anBinh = unit('Đảng bộ xã An Bình', { code: 'X01' });
const tanLap = unit('Đảng bộ xã Tân Lập', { code: 'X02' });

const table = (file: string, proposal: boolean): TableInfo => ({
  file,
  sheet: 'DS',
  kind: 'registrations',
  headerRow: 3,
  fields: ['stt', 'name', 'birthYear', ...(proposal ? (['proposal'] as const) : [])],
});
const at = (file: string, row: number) => ({ source: { file, sheet: 'DS', row } });

// An Bình: registered Hùng and Hoa in 2023; proposes Hùng and a newcomer Tư in 2025.
const hung23 = reg('Trần Văn Hùng', anBinh, { birthYear: 1970, ...at('ab-2023.xlsx', 4) });
const hoa23 = reg('Lê Thị Hoa', anBinh, { birthYear: 1980, ...at('ab-2023.xlsx', 5) });
const hung25 = reg('Trần Văn Hùng', anBinh, { birthYear: 1970, proposal: 'Giấy khen', proposed: true, proposalList: true, ...at('ab-2025.xlsx', 4) });
const tu25 = reg('Phạm Văn Tư', anBinh, { birthYear: 1975, proposal: 'Giấy khen', proposed: true, proposalList: true, ...at('ab-2025.xlsx', 5) });
// Tân Lập sent only its registration list.
const sau23 = reg('Huỳnh Văn Sáu', tanLap, { birthYear: 1970, ...at('tl-2023.xlsx', 4) });

function select(regs: Registration[], ceremony = FINAL) {
  const read = { ...readResult({ units: [anBinh, tanLap], registrations: regs }), tables: [table('ab-2023.xlsx', false), table('ab-2025.xlsx', true), table('tl-2023.xlsx', false)] };
  const groups: MatchGroup[] = [{ confidence: 'certain', members: [hung23.source, hung25.source] }];
  return selectEntries(read, [], groups, ceremony);
}

describe("the 2025 list of a unit that sent a proposal list", () => {
  it('holds what the proposal list proposes, once, and what units without one registered', () => {
    const s = select([hung23, hoa23, hung25, tu25, sau23]);
    expect(s.individuals.map((e) => e.name)).toEqual(['Trần Văn Hùng', 'Phạm Văn Tư', 'Huỳnh Văn Sáu']);
    expect(s.individuals[0]?.award).toBe('Giấy khen của Ban Thường vụ Huyện ủy');
  });

  it('says why each registration row stays off: proposed from the other list, or not proposed at all', () => {
    const s = select([hung23, hoa23, hung25, tu25, sau23]);
    const why = new Map(s.excluded.map((x) => [x.name, x.reason]));
    expect(why.get('Trần Văn Hùng')).toContain('Có trong danh sách đề nghị biểu dương của đơn vị (ab-2025.xlsx)');
    expect(why.get('Lê Thị Hoa')).toContain('danh sách ấy không có tên này');
    expect(why.has('Huỳnh Văn Sáu')).toBe(false);
  });

  it('near miss: the files in the other order give the same list', () => {
    expect(select([tu25, hung25, sau23, hoa23, hung23]).individuals.map((e) => e.name).sort()).toEqual(['Huỳnh Văn Sáu', 'Phạm Văn Tư', 'Trần Văn Hùng']);
  });

  it('near miss: the 2023 ceremony does not look at proposals', () => {
    expect(select([hung23, hoa23, sau23], FIRST).individuals.map((e) => e.name)).toEqual(['Trần Văn Hùng', 'Lê Thị Hoa', 'Huỳnh Văn Sáu']);
  });
});
