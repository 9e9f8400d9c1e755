/**
 * A units list's date cell that says a list or a plan was sent, not when: ticked ("x", "✓"), "Đã nộp", "Đã gửi",
 * "Có" — or that it came late ("Nộp trễ", "Trễ hạn", "Quá hạn"). Staff log receipts so when they keep no dates, or in
 * the note beside them («Danh sách gửi bằng tệp riêng»).
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

// «Danh sách gửi bằng tệp riêng», «DS đăng ký đã nộp qua email», «Danh sách nộp trễ»: the list, then its sending verb.
// Only the list's own note: «Đã gửi» alone may be of the plan; «Danh sách chưa gửi», «… gửi sau» are no receipt.
const LIST_NOTE = /^(?:danh sach|ds|dsdk)(?: dang ky| dk)?(?: da)? (?:gui|nop)( |$)/;
const NOT_YET = /(?:^| )(?:chua|khong|sau|se)(?: |$)/;
const LATE_WORD = /(?:^| )(?:tre|muon|qua han)(?: |$)/;

/** What a units list's note says of the unit's list, where its date cell says nothing; undefined for anything else. */
export function listNoteStatus(note: string): SentStatus | undefined {
  const k = asciiKey(note);
  if (!LIST_NOTE.test(k) || NOT_YET.test(k)) return undefined;
  return LATE_WORD.test(k) ? 'late' : 'sent';
}
