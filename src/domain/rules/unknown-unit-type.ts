/**
 * UNKNOWN_UNIT_TYPE (R2, R3): a unit whose type neither its type cell nor its name gives has no quota in the
 * guideline's terms. It is never dropped: it stays in the quota table with quota "?" (quota.ts), and this finding,
 * on the unit's row of the list, says what to set.
 */
import { finding } from '../findings/finding';
import { msg } from '../findings/messages';
import { unitPlace } from './places';
import { findingsFor, Rule } from './rule';

export const unknownUnitType: Rule = (ctx) =>
  findingsFor(ctx.read.units, (unit) =>
    unit.type === undefined
      ? finding(
          'UNKNOWN_UNIT_TYPE',
          unitPlace(unit),
          unit.listQuota === undefined
            ? msg.unknownUnitType(unit.name, unit.typeText, ctx.read.profile.unitTypes.map((t) => t.name))
            : msg.unknownUnitTypeListQuota(unit.name, unit.typeText, unit.listQuota, ctx.read.profile.unitTypes.map((t) => t.name)),
        )
      : // A type cell the name contradicts: counted by the name (unit-type.ts), and said, so the cell gets fixed.
        unit.typeOverruled
        ? finding('UNKNOWN_UNIT_TYPE', unitPlace(unit), msg.unitTypeOverruled(unit.name, unit.typeOverruled, unit.type, unit.bloc ?? '', unit.quota))
        : undefined,
  );
