/** NOT_SINGLE_SUBJECT (R1): "Điển hình tiên tiến là 01 tập thể hoặc 01 cá nhân", one per registration row. */
import { finding, Finding } from '../findings/finding';
import { msg } from '../findings/messages';
import type { Registration } from '../records';
import { registrationPlace } from './places';
import type { Rule, RuleContext } from './rule';
import { subjectsIn } from './subject-parts';

/** The exemplars the row's name cell lists, when it lists more than one. */
export function extraSubjects(reg: Registration): string[] | undefined {
  if (!reg.name) return undefined;
  const subjects = subjectsIn(reg.name, reg.kind, reg.household);
  return subjects.length > 1 ? subjects : undefined;
}

export function notSingleSubjectFinding(reg: Registration, ctx: RuleContext): Finding | undefined {
  const subjects = extraSubjects(reg);
  return subjects && finding('NOT_SINGLE_SUBJECT', registrationPlace(reg, ctx.read), msg.notSingleSubject(subjects));
}

export const singleSubject: Rule = (ctx) =>
  ctx.read.registrations.flatMap((reg) => notSingleSubjectFinding(reg, ctx) ?? []);
