/**
 * A unit listed twice in one units list (trial5 #18): the same code, or two spellings of one name ("Đảng bộ xã An
 * Bình" and "Đảng ủy xã An Bình"), is one unit. Its dates are the later ones: a list sent in two parts is complete
 * only at the second, and a later date that is late must not be hidden behind an earlier one (REGISTRATION_LATE then
 * says which date it applied, from the row that gives it). One code on two different units is a slip in the list:
 * UNIT_CONFLICT on the second row, which stays a unit of its own (by name); rows writing the code count for the first.
 */
import { compareDates } from '../dates';
import { Finding, finding } from '../findings/finding';
import { msg } from '../findings/messages';
import type { UnitRecord } from '../records';
import { asciiKey } from '../text';
import type { UnitKeys } from './unit-key';

// A unit named by its commune alone ("Xã An Bình") is that commune's party committee (rules.md).
const PLACE_ONLY = /^(?:xa|thi tran|phuong) \S/;
const spellings = (name: string) => (PLACE_ONLY.test(asciiKey(name)) ? [name, `Đảng bộ ${name}`] : [name]);

function sameUnit(a: string, b: string, keys: UnitKeys): boolean {
  const k = new Set(spellings(a).flatMap((n) => [...keys.keys(n), ...keys.asciiKeys(n)]));
  return spellings(b).some((n) => keys.keys(n).some((x) => k.has(x)) || keys.asciiKeys(n).some((x) => k.has(x)));
}

/** Folds `unit` into the unit of `byId` it repeats, if any (`merged`); a code naming two units gives `conflict`. */
export function mergeRepeatedUnit(
  byId: ReadonlyMap<string, UnitRecord>,
  unit: UnitRecord,
  keys: UnitKeys,
): { merged: boolean; conflict?: Finding } {
  let first = byId.get(unit.id);
  if (!first) return { merged: false };
  let conflict: Finding | undefined;
  if (unit.code && !sameUnit(first.name, unit.name, keys)) {
    conflict = finding(
      'UNIT_CONFLICT',
      { ...unit.source, unit: unit.name, unitCode: unit.code },
      msg.unitCodeRepeated(unit.code, first.name, first.source.row, unit.name),
    );
    unit.id = `name:${keys.key(unit.name)}`;
    delete unit.code;
    first = byId.get(unit.id);
    if (!first) return { merged: false, conflict };
  }
  mergeInto(first, unit);
  return conflict ? { merged: true, conflict } : { merged: true };
}

function mergeInto(first: UnitRecord, later: UnitRecord): void {
  if (later.listDate && (!first.listDate || compareDates(later.listDate, first.listDate) > 0)) {
    first.listDate = later.listDate;
    first.source = later.source;
  }
  if (later.planDate && (!first.planDate || compareDates(later.planDate, first.planDate) > 0)) first.planDate = later.planDate;
  if (later.listDateInvalid) first.listDateInvalid = true;
  if (later.planDateInvalid) first.planDateInvalid = true;
  if (!first.code && later.code) first.code = later.code;
  if (!first.type && later.type) {
    first.type = later.type;
    first.bloc = later.bloc;
    first.typeSource = later.typeSource;
    delete first.typeText;
    if (later.typeByName) first.typeByName = later.typeByName;
  }
  if (later.listQuota !== undefined) first.listQuota = Math.max(first.listQuota ?? 0, later.listQuota);
  if (later.quota !== undefined) first.quota = Math.max(first.quota ?? 0, later.quota);
}
