/**
 * Row-level errors, in one place: the error findings of the row rules. The analysis keeps each row's verdict, and
 * the quota (and the ceremony list) ask it whether a row counts.
 */
import type { Finding } from '../findings/finding';
import type { Registration } from '../records';
import type { Analysis } from './rule';
import { notSingleSubjectFinding } from './single-subject';
import { unknownUnitFinding } from './unknown-unit';

type RowCheck = (reg: Registration, analysis: Analysis) => Finding | undefined;

/** The row rules whose findings are errors that keep a row out of every count. */
const ROW_ERROR_CHECKS: readonly RowCheck[] = [notSingleSubjectFinding, unknownUnitFinding];

const NONE: readonly Finding[] = [];

/** The row-rule error findings of one registration. */
export function judgeRow(reg: Registration, analysis: Analysis): readonly Finding[] {
  let found: Finding[] | undefined;
  for (const check of ROW_ERROR_CHECKS) {
    const f = check(reg, analysis);
    if (f) (found ??= []).push(f);
  }
  return found ?? NONE;
}
