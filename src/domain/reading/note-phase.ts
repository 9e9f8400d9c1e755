/**
 * A "Ghi chú" that says the row's phase, in a table with no phase column (R9): "Giai đoạn 2", "GĐ II", "Bổ sung năm
 * 2024", "Đăng ký bổ sung", "Giai đoạn 2023 - 2025". Only a note that is about the phase and nothing else counts:
 * "Bổ sung hồ sơ sau", "Giai đoạn 2021 - 2025" (the whole period) or "Bí thư chi bộ" change nothing.
 */
import { asciiKey } from '../text';
import type { Phase } from './phase';

// The first letters a phase note can start with ("Giai đoạn", "GĐ", "Bổ sung", "BS 2024", "Đăng ký"), either case:
// every other note is let go before it is folded.
const STARTS = new Set([...'gGbBđĐdD'].map((c) => c.charCodeAt(0)));
// What may follow "bổ sung": nothing, the year of the addition, or the phase named again. "BS" alone is also "bác sĩ"
// (a health worker's note): abbreviated, it needs the year or the phase after it ("BS 2024", "BS GĐ2").
const ADDITION = /^(?:dang ky )?(?:bo sung|bs(?= ))(?: (?:nam )?(\d{4}))?(?: (?:giai doan|gd|dot) .*)?$/;
// "Đợt 2" alone may be a second batch within phase 1: a note names the phase by "giai đoạn" or "GĐ" only.
const NAMED = /^(?:dang ky )?(?:giai doan|gd) /;

/**
 * The phase a note states, or undefined when it states none. `read` is the table's phase reader (phase.ts), which
 * knows the profile's years.
 */
export function notePhase(note: string, read: (text: string) => Phase | null): Phase | undefined {
  if (!STARTS.has(note.trimStart().charCodeAt(0))) return undefined;
  const k = asciiKey(note);
  const addition = ADDITION.exec(k);
  if (addition) {
    // "Bổ sung giai đoạn 1" says nothing sure, nor an addition in a year of phase 1 only ("Bổ sung năm 2022").
    if (addition[1] !== undefined && read(addition[1]) === 1) return undefined;
    return read(k.replace(/^dang ky /, '')) === 2 ? 2 : undefined;
  }
  if (!NAMED.test(k)) return undefined;
  return read(k.replace(/^dang ky /, '')) ?? undefined;
}
