/**
 * UNKNOWN_UNIT (R2): the proposing unit matches no unit of the list, so the row counts toward no unit's quota.
 * The tolerant matching itself (codes, case, spacing, composition, tone placement, "Đảng ủy", district name)
 * happened when reading, in src/domain/units; here a row without a resolved unit is reported.
 */
import { finding, Finding } from '../findings/finding';
import { msg } from '../findings/messages';
import type { Registration } from '../records';
import { registrationPlace } from './places';
import { findingsFor, Rule, Analysis } from './rule';

export function unknownUnitFinding(reg: Registration, ctx: Analysis): Finding | undefined {
  // Without a units list there is nothing to match against: a lone registrations file is not an error.
  if (reg.unitId || ctx.read.units.length === 0) return undefined;
  return finding('UNKNOWN_UNIT', registrationPlace(reg, ctx), msg.unknownUnit(reg.unitText, reg.unitSource));
}

export const unknownUnit: Rule = (ctx) => findingsFor(ctx.read.registrations, (reg) => unknownUnitFinding(reg, ctx));
