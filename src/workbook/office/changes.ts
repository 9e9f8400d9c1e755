/**
 * Worksheet change events, for the custom functions that follow edits. Registered once per runtime; the handler
 * only flags the change (the work happens later, debounced, in the functions' feed).
 */
import { apiSupported } from './host';

export interface ChangeNotice {
  worksheetId?: string;
  /** What happened: a sheet's data edited, a sheet added or deleted. */
  kind: 'changed' | 'added' | 'deleted';
}

/** Listens to data changes, sheets added and deleted. Resolves once listening (or at once where events are missing). */
export async function watchWorkbook(onChange: (notice: ChangeNotice) => void): Promise<void> {
  if (!apiSupported('ExcelApi', '1.7')) return;
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const notify = (kind: ChangeNotice['kind']) => (args: { worksheetId?: string }) => {
      onChange({ kind, ...(args.worksheetId ? { worksheetId: args.worksheetId } : {}) });
      return Promise.resolve();
    };
    if (apiSupported('ExcelApi', '1.9')) sheets.onChanged.add(notify('changed'));
    sheets.onAdded.add(notify('added'));
    sheets.onDeleted.add(notify('deleted'));
    await context.sync();
  });
}
