/**
 * A "Ghi chú" that says the row's phase, in a table with no phase column (R9): "Giai đoạn 2", "GĐ II", "Bổ sung năm
 * 2024", "Đăng ký bổ sung", "Giai đoạn 2023 - 2025", "ĐK bổ sung T3/2024", "Đăng ký năm 2024", "Phát hiện mới năm
 * 2024", "ĐKBS". Only a note that is about the phase and nothing else counts: "Bổ sung hồ sơ sau", "Giai đoạn 2021 -
 * 2025" (the whole period) or "Bí thư chi bộ" change nothing; nor do bare marks ("BS", "Mới", "ĐK mới"), also said of
 * a doctor, a new post.
 */
import { additionKey } from '../text/addition-key';
import type { Phase } from './phase';

// The first letters a phase note can start with ("Giai đoạn", "GĐ", "Bổ sung", "BS 2024", "Đăng ký", "Mới", "Phát
// hiện mới"), either case: every other note is let go before it is folded.
const STARTS = new Set([...'gGbBđĐdDmMpP'].map((c) => c.charCodeAt(0)));
// A month written before the year of the addition ("T3/2024", "tháng 3/2024", "03/2024"): only the year tells the phase.
const MONTH = / (?:t|thang )?\d{1,2} (?:nam )?(\d{4})$/;
// What may follow "bổ sung": nothing, the year of the addition, or the phase named again. "BS" alone is also "bác sĩ"
// (a health worker's note): abbreviated, it needs the year or the phase after it ("BS 2024", "BS GĐ2").
const ADDITION = /^(?:dang ky |dk )?(?:bo sung|bs(?= ))(?: (?:nam )?(\d{4}))?(?: (?:giai doan|gd|dot) .*)?$/;
// Registered, or newly found, in a year: "Đăng ký năm 2024", "Mới đăng ký (2025)", "Phát hiện mới năm 2024", "ĐK mới
// 2024", "Điển hình mới năm 2024". The year says the phase (2023, which closes phase 1 and opens phase 2, says none).
const IN_YEAR = /^(?:dang ky|dk|(?:(?:phat hien|dien hinh) )?moi(?: (?:dang ky|dk|phat hien))?|(?:dang ky|dk) moi)(?: nam)? (\d{4})$/;
// "Đợt 2" alone may be a second batch within phase 1: a note names the phase by "giai đoạn" or "GĐ" only.
const NAMED = /^(?:dang ky )?(?:giai doan|gd) /;

/**
 * The phase a note states, or undefined when it states none. `read` is the table's phase reader (phase.ts), which
 * knows the profile's years.
 */
export function notePhase(note: string, read: (text: string) => Phase | null): Phase | undefined {
  if (!STARTS.has(note.trimStart().charCodeAt(0))) return undefined;
  const k = additionKey(note).replace(MONTH, ' $1').replace(/^dkbs\b/, 'bo sung');
  const addition = ADDITION.exec(k);
  if (addition) {
    // "Bổ sung giai đoạn 1" says nothing sure, nor an addition in a year of phase 1 only ("Bổ sung năm 2022").
    if (addition[1] !== undefined && read(addition[1]) === 1) return undefined;
    return read(k.replace(/^(?:dang ky|dk) /, '')) === 2 ? 2 : undefined;
  }
  const inYear = IN_YEAR.exec(k);
  if (inYear) return read(inYear[1] ?? '') ?? undefined;
  if (!NAMED.test(k)) return undefined;
  return read(k.replace(/^dang ky /, '')) ?? undefined;
}
