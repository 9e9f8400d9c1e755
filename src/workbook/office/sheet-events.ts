/**
 * Worksheet events for the task pane's check view: which sheet changed since the last check (its data edited, rows
 * inserted or deleted, rows hidden or shown, the sheet renamed or deleted). Each event only names the sheet; what
 * follows is the pane's. Registered once per page, and only where the host has the events.
 */
import { apiSupported } from './host';

type Listener = (worksheetId: string) => void;

interface SheetEvent {
  worksheetId?: string;
}

/** Listens to the events that can make a check's places and results out of date. Resolves once listening. */
export async function watchSheetChanges(onChange: Listener): Promise<void> {
  if (!apiSupported('ExcelApi', '1.9')) return;
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const notify = (args: SheetEvent) => {
      if (args.worksheetId) onChange(args.worksheetId);
      return Promise.resolve();
    };
    sheets.onChanged.add(notify);
    sheets.onDeleted.add(notify);
    // Hidden rows are rows a unit took out of its list; a renamed sheet no longer has the name the findings give.
    if (apiSupported('ExcelApi', '1.11')) sheets.onRowHiddenChanged.add(notify);
    if (apiSupported('ExcelApi', '1.17')) sheets.onNameChanged.add(notify);
    await context.sync();
  });
}
