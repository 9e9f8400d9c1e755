/** The result of a check as one object: what the JSON door prints and every other door renders. */
import { CalendarDate, isoDate } from '../dates';
import { compareFindings, Finding } from '../findings/finding';
import { analyze, Analysis } from '../analysis/analyze';
import { isSuperseded, QuotaRow, ReadResult, Registration } from '../records';
import { computeQuota, RULES } from '../rules';

export interface Report {
  version: 1;
  asOf: string;
  summary: {
    files: number;
    units: number;
    registrations: number;
    errors: number;
    warnings: number;
    infos: number;
  };
  findings: Finding[];
  quota: QuotaRow[];
}

/** The report of a check already analysed: the reading findings and every rule's, in order, and the quota table. */
export function reportOf(analysis: Analysis, files: number): Report {
  const { read, asOf } = analysis;
  const quota = computeQuota(analysis);
  const findings = [...read.findings, ...RULES.flatMap((rule) => rule(analysis))].sort(compareFindings);
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return {
    version: 1,
    asOf: isoDate(asOf),
    summary: {
      files,
      units: read.units.length,
      registrations: currentRows(read.registrations),
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    },
    findings,
    quota,
  };
}

export function buildReport(read: ReadResult, asOf: CalendarDate, files: number): Report {
  return reportOf(analyze(read, asOf), files);
}

/** Rows of the units' current lists: a list its unit replaced, or the second copy of one, is no longer counted. */
function currentRows(registrations: readonly Registration[]): number {
  let n = registrations.length;
  for (const r of registrations) if (isSuperseded(r)) n--;
  return n;
}
