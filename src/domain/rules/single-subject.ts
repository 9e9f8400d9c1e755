/** NOT_SINGLE_SUBJECT (R1): "Điển hình tiên tiến là 01 tập thể hoặc 01 cá nhân", one per registration row. */
import { finding, Finding } from '../findings/finding';
import { msg } from '../findings/messages';
import { isSuperseded, Registration } from '../records';
import { registrationPlace } from './places';
import { findingsFor, Rule, Analysis } from './rule';
import { isPlainlyOne, subjectsIn } from './subject-parts';

/**
 * The exemplars a name cell lists, when it lists more than one. The rule, the row-error verdict and the kind rule
 * all ask this of every row; the analysis keeps the answer per (kind, household, name).
 */
export function splitSubjects(name: string, kind: Registration['kind'], household: boolean): readonly string[] | null {
  if (!name || isPlainlyOne(name)) return null;
  const subjects = subjectsIn(name, kind, household);
  return subjects.length > 1 ? subjects : null;
}

export function notSingleSubjectFinding(reg: Registration, ctx: Analysis): Finding | undefined {
  const subjects = ctx.extraSubjects(reg);
  return subjects && finding('NOT_SINGLE_SUBJECT', registrationPlace(reg, ctx), msg.notSingleSubject([...subjects]));
}

// A row of a list its unit replaced (or sent twice) is no longer the unit's to fix.
export const singleSubject: Rule = (ctx) => findingsFor(ctx.read.registrations, (reg) => (isSuperseded(reg) ? undefined : notSingleSubjectFinding(reg, ctx)));
