/** DEADLINE and CHECKDEADLINE: the profile's deadlines and how late a date is. */
import { CalendarDate, dayNumber, fromExcelSerial, parseDateText, parseIsoDate, toExcelSerial } from '../domain/dates';
import type { Ceremony, Profile } from '../domain/profile/schema';
import { ceremonyYear, deadlineOf, isOnTime } from '../domain/profile/profile-queries';
import { asciiKey } from '../domain/text/fold';
import { badArgument } from './failure';
import { fnText } from './messages';

/** "kế hoạch" / "plan", "danh sách" / "list", or a ceremony id ("2023", "lễ 2025"). */
function deadlineDate(profile: Profile, which: string | number): CalendarDate {
  const k = asciiKey(String(which)).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^(ke hoach|plan|kh)\b/.test(k) || k.includes('ke hoach')) return deadlineOf(profile, 'plan');
  if (/^(danh sach|list|ds|dang ky)\b/.test(k) || k.includes('danh sach')) return deadlineOf(profile, 'list');
  // A ceremony by its key or by its year ("2028" for the key "2023" a «Cấu hình» sheet re-dated).
  const names = (c: Ceremony) => [asciiKey(c.id), ceremonyYear(c)];
  const ceremony =
    profile.ceremonies.find((c) => k === asciiKey(c.id) || k.split(' ').includes(asciiKey(c.id))) ??
    profile.ceremonies.find((c) => names(c).some((n) => k === n || k.split(' ').includes(n)));
  const d = ceremony ? parseIsoDate(ceremony.date) : undefined;
  if (d) return d;
  throw badArgument(fnText.whichUnknown(String(which), profile.ceremonies.map(ceremonyYear)));
}

export const deadlineSerial = (profile: Profile, which: string | number) => toExcelSerial(deadlineDate(profile, which));

/** A date argument: an Excel date (serial number) or a text date, day first. */
export function dateArgument(value: string | number, date1904 = false): CalendarDate {
  if (typeof value === 'number') {
    const d = fromExcelSerial(value, date1904);
    if (!d) throw badArgument(fnText.dateUnreadable(String(value)));
    return d;
  }
  if (!value.trim()) throw badArgument(fnText.dateMissing);
  const p = parseDateText(value);
  if (!p.ok) throw badArgument(fnText.dateUnreadable(value));
  return p.date;
}

/** "Đúng hạn", or "Trễ N ngày" counted from the last day that was still on time. */
export function checkDeadline(profile: Profile, date: CalendarDate, which: string | number): string {
  const deadline = deadlineDate(profile, which);
  if (isOnTime(profile, date, deadline)) return fnText.onTime;
  const lastOnTime = dayNumber(deadline) - (profile.deadlineDayIsOnTime ? 0 : 1);
  return fnText.late(dayNumber(date) - lastOnTime);
}
