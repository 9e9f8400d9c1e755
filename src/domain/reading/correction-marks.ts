/**
 * The words by which a unit marks a list it sends again to correct the one before, in its title or its file name:
 * «(thay thế)», «(sửa)», «lần 2», «gửi lại», «đính chính», «bổ sung, sửa đổi», «v2»… — with or without diacritics.
 * «Bổ sung» alone is a phase-2 addition, «lần 1» the first sending, «sửa chữa» a word of a name: none of them.
 */
import { asciiKey } from '../text';
import { additionKey } from '../text/addition-key';

/** Marks that say so wherever they stand, as whole words of the text's ASCII key. */
const ANYWHERE =
  /(^| )(thay the|dieu chinh|hieu chinh|chinh sua|dinh chinh|ban sua|da sua|sua lai|sua doi|cap nhat|ban moi|gui lai|v[2-9])( |$)/;

/** «lần 2», «lần thứ 2», «lần II», «lần thứ hai»: a second (or later) sending. */
const ROUND = /(^| )lan (thu )?([2-9]|ii|iii|iv|hai|ba)( |$)/;

/** A file's extension, not a word of its name. */
const EXTENSION = / (xlsx|xlsm|xls|docx|doc|pdf)$/;

/** The word «sửa» as written: «sửa» itself, or «sua» typed without diacritics (never «sữa», milk, or «sứa»). */
function writtenSua(text: string): boolean {
  for (const w of text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w === 'sửa' || w === 'sua') return true;
  return false;
}

/**
 * «sửa» alone marks a correction where it is a mark, not a word of a phrase: the text's last word («An Bình sửa»,
 * «… (SỬA)»), or followed only by a date or a number («sửa 20.2», «sửa lần 2»), or in brackets.
 */
function marksSua(text: string, key: string): boolean {
  if (!/(^| )sua( |$)/.test(key) || !writtenSua(text)) return false;
  if (/(^| )sua( (lan|ngay|\d+))*$/.test(key)) return true;
  return /[([]\s*(sửa|sua)\s*[)\]]/iu.test(text.normalize('NFC'));
}

/** True when a title line or the file name marks the list as sent to correct (replace) the unit's earlier one. */
export function marksCorrection(text: string): boolean {
  const key = additionKey(text).replace(EXTENSION, '');
  if (ANYWHERE.test(key) || marksSua(text, key)) return true;
  // «Danh sách bổ sung lần 2» adds to the first addition: a round of a phase-2 addition corrects nothing.
  return ROUND.test(key) && !/(^| )bo sung( |$)/.test(key);
}

const ROUNDS: Record<string, number> = { ii: 2, iii: 3, iv: 4, hai: 2, ba: 3 };

/** The sending a correction says it is («lần 3», «lần thứ hai»), when it says: tells two corrections apart. */
export function correctionRound(text: string): number | undefined {
  const m = ROUND.exec(asciiKey(text).replace(EXTENSION, ''));
  const n = m?.[3];
  return n === undefined ? undefined : (ROUNDS[n] ?? Number(n));
}
