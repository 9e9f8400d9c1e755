/** Phase spellings met in units' files (issue 14 trial): years inside a phase, "BS" for "bổ sung"; near misses. */
import { defaultProfile } from '../../../src/domain/profile';
import { phaseReader, phaseYears } from '../../../src/domain/reading/phase';
import { checkShape, phaseRows, profile2026, withUnits } from '../../fixtures/column-shapes';

const read = phaseReader(phaseYears(defaultProfile()));

describe('years inside one phase name that phase', () => {
  it.each([
    ['2021-2022', 1],
    ['2022 - 2023', 1],
    ['Giai đoạn 1 (2021-2022)', 1],
    ['2023-2024', 2],
    ['2024 – 2025', 2],
    ['GĐ II (2024-2025)', 2],
    ['BS', 2],
    ['Bổ sung (BS)', 2],
  ])('%s → %s', (text, phase) => expect(read(text)).toBe(phase));

  it.each(['2021-2025', '2022-2024', '2023-2021', 'Giai đoạn 1 (2023-2025)', 'GĐ 1 BS', 'BSCK', 'Đăng ký mới'])('near miss: %s names no phase', (text) =>
    expect(read(text)).toBeNull(),
  );

  it('another period reads its own years: 2026-2027 is phase 1, 2029-2030 phase 2', () => {
    const other = phaseReader(phaseYears(profile2026()));
    expect([other('2026-2027'), other('2029-2030'), other('2023-2024')]).toEqual([1, 2, null]);
  });
});

describe('through the reader', () => {
  it('rows of years inside a phase count toward it; a range across both is PHASE_UNREADABLE', async () => {
    const { read: r, report } = await checkShape(withUnits(phaseRows(['2021-2022', '2023-2024', 'BS', '2021-2025'])));
    expect(r.registrations.map((x) => x.phase)).toEqual([1, 2, 2, undefined]);
    expect(report.findings.filter((f) => f.code === 'PHASE_UNREADABLE').map((f) => f.row)).toEqual([5]);
  });
});
