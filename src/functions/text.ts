/** NORMALIZE and UNITTYPE: text as the engine reads it. */
import type { Profile, UnitTypeDef } from '../domain/profile/schema';
import { unitTypeByName } from '../domain/profile/profile-queries';
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

export function unitTypeName(profile: Profile, name: string): string {
  if (!name.trim()) throw badArgument(fnText.unitMissing);
  const t = unitTypeOf(profile, normalizeText(name));
  if (!t) throw notAvailable(fnText.typeUnknown(name));
  return t.name;
}
