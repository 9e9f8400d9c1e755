/** One entry per exemplar: certain duplicates merged keeping what each unit wrote, probable ones kept apart. */
import { ceremonyDocument } from '../../../src/domain/ceremony/ceremony-document';
import { checksFor, MatchGroup, selectEntries } from '../../../src/domain/ceremony/select-entries';
import type { Finding } from '../../../src/domain/findings/finding';
import { defaultProfile } from '../../../src/domain/profile';
import { readResult, reg, unit } from '../rules/helpers';

const CEREMONY = defaultProfile().ceremonies[0]!;
const xa = unit('Đảng bộ xã An Bình', { code: 'X01' });
const phuNu = unit('Hội Liên hiệp Phụ nữ huyện', { code: 'PN' });
const nongDan = unit('Hội Nông dân huyện', { code: 'ND' });

function select(regs: ReturnType<typeof reg>[], groups: MatchGroup[], findings: Finding[] = []) {
  return selectEntries(readResult({ units: [xa, phuNu, nongDan], registrations: regs }), findings, groups, CEREMONY);
}

describe('a certain duplicate', () => {
  const a = reg('Trần Thị Thủy', xa, { birthYear: 1979, position: 'Chi hội trưởng Phụ nữ ấp 3', achievements: 'Mô hình tiết kiệm' });
  const b = reg('Trần Thị Thuỷ', phuNu, { birthYear: 1979, position: 'Ủy viên Ban Chấp hành Hội', workplace: 'Hội LHPN xã An Bình', achievements: 'Giúp 5 hộ thoát nghèo' });
  const c = reg('Trần Thị Thủy', nongDan, { birthYear: 1979, position: 'chi hội trưởng phụ nữ ấp 3', achievements: 'Mô hình tiết kiệm' });

  it('is one entry naming every proposing unit and keeping each distinct position and achievement', () => {
    const s = select([a, b, c], [{ confidence: 'certain', members: [a.source, b.source, c.source] }]);
    expect(s.individuals).toHaveLength(1);
    const e = s.individuals[0]!;
    expect(e.units).toEqual(['Đảng bộ xã An Bình', 'Hội Liên hiệp Phụ nữ huyện', 'Hội Nông dân huyện']);
    // The third unit's position differs only in case: it is the first one, not a third.
    expect(e.position).toBe('Chi hội trưởng Phụ nữ ấp 3; Ủy viên Ban Chấp hành Hội, Hội LHPN xã An Bình');
    expect(e.achievements).toBe('Mô hình tiết kiệm\nGiúp 5 hộ thoát nghèo');
    expect(e.rows).toEqual([a.source, b.source, c.source]);
    const row = ceremonyDocument({ ...defaultProfile(), district: 'An Phú' }, CEREMONY, s).groups[1]!.rows[0]!;
    expect(row[4]).toBe('Đảng bộ xã An Bình; Hội Liên hiệp Phụ nữ huyện; Hội Nông dân huyện');
    expect(row[3]).toContain('Ủy viên Ban Chấp hành Hội');
  });

  it('keeps one position when every unit wrote the same', () => {
    const x = reg('Lê Văn Tám', xa, { birthYear: 1970, position: 'Trưởng ấp', note: 'Hồ sơ đủ' });
    const y = reg('Lê Văn Tám', nongDan, { birthYear: 1970, position: 'trưởng ấp', note: 'Hồ sơ đủ' });
    const z = reg('Lê Văn Tám', phuNu, { birthYear: 1970, position: 'Trưởng Ấp', note: 'Đã xác minh' });
    const s = select([x, y, z], [{ confidence: 'certain', members: [x.source, y.source, z.source] }]);
    expect(s.individuals.map((e) => [e.position, e.units.length, e.note])).toEqual([['Trưởng ấp', 3, 'Hồ sơ đủ; Đã xác minh']]);
  });
});

describe('a probable duplicate', () => {
  it('stays two entries, the notes sheet naming for each the other (the list itself does not)', () => {
    const a = reg('Nguyễn Văn Hùng', xa, { birthYear: 1975 });
    const b = reg('Nguyễn Văn Hưng', nongDan, { birthYear: 1975 });
    const s = select([a, b], [{ confidence: 'probable', members: [a.source, b.source] }]);
    expect(s.individuals.map((e) => e.name)).toEqual(['Nguyễn Văn Hùng', 'Nguyễn Văn Hưng']);
    expect(s.individuals.map((e) => e.note)).toEqual([undefined, undefined]);
    expect(checksFor(s, s.individuals[0]!)).toEqual([expect.stringContaining('Có thể trùng với «Nguyễn Văn Hưng»')]);
    expect(checksFor(s, s.individuals[1]!)).toEqual([expect.stringContaining('Có thể trùng với «Nguyễn Văn Hùng»')]);
    expect(s.individuals.every((e) => e.units.length === 1)).toBe(true);
  });
});

describe('the kind of an entry', () => {
  it('follows the name when SUBJECT_KIND_MISMATCH says the stated kind is wrong, and only then', () => {
    const moved = reg('Chi bộ Ấp 5', xa, { kind: 'individual', kindSource: 'column' });
    const stated = reg('Gia đình ông Võ Văn Tư', xa, { kind: 'collective', kindSource: 'column', household: true });
    const mismatch: Finding = { code: 'SUBJECT_KIND_MISMATCH', severity: 'warning', rule: 'R1', file: moved.source.file, sheet: moved.source.sheet, row: moved.source.row, message: '' };
    const s = select([moved, stated], [], [mismatch]);
    expect(s.collectives.map((e) => e.name)).toEqual(['Chi bộ Ấp 5', 'Gia đình ông Võ Văn Tư']);
    expect(s.individuals).toEqual([]);
    expect(s.moved).toEqual([{ row: moved.source, unit: 'Đảng bộ xã An Bình', name: 'Chi bộ Ấp 5', stated: 'individual', listed: 'collective' }]);
  });
});
