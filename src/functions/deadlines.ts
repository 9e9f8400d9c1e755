/** DEADLINE and CHECKDEADLINE: the profile's deadlines and how late a date is. */
import { CalendarDate, dayNumber, formatDate, fromExcelSerial, parseIsoDate, toExcelSerial } from '../domain/dates';
import { readSentDateText } from '../domain/reading/cell-values';
import type { Ceremony, Profile } from '../domain/profile/schema';
import { ceremonyYear, DeadlineKind, deadlineOf, guidelineDeadlineMoved, isBeforePeriod, isOnTime } from '../domain/profile/profile-queries';
import { cleanText } from '../domain/text/clean';
import { asciiKey } from '../domain/text/fold';
import { badArgument } from './failure';
import { fnText } from './messages';

/**
 * What the guideline sets no deadline for: the nurturing plans (R6), the additions of phase 2 (R9) and the 2025
 * proposals (R10). Read as the plan's or the list's deadline, a 2024 addition would be "a year late".
 */
const NO_DEADLINE = /(^| )(bo sung|de nghi|de xuat|boi duong|nhan rong|giai doan (2|ii|hai))( |$)/;

/** A year written in `which` that is not the deadline's own ("kế hoạch 2025", "danh sách 2025"). */
const otherYear = (k: string, d: CalendarDate) => (k.match(/\b\d{4}\b/g) ?? []).some((y) => Number(y) !== d.y);

/** "kế hoạch" / "plan", "danh sách" / "list" (`kind`), or a ceremony id ("2023", "lễ 2025"). */
function deadlineDate(profile: Profile, which: string | number): { date: CalendarDate; kind?: DeadlineKind } {
  const k = asciiKey(String(which)).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  const known = profile.ceremonies.map(ceremonyYear);
  if (NO_DEADLINE.test(k)) throw badArgument(fnText.noDeadline(String(which), known));
  for (const kind of ['plan', 'list'] as const) {
    const named = kind === 'plan' ? /^(ke hoach|plan|kh)\b/.test(k) || k.includes('ke hoach') : /^(danh sach|list|ds|dang ky)\b/.test(k) || k.includes('danh sach');
    if (!named) continue;
    const d = deadlineOf(profile, kind);
    if (otherYear(k, d)) throw badArgument(fnText.noDeadline(String(which), known));
    return { date: d, kind };
  }
  // A ceremony by its key or by its year ("2028" for the key "2023" a «Cấu hình» sheet re-dated).
  const names = (c: Ceremony) => [asciiKey(c.id), ceremonyYear(c)];
  const ceremony =
    profile.ceremonies.find((c) => k === asciiKey(c.id) || k.split(' ').includes(asciiKey(c.id))) ??
    profile.ceremonies.find((c) => names(c).some((n) => k === n || k.split(' ').includes(n)));
  const d = ceremony ? parseIsoDate(ceremony.date) : undefined;
  if (d) return { date: d };
  throw badArgument(fnText.whichUnknown(String(which), known));
}

/** Days between the 1900 and the 1904 date systems' serials of one date. */
const DAYS_1904 = 1462;

/** The deadline as the workbook's own date system counts it. */
export const deadlineSerial = (profile: Profile, which: string | number, date1904 = false) => toExcelSerial(deadlineDate(profile, which).date) - (date1904 ? DAYS_1904 : 0);

/** Years a list's or a plan's date can have: beyond them a number is no date ("20230224"), nor a text ("01/01/1900"). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** A text argument's lines, as a cell's are read: an in-cell line break may set an addition's date apart. */
const LINE_BREAKS = /\r\n|[\n\r\v\u2028\u2029]/;

/**
 * A date argument: an Excel date (serial number, in the workbook's date system) or a text read as the check reads a
 * units list's date cell («Thứ hai, 27/02/2023», «26/02/2023 (gửi qua mail)»): one reader for both doors.
 * `additionsAfter`: the first ceremony's date, after which a date marked «bổ sung» is phase 2's, not the list's.
 */
export function dateArgument(value: string | number, date1904 = false, additionsAfter?: CalendarDate): CalendarDate {
  const within = (d: CalendarDate | undefined, text: string): CalendarDate => {
    if (!d || !(d.y >= FIRST_YEAR && d.y <= LAST_YEAR)) throw badArgument(fnText.dateUnreadable(text));
    return d;
  };
  if (typeof value === 'number') return within(fromExcelSerial(value, date1904), String(value));
  const text = cleanText(value);
  if (!text) throw badArgument(fnText.dateMissing);
  const lines = value.split(LINE_BREAKS).map(cleanText).filter(Boolean);
  const read = readSentDateText(text, lines, additionsAfter, date1904);
  return within(read.state === 'ok' ? read.date : undefined, value.trim());
}

/** "Đúng hạn", or "Trễ N ngày" counted from the deadline day, as the check's REGISTRATION_LATE and PLAN_LATE count. */
export function checkDeadline(profile: Profile, date: CalendarDate, which: string | number): string {
  const { date: deadline, kind } = deadlineDate(profile, which);
  // As the check says it (INVALID_DATE, trial 19 #3): a date before the period is a year mistyped, not on time.
  if (isBeforePeriod(profile, date, deadline)) throw badArgument(fnText.dateBeforePeriod(formatDate(date), profile.period.from, profile.period.to));
  if (isOnTime(profile, date, deadline)) return fnText.onTime;
  const days = dayNumber(date) - dayNumber(deadline);
  // Who wrote «trước ngày …», as the check's messages say it: the district, where its settings moved the deadline.
  return days > 0 ? fnText.late(days) : fnText.lateOnDeadlineDay(formatDate(deadline), kind !== undefined && guidelineDeadlineMoved(profile, kind) !== undefined);
}
