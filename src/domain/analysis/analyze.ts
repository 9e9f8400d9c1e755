/**
 * The analysis stage: what every rule reads, built once per check from the read — the read index, the row errors,
 * the quota counts and the duplicate groups — and forgotten with it. Every rule, the report and CHECKQUOTA ask the
 * same analysis, so a row's verdict, a unit's count and a group are the same wherever they are asked, whatever order
 * the rules run in. It sits above the rules: the row verdicts and the counts are the rules' own functions.
 */
import type { CalendarDate } from '../dates';
import { matchRead } from '../duplicates/duplicate-groups';
import type { MatchResult } from '../duplicates/match';
import type { Finding } from '../findings/finding';
import type { ReadResult, Registration, UnitQuota } from '../records';
import { countQuotas } from '../rules/quota';
import { judgeRow } from '../rules/row-errors';
import { splitSubjects } from '../rules/single-subject';
import { isPlainlyOne } from '../rules/subject-parts';
import type { Analysis } from '../rules/rule';
import { memoKindTests } from '../subjects/listed-kind';
import { indexRead } from './read-index';

export type { Analysis } from '../rules/rule';

const NONE: readonly never[] = [];

export function analyze(read: ReadResult, asOf: CalendarDate): Analysis {
  const index = indexRead(read);
  // Only rows with errors are kept: judging a clean row again costs no more than looking it up among every row.
  const withErrors = new Map<Registration, readonly Finding[]>();
  // Per kind (and household), then per name: names repeat across rows, and a kind has a handful of spellings.
  const splits = new Map<string, Map<string, readonly string[] | null>>();
  // Asked of the same names by the matcher and SUBJECT_KIND_MISMATCH.
  const kindTests = memoKindTests();
  let quotas: readonly UnitQuota[] | undefined;
  let duplicates: MatchResult | undefined;
  const analysis: Analysis = {
    read,
    asOf,
    unitOf: (id) => index.unitById.get(id),
    registrationsOf: (unit) => index.registrationsByUnit.get(unit.id) ?? NONE,
    plansOf: (unit) => index.plansByUnit.get(unit.id) ?? NONE,
    extraSubjects(reg) {
      if (!reg.name || isPlainlyOne(reg.name)) return undefined;
      const group = reg.household ? `${reg.kind ?? ''} household` : (reg.kind ?? '');
      let byName = splits.get(group);
      if (!byName) splits.set(group, (byName = new Map()));
      let split = byName.get(reg.name);
      if (split === undefined) byName.set(reg.name, (split = splitSubjects(reg.name, reg.kind, reg.household)));
      return split ?? undefined;
    },
    rowErrors(reg) {
      let found = withErrors.get(reg);
      if (!found) {
        found = judgeRow(reg, analysis);
        if (found.length) withErrors.set(reg, found);
      }
      return found;
    },
    hasRowError: (reg) => Boolean(reg.readError) || analysis.rowErrors(reg).length > 0,
    quotas: () => (quotas ??= countQuotas(analysis)),
    kindTests,
    duplicates: () => (duplicates ??= matchRead(read, kindTests)),
  };
  return analysis;
}
