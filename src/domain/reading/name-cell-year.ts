/**
 * A piece written after a person's name that gives the birth year or the gender (trial 5 #21): "1976", "sinh 1982",
 * "SN1981", "15/5/1983", "Nam", "Nữ", "Nữ 1985". Anything else (a post, a place, a term "2020 - 2025") is no such
 * piece.
 */
import { parseYearText } from '../dates';
import { Gender, parseGender } from './gender';

export interface YearOrGender {
  year?: number;
  gender?: Gender;
}

// "Nam 1985", "Nữ, 1985", "Nữ - SN 1985": a gender word before the year.
const GENDER_THEN_YEAR = /^(nam|nữ|nu)\s*[,:\-–—]?\s*(\S.*)$/iu;

/** The birth year and/or gender a piece gives, or undefined when it gives neither (or more than that). */
export function yearOrGender(piece: string): YearOrGender | undefined {
  const p = piece.trim().replace(/^[-–—:]\s*/u, '');
  if (!p) return undefined;
  // No digit: only a gender word.
  if (!/\d/.test(p)) {
    const g = p.length <= 8 ? parseGender(p) : null;
    return g ? { gender: g } : undefined;
  }
  // Four digits at least: a number of two ("Tổ 12", an age) is no year here.
  if (!/\d{4}/.test(p)) return undefined;
  const m = GENDER_THEN_YEAR.exec(p.normalize('NFC'));
  if (m) {
    const g = parseGender(m[1] ?? '');
    const y = parseYearText(m[2] ?? '');
    if (g && y !== undefined) return { year: y, gender: g };
  }
  const year = parseYearText(p) ?? parseYearText(p.replace(/^sinh\s+ngày\s*/iu, ''));
  return year !== undefined ? { year } : undefined;
}

