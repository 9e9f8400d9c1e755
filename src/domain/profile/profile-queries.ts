/** Questions the rules ask of the profile. */
import { CalendarDate, compareDates, parseIsoDate } from '../dates';
import { toneKey } from '../text';
import { GUIDELINE_DEADLINES, GUIDELINE_PERIOD } from './default-profile';
import type { Ceremony, Profile, UnitTypeDef } from './schema';

export type DeadlineKind = 'plan' | 'list';

/** The first ceremony's date: lists dated after it are no registrations for it, awards before its year are past. */
export function firstCeremonyDate(profile: Profile): CalendarDate | undefined {
  return profile.ceremonies.flatMap((c) => parseIsoDate(c.date) ?? []).sort(compareDates)[0];
}

export function deadlineOf(profile: Profile, which: DeadlineKind): CalendarDate {
  const d = parseIsoDate(profile.deadlines[which]);
  if (!d) throw new Error(`profile deadline ${which} was not validated`);
  return d;
}

/**
 * The guideline's own deadline where the district moved it within the guideline's period (its «Cấu hình» sheet or
 * settings); undefined where the guideline's date applies, or in another period (another guideline).
 */
export function guidelineDeadlineMoved(profile: Profile, which: DeadlineKind): CalendarDate | undefined {
  const samePeriod = profile.period.from === GUIDELINE_PERIOD.from && profile.period.to === GUIDELINE_PERIOD.to;
  return samePeriod && profile.deadlines[which] !== GUIDELINE_DEADLINES[which] ? parseIsoDate(GUIDELINE_DEADLINES[which]) : undefined;
}

/** On time means strictly before the deadline, unless the profile counts the day itself. */
export function isOnTime(profile: Profile, date: CalendarDate, deadline: CalendarDate): boolean {
  const diff = compareDates(date, deadline);
  return profile.deadlineDayIsOnTime ? diff <= 0 : diff < 0;
}

/**
 * A date before the period began, or before the deadline's own year where the profile sets it earlier (trial 19 #3):
 * no day a list or a plan of this movement was sent — a year mistyped («27/02/2003»), or a number Excel keeps as a day
 * of 1900 («27.02» typed in a number cell).
 */
export function isBeforePeriod(profile: Profile, date: CalendarDate, which: DeadlineKind | CalendarDate): boolean {
  const deadline = typeof which === 'string' ? deadlineOf(profile, which) : which;
  return date.y < Math.min(profile.period.from, deadline.y);
}

/** The unit type declared by name ("Đảng bộ xã", any case or composition), if any. */
export function unitTypeByName(profile: Profile, name: string): UnitTypeDef | undefined {
  const k = toneKey(name);
  return profile.unitTypes.find((t) => toneKey(t.name) === k);
}

/**
 * What a ceremony is called on paper and in the interface: the year it is held ("Lễ tuyên dương 2028"), whatever key
 * a profile gives it (a «Cấu hình» sheet re-dates the keys "2023" and "2025" for another period).
 */
export function ceremonyYear(c: Pick<Ceremony, 'id' | 'date'>): string {
  return String(parseIsoDate(c.date)?.y ?? c.id);
}

/** The ceremony a user names, by its key or by its year. */
export function findCeremony(profile: Profile, named: string): Ceremony | undefined {
  const n = named.trim();
  return profile.ceremonies.find((c) => c.id === n) ?? profile.ceremonies.find((c) => ceremonyYear(c) === n);
}
