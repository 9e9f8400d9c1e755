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

// Several rules ask about the same row, so a row's errors are kept once found. Only rows with errors are kept:
// judging a clean row (its name's split is memoised) costs no more than looking it up among every row would.
const judged = new WeakMap<RuleContext, Map<Registration, readonly Finding[]>>();

const NONE: readonly Finding[] = [];

/** The row-rule error findings of one registration (reading errors are already in the read's findings). */
export function rowErrorFindings(reg: Registration, ctx: RuleContext): readonly Finding[] {
  let withErrors = judged.get(ctx);
  if (!withErrors) judged.set(ctx, (withErrors = new Map()));
  let found = withErrors.get(reg);
  if (!found) {
    found = judge(reg, ctx);
    if (found.length) withErrors.set(reg, found);
  }
  return found;
}

function judge(reg: Registration, ctx: RuleContext): readonly Finding[] {
  let found: Finding[] | undefined;
  for (const check of ROW_ERROR_CHECKS) {
    const f = check(reg, ctx);
    if (f) (found ??= []).push(f);
  }
  return found ?? NONE;
}

export function hasRowError(reg: Registration, ctx: RuleContext): boolean {
  return Boolean(reg.readError) || rowErrorFindings(reg, ctx).length > 0;
}
