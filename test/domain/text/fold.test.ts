import fc from 'fast-check';
import { cleanText } from '../../../src/domain/text/clean';
import { asciiKey, bareFirstWord, mayHaveAsciiKey, stripDiacritics, toneKey } from '../../../src/domain/text/fold';
import { LOWER_LETTERS, TONES, VOWEL_BASES, VOWELS } from '../../../src/domain/text/letters';

const letterArb = fc.constantFrom(...LOWER_LETTERS, ...LOWER_LETTERS.map((l) => l.toUpperCase()), ...'bcdghnptAEOUY'.split(''));
const wordArb = fc.array(letterArb, { minLength: 1, maxLength: 7 }).map((a) => a.join(''));
const textArb = fc.array(wordArb, { minLength: 1, maxLength: 5 }).map((a) => a.join(' '));
const messyArb = fc
  .array(fc.oneof(letterArb, fc.constantFrom(' ', '  ', '\u00A0', '\n', '\u200B', '\u00AD', 'Ð', '\u0301', '\u0309', ',')), {
    maxLength: 25,
  })
  .map((a) => a.join(''));

describe('toneKey', () => {
  it('ignores where the tone sits: old and new placement', () => {
    expect(toneKey('Hoà')).toBe(toneKey('Hòa'));
    expect(toneKey('Thuỷ')).toBe(toneKey('Thủy'));
    expect(toneKey('Uỷ ban')).toBe(toneKey('Ủy ban'));
    expect(toneKey('Đảng uỷ xã')).toBe(toneKey('Đảng ủy xã'));
    expect(toneKey('Khoẻ')).toBe(toneKey('Khỏe'));
    expect(toneKey('Thuý')).toBe(toneKey('Thúy'));
  });

  it('ignores NFC/NFD, case, spacing, "Ð" and invisibles', () => {
    expect(toneKey('Nguyễn Thị Thuỷ'.normalize('NFD'))).toBe(toneKey('Nguyễn Thị Thuỷ'));
    expect(toneKey('NGUYỄN THỊ THỦY')).toBe(toneKey('nguyễn thị thuỷ'));
    expect(toneKey('  Nguyễn\u00A0 Thị\nThủy ')).toBe(toneKey('Nguyễn Thị Thủy'));
    expect(toneKey('Ðảng bộ')).toBe(toneKey('Đảng bộ'));
    expect(toneKey('Đảng\u200B bộ')).toBe(toneKey('Đảng bộ'));
  });

  it('keeps every diacritic: different tones or vowels are different keys', () => {
    expect(toneKey('Thủy')).not.toBe(toneKey('Thùy'));
    expect(toneKey('Thủy')).not.toBe(toneKey('Thuy'));
    expect(toneKey('Chị')).not.toBe(toneKey('Chi'));
    expect(toneKey('Văn')).not.toBe(toneKey('Vân'));
    expect(toneKey('Đào')).not.toBe(toneKey('Dào'));
  });

  it('gives each of the 72 vowel letters its own key, whatever the case', () => {
    const all = VOWEL_BASES.flatMap((b) => VOWELS[b] ?? []);
    expect(all).toHaveLength(72);
    const keys = all.map((v) => toneKey(`th${v}n`));
    expect(new Set(keys).size).toBe(72);
    for (const v of all) expect(toneKey(`TH${v.toUpperCase()}N`)).toBe(toneKey(`th${v}n`));
  });

  it('tells apart every pair of tones on the same word', () => {
    for (const base of VOWEL_BASES) {
      const keys = TONES.map((t) => toneKey(`ng${base}${t}n`.normalize('NFC')));
      expect(new Set(keys).size).toBe(TONES.length);
    }
  });

  it('is the same for a text and its cleaned form', () => {
    fc.assert(
      fc.property(messyArb, (s) => {
        expect(toneKey(cleanText(s))).toBe(toneKey(s));
      }),
      { numRuns: 500 },
    );
  });

  it('is the same for NFD, NFC, upper and lower case, and extra spaces', () => {
    fc.assert(
      fc.property(textArb, (s) => {
        const k = toneKey(s);
        expect(toneKey(s.normalize('NFD'))).toBe(k);
        expect(toneKey(s.toUpperCase())).toBe(k);
        expect(toneKey(s.toLowerCase())).toBe(k);
        expect(toneKey(`  ${s.replace(/ /g, ' \u00A0 ')} `)).toBe(k);
      }),
      { numRuns: 500 },
    );
  });

  it('does not move a tone from one word to another', () => {
    expect(toneKey('Hà Nam')).not.toBe(toneKey('Ha Nàm'));
  });
});

describe('asciiKey', () => {
  it('strips every diacritic and turns punctuation into single spaces', () => {
    expect(asciiKey('Họ và tên / Tên tập thể')).toBe('ho va ten ten tap the');
    expect(asciiKey('Ngày nộp kế hoạch')).toBe('ngay nop ke hoach');
    expect(asciiKey('ĐƠN VỊ (1)')).toBe('don vi 1');
    expect(asciiKey('Mã ĐV')).toBe('ma dv');
    expect(asciiKey('Chức vụ,\nđơn vị công tác')).toBe('chuc vu don vi cong tac');
    expect(asciiKey('Ðảng bộ')).toBe('dang bo');
    expect(asciiKey('Tập thể/Cá nhân')).toBe('tap the ca nhan');
    expect(asciiKey('--')).toBe('');
  });

  it('maps every Vietnamese letter to its ASCII base letter', () => {
    for (const base of VOWEL_BASES) {
      const ascii = base.normalize('NFD')[0] as string;
      for (const v of VOWELS[base] ?? []) {
        expect(asciiKey(v)).toBe(ascii);
        expect(asciiKey(v.toUpperCase())).toBe(ascii);
      }
    }
    expect(asciiKey('đ')).toBe('d');
    expect(asciiKey('Đ')).toBe('d');
  });

  it('yields only lowercase ASCII letters, digits and single inner spaces', () => {
    fc.assert(
      fc.property(fc.oneof(messyArb, fc.string(), fc.fullUnicodeString()), (s) => {
        expect(asciiKey(s)).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
      { numRuns: 500 },
    );
  });

  it('is the same for NFD and NFC, any case', () => {
    fc.assert(
      fc.property(textArb, (s) => {
        expect(asciiKey(s.normalize('NFD'))).toBe(asciiKey(s));
        expect(asciiKey(s.toUpperCase())).toBe(asciiKey(s));
      }),
    );
  });
});

describe('stripDiacritics', () => {
  it('removes marks and turns đ/Đ into d/D, keeping case and punctuation', () => {
    expect(stripDiacritics('Nguyễn Văn Đào, Trường')).toBe('Nguyen Van Dao, Truong');
    expect(stripDiacritics('ĐẢNG BỘ')).toBe('DANG BO');
  });
});

describe('mayHaveAsciiKey', () => {
  it('never rules out the text’s own key, however it is typed', () => {
    const oddArb = fc
      .array(fc.oneof(letterArb, fc.constantFrom(' ', '\u00A0', '\u200B', 'Ð', 'İ', 'K', '\u0301', '\u0307', '1', '9', '/', '–', 'Σ')), {
        maxLength: 25,
      })
      .map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(messyArb, oddArb), (t) => mayHaveAsciiKey(t, asciiKey(t))));
  });

  it('rules out a text whose letters or digits the key lacks, or holds in another order', () => {
    expect(mayHaveAsciiKey('Họ và tên', 'ho va ten')).toBe(true);
    expect(mayHaveAsciiKey('Nguyễn Văn An', 'ho va ten')).toBe(false);
    expect(mayHaveAsciiKey('1958', 'nam sinh')).toBe(false);
    expect(mayHaveAsciiKey('Tên họ', 'ho ten')).toBe(false);
  });
});

describe('bareFirstWord', () => {
  it('gives the first word of letters without marks, in lower case', () => {
    expect(bareFirstWord('Nguyễn Văn An')).toBe('nguyen');
    expect(bareFirstWord('  ĐOÀN xã')).toBe('doan');
    expect(bareFirstWord('Hộ')).toBe('ho');
  });

  it('gives nothing for a word only the full fold can read', () => {
    expect(bareFirstWord('Đ/c Lan')).toBeUndefined();
    expect(bareFirstWord('Ho\u0323 gia đình')).toBeUndefined();
    expect(bareFirstWord('Ðoàn xã')).toBeUndefined();
    expect(bareFirstWord('\u200BHội')).toBeUndefined();
    expect(bareFirstWord('')).toBeUndefined();
  });

  it('is the ASCII key of the first word whenever it gives one', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, messyArb), (t) => {
        const bare = bareFirstWord(t);
        return bare === undefined || bare === asciiKey(t.trimStart().split(' ')[0] ?? '');
      }),
    );
  });
});
