/** What a deadline message needs from the profile: the deadline applied, how its day is read, where to send. */
import type { CalendarDate } from '../dates';
import { finding, Finding } from '../findings/finding';
import { DeadlineFacts, msg } from '../findings/messages';
import { deadlineOf, DeadlineKind, guidelineDeadlineMoved } from '../profile';
import type { UnitRecord } from '../records';
import type { Place } from './places';
import type { Analysis } from './rule';

export function deadlineFacts(ctx: Analysis, unit: UnitRecord, which: DeadlineKind): DeadlineFacts {
  const { profile } = ctx.read;
  const guideline = guidelineDeadlineMoved(profile, which);
  return {
    unit: unit.name,
    deadline: deadlineOf(profile, which),
    dayIsOnTime: profile.deadlineDayIsOnTime,
    sendTo: `${profile.issuingBody} ${profile.superiorBody}`,
    ...(guideline ? { guideline } : {}),
  };
}

/** INVALID_DATE for a list's or a plan's date before the period began (trial 19 #3). */
export function beforePeriodFinding(ctx: Analysis, unit: UnitRecord, place: Place, date: CalendarDate, where: string, which: DeadlineKind = 'list'): Finding {
  return finding('INVALID_DATE', place, msg.dateBeforePeriod(deadlineFacts(ctx, unit, which), which, date, where, ctx.read.profile.period));
}
