/** A unit's type, from its type cell and its name (rules.md "Unit types given as a place"). */
import { Profile, unitTypeByName, UnitTypeDef } from '../profile';

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
): UnitTyping {
  const byColumn = declared ? (unitTypeByName(profile, declared) ?? inferUnitType(declared)) : undefined;
  const byName = inferUnitType(name);
  if (byColumn && byName && byName !== byColumn && byName.bloc === byColumn.bloc) {
    if (profile.unitTypes.indexOf(byName) < profile.unitTypes.indexOf(byColumn)) return { type: byName, source: 'name' };
  }
  if (byColumn) return { type: byColumn, source: 'column' };
  if (byName) return { type: byName, source: 'name' };
  return { source: 'none' };
}
