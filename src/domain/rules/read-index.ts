/**
 * Lookups by unit id, built once per read. Rules ask per unit for its rows and per row for its unit; scanning
 * every registration (or every unit) for each would grow as units × rows.
 */
import type { ReadResult } from '../reading/read-workbooks';
import type { NurturePlan, Registration, UnitRecord } from '../records';

interface ReadIndex {
  /** The lists indexed: a read given new lists is indexed anew (as duplicates/duplicate-groups.ts does). */
  of: readonly [UnitRecord[], Registration[], NurturePlan[]];
  /** The first unit of the list with each id, as `units.find` would give it. */
  unitById: Map<string, UnitRecord>;
  /** Each unit's resolved registrations and plans, in read order. */
  registrationsByUnit: Map<string, Registration[]>;
  plansByUnit: Map<string, NurturePlan[]>;
}

const indexes = new WeakMap<ReadResult, ReadIndex>();

function groupByUnit<T extends { unitId?: string }>(items: T[]): Map<string, T[]> {
  const byUnit = new Map<string, T[]>();
  // Indexed: this runs once over every row, before for-of would be optimised (it allocates per item till then).
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    if (!item.unitId) continue;
    const list = byUnit.get(item.unitId);
    if (list) list.push(item);
    else byUnit.set(item.unitId, [item]);
  }
  return byUnit;
}

function readIndex(read: ReadResult): ReadIndex {
  const { units, registrations, plans } = read;
  let index = indexes.get(read);
  if (!index || index.of[0] !== units || index.of[1] !== registrations || index.of[2] !== plans) {
    const unitById = new Map<string, UnitRecord>();
    for (const u of units) if (!unitById.has(u.id)) unitById.set(u.id, u);
    index = {
      of: [units, registrations, plans],
      unitById,
      registrationsByUnit: groupByUnit(registrations),
      plansByUnit: groupByUnit(plans),
    };
    indexes.set(read, index);
  }
  return index;
}

const NONE: readonly never[] = [];

export function unitOf(id: string, read: ReadResult): UnitRecord | undefined {
  return readIndex(read).unitById.get(id);
}

/** The registrations resolved to the unit (shared: do not modify). */
export function registrationsOf(unit: UnitRecord, read: ReadResult): readonly Registration[] {
  return readIndex(read).registrationsByUnit.get(unit.id) ?? NONE;
}

/** The nurturing plans resolved to the unit (shared: do not modify). */
export function plansOf(unit: UnitRecord, read: ReadResult): readonly NurturePlan[] {
  return readIndex(read).plansByUnit.get(unit.id) ?? NONE;
}
