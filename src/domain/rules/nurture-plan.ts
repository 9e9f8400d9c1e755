/**
 * NURTURE_PLAN_MISSING / NURTURE_PLAN_INCOMPLETE (R6): on the basis of the exemplars it registered, a unit builds a
 * nurturing and replication plan holding the six contents of the profile. A plan is said to be missing only where
 * plans are being collected: the workbooks hold a nurturing-plan table, or some unit's plan came in (a Word
 * document, a plan sheet of its own) — then a unit that registered and sent none is named (trial17b #14). A plan a
 * unit sent on its own is judged on its contents either way.
 */
import { finding, Finding } from '../findings/finding';
import { msg } from '../findings/messages';
import type { NurturePlan, UnitRecord } from '../records';
import { unitPlace } from './places';
import { findingsFor, Rule, Analysis } from './rule';

function missingLabels(plan: NurturePlan, ctx: Analysis): string[] {
  return ctx.read.profile.nurtureContents.filter((c) => !plan.contents[c.key]).map((c) => c.label);
}

function check(unit: UnitRecord, ctx: Analysis, tracked: boolean): Finding | undefined {
  const plans = ctx.plansOf(unit);
  if (plans.length === 0 && !tracked) return undefined;
  // Any phase counts: phase-2 exemplars are nurtured too, and a unit with only erroneous rows registered nothing.
  const registered = ctx.registrationsOf(unit).filter((r) => !ctx.hasRowError(r)).length;
  if (registered === 0) return undefined;
  if (plans.length === 0) return finding('NURTURE_PLAN_MISSING', unitPlace(unit), msg.nurturePlanMissing(unit.name, registered));
  // A unit with several plan rows is judged on its most complete one, the plan it would show the Board.
  const best = plans
    .map((plan) => ({ plan, missing: missingLabels(plan, ctx) }))
    .reduce((a, b) => (b.missing.length < a.missing.length ? b : a));
  if (best.missing.length === 0) return undefined;
  const all = ctx.read.profile.nurtureContents.map((c) => c.label);
  return finding(
    'NURTURE_PLAN_INCOMPLETE',
    unitPlace(unit),
    msg.nurturePlanIncomplete(unit.name, best.plan.source, best.missing, all),
  );
}

export const nurturePlan: Rule = (ctx) => {
  const tracked = ctx.read.has.plans || ctx.read.plans.length > 0;
  return findingsFor(ctx.read.units, (unit) => check(unit, ctx, tracked));
};
