import fc from 'fast-check';
import { cleanText, hasInvisible, mayNeedCleaning } from '../../../src/domain/text/clean';
import { LOWER_LETTERS } from '../../../src/domain/text/letters';

const INVISIBLES = [
  '\u00AD', // soft hyphen
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner
  '\u200D', // zero-width joiner
  '\u200E', // left-to-right mark
  '\u200F', // right-to-left mark
  '\u202A', // LRE
  '\u202E', // RLO
  '\u2060', // word joiner
  '\u2066', // LRI
  '\u2069', // PDI
  '\uFEFF', // BOM
];
const SPACES = [' ', '  ', '\t', '\n', '\r\n', '\u00A0', '\u2028', '\u2029', '\u3000', '\u2003', '\u202F'];
const MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031B'];

/** Text as staff type it: letters, composed or not, marks, look-alikes, invisibles and every kind of space. */
const messyArb = fc
  .array(
    fc.oneof(
      fc.constantFrom(...LOWER_LETTERS, ...LOWER_LETTERS.map((l) => l.toUpperCase())),
      fc.constantFrom(...'abcdeghiklmnopqrstuvxyABCDGHNT0123456789,.-/()'.split('')),
      fc.constantFrom(...MARKS),
      fc.constantFrom('Ð', 'ð', '\u0189'),
      fc.constantFrom(...INVISIBLES),
      fc.constantFrom(...SPACES),
    ),
    { maxLength: 30 },
  )
  .map((a) => a.join(''));

const ALL_INVISIBLE = new RegExp(INVISIBLES.map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('|'));

describe('cleanText', () => {
  it('turns "Ð" (U+00D0), "ð" and "Ɖ" typed for Đ/đ into the Vietnamese letters', () => {
    expect(cleanText('Ðảng bộ')).toBe('Đảng bộ');
    expect(cleanText('ÐẢNG BỘ')).toBe('ĐẢNG BỘ');
    expect(cleanText('Nguyễn Văn ðức')).toBe('Nguyễn Văn đức');
    expect(cleanText('\u0189ảng')).toBe('Đảng');
  });

  it('turns NBSP, tabs and line breaks (\\n, \\r\\n, U+2028) into single spaces, trimmed', () => {
    expect(cleanText('Nguyễn\u00A0Văn\u00A0An')).toBe('Nguyễn Văn An');
    expect(cleanText('Chức vụ,\nđơn vị công tác')).toBe('Chức vụ, đơn vị công tác');
    expect(cleanText('Chức vụ,\r\nđơn vị công tác')).toBe('Chức vụ, đơn vị công tác');
    expect(cleanText('Tên\u2028đơn vị')).toBe('Tên đơn vị');
    expect(cleanText('  Họ   và\t\ttên  ')).toBe('Họ và tên');
    expect(cleanText('\u00A0 Lê Thị Hà \n')).toBe('Lê Thị Hà');
    expect(cleanText('  Ho   va ten  ')).toBe('Ho va ten');
    expect(cleanText('a\n\nb')).toBe('a b');
  });

  it('reads a zero-width space between two words as their space (trial 16), never within a word', () => {
    expect(cleanText('Nguyễn Văn\u200BHòa')).toBe('Nguyễn Văn Hòa');
    expect(cleanText('Nguyễn\u200BVăn\u200BHòa')).toBe('Nguyễn Văn Hòa');
    expect(cleanText('Đảng ủy xã\u200BAn Bình')).toBe('Đảng ủy xã An Bình');
    // Near misses: within a word, beside a space, before a digit or a small letter.
    expect(cleanText('Nguy\u200Bễn')).toBe('Nguyễn');
    expect(cleanText('Văn \u200BHòa')).toBe('Văn Hòa');
    expect(cleanText('ấp\u200B3')).toBe('ấp3');
    expect(cleanText('Hò\u200Ba')).toBe('Hòa');
    // Review 24: within a word in capitals.
    expect(cleanText('NGUYỄN VĂN H\u200BÒA')).toBe('NGUYỄN VĂN HÒA');
    expect(cleanText('Hội LH\u200BPN huyện')).toBe('Hội LHPN huyện');
    expect(cleanText('UB\u200BND xã')).toBe('UBND xã');
  });

  it('removes zero-width characters, BOM, soft hyphens and bidi controls', () => {
    expect(cleanText('\uFEFFHọ và tên')).toBe('Họ và tên');
    expect(cleanText('Nguy\u200Bễn')).toBe('Nguyễn');
    expect(cleanText('Lê\u200D Thị\u200C Hà')).toBe('Lê Thị Hà');
    expect(cleanText('Trư\u00ADờng')).toBe('Trường');
    expect(cleanText('\u202BLê Văn Tám\u202C')).toBe('Lê Văn Tám');
    expect(cleanText('\u2066Hà Giang\u2069\u200E')).toBe('Hà Giang');
    expect(cleanText('An \u200B Bình')).toBe('An Bình');
    expect(cleanText('\u200B')).toBe('');
  });

  it('composes decomposed (NFD) text', () => {
    expect(cleanText('Nguyễn Văn Đào'.normalize('NFD'))).toBe('Nguyễn Văn Đào');
    expect(cleanText('Nguyễn Văn Đào'.normalize('NFD'))).toHaveLength('Nguyễn Văn Đào'.length);
  });

  it('composes a mark that an invisible character separated from its letter', () => {
    // NFD "á" with a zero-width space or soft hyphen typed in between: once the invisible goes, "á" remains.
    expect(cleanText('Ta\u200B\u0301m')).toBe('Tám');
    expect(cleanText('Ta\u00AD\u0301m')).toBe('Tám');
  });

  it('turns every kind of white space into a plain space, and removes every invisible character', () => {
    // Walks all of the BMP: a character the one-pass check in cleanText missed would be left in place.
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (ch !== ' ' && ch !== '\uFEFF' && /\s/.test(ch)) expect(cleanText(`a${ch}b`)).toBe('a b');
      if (ALL_INVISIBLE.test(ch) || /[\u180E\u2061-\u2064\u2067\u2068\u202B-\u202D]/.test(ch)) expect(cleanText(`a${ch}b`)).toBe('ab');
    }
    expect(cleanText(' a')).toBe('a');
    expect(cleanText('a ')).toBe('a');
    expect(cleanText('a  b')).toBe('a b');
  });

  it('leaves clean text unchanged', () => {
    for (const s of ['Nguyễn Văn An', 'ĐẢNG BỘ XÃ AN BÌNH', 'Hà Giang', 'X01', '']) expect(cleanText(s)).toBe(s);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(messyArb, (s) => {
        const once = cleanText(s);
        expect(cleanText(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives NFD input the same result as NFC input', () => {
    fc.assert(
      fc.property(messyArb, (s) => {
        expect(cleanText(s.normalize('NFD'))).toBe(cleanText(s.normalize('NFC')));
      }),
      { numRuns: 1000 },
    );
  });

  it('returns NFC text without invisibles, look-alikes, or untidy spaces', () => {
    fc.assert(
      fc.property(messyArb, (s) => {
        const out = cleanText(s);
        expect(out.normalize('NFC')).toBe(out);
        expect(out).not.toMatch(ALL_INVISIBLE);
        expect(out).not.toMatch(/[\u00D0\u00F0\u0189]/);
        expect(out).not.toMatch(/^ | $| {2}|[^\S ]/);
        expect(hasInvisible(out)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every visible letter, in order', () => {
    fc.assert(
      fc.property(messyArb, (s) => {
        const letters = (t: string) => t.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').replace(/[ÐðƉ]/g, 'Đ');
        expect(letters(cleanText(s)).toLowerCase()).toBe(letters(s).toLowerCase());
      }),
    );
  });
});

describe('hasInvisible', () => {
  it('tells when cleaning would silently remove characters', () => {
    for (const ch of INVISIBLES) expect(hasInvisible(`Lê${ch}Văn`)).toBe(true);
    expect(hasInvisible('Lê Văn\u00A0Tám')).toBe(false);
    expect(hasInvisible('Nguyễn Văn An')).toBe(false);
    expect(hasInvisible('')).toBe(false);
  });

  it('gives the same answer when called repeatedly (no regex state left behind)', () => {
    const s = 'a\u200Bb';
    expect([hasInvisible(s), hasInvisible(s), hasInvisible(s)]).toEqual([true, true, true]);
    cleanText('x\u200By');
    expect(hasInvisible(s)).toBe(true);
  });
});

describe('mayNeedCleaning', () => {
  it('is false only for texts that cleaning gives back as they are', () => {
    fc.assert(
      fc.property(messyArb, (s) => {
        if (!mayNeedCleaning(s)) expect(cleanText(s)).toBe(s);
        if (cleanText(s) !== s) expect(mayNeedCleaning(s)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('tells texts that cleaning changes from clean ones', () => {
    for (const s of [' ', '  ', ' a', 'a ', 'a  b', 'a b ', 'a\tb', 'a\nb', 'Nguye\u0302\u0303n', 'Ðoàn', 'Lê\u200BVăn', 'a\u00A0b', 'a\u00ADb'])
      expect(mayNeedCleaning(s)).toBe(true);
    for (const s of ['Nguyễn Văn An', 'ĐẢNG BỘ XÃ AN BÌNH', 'a b', 'X01', '', 'Văn hóa – xã hội']) expect(mayNeedCleaning(s)).toBe(false);
  });
});
