/** Every guideline rule the check runs, in the order their findings are produced. */
import type { Rule } from './rule';

export const RULES: Rule[] = [];

export type { Rule, RuleContext } from './rule';
