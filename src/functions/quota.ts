/** CHECKQUOTA's answers, computed from the engine's quota table or from explicit ranges. */
import type { Profile, UnitTypeDef } from '../domain/profile/schema';
import { unitTypeByName } from '../domain/profile/profile-queries';
import { inferUnitType } from '../domain/units/unit-type';
import { msg } from '../domain/findings/messages';
import type { QuotaRow } from '../domain/records';
import { toneKey } from '../domain/text/fold';
import { badArgument, notAvailable } from './failure';
import { fnText } from './messages';

export type Scalar = string | number | boolean;

function statusText(registered: number, required: number): string {
  return registered >= required ? fnText.ok(registered, required) : fnText.short(required - registered, registered, required);
}

/** The spilled table: a header row, then one row per unit (unit, type, required, registered, status). */
export function quotaTable(rows: QuotaRow[]): Scalar[][] {
  if (!rows.length) throw notAvailable(fnText.noUnits);
  return [
    [...fnText.tableHeader],
    ...rows.map((r) => [
      r.unit,
      r.type ?? '',
      // A unit of unknown type (UNKNOWN_UNIT_TYPE): quota "?".
      r.required ?? msg.quotaUnknown,
      r.registered,
      r.shortfall === null ? msg.quotaUnknownStatus : r.status === 'ok' ? fnText.tableOk : fnText.tableShort(r.shortfall),
    ]),
  ];
}

/** The status of one unit of the workbook's quota table, by name or code. */
export function unitStatusFromTable(rows: QuotaRow[], unit: string): string {
  const k = toneKey(unit);
  const row = rows.find((r) => toneKey(r.unit) === k || (r.unitCode !== undefined && toneKey(r.unitCode) === k));
  if (!row) throw notAvailable(fnText.unitNotFound(unit));
  return row.required === null ? msg.quotaUnknownStatus : statusText(row.registered, row.required);
}

export function unitTypeOf(profile: Profile, typeOrName: string): UnitTypeDef | undefined {
  return unitTypeByName(profile, typeOrName) ?? inferUnitType(profile, typeOrName);
}

/** The pure form: the unit's rows counted in an explicit range of proposing units, its quota from the type. */
export function unitStatusFromRange(profile: Profile, unit: string, registrationUnits: Scalar[][], unitType?: string): string {
  const type = unitTypeOf(profile, unitType?.trim() ? unitType : unit);
  if (!type) throw badArgument(fnText.typeUnknown(unitType?.trim() ? unitType : unit));
  const k = toneKey(unit);
  let registered = 0;
  for (const row of registrationUnits) for (const v of row) if (v !== '' && toneKey(String(v)) === k) registered++;
  return statusText(registered, type.quota);
}
