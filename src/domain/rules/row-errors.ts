/**
 * Row-level errors, in one place: the reading errors flagged on the record and the error findings of the row
 * rules. The quota (and the ceremony list) ask here whether a row counts, so a row rule's verdict is always
 * known before a row is counted, whatever order the rules run in.
 */
import type { Finding } from '../findings/finding';
import type { Registration } from '../records';
import type { RuleContext } from './rule';
import { notSingleSubjectFinding } from './single-subject';
import { unknownUnitFinding } from './unknown-unit';

type RowCheck = (reg: Registration, ctx: RuleContext) => Finding | undefined;

/** The row rules whose findings are errors that keep a row out of every count. */
export const ROW_ERROR_CHECKS: readonly RowCheck[] = [notSingleSubjectFinding, unknownUnitFinding];

// Several rules ask about the same row: each row is judged once per check.
const judged = new WeakMap<RuleContext, WeakMap<Registration, Finding[]>>();

/** The row-rule error findings of one registration (reading errors are already in the read's findings). */
export function rowErrorFindings(reg: Registration, ctx: RuleContext): Finding[] {
  let byReg = judged.get(ctx);
  if (!byReg) judged.set(ctx, (byReg = new WeakMap()));
  let found = byReg.get(reg);
  if (!found) byReg.set(reg, (found = ROW_ERROR_CHECKS.flatMap((check) => check(reg, ctx) ?? [])));
  return found;
}

export function hasRowError(reg: Registration, ctx: RuleContext): boolean {
  return Boolean(reg.readError) || rowErrorFindings(reg, ctx).length > 0;
}
