/** Where a rule's finding points: the unit's row of the list, or the registration's own row. */
import type { Finding } from '../findings/finding';
import type { Registration, UnitRecord } from '../records';
import type { Analysis } from './rule';

export type Place = Omit<Finding, 'code' | 'severity' | 'rule' | 'message'>;

/** A unit-level finding sits on the unit's row of the list and names the unit as written there. */
export function unitPlace(unit: UnitRecord): Place {
  const place: Place = { ...unit.source, unit: unit.name };
  if (unit.code) place.unitCode = unit.code;
  return place;
}

/** A row-level finding names the proposing unit as the list writes it, or as the row wrote it when unresolved. */
export function registrationPlace(reg: Registration, analysis: Analysis): Place {
  const place: Place = { ...reg.source };
  const unit = reg.unitId ? analysis.unitOf(reg.unitId) : undefined;
  if (unit) {
    place.unit = unit.name;
    if (unit.code) place.unitCode = unit.code;
  } else if (reg.unitText && !reg.unitError) place.unit = reg.unitText;
  return place;
}
