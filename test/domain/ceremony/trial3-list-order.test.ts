/**
 * Trial 3: a merged entry stands where its first proposing unit in the units list puts it, naming its units in that
 * order, whatever order the files were given in; on the 2023 list a row whose unit wrote "Không" as its proposal gets
 * no form it declined, and says so.
 */
import { MatchGroup, selectEntries } from '../../../src/domain/ceremony/select-entries';
import { ceremonyDocument } from '../../../src/domain/ceremony/ceremony-document';
import { defaultProfile } from '../../../src/domain/profile';
import type { Registration } from '../../../src/domain/records';
import { readResult, reg, unit } from '../rules/helpers';

const FIRST = defaultProfile().ceremonies.find((c) => !c.phases.includes(2))!;
const anBinh = unit('Đảng bộ xã An Bình', { code: 'X01' });
const phuMy = unit('Đảng bộ thị trấn Phú Mỹ', { code: 'TT1' });
const ubnd = unit('Ủy ban nhân dân huyện', { code: 'UB' });
const nongDan = unit('Hội Nông dân huyện', { code: 'ND' });
const UNITS = [anBinh, phuMy, ubnd, nongDan];

const at = (file: string, row: number) => ({ source: { file, sheet: 'DS', row } });
const tamND = reg('Nguyễn Văn Tâm', nongDan, { birthYear: 1968, position: 'Hội viên', ...at('a-hoind.xlsx', 4) });
const haiND = reg('Lê Văn Hai', nongDan, { birthYear: 1972, ...at('a-hoind.xlsx', 5) });
const tamAB = reg('Nguyễn Văn Tâm', anBinh, { birthYear: 1968, position: 'Nông dân', ...at('b-anbinh.xlsx', 4) });
const tam85 = reg('Nguyễn Văn Tâm', anBinh, { birthYear: 1985, ...at('b-anbinh.xlsx', 5) });
const leUB = reg('Trần Thị Mỹ Lệ', ubnd, { birthYear: 1978, ...at('c-ubnd.xlsx', 4) });
const lePM = reg('Trần Thị Mỹ Lệ', phuMy, { birthYear: 1978, ...at('d-phumy.xlsx', 4) });
const GROUPS: MatchGroup[] = [
  { confidence: 'certain', members: [tamND.source, tamAB.source] },
  { confidence: 'certain', members: [leUB.source, lePM.source] },
];

const listed = (regs: Registration[]) => {
  const s = selectEntries(readResult({ units: UNITS, registrations: regs }), [], GROUPS, FIRST);
  return s.individuals.map((e) => [e.name, e.birthYear, e.units.join('; ')]);
};

describe('merged entries in the units list order', () => {
  const expected = [
    ['Nguyễn Văn Tâm', 1968, 'Đảng bộ xã An Bình; Hội Nông dân huyện'],
    ['Nguyễn Văn Tâm', 1985, 'Đảng bộ xã An Bình'],
    ['Trần Thị Mỹ Lệ', 1978, 'Đảng bộ thị trấn Phú Mỹ; Ủy ban nhân dân huyện'],
    ['Lê Văn Hai', 1972, 'Hội Nông dân huyện'],
  ];
  it.each<[string, Registration[]]>([
    ['the district body first', [tamND, haiND, tamAB, tam85, leUB, lePM]],
    ['the communes first', [lePM, tamAB, tam85, leUB, tamND, haiND]],
  ])('%s: the same list', (_, regs) => {
    expect(listed(regs)).toEqual(expected);
  });

  it("near miss: the merged entry keeps each unit's position, the first unit's first", () => {
    const s = selectEntries(readResult({ units: UNITS, registrations: [tamND, tamAB] }), [], GROUPS, FIRST);
    expect(s.individuals[0]?.position).toBe('Nông dân; Hội viên');
  });
});

describe('a form the unit declined, on the 2023 list', () => {
  const declined = reg('Lê Thị Hoa', anBinh, { birthYear: 1970, proposed: false });
  const proposed = reg('Nguyễn Văn Tâm', anBinh, { birthYear: 1968, proposed: true, proposal: 'Giấy khen BTV Huyện ủy' });
  const blank = reg('Trần Văn Ba', anBinh, { birthYear: 1971 });

  it('is not printed: the row stays, its form is blank and the notes sheet says why (not the list)', () => {
    const s = selectEntries(readResult({ units: UNITS, registrations: [declined, proposed, blank] }), [], [], FIRST);
    const rows = ceremonyDocument({ ...defaultProfile(), district: 'An Phú' }, FIRST, s).groups[1]?.rows ?? [];
    expect(rows.map((r) => [r[1], r[6]])).toEqual([
      ['Lê Thị Hoa', ''],
      // Its proposed form, abbreviated, is the ceremony's own written out (trial 6).
      ['Nguyễn Văn Tâm', 'Giấy khen của Ban Thường vụ Huyện ủy'],
      ['Trần Văn Ba', 'Giấy khen của Ban Thường vụ Huyện ủy'],
    ]);
    expect(rows[0]?.[7]).toBe('');
    expect(s.checks.map((c) => [c.name, c.what])).toEqual([['Lê Thị Hoa', expect.stringContaining('ghi «Không» ở cột «Hình thức đề nghị»')]]);
    expect(rows[2]?.[7]).toBe('');
  });
});

describe('a proposal cell that only does not propose, on the 2023 list', () => {
  it.each(['Chưa', '-', 'Đã khen năm 2023', 'Tiếp tục bồi dưỡng'])('«%s» prints the default form, with no note', async (text) => {
    const { checkBooks } = await import('../../fixtures/trial2-fixgroups-shapes');
    const rows = [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Hình thức đề nghị'], [1, 'Đảng bộ xã An Bình', 'Lê Thị Hoa', 1970, text]];
    const { read, report } = await checkBooks([{ fileName: 'th.xlsx', sheets: [{ name: 'Đơn vị', rows: [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình']] }, { name: 'Đăng ký', rows }] }]);
    const s = selectEntries(read, report.findings, [], FIRST);
    const row = ceremonyDocument({ ...defaultProfile(), district: 'An Phú' }, FIRST, s).groups[1]?.rows[0];
    expect([row?.[6], row?.[7]]).toEqual(['Giấy khen của Ban Thường vụ Huyện ủy', '']);
  });
});
