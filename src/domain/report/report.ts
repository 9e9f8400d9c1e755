/** The result of a check as one object: what the JSON door prints and every other door renders. */
import { CalendarDate, isoDate } from '../dates';
import { compareFindings, Finding } from '../findings/finding';
import { analyze, Analysis } from '../analysis/analyze';
import { isSuperseded, QuotaRow, ReadResult, Registration } from '../records';
import { computeQuota, RULES } from '../rules';
import { msg } from '../findings/messages';
import { UndatedList, undatedListsOf } from '../rules/list-timeliness';

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
    /**
     * R7, only where lists keep a column per year of the commendations their rows received: per year, the exemplars
     * marked commended, and by unit (as the units list names it, else as the rows write it).
     */
    yearlyCommendations?: YearlyCommendations[];
    /**
     * Documents read for their text, not for a table (a unit's nurturing plan, its implementation plan), each with its
     * unit: a file that gave no list and no finding is still named, so that every file given is accounted for.
     */
    documents?: DocumentRead[];
    /**
     * Rows a unit hid in its own list, left off the counts and the ceremony list as taken out (trial 16a #5): said by
     * the check as the ceremony's excluded sheet says them, since nobody sees them in the file.
     */
    hiddenRows?: HiddenRow[];
    /**
     * Units whose list came with no day R4 can judge (trial17b #12): the per-unit view's «Đã gửi, chưa rõ ngày», said
     * here too so that the text and the JSON show what the pane shows.
     */
    undatedLists?: UndatedList[];
    /** What reading the profile has to say that is no error (a «Cấu hình» key written twice, the value used). */
    profileNotes?: string[];
    /**
     * Rows the duplicate search could not compare with every namesake (a very common name whose rows lack the year
     * or place to split it: blocking.ts), said so that no search is switched off silently (trial 18b #1).
     */
    duplicatesUncompared?: { rows: number; names: string[]; message: string };
    /**
     * Duplicate decisions that could not be read or no longer meet a group (trial 22a #4, #6): said, never dropped
     * without a word.
     */
    decisionNotes?: DecisionNote[];
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
      ...yearlyCommendationsOf(read),
      ...documentsOf(read),
      ...hiddenRowsOf(read),
      ...undatedListsField(read, asOf),
      // The profile as read, where something in it is to be said (a key written twice): every door shows it.
      ...(read.profileNotes?.length ? { profileNotes: read.profileNotes } : {}),
      ...uncomparedOf(analysis),
      ...decisionNotesOf(analysis),
    },
    findings,
    quota,
  };
}

/** The duplicate search's rows left without some comparisons, with the names they bear (the largest blocks first). */
function uncomparedOf(analysis: Analysis): { duplicatesUncompared?: Report['summary']['duplicatesUncompared'] } {
  const { stats } = analysis.duplicates();
  if (!stats.skippedRows) return {};
  const names = [...new Set(stats.skipped.map((s) => s.sample))].slice(0, 3);
  return { duplicatesUncompared: { rows: stats.skippedRows, names, message: msg.duplicatesUncompared(stats.skippedRows, names) } };
}

/** A decision row said to the user: where it is, its group's key, and why. */
export interface DecisionNote {
  file: string;
  sheet: string;
  row: number;
  key: string;
  message: string;
}

/** The decision cells not read, and the decisions that met no group. */
function decisionNotesOf(analysis: Analysis): { decisionNotes?: DecisionNote[] } {
  const at = (d: { file?: string; sheet?: string; row?: number; key: string }) => ({ file: d.file ?? '', sheet: d.sheet ?? '', row: d.row ?? 0, key: d.key });
  const notes = [
    ...(analysis.read.unreadDecisions ?? []).map((u) => ({ ...at(u), message: msg.decisionUnread(u) })),
    ...(analysis.duplicates().staleDecisions ?? []).map((d) => ({ ...at(d), message: msg.decisionStale(d) })),
  ];
  return notes.length ? { decisionNotes: notes } : {};
}

function undatedListsField(read: ReadResult, asOf: CalendarDate): { undatedLists?: UndatedList[] } {
  const undated = undatedListsOf(read, asOf);
  return undated.length ? { undatedLists: undated } : {};
}

export function buildReport(read: ReadResult, asOf: CalendarDate, files: number): Report {
  return reportOf(analyze(read, asOf), files);
}

export interface HiddenRow {
  file: string;
  sheet: string;
  row: number;
  /** The unit as the units list names it, else as the rows write it. */
  unit: string;
  name: string;
}

/** The rows of current lists left off as hidden by their unit (none withdrawn otherwise: their note says it). */
function hiddenRowsOf(read: ReadResult): { hiddenRows?: HiddenRow[] } {
  const hidden = read.registrations.filter((r) => r.hidden && !r.withdrawn && !isSuperseded(r));
  if (!hidden.length) return {};
  const names = new Map(read.units.map((u) => [u.id, u.name]));
  return {
    hiddenRows: hidden.map((r) => ({
      file: r.source.file,
      sheet: r.source.sheet,
      row: r.source.row,
      unit: (r.unitId && names.get(r.unitId)) || r.unitText || '',
      name: r.name,
    })),
  };
}

export interface DocumentRead {
  file: string;
  kind: 'nurturePlan' | 'plan';
  unit: string;
  /** A nurturing plan's contents found, of the profile's. */
  contents?: { found: number; of: number };
}

/** The plans units sent as documents, as the units list names their units. */
function documentsOf(read: ReadResult): { documents?: DocumentRead[] } {
  const names = new Map(read.units.map((u) => [u.id, u.name]));
  const of = read.profile.nurtureContents.length;
  const documents: DocumentRead[] = [];
  // A plan read from a document has no sheet nor row of its own (read-workbooks.ts, tablelessFindings).
  for (const p of read.plans)
    if (p.source.row === 0 && !p.source.sheet) {
      const found = read.profile.nurtureContents.filter((c) => p.contents[c.key]).length;
      documents.push({ file: p.source.file, kind: 'nurturePlan', unit: (p.unitId && names.get(p.unitId)) || p.unitText || '', contents: { found, of } });
    }
  for (const d of read.planDocuments ?? []) documents.push({ file: d.file, kind: 'plan', unit: names.get(d.unitId) ?? '' });
  return documents.length ? { documents } : {};
}

export interface YearlyCommendations {
  year: number;
  exemplars: number;
  units: { unit: string; exemplars: number }[];
}

/** R7's report: the rows of current lists marked commended, counted by year and unit; nothing without such columns. */
function yearlyCommendationsOf(read: ReadResult): { yearlyCommendations?: YearlyCommendations[] } {
  const marked = read.registrations.filter((r) => r.commendedYears && !isSuperseded(r));
  if (!marked.length) return {};
  const names = new Map(read.units.map((u) => [u.id, u.name]));
  const byYear = new Map<number, Map<string, number>>();
  for (const r of marked) {
    const unit = (r.unitId && names.get(r.unitId)) || r.unitText || '';
    for (const y of r.commendedYears ?? []) {
      const units = byYear.get(y) ?? new Map<string, number>();
      units.set(unit, (units.get(unit) ?? 0) + 1);
      byYear.set(y, units);
    }
  }
  const yearlyCommendations = [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, units]) => ({
      year,
      exemplars: [...units.values()].reduce((a, b) => a + b, 0),
      units: [...units.entries()].map(([unit, exemplars]) => ({ unit, exemplars })),
    }));
  return { yearlyCommendations };
}

/** Rows of the units' current lists: a list its unit replaced, or the second copy of one, is no longer counted. */
function currentRows(registrations: readonly Registration[]): number {
  let n = registrations.length;
  for (const r of registrations) if (isSuperseded(r)) n--;
  return n;
}
