/** Registrations and units built directly, as reading would produce them: no workbook needed. */
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { normalizeRegistrations } from '../../../src/domain/duplicates/normalize';
import { nameFrequencies, PairOutcome, scorePair } from '../../../src/domain/duplicates/score';
import type { Registration, UnitRecord } from '../../../src/domain/records';

export const unit = (id: string, name: string, bloc = 'Đảng'): UnitRecord => ({
  id,
  code: id,
  name,
  bloc,
  typeSource: 'name',
  source: { file: 'don-vi.xlsx', sheet: 'Đơn vị', row: 1 },
});

export const UNITS: UnitRecord[] = [
  unit('X01', 'Đảng bộ xã An Bình', 'Đảng'),
  unit('X02', 'Đảng bộ xã Tân Lập', 'Đảng'),
  unit('TT1', 'Đảng bộ thị trấn Phú Hòa', 'Đảng'),
  unit('UB', 'Ủy ban nhân dân huyện', 'Chính quyền'),
  unit('PN', 'Hội Liên hiệp Phụ nữ huyện', 'Mặt trận – đoàn thể'),
  unit('ND', 'Hội Nông dân huyện', 'Mặt trận – đoàn thể'),
];

let nextRow = 5;

export type RegOptions = Partial<Omit<Registration, 'name' | 'source'>> & { file?: string; sheet?: string; row?: number };

/** A registration: a person unless the name reads as a collective; unit X01 unless told. */
export function reg(name: string, o: RegOptions = {}): Registration {
  const { file, sheet, row, ...rest } = o;
  const r: Registration = {
    source: { file: file ?? 'tong-hop.xlsx', sheet: sheet ?? 'Đăng ký', row: row ?? nextRow++ },
    unitId: 'X01',
    household: false,
    name,
    phase: 1,
    ...rest,
  };
  return r;
}

export const person = (name: string, birthYear?: number, o: RegOptions = {}) =>
  reg(name, { kind: 'individual', birthYear, ...o });
export const collective = (name: string, o: RegOptions = {}) => reg(name, { kind: 'collective', ...o });

/** The confidence the matcher gives two rows ("certain", "probable" or undefined: not reported). */
export function verdict(a: Registration, b: Registration): 'certain' | 'probable' | undefined {
  const { groups } = matchRegistrations([a, b], UNITS);
  return groups[0]?.confidence;
}

/** The scored comparison of two rows, blocking aside. */
export function compare(a: Registration, b: Registration): PairOutcome {
  const recs = normalizeRegistrations([a, b], UNITS);
  const [ra, rb] = recs;
  if (!ra || !rb) throw new Error('both rows need a name');
  return scorePair(ra, rb, nameFrequencies(recs));
}

export const levelOf = (o: PairOutcome, field: string) => o.evidence.find((e) => e.field === field)?.level;
