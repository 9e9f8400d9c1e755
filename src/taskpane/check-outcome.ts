/** What a check gives the views, the same in Excel and in a browser. */
import type { AnalyzeResult, CeremonyBookData } from '../worker/protocol';
import type { CheckOutcome, ConsolidateOutcome, SourceFile } from './workspace';

export function checkOutcome(r: AnalyzeResult, sources: string[], picked: SourceFile[]): CheckOutcome {
  // Rows the duplicate matcher could not compare: said beside the result, as the command line's report says it.
  const uncompared = r.report.summary.duplicatesUncompared;
  // Decisions unread or met by no group: said in the pane as in the report (trial 22a #4, #6).
  const notes = [...(uncompared ? [uncompared.message] : []), ...(r.report.summary.decisionNotes ?? []).map((d) => d.message)];
  return {
    ...(notes.length ? { notes } : {}),
    report: r.report,
    tables: r.tables,
    profile: r.profile,
    sources,
    view: r.view,
    duplicateRows: r.duplicateRows,
    unreadable: picked.flatMap((f) => (f.error ? [{ file: f.name, message: f.error }] : [])),
  };
}

/** The files a check found unreadable (FILE_UNREADABLE), each with its sentence. */
export function unreadableFound(r: AnalyzeResult): { file: string; message: string }[] {
  return r.report.findings.filter((f) => f.code === 'FILE_UNREADABLE').map((f) => ({ file: f.file, message: f.message }));
}

/** What both doors report of a consolidation, whatever they did with its sheets. */
export function bookSummary(book: CeremonyBookData): Pick<ConsolidateOutcome, 'collectives' | 'individuals' | 'excluded' | 'document' | 'notices'> {
  return { collectives: book.collectives, individuals: book.individuals, excluded: book.excluded, document: book.document, notices: book.notices };
}
