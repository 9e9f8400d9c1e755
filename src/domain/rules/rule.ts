/**
 * A rule reads the analysis (records, profile and what was built from them once) and returns findings; it never
 * reads cells. The analysis is built by analysis/analyze.ts and holds every cache of a check: nothing outlives it.
 */
import type { CalendarDate } from '../dates';
import type { MatchResult } from '../duplicates/match';
import type { Finding } from '../findings/finding';
import type { NurturePlan, ReadResult, Registration, UnitQuota, UnitRecord } from '../records';
import type { KindTests } from '../subjects/listed-kind';

export interface Analysis {
  readonly read: ReadResult;
  readonly asOf: CalendarDate;
  /** The first unit of the list with this id. */
  unitOf(id: string): UnitRecord | undefined;
  /** The registrations resolved to the unit, in read order (shared: do not modify). */
  registrationsOf(unit: UnitRecord): readonly Registration[];
  /** The nurturing plans resolved to the unit (shared: do not modify). */
  plansOf(unit: UnitRecord): readonly NurturePlan[];
  /** The exemplars the row's name cell lists, when it lists more than one (shared: do not modify). */
  extraSubjects(reg: Registration): readonly string[] | undefined;
  /** The row rules' error findings of one registration (reading errors are in the read's findings). */
  rowErrors(reg: Registration): readonly Finding[];
  /** A reading error or a row rule's error keeps the row out of every count. */
  hasRowError(reg: Registration): boolean;
  /** Each unit's count toward its quota, in units-list order: counted once per analysis. */
  quotas(): readonly UnitQuota[];
  /** Whether a name is plainly a body's or a person's (listed-kind.ts), memoised for this check. */
  readonly kindTests: KindTests;
  /** The duplicate groups, the user's decisions applied: matched once per analysis, when first asked. */
  duplicates(): MatchResult;
}

export type Rule = (analysis: Analysis) => Finding[];

/**
 * The findings a check gives for each item, in item order. A loop rather than `flatMap(… ?? [])`, which builds an
 * empty array for every row without a finding.
 */
export function findingsFor<T>(items: readonly T[], check: (item: T) => Finding | undefined): Finding[] {
  const found: Finding[] = [];
  for (let i = 0; i < items.length; i++) {
    const f = check(items[i] as T);
    if (f) found.push(f);
  }
  return found;
}
