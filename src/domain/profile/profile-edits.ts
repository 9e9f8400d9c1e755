/**
 * What the task pane's «Cấu hình» tab changed, as rows of the «Cấu hình» sheet: the sheet is the district's profile,
 * read alike by every door, so the pane writes there only the settings the user changed, never the ones it showed.
 */
import { ProfileError } from './load-profile';
import type { Profile } from './schema';
import { profileFromEntries, settingValue, sheetSettings } from './sheet-profile';

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

/**
 * `to` with the settings `labels` name as `from` has them: the settings a picked workbook's «Cấu hình» sheet decides
 * are kept as they were saved, not as the file has them (the file's values go with the file). Undefined when a value
 * cannot be carried over.
 */
export function withSettingsOf(to: Profile, from: Profile, labels: readonly string[]): Profile | undefined {
  const entries = labels.flatMap((label, i) => {
    const value = settingValue(from, label);
    if (value === undefined) return [];
    const cell = typeof value === 'number' ? { t: 'n' as const, v: value } : { t: 's' as const, v: String(value) };
    return [{ key: label, value: cell, row: i + 1 }];
  });
  try {
    return profileFromEntries(entries, to, '');
  } catch (e) {
    // A value the saved settings cannot carry is a user's; anything else is a bug, not hidden.
    if (e instanceof ProfileError) return undefined;
    throw e;
  }
}
