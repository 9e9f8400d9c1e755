import { LOWER_LETTERS, TONES, UNICODE_ONLY, VOWEL_BASES, VOWELS } from '../../../src/domain/text/letters';

describe('the Vietnamese alphabet', () => {
  it('has 12 vowel bases with 6 tones each, in NFC', () => {
    expect(VOWEL_BASES).toHaveLength(12);
    expect(TONES).toHaveLength(6);
    for (const b of VOWEL_BASES) {
      const row = VOWELS[b] ?? [];
      expect(row).toHaveLength(6);
      expect(row[0]).toBe(b);
      for (const letter of row) {
        expect(letter).toHaveLength(1);
        expect(letter.normalize('NFC')).toBe(letter);
      }
    }
    expect(VOWELS['a']).toEqual(['a', 'à', 'ả', 'ã', 'á', 'ạ']);
    expect(VOWELS['ư']).toEqual(['ư', 'ừ', 'ử', 'ữ', 'ứ', 'ự']);
  });

  it('lists 67 lowercase letters beyond ASCII: 12 × 6 vowels less a e i o u y, plus đ', () => {
    expect(LOWER_LETTERS).toHaveLength(12 * 6 - 6 + 1);
    expect(new Set(LOWER_LETTERS).size).toBe(LOWER_LETTERS.length);
    expect(LOWER_LETTERS).toContain('đ');
    for (const l of LOWER_LETTERS) {
      expect(l.charCodeAt(0)).toBeGreaterThan(0x7f);
      expect(l.toLowerCase()).toBe(l);
      expect(l.toUpperCase()).not.toBe(l);
    }
  });

  it('UNICODE_ONLY matches the letters legacy fonts cannot produce, and no Latin-1 character', () => {
    for (const l of ['ă', 'Ă', 'đ', 'Đ', 'ĩ', 'Ũ', 'ơ', 'Ư', 'ạ', 'ỹ', 'Ỹ', 'ễ', 'ệ']) expect(UNICODE_ONLY.test(l)).toBe(true);
    for (let c = 0; c <= 0xff; c++) expect(UNICODE_ONLY.test(String.fromCharCode(c))).toBe(false);
    // Every lowercase letter either is Latin-1 or is Unicode-only: none falls between.
    for (const l of [...LOWER_LETTERS, ...LOWER_LETTERS.map((x) => x.toUpperCase())]) {
      expect(l.charCodeAt(0) <= 0xff || UNICODE_ONLY.test(l)).toBe(true);
    }
  });
});
