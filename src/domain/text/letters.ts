/** The Vietnamese alphabet, built once: every base letter with every tone, in NFC. */

export const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const; // none, huyền, hỏi, ngã, sắc, nặng
export const VOWEL_BASES = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;

/** `VOWELS[base][toneIndex]`, lowercase. */
export const VOWELS: Record<string, string[]> = Object.fromEntries(
  VOWEL_BASES.map((b) => [b, TONES.map((t) => (b + t).normalize('NFC'))]),
);

/** A Vietnamese vowel letter, with or without marks, in either case: a word without one is a short form («TNCS», «HĐND»). */
export const HAS_VOWEL = new RegExp(`[${VOWEL_BASES.flatMap((b) => VOWELS[b] ?? []).join('')}]`, 'iu');

/** Every lowercase Vietnamese letter that is not plain ASCII (vowels with marks, and "đ"). */
export const LOWER_LETTERS: string[] = [
  ...VOWEL_BASES.flatMap((b) => VOWELS[b] ?? []).filter((c) => c.charCodeAt(0) > 0x7f),
  'đ',
];

/** Letters that only Unicode Vietnamese uses (never the Latin-1 code points legacy fonts borrow). */
export const UNICODE_ONLY = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;
