/**
 * Highland names (Ê Đê, Jrai, Ba Na, M'nông…) are written several ways: a prefix joined to its word by an
 * apostrophe, a hyphen, a space or nothing ("H'Luih", "H-Luih", "H Luih", "HLuih"; "K'pă", "Kpă"), and a presyllable
 * with its vowel or without ("Rơ Mah", "Rơmah", "R'mah", "Rmah"). The matcher reads each as its parts apart ("H Luih",
 * "K pă", "R mah"), as the tokenizer already reads an apostrophe or a hyphen. A Vietnamese word never begins with two
 * consonants other than its digraphs, so Kinh names are left as written.
 */

import { LETTER_APOSTROPHES } from '../text';

const VOWELS = new Set('aeiouy');
// Consonant pairs a word may begin with: Vietnamese digraphs ("gi" and "qu" are a consonant and a vowel), and any
// consonant with "h", which highland languages write too ("Bhin", "Dhun").
const isDigraph = (pair: string) => pair[1] === 'h' || pair === 'ng' || pair === 'tr';
// The presyllables written with "ơ" or without it: "Rơ Mah" / "Rmah", "Kơ Pă" / "Kpă", "Hơ Vi" / "Hvi".
const PRESYLLABLE = /^[rkh]ơ$/;

// A word beginning with two consonants that are no digraph, or with a presyllable.
const HIGHLAND_START = /(?:^|[\s-])(?!ng|tr)(?:[bcdđfghjklmnpqrstvwxz][bcdđfgjklmnpqrstvwxz]|[rkh]ơ)/iu;

const baseLetter = (ch: string) => ch.normalize('NFD').charAt(0);
// An apostrophe filed as a letter («HʼBlông») joins a prefix as «'» does: no consonant.
const LETTER = new RegExp(`^(?![${LETTER_APOSTROPHES}])\\p{L}`, 'u');
const isLetter = (ch: string | undefined) => ch !== undefined && LETTER.test(ch);
const isConsonant = (ch: string | undefined) => isLetter(ch) && !VOWELS.has(baseLetter(ch as string));
const hasVowel = (text: string) => [...text].some((ch) => VOWELS.has(baseLetter(ch)));

/** A digraph ("th", "ch", "kh", "ph", "nh", "gh") with its «h» typed as «g» or «j». */
const DIGRAPH_TYPO = /^[tckpng][gj]/;

/** "HLuih" → "H Luih", "Bkrông" → "B k rông", "Rơmah" → "R mah"; any other word as it is. */
function splitWord(word: string, kinh = false): string {
  const lower = word.toLowerCase();
  if (kinh && DIGRAPH_TYPO.test(lower)) return word;
  // The part set apart must still be a syllable: "Mnh" is "Minh" mistyped, not a prefix and a word.
  if (isConsonant(lower[0]) && isConsonant(lower[1]) && !isDigraph(lower.slice(0, 2)) && hasVowel(lower.slice(1))) {
    return `${word.charAt(0)} ${splitWord(word.slice(1))}`;
  }
  const rest = lower.slice(2);
  if (PRESYLLABLE.test(lower.slice(0, 2)) && isConsonant(rest[0]) && hasVowel(rest)) return `${word.charAt(0)} ${splitWord(word.slice(2))}`;
  return word;
}

/**
 * Surnames of the Kinh and of peoples who name themselves as the Kinh do: in a name beginning with one, a digraph's
 * «h» struck as its neighbour on the keyboard ("Lê Tjị Liên", "Phạm Thị Cgâu") is a typo, not a highland prefix.
 * Highland names borne after such a surname («Hồ Thị Blăng», «Đinh Văn Krông») are still read as highland.
 */
const KINH_SURNAMES = new Set(
  (
    'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn lâm mai trương trịnh cao lưu tạ ' +
    'hà tô châu vương lương quách thái kiều tăng từ phùng la mạc đàm lại chu thân diệp tôn lục giang hứa âu nông lò ' +
    'khổng khúc triệu văn quan doãn đào đồng tống trình lã mã ninh bạch cù nghiêm kim viên thạch danh sơn trang lữ tiêu ' +
    'hầu phó vi lạc giáp bế ma lường cầm vàng giàng sùng mùa thào lầu'
  ).split(' '),
);
/** Words a name may be written after: "Ông", "Bà", "Đ/c", "Đồng chí". */
const HONORIFIC = /^(?:ông|bà|anh|chị|cô|thầy|em|cháu|bác|cụ|chú|mẹ|đ\/c|đ\.c|đc|đồng chí)\s+/u;

const beginsKinh = (name: string) => {
  const lower = name.normalize('NFC').toLocaleLowerCase('vi').trimStart();
  return KINH_SURNAMES.has(lower.replace(HONORIFIC, '').split(/\s/, 1)[0] ?? '');
};

/**
 * A person's name with its highland words' parts set apart. A presyllable standing alone before another word loses
 * its vowel; as the name's last word it is a name of its own.
 */
export function highlandParts(name: string): string {
  // Most names have no word that begins so: they are not looked at word by word.
  if (!HIGHLAND_START.test(name)) return name;
  const kinh = beginsKinh(name);
  const words = name.split(/(\s+|-)/);
  let changed = false;
  for (let i = 0; i < words.length; i += 2) {
    const word = words[i] as string;
    const next = words[i + 2];
    const out = PRESYLLABLE.test(word.toLowerCase()) && next && isConsonant(next.charAt(0).toLowerCase()) ? word.charAt(0) : splitWord(word, kinh);
    if (out !== word) {
      words[i] = out;
      changed = true;
    }
  }
  return changed ? words.join('') : name;
}
