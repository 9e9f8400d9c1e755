import { nurturePlan } from '../../../src/domain/rules/nurture-plan';
import { ALL_CONTENTS, ctx, plan, reg, unit } from './helpers';

describe('NURTURE_PLAN_MISSING (R6)', () => {
  const u = unit('Chi bộ Trường THPT An Phú', { code: 'CB1' });
  const other = unit('Hội Cựu chiến binh huyện');
  const regs = [reg('Hoàng Minh Đức', u)];

  it('warns when a unit registered exemplars but has no nurturing-plan row', () => {
    const findings = nurturePlan(ctx({ units: [u, other], registrations: regs, plans: [plan(other, ALL_CONTENTS)], has: { plans: true } }));
    expect(findings).toEqual([
      expect.objectContaining({ code: 'NURTURE_PLAN_MISSING', severity: 'warning', rule: 'R6', unit: u.name, unitCode: 'CB1', row: u.source.row }),
    ]);
    expect(findings[0]?.message).toContain('đã đăng ký 1 điển hình tiên tiến nhưng chưa có kế hoạch bồi dưỡng');
  });

  it('says nothing without a nurturing-plan table, or for a unit that registered no valid row', () => {
    expect(nurturePlan(ctx({ units: [u], registrations: regs, has: { plans: false } }))).toEqual([]);
    const bad = [reg('Hoàng Minh Đức', u, { readError: true })];
    expect(nurturePlan(ctx({ units: [u], registrations: bad, has: { plans: true } }))).toEqual([]);
  });
});

describe('NURTURE_PLAN_INCOMPLETE (R6)', () => {
  const u = unit('Đảng bộ xã An Bình');
  const regs = [reg('Chi bộ Thôn 3', u)];
  const partial = plan(u, ['leadership', 'assignment', 'activities', 'commendation']);

  it('warns when the plan lacks contents, naming each by its profile label', () => {
    const findings = nurturePlan(ctx({ units: [u], registrations: regs, plans: [partial], has: { plans: true } }));
    expect(findings).toEqual([expect.objectContaining({ code: 'NURTURE_PLAN_INCOMPLETE', severity: 'warning', unit: u.name, row: u.source.row })]);
    const message = findings[0]?.message ?? '';
    expect(message).toContain('còn thiếu 2/6 nội dung: «Tuyên truyền, nhân rộng», «Chế độ thông tin, báo cáo»');
    expect(message).toContain(`dòng ${partial.source.row}`);
  });

  it('is quiet when the plan holds all six contents, or when another plan row of the unit does', () => {
    expect(nurturePlan(ctx({ units: [u], registrations: regs, plans: [plan(u, ALL_CONTENTS)], has: { plans: true } }))).toEqual([]);
    expect(nurturePlan(ctx({ units: [u], registrations: regs, plans: [partial, plan(u, ALL_CONTENTS)], has: { plans: true } }))).toEqual([]);
  });
});
