/**
 * The functions chunk: loading it registers the DIENHINH functions (the metadata plugin appends the
 * CustomFunctions.associate calls to functions.ts), then the page gives them their Office-backed services.
 */
import './functions';
import { outputSheetIds } from '../workbook/office/made-sheets';
import { storedProfileOverride } from '../workbook/office/profile-store';
import { readOpenWorkbook } from '../workbook/office/read-workbook';
import { watchWorkbook } from '../workbook/office/changes';
import type { Engine } from '../worker/protocol';
import { configureFunctions, todayIso } from './services';

export function startFunctions(engine: Engine): void {
  configureFunctions({
    engine,
    readWorkbook: async () => (await readOpenWorkbook({ skipSheetIds: outputSheetIds() })).grid,
    watch: (onChange) =>
      watchWorkbook((notice) => {
        // Writing the add-in's own sheets is no change to the data the functions read.
        if (notice.worksheetId && outputSheetIds().has(notice.worksheetId)) return;
        onChange();
      }),
    profileOverride: () => storedProfileOverride(),
    today: () => todayIso(),
  });
}
