/**
 * The form's own rows left in a unit's list: its example ("VD | Nguyễn Văn A | 19xx | …", "1 | Trần Thị B | …"), its
 * instructions ("(Ghi đầy đủ họ tên) | (Ghi 4 chữ số)") and its blank lines ("2 | …………… | | |"). None is an
 * exemplar: the example names no one, the instructions say how to fill the form, the blank line says nothing.
 */
import { asciiKey } from '../text';

// «VD», «Ví dụ:», «(VD)», «Mẫu» in the number column.
const EXAMPLE_MARK = /^(?:vd|vi du|mau)$/;
// A placeholder for a person's name: a surname, «Văn» or «Thị», then one capital letter ("Nguyễn Văn A", "TRẦN THỊ B").
const PLACEHOLDER_NAME = /^(?:\p{L}+ ){1,2}(?:văn|thị|VĂN|THỊ|Văn|Thị) [A-EX]$/u;
// Dots, an ellipsis, underscores or dashes to write on; a year to fill in ("19xx", "19..").
const WRITING_LINE = /^[.…_\-–—\s]+$/;
const YEAR_TO_FILL = /^(?:19|20)[x.…_]{1,2}$/i;

// What a form writes for its user to replace: an ellipsis, a year to fill in, "(ghi …)", a place "X".
const TO_REPLACE = /…|\.\.\.|^\(?ghi |\s[XY]$/iu;

/**
 * The row is the form's example: marked so in its number cell, or naming a placeholder beside something else to
 * replace ("Nguyễn Văn A | 19xx", "… | Bí thư Chi bộ ấp X"); a placeholder name alone may be a test's or a
 * clerk's stand-in for a real row, and is read.
 */
export function isExampleRow(numberText: string, nameText: string, others: () => readonly string[]): boolean {
  const first = numberText.charCodeAt(0);
  if (numberText !== '' && !(first >= 48 && first <= 57) && EXAMPLE_MARK.test(asciiKey(numberText))) return true;
  // A name ending in a word of several letters (most) is let go at once.
  if (nameText.charCodeAt(nameText.length - 2) !== 32) return false;
  return PLACEHOLDER_NAME.test(nameText) && others().some((t) => t !== '' && (isWritingLine(t) || TO_REPLACE.test(t)));
}

/** A placeholder for a person's name ("Nguyễn Văn A", "TRẦN THỊ B"), standing for whoever the form's user writes. */
export const isPlaceholderName = (name: string): boolean => PLACEHOLDER_NAME.test(name);

const LINE_STARTS = new Set(['.', '…', '_', '-', '–', '—']);

/** A cell holding only a line to write on (most cells start with a letter or a digit and are let go at once). */
export const isWritingLine = (text: string): boolean =>
  LINE_STARTS.has(text.charAt(0)) ? WRITING_LINE.test(text) : text.length <= 5 && YEAR_TO_FILL.test(text);

/** A cell of the form's instructions, in brackets ("(Ghi đầy đủ họ tên)"), or empty. */
export const isInstruction = (text: string): boolean => text === '' || /^\(.*\)$/su.test(text);
