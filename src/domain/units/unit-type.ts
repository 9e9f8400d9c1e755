/** A unit's type, from its type cell and its name (rules.md "Unit types given as a place"). */
import { Profile, unitTypeByName, UnitTypeDef } from '../profile';
import { toneKey } from '../text';
import { abbreviationExpander } from './unit-abbreviations';

export interface UnitTyping {
  type?: UnitTypeDef;
  source: 'column' | 'name' | 'none';
}

/**
 * The type cell decides ("Đảng bộ xã", or a place word "Xã" / "Thị trấn"), the name when the cell is empty or
 * unknown. One exception: a name revealing a more specific type of the same bloc wins over the cell (a commune's
 * party committee typed "Đảng bộ cơ sở" still has the commune's quota: the guideline's "Riêng đảng bộ các xã, thị
 * trấn…" is specific). The profile lists its types most specific first, as name recognition already relies on.
 */
export function unitTyping(
  profile: Profile,
  declared: string,
  name: string,
  inferUnitType: (unitName: string) => UnitTypeDef | undefined,
  /** The type a type cell names (a list repeats a handful: its reader may keep the answers). */
  declaredType: (text: string) => UnitTypeDef | undefined = (text) => unitTypeByName(profile, text) ?? inferUnitType(text),
): UnitTyping {
  const byColumn = declared ? declaredType(declared) : undefined;
  const byName = inferUnitType(name);
  if (byColumn && byName && byName !== byColumn && byName.bloc === byColumn.bloc) {
    if (profile.unitTypes.indexOf(byName) < profile.unitTypes.indexOf(byColumn)) return { type: byName, source: 'name' };
  }
  if (byColumn) return { type: byColumn, source: 'column' };
  if (byName) return { type: byName, source: 'name' };
  return { source: 'none' };
}

interface PatternKey {
  type: UnitTypeDef;
  key: string;
  prefix: string;
}

/** The profile's type patterns as keys, keyed once per run: types in the profile's order, most specific first. */
function patternKeys(profile: Profile): PatternKey[] {
  return profile.unitTypes.flatMap((type) =>
    type.patterns.map((p) => {
      const key = toneKey(p);
      return { type, key, prefix: `${key} ` };
    }),
  );
}

function typeByPattern(patterns: readonly PatternKey[], k: string): UnitTypeDef | undefined {
  for (const { type, key, prefix } of patterns) if (k === key || k.startsWith(prefix)) return type;
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
  const patterns = patternKeys(profile);
  // The most specific type any spelling gives: "Đảng ủy TT Phú Mỹ" is a party committee as written, and a
  // township's ("Đảng bộ thị trấn", quota 02) once "TT" is read.
  const better = (a: UnitTypeDef | undefined, b: UnitTypeDef | undefined) =>
    !a || (b && profile.unitTypes.indexOf(b) < profile.unitTypes.indexOf(a)) ? b : a;
  return (unitName) => {
    const key = toneKey(unitName);
    let found = typeByPattern(patterns, key);
    expand ??= abbreviationExpander(profile.unitAbbreviations, foldForTypes);
    // "Đảng ủy X. An Bình": "X." for "xã" is read only there, after the committee's name.
    const padded = ` ${foldForTypes(unitName)} `.replace(COMMUNE_X, ` $1 ${XA} `);
    for (const v of expand(padded)) {
      const spelled = v.trim();
      if (spelled !== key) found = better(found, typeByPattern(patterns, spelled));
    }
    return found;
  };
}

const COMMUNE_X = new RegExp(`^ (${['đảng ủy', 'đảng bộ', 'đu', 'đb'].map(toneKey).join('|')}) x `);
const XA = toneKey('xã');
