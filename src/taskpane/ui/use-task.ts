/** Long work with progress and a Vietnamese error: one task at a time, the UI stays responsive meanwhile. */
import { useCallback, useState } from 'react';
import { EngineError } from '../../worker/protocol';
import { UserError, type Progress } from '../workspace';
import { ui } from './texts';

export interface TaskState {
  busy: boolean;
  step?: string;
  fraction?: number;
  error?: string;
}

export function messageOf(e: unknown): string {
  if (e instanceof UserError || e instanceof EngineError) return e.message;
  return ui.unexpected;
}

export function useTask(): [TaskState, <T>(work: (progress: Progress) => Promise<T>) => Promise<T | undefined>, () => void] {
  const [state, setState] = useState<TaskState>({ busy: false });
  const run = useCallback(async <T,>(work: (progress: Progress) => Promise<T>): Promise<T | undefined> => {
    setState({ busy: true, step: ui.busy });
    try {
      const value = await work((step, fraction) => setState({ busy: true, step, ...(fraction !== undefined ? { fraction } : {}) }));
      setState({ busy: false });
      return value;
    } catch (e) {
      setState({ busy: false, error: messageOf(e) });
      return undefined;
    }
  }, []);
  const clear = useCallback(() => setState((s) => ({ busy: s.busy })), []);
  return [state, run, clear];
}
