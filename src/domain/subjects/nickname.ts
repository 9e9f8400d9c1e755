/**
 * What a person is called, written in brackets after the name ("Trần Thị Hồng (Út)", "Nguyễn Văn Hai (tức Hai
 * Lúa)", "Lê Văn Tư (Tư Lê)"), or a mark ("(x)", "(*)"): neither the name nor the position. Only what nothing but a
 * call name is counts: a word saying so, or a birth-order or pet name; any other bracket ("(Mỹ Lợi)", "(Nghệ nhân)",
 * "(Ấp 3)") stays the position, where it tells two people of one name apart.
 */
import { toneKey } from '../text';
import { looksCollective } from './subject-kind';
import { isCallWordName } from './call-words';
import { headOf, startsWithPosition } from './subject-parts';

// Words that say the rest is another name the person goes by.
const CALLED = /^(?:tức|thường gọi|hay gọi|còn gọi|còn gọi là|gọi là|tên thường gọi|tên gọi khác|tên khác|bí danh|biệt danh)(?:\s*:\s*|\s+)\S/iu;
// Capitalised words of letters only: how a name one is called is written ("Út", "Hai Lúa", "Tư Lê").
const CALLED_NAME = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,2}$/u;
// A bracket of marks only.
const MARK = /^[\sxX*+✓✔.]*$/u;

/** True when the text inside brackets after a person's name is a name they go by, or a mark. */
export function isNicknameOrMark(inBrackets: string): boolean {
  const text = inBrackets.trim();
  if (MARK.test(text)) return true;
  if (CALLED.test(text.normalize('NFC'))) return true;
  if (!CALLED_NAME.test(text)) return false;
  const key = toneKey(text);
  if (!isCallWordName(key)) return false;
  // A position or a body that begins with such a word and the lists above miss.
  return !startsWithPosition(key) && !looksCollective(text) && !headOf(text);
}
