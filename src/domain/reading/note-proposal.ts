/**
 * A "Ghi chú" by which the unit says it does not propose the row for commendation (R10), in a table with no proposal
 * column: "Không đề nghị khen", "Không đề nghị khen thưởng năm 2025", "Chưa đề nghị biểu dương", "Không đề nghị".
 * A bare "Không" or "Chưa" says nothing about what; "Không đề nghị nữa" takes the row back (read-registrations.ts).
 * The verb of proposing is needed: "Chưa khen thưởng lần nào", "Chưa khen", "Không khen thưởng cấp tỉnh" are facts
 * about past awards, and "Không đề nghị khen cấp tỉnh" is about another level; only this year or round may follow.
 */
import { asciiKey } from '../text';

// Notes of this kind start with "Không", "Chưa" or "Ko" (either case): every other note is let go before it is folded.
const STARTS = new Set([...'kKcC'].map((c) => c.charCodeAt(0)));
const DECLINES =
  /^(?:khong|chua|ko) (?:de nghi|de xuat|dn)(?: (?:khen(?: thuong)?|bieu duong|tuyen duong))?(?: (?:nam )?\d{4}| (?:nam|lan|dot) nay)?$/;

export function noteDeclinesProposal(note: string | undefined): boolean {
  if (!note || !STARTS.has(note.trimStart().charCodeAt(0))) return false;
  return DECLINES.test(asciiKey(note));
}
