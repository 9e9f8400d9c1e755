/** Honorifics that precede a name in lists ("Đồng chí", "Đ/c", "Ông", "Bà") are not part of the name. */
import { toneKey } from './fold';

// Tone keys (diacritics kept: "Chị" is an honorific, "Chi bộ" is not), longest first.
// "Ô." and "B." are Ông and Bà in short ("B" only with its dot: a letter alone may be an initial).
const HONORIFICS = ['đồng chí', 'đ/c', 'đ/c:', 'đ.c', 'đc', 'đc:', 'ông', 'bà', 'ô', 'b', 'anh', 'chị', 'cô', 'thầy', 'cụ', 'cụ ông', 'cụ bà', 'bác', 'chú', 'em', 'cháu']
  .map(toneKey)
  .sort((a, b) => b.length - a.length);
const COUPLED = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác'].map(toneKey));
const MIDDLE = new Set(['văn', 'thị'].map(toneKey));
// With the word before them, a group of people, no surname: "bà con" (the people of a place), "cô trò", "anh em".
const GROUP_SECOND = new Set(['con', 'trò', 'em'].map(toneKey));

/**
 * Words after a would-be honorific that say it is none: "Ông Văn Năm" (Ông the surname, before the middle name),
 * "Ông bà Nguyễn Văn A" (a couple: no one honorific to take off; but "Bà Ông Thị Lan" is Ms Ông Thị Lan), "Bà con
 * nhân dân ấp 3" (a collective).
 */
function keptWhole(rest: string[]): boolean {
  const first = toneKey(rest[0] ?? '');
  return MIDDLE.has(first) || GROUP_SECOND.has(first) || (COUPLED.has(first) && !MIDDLE.has(toneKey(rest[1] ?? '')));
}
// A name whose first word starts no honorific is returned as it is, without building any key.
const FIRST_WORDS = new Set(HONORIFICS.map((h) => h.split(' ')[0]?.replace(/[.:]+$/, '')));

// The ASCII letters an honorific can begin with, as typed or decomposed ("Ông" typed as "O" and a combining mark):
// a name beginning with any other ASCII letter ("Nguyễn", "Lê", "Phạm", "Hoàng") is left alone at once.
const ASCII_STARTS = new Set(
  HONORIFICS.map((h) => h.normalize('NFD').charAt(0))
    .filter((c) => c < '\u0080')
    .flatMap((c) => [c, c.toUpperCase()])
    .map((c) => c.charCodeAt(0)),
);

function cannotStartHonorific(code: number): boolean {
  const asciiLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return asciiLetter && !ASCII_STARTS.has(code);
}

export interface SplitName {
  name: string;
  honorific?: string;
}

/**
 * Removes a leading honorific only when a full name (at least two words) follows it, since "Ông" or "Anh" can
 * also be part of a name. "Gia đình ông …" names a household and is kept whole.
 */
export function splitHonorific(name: string): SplitName {
  if (cannotStartHonorific(name.charCodeAt(0))) return { name };
  const space = name.indexOf(' ');
  const firstWord = space < 0 ? name : name.slice(0, space);
  // The label's colon goes before the key is made: a tone key puts the tone after it ("Bà:" → "ba:2").
  if (!FIRST_WORDS.has(toneKey(firstWord.replace(/[.:]+$/, '')))) return { name };
  const words = name.split(' ');
  const heads = [1, 2].map((n) => toneKey(words.slice(0, n).join(' ').replace(/[.:]+$/, '')));
  for (const h of HONORIFICS) {
    const n = h.split(' ').length;
    const head = words.slice(0, n).join(' ');
    if (heads[n - 1] !== h.replace(/[.:]+$/, '') || (h === 'b' && !head.endsWith('.'))) continue;
    const rest = words.slice(n);
    if (rest.length < 2 || keptWhole(rest)) return { name };
    return { name: rest.join(' '), honorific: head.replace(/[:.]+$/, '') };
  }
  return { name };
}

const HONORIFIC_SET = new Set(HONORIFICS.map((h) => h.replace(/[.:]+$/, '')));

/** A text that is an honorific alone ("Đồng chí", "Bà:", "Đ/c"): a name follows it, on its line or the next. */
export function isHonorificAlone(text: string): boolean {
  return HONORIFIC_SET.has(toneKey(text.trim().replace(/[.:]+$/, '')));
}
