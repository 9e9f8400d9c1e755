/**
 * Phase-2 marks staff put outside a phase column (R9): a number "BS1", "BS 2" for the additions, or a star after the
 * number ("6*") that a footnote under the table explains ("(*) Bổ sung năm 2024").
 */
import { additionKey } from '../text/addition-key';
import type { Phase } from './phase';

// "BS1", "BS 2", "BS-3", "ĐKBS1", "Bổ sung 1": an addition's own numbering.
const ADDITION_NUMBER = /^(?:bs|dkbs|bo sung) ?\d{1,3}$/;
// A number with stars after it ("6*", "6 (*)", "6**"): the stars point to a footnote.
const STARRED = /^\d{1,4}\s*\(?(\*{1,3})\)?$/;
// A footnote: its stars first ("(*)", "*", "(**):"), then what they mean.
const FOOTNOTE = /^\(?(\*{1,3})\)?\s*[:.\-–]?\s*(\S.*)$/u;

/** The number cell numbers an addition of phase 2 ("BS1"). */
export function isAdditionNumber(stt: string): boolean {
  const c = stt.charCodeAt(0);
  // Most numbers are digits: let them go at once.
  return !(c >= 48 && c <= 57) && ADDITION_NUMBER.test(additionKey(stt));
}

/** The stars after a number ("6*" → "*"), if it has any. */
export function starsOf(stt: string): string | undefined {
  return stt.includes('*') ? STARRED.exec(stt.trim())?.[1] : undefined;
}

/** The phase each footnote's stars stand for ("(*) Bổ sung năm 2024" → "*": 2), from texts under a table. */
export function footnotePhases(texts: Iterable<string>, read: (text: string) => Phase | undefined): Map<string, Phase> {
  const phases = new Map<string, Phase>();
  for (const t of texts) {
    const m = FOOTNOTE.exec(t.trim());
    if (!m || phases.has(m[1] as string)) continue;
    const p = read((m[2] as string).replace(/[.;:]+$/u, ''));
    if (p) phases.set(m[1] as string, p);
  }
  return phases;
}
