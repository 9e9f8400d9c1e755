/** How Vietnamese a text looks: the evidence used to tell legacy-encoded text from Unicode. */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE =
  /^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?[aăâeêioôơuưy]{1,3}(ch|nh|ng|c|m|n|p|t)?$/;
const VIETNAMESE_LETTER = /[a-zăâêôơưđ\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]/;

/** +1 for each word that is a Vietnamese syllable, −1 for each word holding a letter no Vietnamese word has. */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const raw of text.toLowerCase().split(/[\s,.;:!?()"'/\\[\]{}\-–—+*&%#@0-9]+/)) {
    if (!raw) continue;
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
    if (foreign) score -= 1;
    else if (tones <= 1 && SYLLABLE.test(bare)) score += 1;
  }
  return score;
}
