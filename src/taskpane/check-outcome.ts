/** What a check gives the views, the same in Excel and in a browser. */
import type { AnalyzeResult } from '../worker/protocol';
import type { CheckOutcome, SourceFile } from './workspace';

export function checkOutcome(r: AnalyzeResult, sources: string[], picked: SourceFile[]): CheckOutcome {
  return {
    report: r.report,
    tables: r.tables,
    profile: r.profile,
    sources,
    view: r.view,
    duplicateRows: r.duplicateRows,
    unreadable: picked.flatMap((f) => (f.error ? [{ file: f.name, message: f.error }] : [])),
  };
}
