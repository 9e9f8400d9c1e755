/** Progress and errors of the current task, announced to screen readers. */
import { MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import type { TaskState } from './use-task';

export function TaskStatus({ state, done }: { state: TaskState; done?: string }) {
  return (
    <div aria-live="polite" className="status">
      {state.busy && <ProgressBar value={state.fraction} thickness="large" aria-label={state.step} />}
      {state.busy && state.step && <div className="step">{state.step}</div>}
      {!state.busy && state.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {!state.busy && !state.error && done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
