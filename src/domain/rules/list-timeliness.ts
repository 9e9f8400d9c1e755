/**
 * Whether a unit's list came in time, as the per-unit view and the report say it: on time, late, not sent (missing or
 * not yet due), or sent with no day R4 can judge («Đã gửi, chưa rõ ngày»).
 */
import { CalendarDate, compareDates } from '../dates';
import { deadlineOf, isBeforePeriod, isOnTime, Profile } from '../profile';
import { DateLineEvidence, proposingUnitIds, ReadResult, UnitRecord } from '../records';

export type Timeliness = 'on-time' | 'late' | 'missing' | 'pending' | 'unknown';

export function timelinessOf(unit: UnitRecord, listDate: CalendarDate | undefined, rows: number, profile: Profile, asOf: CalendarDate, dayBlank: boolean): Timeliness {
  const deadline = deadlineOf(profile, 'list');
  const onTime = listDate && isOnTime(profile, listDate, deadline);
  // A date after the as-of date is no day the list was sent (trial17b #11, INVALID_DATE): sent, its day unknown.
  if (listDate && compareDates(listDate, asOf) > 0 && !(dayBlank && onTime)) return 'unknown';
  // So is a date before the period began (trial 19 #3, INVALID_DATE).
  if (listDate && isBeforePeriod(profile, listDate, 'list')) return 'unknown';
  if (listDate) return onTime ? 'on-time' : 'late';
  if (unit.listSent === 'late') return 'late';
  const due = !isOnTime(profile, asOf, deadline);
  // Received with no date before the deadline: on time whatever its day (trial22b #11). An unreadable date is
  // INVALID_DATE's to have corrected.
  if (unit.listDateInvalid) return 'unknown';
  if (rows > 0 || unit.listSent) return due ? 'unknown' : 'on-time';
  return due ? 'missing' : 'pending';
}

/** Why a unit's list that came is of no known day: nothing dates it, the units list notes it sent without a day, its
 * date is unreadable (INVALID_DATE), after the as-of date or before the period (INVALID_DATE), or its date line leaves the day blank. */
export type UndatedWhy = 'no-date' | 'noted' | 'invalid' | 'ahead' | 'before' | 'line-undated';

/** A unit whose list came with no day R4 can judge: «Đã gửi, chưa rõ ngày» in the per-unit view (trial17b #12). */
export interface UndatedList {
  unit: string;
  unitCode?: string;
  why: UndatedWhy;
}

/** The date a unit's list is judged on, as the per-unit view shows it: the units list's, else its own file's. */
export function listDateOf(u: UnitRecord, dateLineOf: ReadonlyMap<string, DateLineEvidence>): { listDate?: CalendarDate; byLine?: DateLineEvidence } {
  const byLine = u.listDate || u.listDateInvalid ? undefined : dateLineOf.get(u.id);
  const listDate = u.listDate ?? byLine?.date;
  return { ...(listDate ? { listDate } : {}), ...(byLine ? { byLine } : {}) };
}

/**
 * The units the per-unit view shows as sent with no known day, each with why: the same list in the text report and
 * the JSON as in the pane, so that a unit silently unjudged by R4 is said in every door (trial17b #12).
 */
export function undatedListsOf(read: ReadResult, asOf: CalendarDate): UndatedList[] {
  const withRows = new Set<string>();
  for (const r of read.registrations) for (const id of proposingUnitIds(r)) withRows.add(id);
  const dateLineOf = new Map((read.dateLines ?? []).map((d) => [d.unitId, d]));
  const undatedLine = new Set((read.undatedLines ?? []).map((d) => d.unitId));
  const seen = new Set<string>();
  const out: UndatedList[] = [];
  for (const u of read.units) {
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    const { listDate, byLine } = listDateOf(u, dateLineOf);
    if (timelinessOf(u, listDate, withRows.has(u.id) ? 1 : 0, read.profile, asOf, !u.listDate && byLine?.dayBlank === true) !== 'unknown') continue;
    const why: UndatedWhy = listDate ? (isBeforePeriod(read.profile, listDate, 'list') ? 'before' : 'ahead') : u.listDateInvalid ? 'invalid' : u.listSent ? 'noted' : undatedLine.has(u.id) ? 'line-undated' : 'no-date';
    out.push({ unit: u.name, ...(u.code ? { unitCode: u.code } : {}), why });
  }
  return out;
}
