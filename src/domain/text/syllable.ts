/** How Vietnamese a text looks: the evidence used to tell legacy-encoded text from Unicode. */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
// Only the vowel groups Vietnamese has: those ending in a glide take no final consonant ("mai", "người"), the
// others may ("an", "hoàng", "Nguyễn"). Any run of vowels would let mis-decoded text ("Vaờn", "Hoaứng") pass.
const SYLLABLE = new RegExp(
  '^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?' +
    '(?:(?:ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|uơ|ưa|ưi|ưu|iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyu|ươi|ươu)' +
    '|(?:a|ă|â|e|ê|i|o|ô|ơ|u|ư|y|iê|yê|oa|oă|oe|uâ|uê|uô|uy|ươ|uyê)(?:ch|nh|ng|c|m|n|p|t)?' +
    // "oo" only before its final ("xoong", "moóc"): "voõ" is VNI's "võ" read as Unicode.
    '|oo(?:ng|c))$',
);
// The vowel groups ending in a glide or in an unstressed vowel ("mai", "kìa", "người"): the tone is never on their
// last letter ("maì", "leõ", "kiá" are mis-decoded text), save in "uơ" ("thuở").
const TONE_NOT_LAST = new RegExp(
  '^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?' +
    '(?:ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyu|ươi|ươu)$',
);
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;
// Marks first: after a letter inside a class they would read as one combined character.
const VIETNAMESE_LETTER = /[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031ba-zăâêôơưđ]/;

/** What parts a text into the words scored: spaces, punctuation and digits (no letter, in any case). */
export const WORD_SEPARATORS = /[\s,.;:!?()"'/\\[\]{}\-–—+*&%#@0-9]+/;

/** +1 for each word that is a Vietnamese syllable, −1 for each word holding a letter no Vietnamese word has. */
export function vietnameseScore(text: string, score: (word: string) => number = wordScore): number {
  let total = 0;
  for (const raw of text.toLowerCase().split(WORD_SEPARATORS)) if (raw) total += score(raw);
  return total;
}

/** One word's score (+1 syllable, −1 foreign, 0 neither). */
export function wordScore(raw: string): number {
  const nfd = raw.normalize('NFD');
  const tones = nfd.match(TONE_MARKS)?.length ?? 0;
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  let foreign = false;
  for (const ch of nfd) {
    if (!VIETNAMESE_LETTER.test(ch)) {
      foreign = true;
      break;
    }
  }
  if (foreign || tones > 1 || !SYLLABLE.test(bare)) return foreign ? -1 : 0;
  // "gi" is an initial before a vowel ("già", "giữ"), not the "i" of "ia".
  const group = bare.startsWith('gi') ? bare.slice(2) : bare;
  return tones === 1 && TONE_MARK.test(raw.normalize('NFC').slice(-1).normalize('NFD')) && TONE_NOT_LAST.test(group) ? 0 : 1;
}
