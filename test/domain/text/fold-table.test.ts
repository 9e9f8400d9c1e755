/** toneKey and asciiKey fold by a constant table of letters: they must give what folding whole words gives. */
import fc from 'fast-check';
import { cleanText } from '../../../src/domain/text/clean';
import { asciiKey, toneKey } from '../../../src/domain/text/fold';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_DIGIT: Record<string, string> = { '\u0300': '2', '\u0301': '1', '\u0303': '4', '\u0309': '3', '\u0323': '5' };

// The word-at-a-time definitions, by normalisation.
function moveTonesRef(word: string): string {
  let tone = '';
  const base = word.normalize('NFD').replace(TONE_MARKS, (m) => {
    tone = TONE_DIGIT[m] ?? '';
    return '';
  });
  return base.normalize('NFC') + tone;
}
const toneKeyRef = (text: string) => {
  const s = cleanText(text).toLowerCase();
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7F]/.test(s) ? s.split(' ').map(moveTonesRef).join(' ') : s;
};
const asciiKeyRef = (text: string) =>
  cleanText(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const LETTERS = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊOÔƠUƯ';
const MARKS = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031b'];
const letter = fc.tuple(fc.constantFrom(...LETTERS), fc.constantFrom(...MARKS), fc.constantFrom(...MARKS), fc.boolean()).map(
  ([l, m1, m2, nfc]) => (nfc ? `${l}${m1}${m2}`.normalize('NFC') : `${l}${m1}${m2}`),
);
const odd = fc.constantFrom(' ', '  ', '-', '.', '1', 'Ω', 'Å', 'ǹ', 'ȁ', 'Ḁ', 'ﬁ', '\u00a0', 'Ð', '\u200b', '😀', 'Ω');
const text = fc.array(fc.oneof(letter, letter, odd), { maxLength: 20 }).map((parts) => parts.join(''));

describe('folding by the letter table', () => {
  it('toneKey equals the word-at-a-time fold, whatever the letters, marks and their order', () => {
    fc.assert(fc.property(text, (t) => toneKey(t) === toneKeyRef(t)), { numRuns: 3000 });
  });

  it('asciiKey equals the whole-text fold', () => {
    fc.assert(fc.property(text, (t) => asciiKey(t) === asciiKeyRef(t)), { numRuns: 3000 });
  });

  it('keeps the known equivalences and differences', () => {
    expect(toneKey('Hoà')).toBe(toneKey('Hòa'));
    expect(toneKey('Thuỷ')).toBe(toneKey('Thủy'));
    expect(toneKey('Thủy')).not.toBe(toneKey('Thùy'));
    expect(toneKey('Nguyễn Văn Hùng')).toBe('nguyên4 văn hung2');
    expect(asciiKey('  Đảng bộ xã  An-Phú ')).toBe('dang bo xa an phu');
  });

  it('every letter of the Latin blocks folds as the whole-word fold does', () => {
    for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]] as const)
      for (let c = from; c <= to; c++) {
        const t = `x${String.fromCharCode(c)}y ${String.fromCharCode(c)}`;
        expect([toneKey(t), asciiKey(t)]).toEqual([toneKeyRef(t), asciiKeyRef(t)]);
      }
  });
});
