/**
 * A unit listed twice in one units list (trial5 #18): the same code, or two spellings of one name ("Đảng bộ xã An
 * Bình" and "Đảng ủy xã An Bình"), is one unit. Its dates are the later ones: a list sent in two parts is complete
 * only at the second, and a later date that is late must not be hidden behind an earlier one (REGISTRATION_LATE then
 * says which date it applied, from the row that gives it). One code on two different units is a slip in the list:
 * UNIT_CONFLICT on the second row, which stays a unit of its own (by name); rows writing the code count for the first.
 * One name under two codes (or "UBMTTQ huyện" beside "Ủy ban MTTQ Việt Nam huyện") is one body entered twice (trial17b
 * #3): one unit, one quota, one phiếu, answering to both codes; UNIT_CONFLICT on the second row tells the district,
 * whose list it is (never the unit's phiếu). Two units would leave the name to neither: its rows unknown, both short.
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

/** The units of one list read so far: by id, and by the names they answer to. */
export interface ListedUnits {
  byId: Map<string, UnitRecord>;
  /** Every key a listed unit's name matches by (diacritic-free ones marked "a:"), to its first unit. */
  byKey: Map<string, UnitRecord>;
  /** Each listed unit's preferred key (of each spelling), to its first unit. */
  byPreferred: Map<string, UnitRecord>;
  /** The readings of each name asked about: a unit's name is looked up, then listed. */
  readings: Map<string, Readings>;
}

export const listedUnits = (): ListedUnits => ({ byId: new Map(), byKey: new Map(), byPreferred: new Map(), readings: new Map() });

interface Readings {
  preferred: string[];
  all: string[];
}

/** Typed without any diacritic: its diacritic-free keys are its own. */
const PLAIN = /^[\x20-\x7e]*$/;

function readings(listed: ListedUnits, name: string, keys: UnitKeys): Readings {
  let r = listed.readings.get(name);
  if (r) return r;
  const names = spellings(name);
  const ascii = names.map((n) => keys.asciiKeys(n).map((k) => `a:${k}`));
  r = {
    preferred: [...names.map((n) => keys.key(n)), ...ascii.map((a) => a[0] ?? '')].filter((k) => k && k !== 'a:'),
    all: [...names.flatMap((n) => keys.keys(n)), ...ascii.flat()].filter((k) => k && k !== 'a:'),
  };
  listed.readings.set(name, r);
  return r;
}

/**
 * The unit of the list already read that `name` names: its preferred reading is one of that unit's, or that unit's
 * preferred reading one of its own ("Hội Nông dân huyện" / "Hội Nông dân huyện An Phú"). Without diacritics only
 * where one of the two is written without them: "Tân An" and "Tấn An" are two places.
 */
function namedBefore(listed: ListedUnits, name: string, keys: UnitKeys): UnitRecord | undefined {
  const own = readings(listed, name, keys);
  const fits = (k: string, u: UnitRecord | undefined) => u !== undefined && (!k.startsWith('a:') || PLAIN.test(name) || PLAIN.test(u.name));
  for (const k of own.preferred) {
    const u = listed.byKey.get(k);
    if (fits(k, u)) return u;
  }
  for (const k of own.all) {
    const u = listed.byPreferred.get(k);
    if (fits(k, u)) return u;
  }
  return undefined;
}

/** Records a unit the list gives for the first time. */
export function listUnit(listed: ListedUnits, unit: UnitRecord, keys: UnitKeys): void {
  listed.byId.set(unit.id, unit);
  const own = readings(listed, unit.name, keys);
  for (const k of own.all) if (!listed.byKey.has(k)) listed.byKey.set(k, unit);
  for (const k of own.preferred) if (!listed.byPreferred.has(k)) listed.byPreferred.set(k, unit);
}

/**
 * Folds `unit` into the unit of the list it repeats, if any (`merged`): the one of its id, else the one of its name.
 * A code naming two units, or a name under two codes, gives `conflict`.
 */
export function mergeRepeatedUnit(listed: ListedUnits, unit: UnitRecord, keys: UnitKeys): { merged: boolean; conflict?: Finding } {
  let first = listed.byId.get(unit.id);
  let conflict: Finding | undefined;
  if (first && unit.code && !sameUnit(first.name, unit.name, keys)) {
    conflict = finding(
      'UNIT_CONFLICT',
      { ...unit.source, unit: unit.name, unitCode: unit.code },
      msg.unitCodeRepeated(unit.code, first.name, first.source.row, unit.name),
    );
    unit.id = `name:${keys.key(unit.name)}`;
    delete unit.code;
    first = listed.byId.get(unit.id);
  }
  if (!first) {
    const named = foldNamedBefore(listed, unit, keys);
    if (!named.into) return conflict ? { merged: false, conflict } : { merged: false };
    first = named.into;
    conflict ??= named.conflict;
  }
  mergeInto(first, unit);
  return conflict ? { merged: true, conflict } : { merged: true };
}

/**
 * The unit listed before that `unit` names (`into`), which takes its code and its name as its own; its two codes are
 * a `conflict` to tell the district. Its dates are left to the caller: one list's repeated row adds them, a second
 * list (another file) does not (as a second list's unit of the same id).
 */
export function foldNamedBefore(listed: ListedUnits, unit: UnitRecord, keys: UnitKeys): { into?: UnitRecord; conflict?: Finding } {
  const into = namedBefore(listed, unit.name, keys);
  if (!into) return {};
  if (asciiKey(unit.name) !== asciiKey(into.name) && !into.aliases?.includes(unit.name)) (into.aliases ??= []).push(unit.name);
  if (!unit.code || !into.code || asciiKey(unit.code) === asciiKey(into.code) || into.otherCodes?.includes(unit.code)) return { into };
  (into.otherCodes ??= []).push(unit.code);
  const conflict = finding(
    'UNIT_CONFLICT',
    { ...unit.source, unit: into.name, unitCode: into.code },
    msg.unitNamedTwice(unit.name, unit.code, into.name, into.code, into.source.row, into.source.file === unit.source.file ? undefined : into.source.file),
  );
  return { into, conflict };
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
    if (later.typeByCell) first.typeByCell = later.typeByCell;
  }
  if (later.listQuota !== undefined) first.listQuota = Math.max(first.listQuota ?? 0, later.listQuota);
  if (later.quota !== undefined) first.quota = Math.max(first.quota ?? 0, later.quota);
}
