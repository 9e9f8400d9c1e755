/** Taking the user to a finding: activate its sheet and select its cell (or its row's first cell). */

export type SelectOutcome =
  /** Selected; `name` is the sheet's name now (another than the finding's after a rename). */
  | { status: 'selected'; name: string }
  /** The sheet the check read is no longer there (deleted, or replaced by another sheet of its name). */
  | { status: 'gone' }
  /** Excel cannot activate a hidden sheet. */
  | { status: 'hidden'; name: string };

/**
 * Selects a place of the sheet with the given id (the sheet the check read, whatever its name now), or, with no id,
 * of the sheet of that name. A sheet of the old name with another id is not the finding's sheet.
 */
export async function selectPlace(sheet: { id?: string | undefined; name: string }, row: number, column?: string): Promise<SelectOutcome> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const ws = sheets.getItemOrNullObject(sheet.id ?? sheet.name);
    ws.load('name,visibility');
    await context.sync();
    if (ws.isNullObject) return { status: 'gone' };
    if (ws.visibility !== 'Visible') return { status: 'hidden', name: ws.name };
    ws.activate();
    ws.getRange(column ? `${column}${row}` : `A${row}`).select();
    await context.sync();
    return { status: 'selected', name: ws.name };
  });
}
