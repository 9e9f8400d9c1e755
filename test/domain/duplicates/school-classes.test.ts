/**
 * A school's class named without its school ("Chi đoàn 12A1", "Lớp 6/1") is the class of the school that proposes
 * it: two schools' classes of one name are two collectives, never one ceremony entry (trial 9 #10, review 17).
 */
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import type { Registration } from '../../../src/domain/records';
import { collective, unit, UNITS } from './factory';

const SCHOOLS = [
  unit('NDU', 'Chi bộ Trường THPT Nguyễn Du'),
  unit('LLO', 'Chi bộ Trường THPT Lê Lợi'),
  unit('THCS', 'Trường THCS thị trấn Phú Hòa'),
  unit('DTN', 'Đoàn TNCS Hồ Chí Minh huyện', 'Mặt trận – đoàn thể'),
];

function verdict(a: Registration, b: Registration): 'certain' | 'probable' | undefined {
  return matchRegistrations([a, b], [...UNITS, ...SCHOOLS]).groups[0]?.confidence;
}

describe("two schools' classes of one name", () => {
  it.each(['Chi đoàn 12A1', 'Chi đội 9A', 'Lớp 6/1', 'Lớp 10A2', 'Tập thể lớp 11C3', 'Chi đoàn lớp 12A1', 'Chi đoàn 10CT'])(
    '%s of Trường THPT Nguyễn Du and of Trường THPT Lê Lợi: two collectives',
    (name) => {
      expect(verdict(collective(name, { unitId: 'NDU' }), collective(name, { unitId: 'LLO' }))).toBeUndefined();
    },
  );

  it('a school listing its class twice: one collective, certain', () => {
    expect(verdict(collective('Chi đoàn 12A1', { unitId: 'NDU' }), collective('Chi đoàn 12A1', { unitId: 'NDU' }))).toBe('certain');
    expect(verdict(collective('Lớp 6/1', { unitId: 'THCS' }), collective('Lớp 6/1', { unitId: 'THCS' }))).toBe('certain');
  });

  it('a class the district youth union proposes, the school too: at most probable, a clerk decides', () => {
    expect(verdict(collective('Chi đoàn 12A1', { unitId: 'DTN' }), collective('Chi đoàn 12A1', { unitId: 'NDU' }))).not.toBe('certain');
  });
});

describe('near misses that keep their verdict', () => {
  it("a class named with its school is that school's, whoever proposes it", () => {
    const name = 'Chi đoàn 12A1 Trường THPT Nguyễn Du';
    expect(verdict(collective(name, { unitId: 'DTN' }), collective(name, { unitId: 'LLO' }))).toBe('certain');
  });

  it.each(['Chi đoàn ấp 3A', 'Chi bộ Khu phố 5B', 'Chi hội Nông dân Tổ 2A'])(
    '%s is a village body, not a class: proposed by two schools, still a probable pair',
    (name) => {
      expect(verdict(collective(name, { unitId: 'NDU' }), collective(name, { unitId: 'LLO' }))).toBe('probable');
    },
  );

  it('a district body proposed by two units of the district is still one collective', () => {
    expect(verdict(collective('Phòng Giáo dục và Đào tạo huyện', { unitId: 'UB' }), collective('Phòng Giáo dục và Đào tạo huyện', { unitId: 'DTN' }))).toBe('certain');
  });
});
