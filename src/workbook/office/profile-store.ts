/** The profile edited in the task pane, kept in the workbook's settings (a partial profile, as JSON data). */
import { readSetting, writeSettings } from './settings';

const KEY = 'dienhinh.profile';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function storedProfileOverride(): Record<string, unknown> | undefined {
  return readSetting(KEY, isObject);
}

export function storeProfileOverride(override: Record<string, unknown> | undefined): Promise<void> {
  return writeSettings({ [KEY]: override });
}
