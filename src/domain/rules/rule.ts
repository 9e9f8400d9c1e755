/** A rule reads records and the profile and returns findings; it never reads cells. */
import type { CalendarDate } from '../dates';
import type { Finding } from '../findings/finding';
import type { ReadResult } from '../reading/read-workbooks';

export interface RuleContext {
  read: ReadResult;
  asOf: CalendarDate;
}

export type Rule = (ctx: RuleContext) => Finding[];

/**
 * The findings a check gives for each item, in item order. A loop rather than `flatMap(… ?? [])`, which builds an
 * empty array for every row without a finding: garbage by the hundred thousand on a large list. Indexed, since
 * for-of allocates an iterator result per item until the loop is optimised, and this one is shared by many rules.
 */
export function findingsFor<T>(items: readonly T[], check: (item: T) => Finding | undefined): Finding[] {
  const found: Finding[] = [];
  for (let i = 0; i < items.length; i++) {
    const f = check(items[i] as T);
    if (f) found.push(f);
  }
  return found;
}
