/**
 * The DIENHINH functions whose answer depends on the profile (QUOTA, DEADLINE, CHECKDEADLINE, UNITTYPE, CHECKQUOTA)
 * have no argument pointing at the "Cấu hình" sheet or at the task pane's settings, so Excel would not recalculate
 * them when those change. After such a change the add-in asks Excel for a full recalculation, once.
 */
import { asciiKey } from '../../domain/text';

const PROFILE_SHEET = 'cau hinh';

export async function recalculateAll(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}

/** Is this worksheet the "Cấu hình" sheet (whatever its case and diacritics)? One sync. */
export async function isProfileSheet(worksheetId: string): Promise<boolean> {
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(worksheetId);
    ws.load('name');
    await context.sync();
    return !ws.isNullObject && asciiKey(ws.name) === PROFILE_SHEET;
  });
}

/**
 * A change handler for the workbook watch: edits of the "Cấu hình" sheet, gathered over `delayMs`, end in one
 * full recalculation. Failures are dropped: the cells keep their last values, as after any failed recalculation.
 */
export function profileSheetFollower(delayMs = 400): (worksheetId: string | undefined) => void {
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = async () => {
    const ids = [...pending];
    pending.clear();
    for (const id of ids) {
      if (await isProfileSheet(id)) {
        await recalculateAll();
        return;
      }
    }
  };
  return (worksheetId) => {
    if (!worksheetId) return;
    pending.add(worksheetId);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush().catch(() => undefined), delayMs);
  };
}
