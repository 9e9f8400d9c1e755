/** CHECKQUOTA's answers, computed from the engine's quota table or from explicit ranges. */
import type { Profile, UnitTypeDef } from '../domain/profile/schema';
import { unitTypeInferrer, unitTyping } from '../domain/units/unit-type';
import { resolveWritten, unitResolver } from '../domain/units/resolve-unit';
import { msg } from '../domain/findings/messages';
import type { QuotaRow } from '../domain/records';
import { asciiKey, toneKey } from '../domain/text/fold';
import { unitsOfCell } from '../domain/units/co-proposers';
import type { QuotaResult } from '../worker/protocol';
import { badArgument, notAvailable } from './failure';
import { fnText } from './messages';
import { listResolver, normalizeText, unitTypeOf } from './text';

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

/**
 * A unit's type as the engine types it: the type given (one that is none is refused), else its name's; a commune
 * typed "Đảng bộ cơ sở" keeps the commune's.
 */
function typeOf(profile: Profile, name: string, unitType: string | undefined): UnitTypeDef | undefined {
  const declared = unitType?.trim() ? normalizeText(unitType) : '';
  if (declared && !unitTypeOf(profile, declared)) throw badArgument(fnText.typeUnknown(declared));
  return unitTyping(profile, declared, name, unitTypeInferrer(profile)).type;
}

/**
 * The status of one unit of the workbook's quota table, by its name or code written as the rows write units; with a
 * type given, that type's quota (as the engine types a unit) instead of the one the workbook gives it.
 */
export function unitStatusFromTable({ quota: rows, profile }: Pick<QuotaResult, 'quota' | 'profile'>, unit: string, unitType = ''): string {
  const resolver = listResolver(profile, rows);
  const found = resolver && resolveWritten(resolver, normalizeText(unit));
  const row = found && rows[Number(found.id)];
  if (!row) throw notAvailable(fnText.unitNotFound(unit));
  const type = unitType.trim() ? typeOf(profile, row.unit, unitType) : undefined;
  if (type) return statusText(row.registered, type.quota);
  return row.required === null ? msg.quotaUnknownStatus : statusText(row.registered, row.required);
}

/** A column's label selected with its column («Đơn vị đề xuất», «Mã đơn vị»): no row. */
const UNIT_LABEL = /^(?:ma |ten )?(?:don vi|dv)(?: |$)/;

/**
 * The pure form: the unit's rows counted in an explicit range of proposing units (each written as staff write units:
 * "ĐU xã An Bình", "Xã An Bình", a code, in TCVN3), its quota from the type, as the engine types a unit.
 * `listed`: the workbook's units list, where it has one. Its codes are read as the check reads them («DBX02» counts
 * for the unit of that code; the unit itself may be given by its code), a unit of the list has the check's quota, and
 * rows that name no unit of the list (the check's UNKNOWN_UNIT) are told after the status, never counted silently.
 */
export function unitStatusFromRange(profile: Profile, unit: string, registrationUnits: Scalar[][], unitType?: string, listed: readonly QuotaRow[] = []): string {
  const name = normalizeText(unit);
  const list = listResolver(profile, listed);
  const target = list ? resolveWritten(list, name) : undefined;
  const row = target ? listed[Number(target.id)] : undefined;
  // A code («DBX02») is typed by the name the list gives it.
  const unitName = row?.unit ?? name;
  let required = !unitType?.trim() && row ? row.required : null;
  if (required === null) {
    const type = typeOf(profile, unitName, unitType);
    if (!type) throw badArgument(fnText.typeUnknown(name));
    required = type.quota;
  }
  const resolver = unitResolver([{ id: unitName, name: unitName }], profile.district, profile.unitAbbreviations);
  const k = toneKey(name);
  let registered = 0;
  let unknown = 0;
  let first = true;
  for (const cells of registrationUnits)
    for (const v of cells) {
      const text = typeof v === 'string' ? normalizeText(v) : String(v);
      const isFirst = first;
      first = false;
      if (text === '') continue;
      // The list's units as the check reads a unit cell: one unit, or the units it names together.
      const named = list ? unitsOfCell(list, text) : [];
      if (named.length) {
        if (target && named.includes(target)) registered++;
        continue;
      }
      if (toneKey(text) === k || resolveWritten(resolver, text)) registered++;
      else if (list && !(isFirst && UNIT_LABEL.test(asciiKey(text)))) unknown++;
    }
  const status = statusText(registered, required);
  return unknown ? fnText.withUnknownRows(status, unknown) : status;
}
