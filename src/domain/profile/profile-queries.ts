/** Questions the rules ask of the profile. */
import { CalendarDate, compareDates, parseIsoDate } from '../dates';
import { toneKey } from '../text';
import { abbreviationExpander } from '../units/unit-abbreviations';
import type { Profile, UnitTypeDef } from './schema';

export type DeadlineKind = 'plan' | 'list';

export function deadlineOf(profile: Profile, which: DeadlineKind): CalendarDate {
  const d = parseIsoDate(profile.deadlines[which]);
  if (!d) throw new Error(`profile deadline ${which} was not validated`);
  return d;
}

/** On time means strictly before the deadline, unless the profile counts the day itself. */
export function isOnTime(profile: Profile, date: CalendarDate, deadline: CalendarDate): boolean {
  const diff = compareDates(date, deadline);
  return profile.deadlineDayIsOnTime ? diff <= 0 : diff < 0;
}

/** The unit type declared by name ("Đảng bộ xã", any case or composition), if any. */
export function unitTypeByName(profile: Profile, name: string): UnitTypeDef | undefined {
  const k = toneKey(name);
  return profile.unitTypes.find((t) => toneKey(t.name) === k);
}

function typeByPattern(profile: Profile, k: string): UnitTypeDef | undefined {
  for (const t of profile.unitTypes) {
    for (const p of t.patterns) {
      const pk = toneKey(p);
      if (k === pk || k.startsWith(pk + ' ')) return t;
    }
  }
  return undefined;
}

const foldForTypes = (s: string) => toneKey(s).replace(/[.,;:()"“”/\\-]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The unit type revealed by a unit's name ("Đảng ủy xã An Bình" → "Đảng bộ xã"), if any; abbreviations of the profile
 * expanded ("ĐU xã An Bình", "Hội ND huyện"), their alternatives in order ("TT An Phú": thị trấn before trung tâm).
 */
export function inferUnitType(profile: Profile, unitName: string): UnitTypeDef | undefined {
  return unitTypeInferrer(profile)(unitName);
}

/** `inferUnitType` for many names of one profile: the abbreviation table is folded once, by the caller's run. */
export function unitTypeInferrer(profile: Profile): (unitName: string) => UnitTypeDef | undefined {
  let expand: ((padded: string) => string[]) | undefined;
  return (unitName) => {
    const direct = typeByPattern(profile, toneKey(unitName));
    if (direct) return direct;
    expand ??= abbreviationExpander(profile.unitAbbreviations, foldForTypes);
    for (const v of expand(` ${foldForTypes(unitName)} `)) {
      const t = typeByPattern(profile, v.trim());
      if (t) return t;
    }
    return undefined;
  };
}
