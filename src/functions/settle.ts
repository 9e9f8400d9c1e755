/** Every custom function settles: a value, an error, or after `ms` a timeout error (never #BUSY! for good). */
import { fnText } from './messages';
import { notAvailable } from './failure';

const FUNCTION_TIMEOUT_MS = 60_000;

export function settle<T>(work: Promise<T>, ms = FUNCTION_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(notAvailable(fnText.timeout)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
