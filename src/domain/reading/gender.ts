/**
 * Gender as staff write it: a "Giới tính" column ("Nam", "Nữ", "NAM"/"NU"), or a "Nam | Nữ" pair of columns (under
 * "Giới tính", under "Năm sinh", or alone) holding either check marks or the birth year. Which one a pair is, the
 * contents say, not the header: only years under "Nam | Nữ" make them birth-year columns.
 */
import { asciiKey } from '../text';
import { isMarked } from './cell-values';

export type Gender = 'male' | 'female';

const MALE = new Set(['nam', 'm', 'male', 'trai', 'nam gioi']);
const FEMALE = new Set(['nu', 'f', 'female', 'gai', 'nu gioi']);

/** "Nam", "NỮ", "NU", "F": the gender a cell states, if it states one (readers memoise it per table). */
export const parseGender = (text: string): Gender | null => {
  const k = asciiKey(text);
  if (MALE.has(k)) return 'male';
  if (FEMALE.has(k)) return 'female';
  return null;
};

/** A cell of the column of `gender` that marks the row as that gender: "x", "X", "✓", "1", or the gender's word. */
export function marksGender(text: string, gender: Gender): boolean {
  return isMarked(text) || parseGender(text) === gender;
}
