/** A rule reads records and the profile and returns findings; it never reads cells. */
import type { CalendarDate } from '../dates';
import type { Finding } from '../findings/finding';
import type { ReadResult } from '../reading/read-workbooks';

export interface RuleContext {
  read: ReadResult;
  asOf: CalendarDate;
}

export type Rule = (ctx: RuleContext) => Finding[];
