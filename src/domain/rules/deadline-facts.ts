/** What a deadline message needs from the profile: the deadline applied, how its day is read, where to send. */
import type { DeadlineFacts } from '../findings/messages';
import { deadlineOf, DeadlineKind } from '../profile';
import type { UnitRecord } from '../records';
import type { Analysis } from './rule';

export function deadlineFacts(ctx: Analysis, unit: UnitRecord, which: DeadlineKind): DeadlineFacts {
  const { profile } = ctx.read;
  return {
    unit: unit.name,
    deadline: deadlineOf(profile, which),
    dayIsOnTime: profile.deadlineDayIsOnTime,
    sendTo: `${profile.issuingBody} ${profile.superiorBody}`,
  };
}
