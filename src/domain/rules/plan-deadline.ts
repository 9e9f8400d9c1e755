/**
 * PLAN_LATE / PLAN_MISSING (R12): implementation plans reach the Board "trước ngày 25/01/2022" (the profile's
 * plan deadline). The date is the units list's, else that of the plan the unit sent as a document. Missing where the
 * units list has a plan-date column, or where the plan sent bears no date: otherwise nothing says a plan is missing.
 */
import { CalendarDate, compareDates } from '../dates';
import { finding, Finding } from '../findings/finding';
import { msg } from '../findings/messages';
import { deadlineOf, isBeforePeriod, isOnTime } from '../profile';
import type { UnitRecord } from '../records';
import { beforePeriodFinding, deadlineFacts } from './deadline-facts';
import { unitPlace } from './places';
import { findingsFor, Rule, Analysis } from './rule';

function check(unit: UnitRecord, ctx: Analysis): Finding | undefined {
  const { profile } = ctx.read;
  const deadline = deadlineOf(profile, 'plan');
  // A date not yet come (a year mistyped) is no day the plan was sent, as for a list: INVALID_DATE, never late.
  const ahead = (date: CalendarDate, where: string) =>
    compareDates(date, ctx.asOf) > 0 ? finding('INVALID_DATE', unitPlace(unit), msg.planDateAhead(deadlineFacts(ctx, unit, 'plan'), date, ctx.asOf, where)) : undefined;
  if (unit.planDate) {
    if (isBeforePeriod(profile, unit.planDate, 'plan')) return beforePeriodFinding(ctx, unit, unitPlace(unit), unit.planDate, msg.dateInUnitsList, 'plan');
    const future = ahead(unit.planDate, msg.dateInUnitsList);
    if (future) return future;
    if (isOnTime(profile, unit.planDate, deadline)) return undefined;
    return finding('PLAN_LATE', unitPlace(unit), msg.planLate(deadlineFacts(ctx, unit, 'plan'), unit.planDate));
  }
  // An unreadable date is INVALID_DATE already.
  if (unit.planDateInvalid) return undefined;
  // No date, but the units list notes the plan came late ("Nộp trễ").
  if (unit.planSent === 'late') return finding('PLAN_LATE', unitPlace(unit), msg.planLateNoted(deadlineFacts(ctx, unit, 'plan')));
  // No date in the units list: the plan the unit sent says when it was made. A mark that the plan came ("x", "Đã
  // nộp") says nothing of when: the plan's date still judges it (trial 19 #1); without one it is sent, undated.
  const document = ctx.read.planDocuments?.find((d) => d.unitId === unit.id);
  if (document) {
    // Its day left blank in the deadline's own month: on time or late depends on the day, and nothing says which.
    if (document.month) return undefined;
    // Sent, but dated nowhere: the plan has no date, which is what R12 checks (the district's plan it cites is not its).
    if (!document.date) {
      if (unit.planSent || isOnTime(profile, ctx.asOf, deadline)) return undefined;
      return finding('PLAN_MISSING', unitPlace(unit), msg.planUndated(deadlineFacts(ctx, unit, 'plan'), document.file, ctx.asOf));
    }
    if (isBeforePeriod(profile, document.date, 'plan')) return beforePeriodFinding(ctx, unit, unitPlace(unit), document.date, msg.dateInDocument(document.file), 'plan');
    const onTime = isOnTime(profile, document.date, deadline);
    // A blank day stands for its month's last day when the whole month is on time: not yet come is no typo then.
    const future = document.dayBlank && onTime ? undefined : ahead(document.date, msg.dateInDocument(document.file));
    if (future) return future;
    if (onTime) return undefined;
    const late = document.dayBlank ? msg.planLateInMonth : msg.planLateByDocument;
    return finding('PLAN_LATE', unitPlace(unit), late(deadlineFacts(ctx, unit, 'plan'), document.date, document.file));
  }
  // Missing only where the units list has the column; before the deadline an empty cell is simply not yet.
  if (unit.planSent || !ctx.read.has.planDate || isOnTime(profile, ctx.asOf, deadline)) return undefined;
  return finding('PLAN_MISSING', unitPlace(unit), msg.planMissing(deadlineFacts(ctx, unit, 'plan'), ctx.asOf));
}

export const planDeadline: Rule = (ctx) =>
  ctx.read.has.planDate || ctx.read.planDocuments?.length ? findingsFor(ctx.read.units, (unit) => check(unit, ctx)) : [];
