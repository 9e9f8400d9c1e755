/**
 * Worksheet change events, for the custom functions that follow edits and for the task pane's check view (which sheets
 * changed since the last check). Each listener only flags the change; the work happens later (the functions' feed is
 * debounced, the pane shows a notice).
 */
import { apiSupported } from './host';

export interface ChangeNotice {
  worksheetId?: string;
  /**
   * What happened: a sheet's data edited, a sheet added, deleted or renamed (a per-unit sheet's name gives its unit;
   * «Cấu hình» is the profile), rows hidden or shown.
   */
  kind: 'changed' | 'added' | 'deleted' | 'renamed' | 'rowsHidden';
  /** A rename's names, before and after. */
  names?: [string, string];
}

/** Listens to data changes, sheets added, deleted and renamed, rows hidden. Resolves once listening (or at once where events are missing). */
export async function watchWorkbook(onChange: (notice: ChangeNotice) => void): Promise<void> {
  if (!apiSupported('ExcelApi', '1.7')) return;
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const notify = (kind: ChangeNotice['kind']) => (args: { worksheetId?: string; nameBefore?: string; nameAfter?: string }) => {
      const names: [string, string] | undefined = args.nameBefore !== undefined && args.nameAfter !== undefined ? [args.nameBefore, args.nameAfter] : undefined;
      onChange({ kind, ...(args.worksheetId ? { worksheetId: args.worksheetId } : {}), ...(names ? { names } : {}) });
      return Promise.resolve();
    };
    if (apiSupported('ExcelApi', '1.9')) sheets.onChanged.add(notify('changed'));
    sheets.onAdded.add(notify('added'));
    sheets.onDeleted.add(notify('deleted'));
    // Each where the host has it: older hosts keep the old answer until the next edit, as before.
    if (apiSupported('ExcelApi', '1.11')) sheets.onRowHiddenChanged.add(notify('rowsHidden'));
    if (apiSupported('ExcelApi', '1.17')) sheets.onNameChanged.add(notify('renamed'));
    await context.sync();
  });
}
