/**
 * Trial 19 #6: the signed list's title prints the anniversary beside the birthday's span. A profile whose ceremony
 * moved to another year with the template's anniversary left («133» for 2028) is refused with the number to write,
 * from the «Cấu hình» sheet and from --config alike; the span is the birthday's (19/5/1890 – 19/5/<year>), whatever
 * day the ceremony is held on. Near misses: the default profile, a period moved with every number, a ceremony early
 * the year after the period.
 */
import { ceremonyText } from '../../../src/domain/ceremony/ceremony-texts';
import { defaultProfile, profileFrom, ProfileError, profileFromEntries } from '../../../src/domain/profile';
import { profile2026 } from '../../fixtures/column-shapes';

const entry = (key: string, value: string | number, row = 2) => ({
  key,
  value: typeof value === 'number' ? { t: 'n' as const, v: value } : { t: 's' as const, v: value },
  row,
});

const refusal = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (e) {
    if (e instanceof ProfileError) return e.message;
    throw e;
  }
  return undefined;
};

/** The 2026–2030 profile with the anniversaries given for its 2028 and 2030 ceremonies. */
const nextPeriod = (a2028: number, a2030: number) => {
  const p = profile2026();
  return { ...p, ceremonies: p.ceremonies.map((c) => ({ ...c, anniversary: c.id === '2028' ? a2028 : a2030 })) };
};

describe('an anniversary that does not match its ceremony\'s year is refused, with the number to write', () => {
  it.each([
    [133, 140, '133', 138, 2028],
    [138, 135, '135', 140, 2030],
    [137, 140, '137', 138, 2028],
  ])('--config: %i / %i', (a, b, given, right, year) => {
    const message = refusal(() => profileFrom(nextPeriod(a, b), 'cfg.json')) ?? '';
    expect(message).toContain(`là ${given}, nhưng lễ năm ${year} là kỷ niệm ${right} năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/${year}): hãy ghi ${right}`);
  });

  it('the «Cấu hình» sheet: the 2023 ceremony moved to 2024 with 133 left', () => {
    const message = refusal(() => profileFromEntries([entry('Lễ tuyên dương 2023: ngày', '19/05/2024')], defaultProfile(), 'Cấu hình')) ?? '';
    expect(message).toMatch(/kỷ niệm năm ngày sinh.*là 133, nhưng lễ năm 2024 là kỷ niệm 134 năm/);
  });

  it('near misses: the default profile, the next period with 138 and 140, a final ceremony early in 2026 (136)', () => {
    expect(defaultProfile().ceremonies.map((c) => c.anniversary)).toEqual([133, 135]);
    expect(refusal(() => profileFrom(nextPeriod(138, 140), 'cfg.json'))).toBeUndefined();
    expect(refusal(() => profileFrom({ ceremonies: [{ id: '2026', date: '2026-01-10', anniversary: 136, from: 2021, to: 2025, phases: [1, 2] }] }, 'cfg.json'))).toBeUndefined();
  });
});

describe('the title\'s span is the birthday\'s, whatever day the ceremony is held on', () => {
  it.each([
    ['2023-05-19', 133, '(19/5/1890 – 19/5/2023)'],
    ['2023-05-16', 133, '(19/5/1890 – 19/5/2023)'],
    ['2025-05-20', 135, '(19/5/1890 – 19/5/2025)'],
  ])('held on %s', (date, anniversary, span) => {
    const text = ceremonyText.description({ id: 'x', date, anniversary, from: 2021, to: 2025, phases: [1] });
    expect(text).toContain(`kỷ niệm ${anniversary} năm Ngày sinh Chủ tịch Hồ Chí Minh ${span}`);
  });
});
