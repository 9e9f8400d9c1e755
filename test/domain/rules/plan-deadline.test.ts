import { planDeadline } from '../../../src/domain/rules/plan-deadline';
import { AFTER, BEFORE, ctx, date, unit } from './helpers';

describe('PLAN_LATE (R12)', () => {
  it('fires for a plan dated on the deadline day, read literally, with the deadline applied', () => {
    const u = unit('Hội Nông dân huyện', { code: 'ND', planDate: date(25, 1, 2022) });
    const findings = planDeadline(ctx({ units: [u], has: { planDate: true } }));
    expect(findings).toEqual([
      expect.objectContaining({ code: 'PLAN_LATE', severity: 'error', rule: 'R12', unit: 'Hội Nông dân huyện', unitCode: 'ND', row: u.source.row }),
    ]);
    expect(findings[0]?.message).toContain('«trước ngày 25/01/2022»');
    expect(findings[0]?.message).toContain('gửi về Ban Tuyên giáo Huyện ủy trước ngày 25/01/2022');
  });

  it('does not fire for a plan sent before the deadline', () => {
    const u = unit('Hội Nông dân huyện', { planDate: date(24, 1, 2022) });
    expect(planDeadline(ctx({ units: [u], has: { planDate: true } }))).toEqual([]);
  });
});

describe('PLAN_MISSING (R12)', () => {
  const u = unit('Ủy ban MTTQ Việt Nam huyện');

  it('fires when the plan-date column is empty for a unit once the deadline has passed', () => {
    const findings = planDeadline(ctx({ units: [u], has: { planDate: true } }, AFTER));
    expect(findings).toEqual([expect.objectContaining({ code: 'PLAN_MISSING', severity: 'error', unit: u.name })]);
    expect(findings[0]?.message).toContain('hạn áp dụng: trước ngày 25/01/2022; ngày xét: 01/03/2023');
  });

  it('does not fire without a plan-date column, before the deadline, or for an unreadable date', () => {
    expect(planDeadline(ctx({ units: [u], has: { planDate: false } }, AFTER))).toEqual([]);
    expect(planDeadline(ctx({ units: [u], has: { planDate: true } }, BEFORE))).toEqual([]);
    expect(planDeadline(ctx({ units: [{ ...u, planDateInvalid: true }], has: { planDate: true } }, AFTER))).toEqual([]);
  });
});
