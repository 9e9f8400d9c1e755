/**
 * Lookups by unit id, built once per analysis. Rules ask per unit for its rows and per row for its unit; scanning
 * every registration (or every unit) for each would grow as units × rows.
 */
import { NurturePlan, proposingUnitIds, ReadResult, Registration, UnitRecord } from '../records';

export interface ReadIndex {
  /** The first unit of the list with each id, as `units.find` would give it. */
  unitById: ReadonlyMap<string, UnitRecord>;
  /** Each unit's resolved registrations and plans, in read order. */
  registrationsByUnit: ReadonlyMap<string, Registration[]>;
  plansByUnit: ReadonlyMap<string, NurturePlan[]>;
}

function groupByUnit<T>(items: readonly T[], unitsOf: (item: T) => readonly string[]): Map<string, T[]> {
  const byUnit = new Map<string, T[]>();
  for (const item of items) {
    for (const id of unitsOf(item)) {
      const list = byUnit.get(id);
      if (list) list.push(item);
      else byUnit.set(id, [item]);
    }
  }
  return byUnit;
}

export function indexRead(read: ReadResult): ReadIndex {
  const unitById = new Map<string, UnitRecord>();
  for (const u of read.units) if (!unitById.has(u.id)) unitById.set(u.id, u);
  return {
    unitById,
    registrationsByUnit: groupByUnit(read.registrations, proposingUnitIds),
    plansByUnit: groupByUnit(read.plans, (p) => (p.unitId ? [p.unitId] : [])),
  };
}
