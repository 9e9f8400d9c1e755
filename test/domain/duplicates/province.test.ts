/**
 * A province's list: many districts, each with its own offices, and communes whose names differ by a diacritic.
 * What the bench (bench/duplicates.ts) found the matcher confusing there, each with its pair that must still match.
 */
import { forEachCandidate } from '../../../src/domain/duplicates/blocking';
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { normalizeRegistrations } from '../../../src/domain/duplicates/normalize';
import type { UnitRecord } from '../../../src/domain/records';
import { collective, compare, person, unit, UNITS, verdict } from './factory';

const PROVINCE: UnitRecord[] = [
  unit('A.UB', 'Ủy ban nhân dân huyện An Phú', 'Chính quyền'),
  unit('A.ND', 'Hội Nông dân huyện An Phú', 'Mặt trận – đoàn thể'),
  unit('A.HD', 'Huyện đoàn An Phú', 'Mặt trận – đoàn thể'),
  unit('A.TT', 'Đảng bộ thị trấn An Phú'),
  unit('A.X1', 'Đảng bộ xã Thanh Kim'),
  unit('A.S1', 'Chi bộ Trường THCS Thanh Kim'),
  unit('A.TH', 'Chi bộ Trường THPT An Phú'),
  unit('B.UB', 'Ủy ban nhân dân huyện Tân Lập', 'Chính quyền'),
  unit('B.X1', 'Đảng bộ xã Thạnh Kim'),
  unit('B.S1', 'Chi bộ Trường THCS Thạnh Kim'),
];

const inProvince = (a: ReturnType<typeof collective>, b: ReturnType<typeof collective>) =>
  matchRegistrations([a, b], PROVINCE).groups[0]?.confidence;

describe('a province', () => {
  it('tells two districts\' offices apart, by the district their name or their proposing unit gives', () => {
    const a = collective('Phòng Văn hóa và Thông tin huyện An Phú', { unitId: 'UB' });
    const b = collective('Phòng Văn hóa và Thông tin huyện Tân Lập', { unitId: 'UB' });
    expect(compare(a, b).vetoes).toContain('place');
    expect(verdict(a, b)).toBeUndefined();
    // Named by the proposing units only.
    expect(inProvince(collective('Phòng Nội vụ', { unitId: 'A.UB' }), collective('Phòng Nội vụ', { unitId: 'B.UB' }))).toBeUndefined();
    // One district's office proposed by two of its bodies is still one exemplar.
    expect(inProvince(collective('Phòng Nội vụ', { unitId: 'A.UB' }), collective('Phòng Nội vụ', { unitId: 'A.ND' }))).toBe('certain');
    expect(verdict(collective('Phòng Nội vụ huyện', { unitId: 'UB' }), collective('Phòng Nội vụ huyện', { unitId: 'ND' }))).toBe('certain');
  });

  it('knows a unit\'s district from a district\'s name without "huyện" ("Trường THPT An Phú", "Huyện đoàn An Phú")', () => {
    const team = 'Đội Cảnh sát giao thông – Trật tự';
    expect(inProvince(collective(team, { unitId: 'A.TH' }), collective(team, { unitId: 'B.UB' }))).toBeUndefined();
    expect(inProvince(collective(team, { unitId: 'A.TH' }), collective(team, { unitId: 'A.HD' }))).toBe('certain');
    const [a] = normalizeRegistrations([collective('Chi bộ Trường THPT Tân Lập')], PROVINCE);
    expect(a?.district?.display).toBe('huyện Tân Lập');
  });

  it('keeps communes whose names differ by a diacritic apart ("xã Thanh Kim" ≠ "xã Thạnh Kim")', () => {
    const a = collective('Trạm Y tế xã Thanh Kim', { unitId: 'UB' });
    expect(compare(a, collective('Trạm Y tế xã Thạnh Kim', { unitId: 'UB' })).vetoes).toContain('place');
    // A row typed entirely without diacritics may still be either.
    expect(verdict(collective('Tram Y te xa Thanh Kim', { unitId: 'UB' }), collective('Trạm Y tế xã Thạnh Kim', { unitId: 'UB' }))).toBeDefined();
    // An abbreviation expanded in such a row leaves it "without diacritics".
    expect(verdict(collective('Chi bo TT Phu Hoa', { unitId: 'UB' }), collective('Chi bộ thị trấn Phú Hòa', { unitId: 'UB' }))).toBeDefined();
  });

  it('places a body named after its commune in it, so two schools\' teams are two exemplars', () => {
    const team = 'Tổ chuyên môn Toán – Tin';
    expect(inProvince(collective(team, { unitId: 'A.S1' }), collective(team, { unitId: 'B.S1' }))).toBeUndefined();
    expect(inProvince(collective(team, { unitId: 'A.S1' }), collective(team, { unitId: 'A.S1' }))).toBe('certain');
  });

  it('does not place a district\'s body in the town named after the district', () => {
    const [byYouthUnion, byOffice] = normalizeRegistrations(
      [collective('Chi đoàn Thanh niên', { unitId: 'A.HD' }), person('Lê Văn Nam', 1980, { unitId: 'UB', position: 'Chuyên viên Phòng Nội vụ huyện Phú Hòa' })],
      [...PROVINCE, ...UNITS],
    );
    expect(byYouthUnion?.place).toBeUndefined();
    expect(byOffice?.place).toBeUndefined();
    // The town itself is still found by its name.
    const [school] = normalizeRegistrations([collective('Trường Mầm non An Phú', { unitId: 'A.UB' })], [unit('A.TT', 'Đảng bộ thị trấn An Phú')]);
    expect(school?.place?.display).toBe('thị trấn An Phú');
  });

  it('does not take the same post in another commune for the same post', () => {
    const job = (commune: string) => ({ gender: 'male' as const, position: `Chủ tịch Hội Nông dân xã ${commune}` });
    const o = compare(person('Bùi Xuân Hiệp', 1994, job('An Bình')), person('Bùi Xuân Hiệp', 1994, job('Tân Lập')));
    expect(o.confidence).toBeUndefined();
    // Nor does it lift the birth-year veto.
    expect(compare(person('Bùi Xuân Hiệp', 1970, job('An Bình')), person('Bùi Xuân Hiệp', 1990, job('Tân Lập'))).vetoes).toEqual(['birthYear']);
    // In one commune it is the same post.
    expect(compare(person('Bùi Xuân Hiệp', 1994, job('An Bình')), person('Bùi Xuân Hiệp', 1994, job('An Bình'))).confidence).toBe('certain');
  });
});

describe('blocking in a province', () => {
  it('pairs a one-letter typo where no commune is known', () => {
    const office = { unitId: 'UB', gender: 'male' as const, position: 'Chuyên viên Tòa án nhân dân huyện' };
    const rows = [person('Trần Minh Long', 1961, office), person('Trầm Minh Long', 1961, { ...office, unitId: 'ND' }), person('Trần Minh Long', 1975, office)];
    const records = normalizeRegistrations(rows, UNITS);
    const pairs: string[] = [];
    forEachCandidate(records, (i, j) => pairs.push(`${i}-${j}`));
    expect(pairs).toContain('0-1');
    expect(verdict(rows[0] as (typeof rows)[0], rows[1] as (typeof rows)[0])).toBe('probable');
  });

  it('gives a name column holding long text one key, not one per letter', () => {
    const long = `Nguyễn ${'Văn '.repeat(5000)}An`;
    const records = normalizeRegistrations([person(long, 1970), person(long, 1970)], UNITS);
    // One candidate pair, not one per letter: what keeps it fast is counted, not timed.
    const stats = forEachCandidate(records, () => undefined);
    expect(stats.candidates).toBe(1);
  });

  it('pairs a unit\'s own team listed twice, though every unit has one', () => {
    const rows = ['UB', 'PN', 'ND', 'ND'].map((unitId) => collective('Chi đoàn Thanh niên', { unitId }));
    const records = normalizeRegistrations(rows, UNITS);
    const pairs: string[] = [];
    const stats = forEachCandidate(records, (i, j) => pairs.push(`${i}-${j}`), { maxBlockSize: 3 });
    // The oversized block is split (trial 18b #1), not skipped: its rows are compared, and only the unit's own pair
    // is one exemplar.
    expect(stats.skippedCount).toBe(0);
    expect(pairs).toContain('2-3');
    const { groups } = matchRegistrations(rows, UNITS, { maxBlockSize: 3 });
    expect(groups.map((g) => g.members.map((m) => m.index))).toEqual([[2, 3]]);
  });

  it('tells the caller of every candidate pair, by position in the registrations given', () => {
    const rows = [collective(''), person('Trần Văn Nam', 1970), person('Trần Văn Nam', 1970), person('Trần Nam', 1970)];
    const told: string[] = [];
    const { stats } = matchRegistrations(rows, UNITS, { onCandidate: (a, b) => told.push(`${a}-${b}`) });
    expect(told.sort()).toEqual(['1-2', '1-3', '2-3']);
    expect(stats.candidates).toBe(told.length);
  });
});
