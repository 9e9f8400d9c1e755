/** The only place a failure becomes an Excel error value (CustomFunctions exists only inside Excel). */
import { asFailure } from './failure';

/** Excel shows at most 256 characters of a custom function's error message. */
const fit = (s: string) => (s.length > 255 ? `${s.slice(0, 254)}…` : s);

export function toExcelError(e: unknown): CustomFunctions.Error {
  const f = asFailure(e);
  const code = f.kind === 'value' ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable;
  return new CustomFunctions.Error(code, fit(f.message));
}
