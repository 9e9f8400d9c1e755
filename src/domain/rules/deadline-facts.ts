/** What a deadline message needs from the profile: the deadline applied, how its day is read, where to send. */
import type { DeadlineFacts } from '../findings/messages';
import { parseIsoDate } from '../dates';
import { deadlineOf, DeadlineKind, GUIDELINE_DEADLINES, GUIDELINE_PERIOD } from '../profile';
import type { UnitRecord } from '../records';
import type { Analysis } from './rule';

export function deadlineFacts(ctx: Analysis, unit: UnitRecord, which: DeadlineKind): DeadlineFacts {
  const { profile } = ctx.read;
  // Within the guideline's own period a deadline moved is the district's setting; another period is another guideline.
  const samePeriod = profile.period.from === GUIDELINE_PERIOD.from && profile.period.to === GUIDELINE_PERIOD.to;
  const guideline = samePeriod && profile.deadlines[which] !== GUIDELINE_DEADLINES[which] ? parseIsoDate(GUIDELINE_DEADLINES[which]) : undefined;
  return {
    unit: unit.name,
    deadline: deadlineOf(profile, which),
    dayIsOnTime: profile.deadlineDayIsOnTime,
    sendTo: `${profile.issuingBody} ${profile.superiorBody}`,
    ...(guideline ? { guideline } : {}),
  };
}
