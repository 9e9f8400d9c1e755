/**
 * Trial 14 #8: namesakes born other years no longer take a same-year pair out of the report. A pair of one year that
 * is probable counting only the namesakes that could be its person (born that year or a year apart, or with no year)
 * stays at least probable: the others may make it less sure, never hide it. Near misses: namesakes of the same year
 * or a year apart still lower the name's weight (a common name of one year in many communes stays unreported, the
 * province's noise), and a row without a year could be any of its namesakes.
 */
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import { normalizeRegistrations } from '../../../src/domain/duplicates/normalize';
import { nameFrequencies, PairScorer } from '../../../src/domain/duplicates/score';
import type { Registration } from '../../../src/domain/records';
import { checkMaster, row, shape } from '../../fixtures/trial14-groups';
import { person, unit, UNITS } from './factory';

const female = { gender: 'female' as const };

/** The pair of the trial: the commune's row with a workplace, the district women's union's without. */
const pair = (name = 'Huỳnh Thu Trang', other = name): Registration[] => [
  person(name, 1987, { ...female, unitId: 'X01', position: 'Kế toán', workplace: 'UBND xã An Bình' }),
  person(other, 1987, { ...female, unitId: 'PN' }),
];

/** Namesakes in other units, born in the years given. */
const namesakes = (name: string, years: number[]) =>
  years.map((y, k) => person(name, y, { ...female, unitId: k % 2 ? 'UB' : 'X02', position: 'Giáo viên', workplace: `Trường Mầm non ${k}` }));

/** The two first rows' group among all the rows, as "confidence" or "none". */
function pairOf(rows: Registration[]): string {
  const g = matchRegistrations(rows, UNITS).groups.find((x) => x.members.some((m) => m.index === 0) && x.members.some((m) => m.index === 1));
  return g ? g.confidence : 'none';
}

/** The two first rows' score among all the rows. */
function scoreOf(rows: Registration[]): number {
  const records = normalizeRegistrations(rows, UNITS);
  const scorer = new PairScorer(records, nameFrequencies(records));
  scorer.verdict(0, 1);
  return scorer.outcome().score;
}

/** Points the other rows take off the pair's score (the name's commonness). */
const offOf = (rows: Registration[]) => scoreOf(rows.slice(0, 2)) - scoreOf(rows);

describe('namesakes of other birth years (trial 14 #8)', () => {
  it('the trial\'s file: four namesakes born 1974–1981 leave the 1987 pair reported', async () => {
    const rows = [
      row('Đảng bộ xã An Bình', 'Huỳnh Thu Trang', 1987, 'Kế toán UBND xã An Bình', 'Nữ'),
      row('Hội Liên hiệp Phụ nữ huyện', 'Huỳnh Thu Trang', 1987, '', 'Nữ'),
    ];
    const alone = await checkMaster(rows);
    expect(alone.duplicates.map(shape)).toEqual(['probable 2,3']);
    const others = [
      row('Đảng bộ xã Phú Hữu', 'Huỳnh Thu Trang', 1974, 'Giáo viên Trường Mầm non Phú Hữu', 'Nữ'),
      row('Đảng bộ xã Khánh An', 'Huỳnh Thu Trang', 1980, 'Nông dân, ấp 3, xã Khánh An', 'Nữ'),
      row('Ủy ban MTTQ Việt Nam huyện', 'Huỳnh Thu Trang', 1981, '', 'Nữ'),
      row('Hội Nông dân huyện', 'Huỳnh Thu Trang', 1979, '', 'Nữ'),
    ];
    const withOthers = await checkMaster([...rows, ...others]);
    expect(withOthers.duplicates.map(shape)).toEqual(['probable 2,3']);
    // Counted and listed apart until someone decides, as alone.
    expect(withOthers.list.filter((e) => e.startsWith('Huỳnh Thu Trang 1987'))).toHaveLength(2);
  });

  it('however many namesakes of other years, for the full name and for a name without its middle name', () => {
    for (const n of [2, 4, 12, 30]) {
      const years = Array.from({ length: n }, (_, k) => 1950 + (k % 30));
      expect(pairOf([...pair(), ...namesakes('Huỳnh Thu Trang', years)])).toBe('probable');
      // "Huỳnh Trang" on the women's union's row: the names of that surname and given name are counted the same way.
      const short = pair('Huỳnh Thu Trang', 'Huỳnh Trang');
      expect(pairOf([...short, ...namesakes('Huỳnh Thị Trang', years)])).toBe(pairOf(short));
    }
  });

  it('near misses: namesakes of the same year or a year apart still weigh, and so do all of them for a row of no year', () => {
    // Twelve of the same year in other units: the name says less (two points off or more).
    expect(offOf([...pair(), ...namesakes('Huỳnh Thu Trang', Array(12).fill(1987))])).toBeGreaterThanOrEqual(2);
    // A year apart: they could be the same person, they count.
    expect(offOf([...pair(), ...namesakes('Huỳnh Thu Trang', [1986, 1988, 1986, 1988, 1986, 1988])])).toBeGreaterThanOrEqual(2);
    // A row of no year could be any of them.
    const yearless = pair().map((r, k) => ({ ...r, workplace: 'UBND xã An Bình', birthYear: k ? undefined : r.birthYear }));
    expect(offOf([...yearless, ...namesakes('Huỳnh Thu Trang', [1950, 1955, 1960, 1965, 1970, 1975])])).toBeGreaterThanOrEqual(2);
  });

  it('near miss: namesakes of other years may still make a certain pair only probable, never hide it', () => {
    const placed = pair().map((r) => ({ ...r, workplace: 'UBND xã An Bình' }));
    expect(pairOf(placed)).toBe('certain');
    const years = Array.from({ length: 60 }, (_, k) => 1930 + (k % 50));
    expect(['certain', 'probable']).toContain(pairOf([...placed, ...namesakes('Huỳnh Thu Trang', years)]));
    expect(offOf([...placed, ...namesakes('Huỳnh Thu Trang', years)])).toBeGreaterThan(0);
  });

  it('near miss: a very common name with many same-year bearers in other communes stays unreported', () => {
    const common = [...pair('Nguyễn Văn Hùng'), ...namesakes('Nguyễn Văn Hùng', Array(40).fill(1987))].map((r) => ({ ...r, gender: 'male' as const }));
    expect(pairOf(common)).toBe('none');
    // Namesakes of other years only: reported as the rare name is.
    const others = [...pair('Nguyễn Văn Hùng'), ...namesakes('Nguyễn Văn Hùng', Array.from({ length: 40 }, (_, k) => 1940 + k))].map((r) => ({ ...r, gender: 'male' as const }));
    expect(pairOf(others)).toBe(pairOf(pair('Nguyễn Văn Hùng').map((r) => ({ ...r, gender: 'male' as const }))));
  });

  it('near miss: across two districts of a province roll-up, namesakes of every year still count', () => {
    const units = [unit('AP', 'Đảng bộ xã An Bình, huyện An Phú'), unit('CM', 'Hội Liên hiệp Phụ nữ huyện Chợ Mới', 'Mặt trận – đoàn thể'), ...UNITS];
    const rows = [person('Huỳnh Thu Trang', 1987, { ...female, unitId: 'AP', position: 'Kế toán' }), person('Huỳnh Thu Trang', 1987, { ...female, unitId: 'CM' })];
    const years = Array.from({ length: 12 }, (_, k) => 1950 + k);
    const found = (rs: Registration[]) => matchRegistrations(rs, units).groups.some((g) => g.members.some((m) => m.index === 0) && g.members.some((m) => m.index === 1));
    expect(found(rows)).toBe(true);
    expect(found([...rows, ...namesakes('Huỳnh Thu Trang', years)])).toBe(false);
  });
});
