/**
 * REGISTRATION_LATE / REGISTRATION_MISSING (R4): registration lists reach the Board "trước ngày 25/02/2023"
 * (the profile's list deadline; "trước" read strictly unless the profile counts the day itself).
 */
import { CalendarDate, compareDates, OtherList } from '../dates';
import { finding, Finding } from '../findings/finding';
import { isWordFile } from '../grid';
import { msg } from '../findings/messages';
import { deadlineOf, isBeforePeriod, isOnTime } from '../profile';
import { disputedUnitIds, UnitRecord } from '../records';
import { beforePeriodFinding, deadlineFacts } from './deadline-facts';
import { unitPlace } from './places';
import { findingsFor, Rule, Analysis } from './rule';

function check(unit: UnitRecord, ctx: Analysis, disputed: ReadonlySet<string>): Finding | undefined {
  const { profile } = ctx.read;
  const deadline = deadlineOf(profile, 'list');
  // A date after the day of the check is no day the list was sent (a year or month mistyped, a planned date): said,
  // and never judged late (trial17b #11).
  const ahead = (date: CalendarDate) => compareDates(date, ctx.asOf) > 0;
  if (unit.listDate) {
    if (ahead(unit.listDate)) return finding('INVALID_DATE', unitPlace(unit), msg.listDateAhead(deadlineFacts(ctx, unit, 'list'), unit.listDate, ctx.asOf, 'units'));
    if (isBeforePeriod(profile, unit.listDate, 'list')) return beforePeriodFinding(ctx, unit, unitPlace(unit), unit.listDate, msg.dateInUnitsList);
    if (isOnTime(profile, unit.listDate, deadline)) {
      // The units list's date wins, but the unit's own lists dated after the deadline contradict it (trial19 #4): named.
      const own = ctx.read.dateLines?.find((d) => d.unitId === unit.id && d.from !== 'rows');
      const late = own ? [own, ...(own.otherLists ?? [])].filter((l) => !isOnTime(profile, l.date, deadline) && !ahead(l.date)) : [];
      if (late.length) return finding('INVALID_DATE', unitPlace(unit), msg.listDateBesideLateLines(deadlineFacts(ctx, unit, 'list'), unit.listDate, late));
      if (own?.correction) return correctedLate(unit, ctx, own.correction, { date: unit.listDate, where: 'units' });
      // Its later list dated after the day of the check (a year mistyped, trial22b #3): said as a unit's only list is.
      return own && ahead(own.date) && !own.dayBlank ? finding('INVALID_DATE', linePlace(unit, own), msg.listDateAhead(deadlineFacts(ctx, unit, 'list'), own.date, ctx.asOf, own)) : undefined;
    }
    return finding('REGISTRATION_LATE', unitPlace(unit), msg.registrationLate(deadlineFacts(ctx, unit, 'list'), unit.listDate));
  }
  // No date, but the units list notes the list came late ("Nộp trễ").
  if (unit.listSent === 'late') return finding('REGISTRATION_LATE', unitPlace(unit), msg.registrationLateNoted(deadlineFacts(ctx, unit, 'list')));
  // No date in the units list: the date line of the unit's own list says when it was made. A mark that the list came
  // ("x", "Đã nộp") says nothing of when: the line still judges it (trial 19 #1); without one it is sent, undated.
  const line = unit.listDateInvalid ? undefined : ctx.read.dateLines?.find((d) => d.unitId === unit.id);
  if (line) {
    if (isBeforePeriod(profile, line.date, 'list')) return beforePeriodFinding(ctx, unit, linePlace(unit, line), line.date, msg.dateInLine(line));
    const onTime = isOnTime(profile, line.date, deadline);
    // A month alone is ahead only when its first day is (a late month is dated by its first day).
    if (ahead(line.date) && !(line.dayBlank && onTime)) return finding('INVALID_DATE', linePlace(unit, line), msg.listDateAhead(deadlineFacts(ctx, unit, 'list'), line.date, ctx.asOf, line));
    // The list's other dates on the other side of the deadline (trial17b #8): named, never passed over.
    const others = line.of?.others.filter((o) => isOnTime(profile, o.date, deadline) !== onTime && !ahead(o.date)) ?? [];
    if (onTime && line.of && others.length) return finding('INVALID_DATE', linePlace(unit, line), msg.listDatesDisagree(deadlineFacts(ctx, unit, 'list'), line.date, line.of, others));
    if (onTime) return line.correction ? correctedLate(unit, ctx, line.correction, { date: line.date, where: line }) : undefined;
    const late = line.from === 'rows' ? msg.registrationLateByRowDates : line.dayBlank ? msg.registrationLateInMonth : msg.registrationLateByDateLine;
    // The unit's earlier lists, sent in time, beside its last one that came late (trial19 #4): named too.
    const earlier = line.otherLists?.filter((o) => isOnTime(profile, o.date, deadline)) ?? [];
    const besides = (line.of && others.length ? msg.otherListDates(line.of, others) : '') + (earlier.length ? msg.otherListsDates(earlier) : '');
    return finding('REGISTRATION_LATE', unitPlace(unit), late(deadlineFacts(ctx, unit, 'list'), line.date, line, besides));
  }
  // An unreadable date was reported as INVALID_DATE; rows of the unit show it did send something. Either way,
  // "missing" would be wrong. A workbook without a list-date column still shows a unit that sent nothing at all.
  // A list naming the unit but counted for another (UNIT_CONFLICT) was sent: its QUOTA_SHORT names it.
  if (unit.listSent || unit.listDateInvalid || ctx.registrationsOf(unit).length > 0 || ctx.read.unreadableUnits?.includes(unit.id) || disputed.has(unit.id)) return undefined;
  if (isOnTime(profile, ctx.asOf, deadline)) return undefined;
  // A list that came with its header and no row, undated: said as what arrived, not as nothing.
  const empty = ctx.read.emptyLists?.find((e) => e.unitId === unit.id);
  if (empty) {
    const where = isWordFile(empty.file) ? empty.file : `${empty.file}, trang «${empty.sheet}»`;
    return finding('REGISTRATION_MISSING', unitPlace(unit), msg.registrationEmptyUndated(deadlineFacts(ctx, unit, 'list'), ctx.asOf, where));
  }
  return finding('REGISTRATION_MISSING', unitPlace(unit), msg.registrationMissing(deadlineFacts(ctx, unit, 'list'), ctx.asOf));
}

/**
 * A unit's list sent in time and replaced by its correction (trial22b #2): the correction counts, so its date judges
 * R4 too — late after the deadline, INVALID_DATE after the day of the check, nothing before the deadline.
 */
function correctedLate(unit: UnitRecord, ctx: Analysis, correction: OtherList, first: Parameters<typeof msg.registrationLateByCorrection>[2]): Finding | undefined {
  const { profile } = ctx.read;
  const facts = deadlineFacts(ctx, unit, 'list');
  if (compareDates(correction.date, ctx.asOf) > 0 && !correction.dayBlank) return finding('INVALID_DATE', linePlace(unit, correction), msg.listDateAhead(facts, correction.date, ctx.asOf, correction));
  if (isOnTime(profile, correction.date, deadlineOf(profile, 'list'))) return undefined;
  return finding('REGISTRATION_LATE', unitPlace(unit), msg.registrationLateByCorrection(facts, correction, first));
}

/** Where a unit's date line is: its file, and its sheet in a workbook (a Word document's is the file alone). */
function linePlace(unit: UnitRecord, line: { file: string; sheet: string }) {
  return { file: line.file, ...(isWordFile(line.file) ? {} : { sheet: line.sheet }), unit: unit.name, ...(unit.code ? { unitCode: unit.code } : {}) };
}

/**
 * A unit's date line that dates nothing (trial16b #9), an INVALID_DATE in its cell: a day that does not exist always;
 * a day left blank only where it leaves R4 unjudged (no date in the units list, no other date line), since a blank day
 * is how lists are printed to be dated by hand, and a month or a units-list date usually settles it.
 */
function undatedLine(unit: UnitRecord, ctx: Analysis): Finding | undefined {
  const line = ctx.read.undatedLines?.find((d) => d.unitId === unit.id);
  if (!line) return undefined;
  const unjudged = !unit.listDate && !unit.listSent && !unit.listDateInvalid && !ctx.read.dateLines?.some((d) => d.unitId === unit.id);
  if (line.reason !== 'impossible' && !unjudged) return undefined;
  const place = { file: line.file, ...(line.sheet ? { sheet: line.sheet } : {}), ...(line.row ? { row: line.row } : {}), ...(line.column ? { column: line.column } : {}), unit: unit.name, ...(unit.code ? { unitCode: unit.code } : {}) };
  const facts = deadlineFacts(ctx, unit, 'list');
  return finding('INVALID_DATE', place, line.reason === 'impossible' ? msg.dateLineImpossible(facts, line.text, unjudged) : msg.dateLineNoDay(facts, line.text, line.reason));
}

export const registrationDeadline: Rule = (ctx) => {
  const disputed = disputedUnitIds(ctx.read);
  return [
    ...findingsFor(ctx.read.units, (unit) => check(unit, ctx, disputed)),
    ...(ctx.read.undatedLines?.length ? findingsFor(ctx.read.units, (unit) => undatedLine(unit, ctx)) : []),
  ];
};
