/**
 * Trial 5: one rule for how a person's name is printed on the ceremony list: words typed all in capitals or all in
 * lower case are written as names are; words the unit wrote in mixed case are kept.
 */
import { MatchGroup, selectEntries } from '../../../src/domain/ceremony/select-entries';
import { printedPersonName } from '../../../src/domain/ceremony/name-case';
import { defaultProfile } from '../../../src/domain/profile';
import type { Registration } from '../../../src/domain/records';
import { readResult, reg, unit } from '../rules/helpers';

const FIRST = defaultProfile().ceremonies.find((c) => !c.phases.includes(2))!;
const anBinh = unit('Đảng bộ xã An Bình', { code: 'X01' });
const nongDan = unit('Hội Nông dân huyện', { code: 'ND' });

const listed = (regs: Registration[], groups: MatchGroup[] = []) => {
  const s = selectEntries(readResult({ units: [anBinh, nongDan], registrations: regs }), [], groups, FIRST);
  return { individuals: s.individuals.map((e) => e.name), collectives: s.collectives.map((e) => e.name) };
};

describe("a person's name as printed", () => {
  it.each<[string, string]>([
    ['nguyễn văn tâm', 'Nguyễn Văn Tâm'],
    ['lê thị HOA', 'Lê Thị Hoa'],
    ['TRẦN VĂN BA', 'Trần Văn Ba'],
    ['NGUYỄN Văn An', 'Nguyễn Văn An'],
    ['trần thị mỹ lệ', 'Trần Thị Mỹ Lệ'],
    ["H'HEN NIÊ", "H'Hen Niê"],
    ['nguyễn t.thu hương', 'Nguyễn T.Thu Hương'],
    ['ĐINH VĂN Y', 'Đinh Văn Y'],
  ])('«%s» is printed «%s»', (typed, printed) => {
    expect(printedPersonName(typed)).toBe(printed);
  });

  it.each(['Nguyễn Văn Tâm', "H'Hen Niê", 'Y Bhin Niê', 'Nguyễn Văn A', 'Ksor H’Ngơm', 'Nguyễn T. Thu Hương', 'Thạch Thị Sa Vane'])(
    'near miss: «%s», written with care, is kept',
    (name) => {
      expect(printedPersonName(name)).toBe(name);
    },
  );
});

describe('on the list', () => {
  // Trial 18a #18: a body in capitals is printed as the list's other bodies are written; one in lower case as typed.
  it('lower case and capitals are printed alike; a body in capitals or in lower case is written as bodies are (trial 20b #7)', () => {
    const regs = [
      reg('nguyễn văn tâm', anBinh, { birthYear: 1968 }),
      reg('lê thị HOA', anBinh, { birthYear: 1975 }),
      reg('TRẦN VĂN BA', anBinh, { birthYear: 1980 }),
      reg('HỘI NÔNG DÂN XÃ AN BÌNH', anBinh),
      reg('chi bộ ấp 3', anBinh),
    ];
    expect(listed(regs)).toEqual({
      individuals: ['Nguyễn Văn Tâm', 'Lê Thị Hoa', 'Trần Văn Ba'],
      collectives: ['Hội Nông dân xã An Bình', 'Chi bộ ấp 3'],
    });
  });

  it('a merged entry prints the spelling written with care, whichever unit comes first', () => {
    const lower = reg('nguyễn văn tâm', anBinh, { birthYear: 1968, source: { file: 'a.xlsx', sheet: 'DS', row: 4 } });
    const proper = reg('Nguyễn Văn Tâm', nongDan, { birthYear: 1968, source: { file: 'b.xlsx', sheet: 'DS', row: 4 } });
    const groups: MatchGroup[] = [{ confidence: 'certain', members: [lower.source, proper.source] }];
    expect(listed([lower, proper], groups).individuals).toEqual(['Nguyễn Văn Tâm']);
    const odd = reg('Nguyễn Văn TÂM', nongDan, { birthYear: 1968, source: { file: 'b.xlsx', sheet: 'DS', row: 4 } });
    expect(listed([lower, odd], [{ confidence: 'certain', members: [lower.source, odd.source] }]).individuals).toEqual(['Nguyễn Văn Tâm']);
  });
});
