/**
 * A post written before a person's full name ("Bí thư chi bộ Nguyễn Văn Tư", "Chi hội trưởng Lê Văn Sáu", "Tổ
 * trưởng Lê Thị Tám", "Phó Chủ tịch UBND xã Trần Minh Tâm"): the post is the position, the name the person's own.
 * A body's name ("Chi hội Phụ nữ ấp 3", "Tổ dân phố 5", "Trường Tiểu học Lê Văn Tám") begins with no post.
 */
import { looksLikePersonName } from '../subjects/subject-parts';
import { toneKey } from '../text';

// Posts as people write them before a name, in full words. Those beginning with a body's word ("Chi hội trưởng",
// "Tổ trưởng", "Ấp đội trưởng") are listed whole: the body's word alone ("Chi hội", "Tổ") begins a body's name.
const POSTS_WRITTEN = [
  'bí thư', 'phó bí thư', 'chủ tịch', 'phó chủ tịch', 'chủ nhiệm', 'phó chủ nhiệm', 'trưởng', 'phó trưởng', 'giám đốc',
  'phó giám đốc', 'hiệu trưởng', 'hiệu phó', 'chỉ huy trưởng', 'chỉ huy phó', 'ủy viên', 'chi ủy viên', 'đảng ủy viên',
  'huyện ủy viên', 'thư ký', 'cán bộ', 'công chức', 'viên chức', 'chuyên viên', 'nhân viên', 'kế toán', 'thủ quỹ',
  'công an viên', 'chi hội trưởng', 'chi hội phó', 'hội trưởng', 'tổ trưởng', 'tổ phó', 'ấp trưởng', 'ấp phó',
  'ấp đội trưởng', 'khóm trưởng', 'thôn trưởng', 'xóm trưởng', 'đội trưởng', 'đội phó', 'xã đội trưởng', 'xã đội phó',
  'chi đoàn trưởng', 'nguyên bí thư', 'nguyên chủ tịch', 'nguyên trưởng',
];
const POSTS = POSTS_WRITTEN.map(toneKey);
// Their first words as typed (lower case, composed): a cell whose first word is none of them is let go at once.
const POST_FIRST_TYPED = new Set(POSTS_WRITTEN.map((p) => p.split(' ')[0] ?? ''));
// The same words capitalised or in capitals, as cells write them.
const POST_FIRST_ANY_CASE = new Set(
  [...POST_FIRST_TYPED].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]),
);
// And their first letters in either case: a name beginning with any other ("Lê", "Võ", "Mai") needs no word composed.
const POST_STARTS = new Set([...POST_FIRST_TYPED].flatMap((w) => [w.charCodeAt(0), w.toUpperCase().charCodeAt(0)]));
const MIDDLE = new Set(['văn', 'thị'].map(toneKey));
// A person's full name has at most this many words (after the post).
const MAX_NAME_WORDS = 5;

/**
 * The post and the person's name after it, when the text is a post followed by a person's full name; `rank` when the
 * text is known to begin with a rank or a status ("Giáo viên Trường TH An Bình A Lê Thị Hoa").
 */
/** Whether the text's first word may begin a post: nearly every name is answered from its first letter. */
export function mayBeginWithPost(text: string): boolean {
  if (!POST_STARTS.has(text.charCodeAt(0))) return false;
  const space = text.indexOf(' ');
  if (space < 0) return false;
  // As typed ("Bí", "Trưởng", "TRƯỞNG") first; composed and lower-cased only when it has combining marks.
  const word = text.slice(0, space);
  if (POST_FIRST_ANY_CASE.has(word)) return true;
  return /[\u0300-\u036f]/.test(word) && POST_FIRST_TYPED.has(word.normalize('NFC').toLowerCase());
}

export function postBefore(text: string, rank = false): { post: string; rest: string } | undefined {
  if (!rank) {
    if (!mayBeginWithPost(text)) return undefined;
    const key = toneKey(text);
    if (!POSTS.some((p) => key.startsWith(`${p} `))) return undefined;
  }
  const words = text.split(' ');
  // Where the name begins: first a surname followed by "Văn"/"Thị" ("… ấp Long Hà Nguyễn Văn Tư": not "Hà …"), else
  // the earliest full name.
  const start = nameStart(words, true) ?? nameStart(words, false);
  if (start === undefined) return undefined;
  return { post: words.slice(0, start).join(' '), rest: words.slice(start).join(' ') };
}

function nameStart(words: readonly string[], middleName: boolean): number | undefined {
  for (let k = Math.max(1, words.length - MAX_NAME_WORDS); k <= words.length - 2; k++) {
    if (middleName && !MIDDLE.has(toneKey(words[k + 1] ?? ''))) continue;
    if (looksLikePersonName(words.slice(k).join(' '))) return k;
  }
  return undefined;
}
