import fc from 'fast-check';
import {
  decodeLegacy,
  decodeTcvn3,
  decodeVni,
  encodeLegacy,
  encodingOfFont,
  fitsTcvn3,
  fontOfEncoding,
} from '../../../src/domain/text/legacy';
import { LOWER_LETTERS } from '../../../src/domain/text/letters';

// The seven capitals that have their own code in .VnTime (TCVN 5712 "ABC"); every other capital needs .VnTimeH.
const TCVN3_CAPITALS = ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'];
const UPPER_LETTERS = LOWER_LETTERS.map((l) => l.toUpperCase());
// 67 lowercase letters beyond ASCII (letters.test.ts), 7 of whose capitals .VnTime has.
const OTHER_CAPITALS = UPPER_LETTERS.filter((c) => !TCVN3_CAPITALS.includes(c));
const ASCII_CONSONANTS = 'bcdghklmnpqrstvx'.split('');
const ASCII_VOWELS = 'aeiouy'.split('');
const PUNCTUATION = [' ', ' ', ' ', ',', '.', '-', '(', ')', '/', '0', '7'];

/** A "word" of Vietnamese and ASCII letters in any order: harder than real syllables for a decoder. */
const letterArb = fc.constantFrom(...LOWER_LETTERS, ...ASCII_CONSONANTS, ...ASCII_VOWELS);
const lowerWordArb = fc.array(letterArb, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
const lowerSentenceArb = fc
  .array(fc.tuple(lowerWordArb, fc.constantFrom(...PUNCTUATION)), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([w, p]) => w + p).join(''));
/** Same, each letter independently in upper or lower case. */
const mixedSentenceArb = fc
  .array(fc.tuple(letterArb, fc.boolean(), fc.constantFrom('', '', '', ...PUNCTUATION)), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([l, up, p]) => (up ? l.toUpperCase() : l) + p).join(''));

const isLegacyByte = (s: string) => [...s].every((ch) => ch.charCodeAt(0) <= 0xff);

describe('TCVN3 (.VnTime / .VnTimeH)', () => {
  it('gives every lowercase Vietnamese letter one 8-bit code, and decodes it back', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOWER_LETTERS), (letter) => {
        const code = encodeLegacy(letter, 'tcvn3');
        expect(code).toHaveLength(1);
        expect(code.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
        expect(code.charCodeAt(0)).toBeLessThanOrEqual(0xff);
        expect(decodeTcvn3(code)).toBe(letter);
        expect(decodeLegacy(code, 'tcvn3')).toBe(letter);
      }),
      { numRuns: 300 },
    );
  });

  it('uses a distinct code for each letter', () => {
    const codes = [...LOWER_LETTERS, ...TCVN3_CAPITALS].map((l) => encodeLegacy(l, 'tcvn3'));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('round-trips the seven capitals .VnTime has (Ă Â Ê Ô Ơ Ư Đ) with plain tcvn3', () => {
    for (const cap of TCVN3_CAPITALS) {
      const code = encodeLegacy(cap, 'tcvn3');
      expect(code).not.toBe(cap);
      expect(isLegacyByte(code)).toBe(true);
      expect(decodeTcvn3(code)).toBe(cap);
    }
  });

  it('round-trips every other capital through .VnTimeH, which stores the lowercase code and draws a capital', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OTHER_CAPITALS), (cap) => {
        const code = encodeLegacy(cap, 'tcvn3-caps');
        expect(code).toBe(encodeLegacy(cap.toLowerCase(), 'tcvn3'));
        expect(decodeLegacy(code, 'tcvn3-caps')).toBe(cap);
        expect(decodeTcvn3(code, true)).toBe(cap);
        // Plain .VnTime has no code for it.
        expect(fitsTcvn3(cap)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips random lowercase Vietnamese text', () => {
    fc.assert(
      fc.property(lowerSentenceArb, (s) => {
        const encoded = encodeLegacy(s, 'tcvn3');
        expect(isLegacyByte(encoded)).toBe(true);
        expect(fitsTcvn3(s)).toBe(true);
        expect(decodeTcvn3(encoded)).toBe(s);
      }),
    );
  });

  it('round-trips random capitalised text through .VnTimeH', () => {
    fc.assert(
      fc.property(lowerSentenceArb, (s) => {
        const upper = s.toUpperCase();
        const encoded = encodeLegacy(upper, 'tcvn3-caps');
        expect(isLegacyByte(encoded)).toBe(true);
        expect(decodeLegacy(encoded, 'tcvn3-caps')).toBe(upper);
      }),
    );
  });

  it('encodes decomposed (NFD) input like composed input', () => {
    fc.assert(
      fc.property(lowerSentenceArb, (s) => {
        expect(encodeLegacy(s.normalize('NFD'), 'tcvn3')).toBe(encodeLegacy(s, 'tcvn3'));
        expect(encodeLegacy(s.normalize('NFD'), 'vni')).toBe(encodeLegacy(s, 'vni'));
      }),
    );
  });

  it('decodes real TCVN3 text as saved from .VnTime', () => {
    expect(decodeTcvn3('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(decodeTcvn3('§¶ng bé x·')).toBe('Đảng bộ xã');
    // U+00AD (soft hyphen) is the TCVN3 code of "ư".
    expect(decodeTcvn3('Tr\u00adêng')).toBe('Trường');
    expect(decodeTcvn3('NguyÔn V¨n An')).toBe('Nguyễn Văn An');
    expect(decodeTcvn3('TrÇn ThÞ Thuû')).toBe('Trần Thị Thuỷ');
    expect(decodeTcvn3('§éc lËp - Tù do - H¹nh phóc')).toBe('Độc lập - Tự do - Hạnh phúc');
  });

  it('decodes .VnTimeH text (capitals stored as lowercase codes) to capitals', () => {
    expect(decodeTcvn3('®¶ng bé x· an b×nh', true)).toBe('ĐẢNG BỘ XÃ AN BÌNH');
    expect(decodeLegacy('®¶ng bé x· an b×nh', 'tcvn3-caps')).toBe('ĐẢNG BỘ XÃ AN BÌNH');
    // The same bytes under .VnTime are lowercase.
    expect(decodeLegacy('®¶ng bé x· an b×nh', 'tcvn3')).toBe('đảng bộ xã an bình');
    expect(encodeLegacy('ĐẢNG BỘ XÃ AN BÌNH', 'tcvn3-caps')).toBe('®¶ng bé x· an b×nh');
  });

  it('leaves ASCII alone', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(decodeTcvn3(s)).toBe(s);
        expect(encodeLegacy(s, 'tcvn3')).toBe(s);
      }),
    );
  });

  it('fitsTcvn3: true unless a capital without a .VnTime code is present', () => {
    expect(fitsTcvn3('Nguyễn Văn An')).toBe(true);
    expect(fitsTcvn3('ĐĂNG Ơ ƯA ÂN ÊM ÔNG')).toBe(true);
    expect(fitsTcvn3('NGUYỄN')).toBe(false);
    expect(fitsTcvn3('CHI BỘ')).toBe(false);
    expect(fitsTcvn3('CHI BO 3')).toBe(true);
  });

  it('fitsTcvn3 text round-trips through plain .VnTime', () => {
    fc.assert(
      fc.property(mixedSentenceArb, (s) => {
        fc.pre(fitsTcvn3(s));
        expect(decodeTcvn3(encodeLegacy(s, 'tcvn3'))).toBe(s);
      }),
    );
  });
});

describe('VNI-Windows', () => {
  it('round-trips every Vietnamese letter, lowercase and capital, as 8-bit characters', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOWER_LETTERS, ...UPPER_LETTERS), (letter) => {
        // ("ì"/"í" keep their own Latin-1 code in VNI; every other letter changes.)
        const encoded = encodeLegacy(letter, 'vni');
        expect(encoded.length).toBeLessThanOrEqual(2);
        expect(isLegacyByte(encoded)).toBe(true);
        expect(decodeVni(encoded)).toBe(letter);
        expect(decodeLegacy(encoded, 'vni')).toBe(letter);
      }),
      { numRuns: 300 },
    );
  });

  it('encodes every letter differently', () => {
    const codes = [...LOWER_LETTERS, ...UPPER_LETTERS].map((l) => encodeLegacy(l, 'vni'));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('round-trips random mixed-case Vietnamese text, letters in any order', () => {
    fc.assert(
      fc.property(mixedSentenceArb, (s) => {
        const encoded = encodeLegacy(s, 'vni');
        expect(isLegacyByte(encoded)).toBe(true);
        expect(decodeVni(encoded)).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips random words and sentences in lower, upper and title case', () => {
    fc.assert(
      fc.property(lowerSentenceArb, (s) => {
        const title = s.replace(/(^|[\s(/-])(\S)/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
        for (const v of [s, s.toUpperCase(), title]) expect(decodeVni(encodeLegacy(v, 'vni'))).toBe(v);
      }),
    );
  });

  it('decodes real VNI text', () => {
    expect(decodeVni('Nguyeãn Vaên Ñaøo')).toBe('Nguyễn Văn Đào');
    expect(decodeVni('Tröôøng')).toBe('Trường');
    expect(decodeVni('COÄNG HOØA')).toBe('CỘNG HÒA');
    expect(decodeVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeVni('Phaïm Thò Höông')).toBe('Phạm Thị Hương');
  });

  it('leaves ASCII alone', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(decodeVni(s)).toBe(s);
        expect(encodeLegacy(s, 'vni')).toBe(s);
      }),
    );
  });
});

describe('ASCII beside legacy codes (passed through without a look-up)', () => {
  it('is kept as it is after legacy text, and before it across a space, in both encodings', () => {
    fc.assert(
      fc.property(mixedSentenceArb, fc.string(), (text, ascii) => {
        for (const enc of ['vni', 'tcvn3-caps'] as const) {
          const legacy = encodeLegacy(text, enc);
          expect(decodeLegacy(legacy + ascii, enc)).toBe(decodeLegacy(legacy, enc) + (enc === 'vni' ? ascii : ascii.toUpperCase()));
          expect(decodeLegacy(`${ascii} ${legacy}`, enc)).toBe(decodeLegacy(`${ascii} `, enc) + decodeLegacy(legacy, enc));
        }
      }),
    );
  });

  it('a VNI mark after an ASCII vowel still makes one letter with it, a code after any ASCII letter is still decoded', () => {
    expect(decodeVni('Vieät')).toBe('Việt');
    expect(decodeVni('a\u00f8')).toBe('à');
    expect(decodeVni('Aø')).toBe('À');
    expect(decodeVni('b\u00f8')).toBe('b\u00f8');
    expect(decodeTcvn3('Vi\u00d6t')).toBe('Việt');
    expect(decodeTcvn3('x\u00b5')).toBe('xà');
  });
});

describe('fonts', () => {
  it('names the encoding a legacy font announces', () => {
    expect(encodingOfFont('.VnTime')).toBe('tcvn3');
    expect(encodingOfFont('.VnArial')).toBe('tcvn3');
    expect(encodingOfFont('.VnTimeH')).toBe('tcvn3-caps');
    expect(encodingOfFont('.VnArialH')).toBe('tcvn3-caps');
    expect(encodingOfFont(' .VnTimeH ')).toBe('tcvn3-caps');
    expect(encodingOfFont('VNI-Times')).toBe('vni');
    expect(encodingOfFont('VNI-Helve')).toBe('vni');
  });

  it('names none for Unicode fonts or no font', () => {
    expect(encodingOfFont('Times New Roman')).toBeUndefined();
    expect(encodingOfFont('Calibri')).toBeUndefined();
    expect(encodingOfFont('Arial')).toBeUndefined();
    expect(encodingOfFont('')).toBeUndefined();
    expect(encodingOfFont(undefined)).toBeUndefined();
  });

  it('fontOfEncoding names a font that announces the same encoding', () => {
    for (const enc of ['tcvn3', 'tcvn3-caps', 'vni'] as const) expect(encodingOfFont(fontOfEncoding(enc))).toBe(enc);
  });
});
