/**
 * Trial 18b #1: a block larger than the cap (40 rows) was skipped and nothing said so — the same person proposed by
 * 41 units got no DUPLICATE at all. Oversized blocks are now split by finer facts (year, commune, village, post…)
 * and compared; what the bound still leaves uncompared is said in the report's summary. Near misses: 40 copies (as
 * before), 41 namesakes of other years (no certain group), a district's placeless teams (not merged).
 */
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { matchRegistrations } from '../../../src/domain/duplicates/match';
import type { Registration, UnitRecord } from '../../../src/domain/records';
import { renderText } from '../../../src/domain/report/render-text';
import { checkBooks, oneSheet } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';
import { collective, person, unit, UNITS } from './factory';

const hamlets = (k: number): UnitRecord[] => Array.from({ length: k }, (_, i) => unit(`CB${i}`, `Chi bộ Ấp ${i + 1}`));

/** Two people, each proposed by every one of `k` units: 2k rows. */
function proposedByAll(k: number): { rows: Registration[]; units: UnitRecord[] } {
  const units = hamlets(k);
  const rows: Registration[] = [];
  for (const u of units) {
    rows.push(person('Trần Thị Thủy', 1979, { unitId: u.id, gender: 'female', position: 'Chi hội trưởng Phụ nữ ấp Phú Thạnh, xã Tân Lập' }));
    rows.push(person('Nguyễn Văn Lực', 1968, { unitId: u.id, gender: 'male', position: 'Trưởng ấp Phú Hiệp, xã Tân Lập' }));
  }
  return { rows, units };
}

const certainSizes = (rows: Registration[], units: UnitRecord[]) =>
  matchRegistrations(rows, units)
    .groups.filter((g) => g.confidence === 'certain')
    .map((g) => g.members.length);

describe('blocks larger than the cap are split, not skipped', () => {
  it.each([40, 41, 60, 160])('the same two people proposed by %i units are two certain groups, each whole', (k) => {
    const { rows, units } = proposedByAll(k);
    const { groups, stats } = matchRegistrations(rows, units);
    expect(groups.map((g) => [g.confidence, g.members.length])).toEqual([
      ['certain', k],
      ['certain', k],
    ]);
    expect(stats.skippedRows).toBe(0);
  });

  it('41 namesakes of 41 different years are no certain group (near miss)', () => {
    const units = hamlets(41);
    const rows = units.map((u, i) => person('Nguyễn Văn Hùng', 1940 + i, { unitId: u.id, position: 'Trưởng ấp, xã Tân Lập' }));
    expect(certainSizes(rows, units)).toEqual([]);
    // …and 41 of one year in 41 villages, each its own hamlet head: none merged either.
    const villages = units.map((u, i) => person('Nguyễn Văn Hùng', 1970, { unitId: u.id, position: `Trưởng thôn ${i + 1}, xã Tân Lập` }));
    expect(certainSizes(villages, units)).toEqual([]);
  });

  it('a district\'s teams named alike, placed in no commune, stay apart however many units have one (near miss)', () => {
    const units = [...UNITS, ...Array.from({ length: 45 }, (_, i) => unit(`P${i}`, `Phòng ban số ${i + 1} huyện`, 'Chính quyền'))];
    const rows = units.slice(6).map((u) => collective('Chi đoàn Thanh niên', { unitId: u.id }));
    rows.push(collective('Chi đoàn Thanh niên', { unitId: 'P3' }));
    const { groups } = matchRegistrations(rows, units);
    expect(groups.map((g) => g.members.map((m) => m.index))).toEqual([[3, 45]]);
  });

  it.each([5000, 20000])('a name borne by %i rows stays bounded and still finds the one real duplicate among them', (n) => {
    const units = hamlets(40);
    const rows: Registration[] = [];
    for (let i = 0; i < n; i++)
      rows.push(
        person('Nguyễn Văn Hùng', 1950 + (i % 45), {
          unitId: (units[i % 40] as UnitRecord).id,
          gender: 'male',
          position: `${['Trưởng thôn', 'Bí thư chi bộ thôn', 'Công an viên thôn', 'Tổ trưởng tổ'][i % 4]} ${Math.floor(i / 45) + 1}, xã Tân Lập`,
        }),
      );
    // The same man proposed again by another unit, as the first row writes him.
    rows.push(person('Nguyễn Văn Hùng', 1950, { unitId: 'CB7', gender: 'male', position: 'Trưởng thôn 1, xã Tân Lập' }));
    const { groups, stats } = matchRegistrations(rows, units);
    const last = rows.length - 1;
    expect(groups.find((g) => g.members.some((m) => m.index === last))?.members.map((m) => m.index)).toEqual([0, last]);
    expect(groups.find((g) => g.members.some((m) => m.index === last))?.confidence).toBe('certain');
    expect(stats.skippedRows).toBe(0);
    // Bounded work, counted rather than timed: at most 40 comparisons a row.
    expect(stats.candidates).toBeLessThanOrEqual(40 * rows.length);
  }, 60_000);
});

const HEADER: Row = ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'];

async function check(k: number, person: (unit: string, i: number) => Row) {
  const unitRows: Row[] = [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ...Array.from({ length: k }, (_, i): Row => [`CB${i}`, `Chi bộ Ấp ${i + 1}`, 'Chi bộ cơ sở'])];
  const rows: Row[] = Array.from({ length: k }, (_, i) => person(`Chi bộ Ấp ${i + 1}`, i));
  return checkBooks([oneSheet('don-vi.xlsx', unitRows, 'Đơn vị'), oneSheet('dang-ky.xlsx', [HEADER, ...rows.map((r, i) => [i + 1, ...r])], 'Đăng ký')]);
}

describe('what the split cannot compare is said, in the report', () => {
  it('41 units proposing one woman: one DUPLICATE finding naming all 41 rows, nothing said uncompared', async () => {
    const { read, report } = await check(41, (u) => [u, 'Cá nhân', 'Trần Thị Thủy', 1979, 'Nữ', 'Chi hội trưởng Phụ nữ ấp Phú Thạnh, xã Tân Lập', 'Tiết kiệm']);
    const dups = report.findings.filter((f) => f.code === 'DUPLICATE');
    expect(dups.map((f) => [f.confidence, f.rows?.length])).toEqual([['certain', 41]]);
    expect(report.summary.duplicatesUncompared).toBeUndefined();
    expect(consolidate(read, report, '2023').notices.map((n) => n.message).join('\n')).not.toMatch(/kiểm tra trùng/);
  });

  it('a common name whose rows mostly lack the year: the rows left uncompared are counted and named, in Vietnamese', async () => {
    const { read, report } = await check(90, (u, i) => [u, 'Cá nhân', 'Nguyễn Văn Hùng', i % 2 ? '' : 1930 + i, 'Nam', `Trưởng ấp ${i + 1}`, 'Thành tích']);
    const said = report.summary.duplicatesUncompared;
    expect(said?.rows).toBeGreaterThan(0);
    expect(said?.names).toEqual(['Nguyễn Văn Hùng']);
    expect(said?.message).toMatch(/^Lưu ý về kiểm tra trùng: \d+ dòng chưa được so với mọi dòng cùng tên/);
    expect(renderText(report)).toContain(said?.message);
    // The list to be signed says it too: one of those rows may be printed twice.
    expect(consolidate(read, report, '2023').notices).toContainEqual({ level: 'warning', message: said?.message });
  });
});
