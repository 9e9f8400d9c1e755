/**
 * The functions chunk: loading it registers the DIENHINH functions (the metadata plugin appends the
 * CustomFunctions.associate calls to functions.ts), then the page gives them their Office-backed services.
 */
import './functions';
import { outputSheetIds } from '../workbook/office/made-sheets';
import { storedProfileOverride } from '../workbook/office/profile-store';
import { readOpenWorkbook } from '../workbook/office/read-workbook';
import { watchWorkbook } from '../workbook/office/changes';
import { profileSheetFollower, recalculateAll } from '../workbook/office/recalculate';
import { asciiKey } from '../domain/text';
import type { Engine } from '../worker/protocol';
import { configureFunctions, todayIso } from './services';

export function startFunctions(engine: Engine): void {
  const followProfile = profileSheetFollower();
  configureFunctions({
    engine,
    readWorkbook: async () => (await readOpenWorkbook({ skipSheetIds: outputSheetIds() })).grid,
    watch: (onChange) =>
      watchWorkbook((notice) => {
        // Writing the add-in's own sheets is no change to the data the functions read.
        if (notice.worksheetId && outputSheetIds().has(notice.worksheetId)) return;
        onChange();
        // Functions that read only the profile have no argument on the "Cấu hình" sheet: recalculate them.
        if (notice.kind === 'changed') followProfile(notice.worksheetId);
        // A sheet renamed to or from «Cấu hình» makes or unmakes the profile.
        if (notice.kind === 'renamed' && notice.names?.some((n) => asciiKey(n) === 'cau hinh')) void recalculateAll().catch(() => undefined);
      }),
    profileOverride: () => storedProfileOverride(),
    today: () => todayIso(),
  });
}
