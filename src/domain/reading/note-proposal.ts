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

// The form a note proposes, right after the verb: a named award, not «khen thưởng» or «biểu dương» alone.
const NOTE_FORM = /^(?:co )?(?:de nghi|de xuat|dn) (?:(?:tang|trao) )?((?:giay khen|bang khen|thu bieu duong|thu khen|co thi dua|huan chuong|huy chuong|ky niem chuong|gk|bk|tbd)(?: .*)?)$/;
// The giver of the district ceremony's awards: the district party committee or its standing committee.
const DISTRICT_PARTY = /^(?:ban thuong vu |btv |bch )?(?:huyen uy|hu)( |$)/;
const VERB_AND_GIVING = /^\s*(?:có\s+)?(?:đề nghị|đề xuất|đn)\s*:?\s+(?:(?:tặng|trao)\s+)?/iu;

/**
 * The form a «Ghi chú» proposes in a table with no proposal column (R10): «Đề nghị Thư biểu dương», «Đề nghị tặng
 * Giấy khen của BTV Huyện ủy» give the form after the verb. Not «Đề nghị khen thưởng» (no form), another body's award,
 * nor a long remark.
 */
export function noteProposedForm(note: string | undefined): string | undefined {
  if (!note || note.length > 120) return undefined;
  const k = asciiKey(note);
  if (!NOTE_FORM.test(k)) return undefined;
  // Another body's award («Giấy khen của UBND huyện», «Bằng khen của UBND tỉnh») is no form of this list (review 17).
  const giver = / (?:cua|cap) (.+)$/.exec(k)?.[1];
  if (giver && !DISTRICT_PARTY.test(giver)) return undefined;
  const form = note.replace(VERB_AND_GIVING, '').replace(/[\s.;]+$/u, '');
  return form || undefined;
}
