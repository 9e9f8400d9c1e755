/**
 * Settings of the browser page kept on this machine (local storage), as JSON. Only the standalone page uses it:
 * inside Excel, state lives in the workbook. A storage that is full, disabled or holds garbage is no error.
 */
export interface LocalStore {
  get<T>(key: string, isValid: (v: unknown) => v is T): T | undefined;
  /** Stores the value, or removes the key for undefined. */
  set(key: string, value: unknown): void;
}

export function localStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = safeStorage()): LocalStore {
  return {
    get(key, isValid) {
      try {
        const text = storage?.getItem(key);
        if (!text) return undefined;
        const v: unknown = JSON.parse(text);
        return isValid(v) ? v : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        if (value === undefined) storage?.removeItem(key);
        else storage?.setItem(key, JSON.stringify(value));
      } catch {
        // Full or disabled storage: the setting holds for this session only.
      }
    },
  };
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : undefined;
  } catch {
    return undefined;
  }
}
