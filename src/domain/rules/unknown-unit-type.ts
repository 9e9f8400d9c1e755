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
      : // A type cell the name contradicts across blocs: the cell is applied (unit-type.ts), and the unit asked to check it.
        unit.typeByName
        ? finding('UNKNOWN_UNIT_TYPE', unitPlace(unit), msg.unitTypeCellApplied(unit.name, unit.type, unit.bloc ?? '', unit.quota, unit.typeByName))
        : undefined,
  );
