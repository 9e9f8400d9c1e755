/** NORMALIZE and UNITTYPE: text as the engine reads it. */
import type { Profile, UnitTypeDef } from '../domain/profile/schema';
import { unitTypeByName } from '../domain/profile/profile-queries';
import type { QuotaRow } from '../domain/records';
import { resolveWritten, UnitRef, unitResolver, UnitResolver } from '../domain/units/resolve-unit';
import { inferUnitType } from '../domain/units/unit-type';
import { columnEncoding, decodeByEvidence } from '../domain/text/detect';
import { cleanText } from '../domain/text/clean';
import { badArgument, notAvailable } from './failure';
import { fnText } from './messages';

/** Clean Unicode: legacy TCVN3/VNI converted when the text betrays it, NFC, invisible characters gone, spaces tidied. */
export function normalizeText(text: string): string {
  const enc = columnEncoding([text]);
  return cleanText(decodeByEvidence(text, enc)?.text ?? text);
}

export function unitTypeOf(profile: Profile, typeOrName: string): UnitTypeDef | undefined {
  return unitTypeByName(profile, typeOrName) ?? inferUnitType(profile, typeOrName);
}

/** The workbook's units list (its quota table's rows) as the check resolves unit cells against it; ids are row indexes. */
export function listResolver(profile: Profile, rows: readonly QuotaRow[]): UnitResolver<UnitRef> | undefined {
  if (!rows.length) return undefined;
  const refs = rows.map((r, i) => ({ id: String(i), name: r.unit, ...(r.unitCode ? { code: r.unitCode } : {}), ...(r.otherCodes ? { otherCodes: r.otherCodes } : {}) }));
  return unitResolver(refs, profile.district, profile.unitAbbreviations);
}

/**
 * The type of the unit of the workbook's list a name resolves to, as the check resolves a unit cell: «Ban CHQS huyện»
 * is the list's «Đảng bộ Quân sự huyện», whose name says no more than its own.
 */
function listedUnitType(profile: Profile, rows: readonly QuotaRow[], name: string): UnitTypeDef | undefined {
  const resolver = listResolver(profile, rows);
  const found = resolver && resolveWritten(resolver, name);
  const type = found && rows[Number(found.id)]?.type;
  return type ? unitTypeByName(profile, type) : undefined;
}

/** The type of a unit type or a unit name; a name the profile cannot type, the type of the listed unit it names. */
export function unitTypeOfListed(profile: Profile, typeOrName: string, rows: readonly QuotaRow[] = []): UnitTypeDef | undefined {
  return unitTypeOf(profile, typeOrName) ?? listedUnitType(profile, rows, typeOrName);
}

export function unitTypeName(profile: Profile, name: string, rows: readonly QuotaRow[] = []): string {
  if (!name.trim()) throw badArgument(fnText.unitMissing);
  const t = unitTypeOfListed(profile, normalizeText(name), rows);
  if (!t) throw notAvailable(fnText.typeUnknown(name));
  return t.name;
}
