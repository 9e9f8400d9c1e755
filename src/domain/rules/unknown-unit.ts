/**
 * UNKNOWN_UNIT (R2): the proposing unit matches no unit of the list, so the row counts toward no unit's quota (and a
 * nurturing-plan row's unit none, so the plan is no unit's).
 * The tolerant matching itself (codes, case, spacing, composition, tone placement, "Đảng ủy", district name)
 * happened when reading, in src/domain/units; here a row without a resolved unit is reported.
 */
import { finding, Finding } from '../findings/finding';
import { msg } from '../findings/messages';
import { isSuperseded, NurturePlan, Registration } from '../records';
import { registrationPlace } from './places';
import { findingsFor, Rule, Analysis } from './rule';

export function unknownUnitFinding(reg: Registration, ctx: Analysis): Finding | undefined {
  // Without a units list there is nothing to match against: a lone registrations file is not an error.
  if (reg.unitId || ctx.read.units.length === 0) return undefined;
  const message = reg.unitError && reg.unitText ? msg.unitErrorValue(reg.unitText) : msg.unknownUnit(reg.unitText, reg.unitSource);
  return finding('UNKNOWN_UNIT', registrationPlace(reg, ctx), message);
}

/** A nurturing-plan row (R6) whose unit matches no unit of the list is no unit's plan: said, as a registration's is. */
function unknownPlanUnit(plan: NurturePlan, ctx: Analysis): Finding | undefined {
  if (plan.unitId || !plan.unitText || ctx.read.units.length === 0) return undefined;
  return finding('UNKNOWN_UNIT', { ...plan.source, unit: plan.unitText }, msg.unknownPlanUnit(plan.unitText));
}

export const unknownUnit: Rule = (ctx) => [
  ...findingsFor(ctx.read.registrations, (reg) => (isSuperseded(reg) ? undefined : unknownUnitFinding(reg, ctx))),
  ...findingsFor(ctx.read.plans, (plan) => unknownPlanUnit(plan, ctx)),
];
