/**
 * What the task pane's «Cấu hình» tab changed, as rows of the «Cấu hình» sheet: the sheet is the district's profile,
 * read alike by every door, so the pane writes there only the settings the user changed, never the ones it showed.
 */
import type { Profile } from './schema';
import { settingValue, sheetSettings } from './sheet-profile';

export interface SettingRow {
  /** The sheet's label of the setting («Chỉ tiêu: Đảng bộ xã»). */
  label: string;
  /** Its value as the sheet writes it (a date as dd/mm/yyyy, a switch as «Có»/«Không»). */
  value: string | number | boolean;
}

/** The settings whose value differs between `from` and `to`, with their value in `to`, in the sheet's order. */
export function settingChanges(from: Profile, to: Profile): SettingRow[] {
  const out: SettingRow[] = [];
  for (const { label } of sheetSettings(to)) {
    const value = settingValue(to, label);
    if (value === undefined || value === settingValue(from, label)) continue;
    out.push({ label, value });
  }
  return out;
}
