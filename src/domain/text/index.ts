export { cleanText, hasInvisible } from './clean';
export { toneKey, asciiKey, bareFirstWord, mayHaveAsciiKey, stripDiacritics, LETTER_APOSTROPHES } from './fold';
export { isHonorificAlone, splitHonorific } from './honorifics';
export type { SplitName } from './honorifics';
export { decodeLegacy, encodeLegacy, encodingOfFont, fontOfEncoding, fitsTcvn3 } from './legacy';
export type { LegacyEncoding } from './legacy';
export { saysNone } from './says-none';
export { decodeByFont, decodingImproves, evidenceDecoder, mayBeLegacy, mayHoldTcvn3Words, onlyUnicodeWords, unicodeWordsFor, wordsWrittenInUnicode } from './detect';
export { vietnameseScore } from './syllable';
