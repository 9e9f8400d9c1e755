/**
 * The sheets the add-in made, by worksheet id (stable when the user renames a sheet). Only these may ever be
 * replaced or deleted, and none of them is read back as the user's data.
 */
import { readSetting, writeSettings } from './settings';

export type MadeRole = 'ceremony' | 'excluded' | 'quota' | 'decisions';

export interface MadeSheet {
  id: string;
  role: MadeRole;
  /** The ceremony a consolidation sheet belongs to ("2023", "2025"). */
  ceremony?: string;
}

const KEY = 'dienhinh.madeSheets';

function isMadeList(v: unknown): v is MadeSheet[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null && typeof (x as MadeSheet).id === 'string');
}

export function madeSheets(): MadeSheet[] {
  return readSetting(KEY, isMadeList) ?? [];
}

/** The made sheets that still exist in the workbook. */
export function liveMadeSheets(existingIds: Iterable<string>): MadeSheet[] {
  const ids = new Set(existingIds);
  return madeSheets().filter((m) => ids.has(m.id));
}

/** Ids of the sheets whose content is the add-in's output, never input: consolidation sheets. */
export function outputSheetIds(): Set<string> {
  return new Set(madeSheets().filter((m) => m.role !== 'decisions').map((m) => m.id));
}

export function saveMadeSheets(list: MadeSheet[]): Promise<void> {
  return writeSettings({ [KEY]: list });
}
