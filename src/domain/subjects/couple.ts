/**
 * A couple named by a pair of honorifics before one full name ("Ông bà Nguyễn Văn Tám", "Anh chị Lê Văn Ba"), or
 * one person with the spouse unnamed ("Vợ chồng ông Trần Văn Bảy", "Nguyễn Thị Út và chồng"): two people (R1: "Ông …
 * và bà …" is not one exemplar), unless the row is a household's.
 */
import { toneKey } from '../text';
import { looksCollective } from './subject-kind';

const PAIRS = new Set(['ông bà', 'anh chị', 'cô chú', 'chú thím', 'chú dì', 'cô dượng', 'bác trai bác gái'].map(toneKey));
// The first words such a pair can begin with, folded to lower case: other names are answered at once.
const FIRST = new Set(['ông', 'anh', 'cô', 'chú', 'bác']);
const NAME_WORD = /^\p{Lu}[\p{L}'’]*$/u;

// "… và vợ", "… cùng chồng", "… + vợ", "… với vợ", "… cùng các con"; "Vợ chồng ông …".
const SPOUSE_AFTER = /^(.+?)\s+(?:và|cùng\s+với|cùng|với|\+|&)\s+(vợ|chồng|con|các\s+con|con\s+(?:trai|gái))$/iu;
const SPOUSES_BEFORE = /^vợ\s+chồng\s+(.+)$/iu;
const WOMAN = /^(?:bà|chị|cô)\s/iu;

// "Vợ chồng ông A và bà B", "Vợ chồng anh A, chị B": both named after the words.
const SPOUSES_NAMED = /^vợ\s+chồng\s+(\S.*(?:\s+(?:và|&|\+)\s+|\s*[,;&+]\s*)\S.*)$/iu;

/** What follows "Vợ chồng" when it names the two people, to be counted as any cell is. */
export function namedSpouses(text: string): string | undefined {
  const c = text.charCodeAt(0) | 0x20;
  if (c !== 0x76) return undefined;
  return SPOUSES_NAMED.exec(text.trim().normalize('NFC'))?.[1];
}

/** The two people a couple's cell names ("ông Nguyễn Văn Tám", "bà Nguyễn Văn Tám"), or undefined. */
export function coupleIn(text: string): [string, string] | undefined {
  const nfc = text.trim().normalize('NFC');
  const after = SPOUSE_AFTER.exec(nfc);
  // A body's name may end so ("Câu lạc bộ Cha mẹ cùng con"): only a person comes with a relative.
  if (after?.[1] && after[2] && !looksCollective(after[1])) return [after[1], `${after[2].toLocaleLowerCase('vi')} của ${after[1]}`];
  const before = SPOUSES_BEFORE.exec(nfc);
  if (before?.[1] && before[1].split(' ').length >= 2) return [before[1], `${WOMAN.test(before[1]) ? 'chồng' : 'vợ'} của ${before[1]}`];
  const words = text.trim().split(/\s+/u);
  if (!FIRST.has((words[0] ?? '').toLocaleLowerCase('vi').normalize('NFC'))) return undefined;
  for (const n of [2, 4]) {
    const rest = words.slice(n);
    // A full name follows: two capitalised words at least ("Ông Bà Văn Năm" is "Ông Bà" + "Văn Năm" too).
    if (rest.length < 2 || rest.length > 5 || !rest.every((w) => NAME_WORD.test(w))) continue;
    if (!PAIRS.has(toneKey(words.slice(0, n).join(' ')))) continue;
    const name = rest.join(' ');
    const half = n / 2;
    return [`${words.slice(0, half).join(' ')} ${name}`, `${words.slice(half, n).join(' ').toLocaleLowerCase('vi')} ${name}`];
  }
  return undefined;
}
