/** Taking the user to a finding: activate its sheet and select its cell (or its row within the used columns). */
export async function selectPlace(sheet: string, row: number, column?: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(column ? `${column}${row}` : `A${row}`).select();
    await context.sync();
  });
}
