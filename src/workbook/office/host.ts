/**
 * Where the page runs. Outside Office, Office.onReady resolves with host null; where office.js could not load at all,
 * `Office` is undefined; and in rare hosts onReady never resolves. Each case ends in a plain answer, soon.
 */

export interface HostInfo {
  insideExcel: boolean;
  /** The custom functions runtime is there (the shared runtime of Excel). */
  customFunctions: boolean;
}

const NONE: HostInfo = { insideExcel: false, customFunctions: false };

export async function detectHost(timeoutMs = 3000): Promise<HostInfo> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return NONE;
  const ready = Office.onReady().then(
    (info): HostInfo => {
      const insideExcel = info?.host === Office.HostType.Excel && typeof Excel !== 'undefined';
      return { insideExcel, customFunctions: insideExcel && typeof CustomFunctions !== 'undefined' };
    },
    () => NONE,
  );
  const late = new Promise<HostInfo>((resolve) => setTimeout(() => resolve(NONE), timeoutMs));
  return Promise.race([ready, late]);
}

/** Office.context.requirements may be missing outside Office or on old hosts: guard it. */
export function apiSupported(set: 'ExcelApi' | 'CustomFunctionsRuntime' | 'SharedRuntime', version: string): boolean {
  try {
    return typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported(set, version));
  } catch {
    return false;
  }
}
