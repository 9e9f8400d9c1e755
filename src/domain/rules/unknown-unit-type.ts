/**
 * UNKNOWN_UNIT_TYPE (R2, R3): a unit whose type neither its type cell nor its name gives has no quota in the
 * guideline's terms. It is never dropped: it stays in the quota table with quota "?" (quota.ts), and this finding,
 * on the unit's row of the list, says what to set. A type cell contradicting the name is the same doubt about the
 * type, resolved by rule (unit-type.ts): the finding says which type, and which quota, was counted.
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
      : // A type cell the name contradicts (unit-type.ts): what was applied, and what was counted, is said.
        unit.typeByName
        ? finding('UNKNOWN_UNIT_TYPE', unitPlace(unit), msg.unitTypeCellApplied(unit.name, unit.type, unit.bloc ?? '', unit.quota, unit.typeByName))
        : unit.typeByCell
          ? finding('UNKNOWN_UNIT_TYPE', unitPlace(unit), msg.unitTypeNameApplied(unit.name, unit.type, unit.bloc ?? '', unit.quota, unit.typeByCell))
          : undefined,
  );
