/**
 * State the add-in keeps in the workbook itself (document settings travel with the file): the sheets it made, the
 * highlights it set, the profile edited in the task pane. Never localStorage, which has crashed Excel on Windows.
 */

const SAVE_TIMEOUT_MS = 10_000;

function settings(): Office.Settings | undefined {
  return typeof Office !== 'undefined' ? Office.context?.document?.settings : undefined;
}

export function readSetting<T>(key: string, isValid: (v: unknown) => v is T): T | undefined {
  const v: unknown = settings()?.get(key);
  return isValid(v) ? v : undefined;
}

/** Sets (or, with undefined, removes) keys and saves them into the document. */
export function writeSettings(entries: Record<string, unknown>): Promise<void> {
  const s = settings();
  if (!s) return Promise.resolve();
  for (const [k, v] of Object.entries(entries)) {
    if (v === undefined) s.remove(k);
    else s.set(k, v);
  }
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('settings save timed out')), SAVE_TIMEOUT_MS);
    s.saveAsync((result) => {
      clearTimeout(timer);
      if (result.status === Office.AsyncResultStatus.Failed) reject(new Error(result.error?.message ?? 'settings save failed'));
      else resolve();
    });
  });
}
