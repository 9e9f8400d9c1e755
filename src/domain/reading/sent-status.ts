/**
 * A units list's date cell that says a list or a plan was sent, not when: ticked ("x", "✓"), "Đã nộp", "Đã gửi",
 * "Có" — or that it came late ("Nộp trễ", "Trễ hạn", "Quá hạn"). Staff log receipts so when they keep no dates.
 */
import { asciiKey } from '../text';

export type SentStatus = 'sent' | 'late';

const TICKS = new Set(['x', 'X', '✓', '✔', '√', 'v', 'V']);
const SENT = /^(?:da (?:nop|gui|co|nhan)|co|roi|nop|gui|du)( |$)/;
const LATE = /^(?:(?:da )?(?:nop|gui) (?:tre|muon|cham)|tre(?: han)?|muon|qua han|cham)( |$)/;

/** What the cell says of a sending, where it gives no date; undefined for anything else. */
export function sentStatus(text: string): SentStatus | undefined {
  const t = text.trim();
  if (TICKS.has(t)) return 'sent';
  const k = asciiKey(t);
  if (LATE.test(k)) return 'late';
  return SENT.test(k) ? 'sent' : undefined;
}
