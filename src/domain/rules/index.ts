/** Every guideline rule the check runs, in the order their findings are produced. */
import { duplicatesRule } from './duplicate';
import { nurturePlan } from './nurture-plan';
import { planDeadline } from './plan-deadline';
import { quota } from './quota';
import { registrationDeadline } from './registration-deadline';
import type { Rule } from './rule';
import { singleSubject } from './single-subject';
import { subjectKindMismatch } from './subject-kind-mismatch';
import { unknownUnit } from './unknown-unit';
import { unknownUnitType } from './unknown-unit-type';

// Row rules first, then unit rules. Order is presentation only: the quota asks the analysis for row verdicts.
export const RULES: Rule[] = [
  unknownUnit,
  singleSubject,
  subjectKindMismatch,
  duplicatesRule,
  quota,
  unknownUnitType,
  registrationDeadline,
  planDeadline,
  nurturePlan,
];

export { computeQuota } from './quota';
export type { Analysis, Rule } from './rule';
