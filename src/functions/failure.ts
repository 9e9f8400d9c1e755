/**
 * A custom function fails with one of Excel's own error values and a Vietnamese message (shown in the cell's error
 * tooltip). Core code throws FunctionFailure; only the Excel-facing wrapper turns it into CustomFunctions.Error.
 */
import { EngineError } from '../worker/protocol';
import { fnText } from './messages';

export type FailureKind = 'value' | 'na';

class FunctionFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'FunctionFailure';
  }
}

export const badArgument = (message: string) => new FunctionFailure('value', message);
export const notAvailable = (message: string) => new FunctionFailure('na', message);

/** Any error → a failure with a message fit for the cell: engine messages pass through, the rest is generic. */
export function asFailure(e: unknown): FunctionFailure {
  if (e instanceof FunctionFailure) return e;
  if (e instanceof EngineError && e.expected) return notAvailable(e.message);
  return notAvailable(fnText.unexpected);
}
