/**
 * PLAN_LATE / PLAN_MISSING (R12): implementation plans reach the Board "trước ngày 25/01/2022" (the profile's
 * plan deadline). Judged only where the units list has a plan-date column: without one, nothing says a plan is
 * missing.
 */
import { finding, Finding } from '../findings/finding';
import { msg } from '../findings/messages';
import { deadlineOf, isOnTime } from '../profile';
import type { UnitRecord } from '../records';
import { deadlineFacts } from './deadline-facts';
import { unitPlace } from './places';
import { findingsFor, Rule, Analysis } from './rule';

function check(unit: UnitRecord, ctx: Analysis): Finding | undefined {
  const { profile } = ctx.read;
  const deadline = deadlineOf(profile, 'plan');
  if (unit.planDate) {
    if (isOnTime(profile, unit.planDate, deadline)) return undefined;
    return finding('PLAN_LATE', unitPlace(unit), msg.planLate(deadlineFacts(ctx, unit, 'plan'), unit.planDate));
  }
  // An unreadable date is INVALID_DATE already; before the deadline an empty cell is simply not yet.
  if (unit.planDateInvalid || isOnTime(profile, ctx.asOf, deadline)) return undefined;
  return finding('PLAN_MISSING', unitPlace(unit), msg.planMissing(deadlineFacts(ctx, unit, 'plan'), ctx.asOf));
}

export const planDeadline: Rule = (ctx) => (ctx.read.has.planDate ? findingsFor(ctx.read.units, (unit) => check(unit, ctx)) : []);
