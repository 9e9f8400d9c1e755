/**
 * The phase of a registration (R8, R9): phase 1 is the first registration, phase 2 the additions ("bổ sung") of
 * the second half of the period. Staff write it as a number, a Roman numeral, "Giai đoạn 2", "GĐ II", the years
 * of the phase ("2023-2025"), "bổ sung", or leave it empty (phase 1). The years come from the profile's
 * ceremonies, so another period (2026–2030) reads the same way.
 */
import type { Profile } from '../profile';
import { asciiKey } from '../text';
import { additionKey } from '../text/addition-key';
import { memoize } from '../text/memo';

export type Phase = 1 | 2;

export interface PhaseYears {
  /** Phase 1: from the period's start to the first ceremony's closing year (2021–2023). */
  first: { from: number; to: number };
  /** Phase 2: from there to the final ceremony's closing year (2023–2025). */
  second: { from: number; to: number };
}

/** Phase years of a profile: the ceremony honouring only phase 1 closes it, the one honouring phase 2 ends phase 2. */
export function phaseYears(profile: Profile): PhaseYears {
  const firstCeremony = profile.ceremonies.find((c) => !c.phases.includes(2));
  const finalCeremony = profile.ceremonies.find((c) => c.phases.includes(2));
  const from = firstCeremony?.from ?? profile.period.from;
  const end = finalCeremony?.to ?? profile.period.to;
  const middle = firstCeremony?.to ?? from + Math.floor((end - from) / 2);
  return { first: { from, to: middle }, second: { from: middle, to: end } };
}

const ONE = new Set(['1', 'i', 'mot', '01']);
const TWO = new Set(['2', 'ii', 'hai', '02']);
// Words that only introduce the phase: "Giai đoạn", "GĐ", "Đợt", "Lần".
const INTRO = /^(giai doan|gd|dot|lan)\s*/;
const YEAR = /(?:^| )(\d{4})(?= |$)/g;
// Keys have no dashes left: "2023 - 2025" is "2023 2025", "2023 đến 2025" "2023 den 2025".
const RANGE = /(\d{4})\s+(?:(?:den|toi)\s+)?(\d{4})/;

/**
 * A reader of phase texts for these years: 1, 2, or null when the text is neither (PHASE_UNREADABLE).
 * Memoised: a phase column holds a handful of texts, asked of every row.
 */
// "Mới", "Phát hiện mới": newly found, phase 2; "Đăng ký mới", "ĐK mới" (a first registration too) only with a year.
const FIRST_REGISTRATION = /^(?:dang ky |dk )?(?:chinh thuc|lan dau|ban dau)$/;
const NEWLY_FOUND = /^(?:phat hien )?moi(?: |$)/;
const NEWLY_REGISTERED = /^(?:dang ky|dk) moi(?: |$)/;

// A document's number is no year: «Bổ sung theo CV 1520», «Kế hoạch số 2045-KH/HU», «QĐ 2468».
const DOCUMENT_WORD = /(?:^| )(?:so|cv|kh|qd|tb|hd|ke hoach|cong van|quyet dinh|thong bao|huong dan)$/;

/** The first year a phase text writes outside the whole period ("Giai đoạn 2, năm 2026" on 2021–2025), if any. */
export function yearOutsidePeriod(text: string, years: PhaseYears): number | undefined {
  const k = asciiKey(text);
  for (const y of k.matchAll(YEAR)) {
    const year = Number(y[1]);
    if (year < 1900 || year > 2099 || DOCUMENT_WORD.test(k.slice(0, y.index).trimEnd())) continue;
    if (year < years.first.from || year > years.second.to) return year;
  }
  return undefined;
}

export function phaseReader(years: PhaseYears): (text: string) => Phase | null {
  // The phase's years, or years inside them ("2021-2022", "2023-2024"); a range across both names neither.
  const rangePhase = (a: number, b: number): Phase | null => {
    if (a > b) return null;
    if (a >= years.first.from && b <= years.first.to) return 1;
    if (a >= years.second.from && b <= years.second.to) return 2;
    return null;
  };
  const yearPhase = (y: number): Phase | null => {
    if (y >= years.first.from && y < years.first.to) return 1;
    if (y > years.second.from && y <= years.second.to) return 2;
    // The year that closes phase 1 opens phase 2: it names neither.
    return null;
  };
  return memoize((text: string): Phase | null => {
    const k = additionKey(text);
    // A crossed-out cell ("-", "…") is an empty one; a bare "?" asks rather than says.
    if (!k) return /^[\s\-–—.·…/]*$/u.test(text) ? 1 : null;
    // A year outside the whole period ("Giai đoạn 2, năm 2026" on the 2021–2025 list) is no phase of it (trial17b #9).
    if (yearOutsidePeriod(text, years) !== undefined) return null;
    // "Chính thức" (the official, first registration) as against "Bổ sung" in a "Loại đăng ký" column.
    if (FIRST_REGISTRATION.test(k)) return 1;
    if (/(^| )(bo sung|bs)( |$)/.test(k)) return /(^| )(giai doan|gd|dot) (1|i)( |$)/.test(k) ? null : 2;
    let rest = k.replace(INTRO, '');
    let stated: Phase | undefined;
    const first = /^(\S+)/.exec(rest)?.[1];
    // An exemplar newly found, the guideline's words for phase 2's additions; the years written with it say when.
    const newlyFound = NEWLY_FOUND.exec(rest);
    const found = newlyFound ?? NEWLY_REGISTERED.exec(rest);
    if (found) rest = rest.slice(found[0].length).trim();
    else if (first !== undefined && (ONE.has(first) || TWO.has(first))) {
      stated = ONE.has(first) ? 1 : 2;
      rest = rest.slice(first.length).trim();
    }
    // What may follow: the phase's years "(2023 - 2025)", or the year of the addition ", năm 2024".
    const range = RANGE.exec(rest);
    let implied: Phase | null | undefined;
    if (range) {
      implied = rangePhase(Number(range[1]), Number(range[2]));
      rest = rest.replace(RANGE, '').trim();
    } else {
      const year = /(?:^|\s)(?:nam\s+)?(\d{4})$/.exec(rest);
      if (year) {
        // A phase stated outright wins over the year it was written in ("Giai đoạn 2, năm 2024").
        implied = stated ?? yearPhase(Number(year[1]));
        rest = rest.replace(/(?:^|\s)(?:nam\s+)?\d{4}$/, '').trim();
      }
    }
    if (rest) return null;
    if (stated && implied !== undefined && implied !== stated) return null;
    return stated ?? implied ?? (newlyFound ? 2 : null);
  });
}

// A phase named inside a longer text: "giai đoạn" or "GĐ" and what may follow it (a number, the phase's years).
const NAMED = /(?:^| )(?:giai doan|gd) (?:(?:1|2|i|ii|mot|hai|01|02)(?: |$))?(?:(?:nam )?\d{4}(?: (?:den |toi )?\d{4})?)?/g;

/**
 * The phase a text around the rows names (a title line, a sheet's name, a group row): "ĐĂNG KÝ BỔ SUNG",
 * "Giai đoạn 2023 - 2025", "GĐ 2", "II. ĐĂNG KÝ BỔ SUNG (GIAI ĐOẠN 2023 - 2025)" → 2; "GIAI ĐOẠN 1 (2021 - 2023)"
 * → 1; undefined when it names none ("GIAI ĐOẠN 2021 - 2025", the whole period) or both.
 */
export function outsidePhaseReader(years: PhaseYears): (text: string) => Phase | undefined {
  const read = phaseReader(years);
  const memo = memoize((text: string): Phase | 0 => {
    const k = additionKey(text);
    let named: Phase | undefined;
    for (const m of k.matchAll(NAMED)) {
      const p = read(m[0].trim());
      if (p === null) continue;
      if (named !== undefined && named !== p) return 0;
      named = p;
    }
    if (named !== undefined) return named;
    // «Sửa đổi, bổ sung» amends a list (correction-marks.ts): it names no phase.
    if (/(^| )(bo sung sua doi|sua doi bo sung)( |$)/.test(k)) return 0;
    return /(^| )bo sung( |$)/.test(k) ? 2 : 0;
  });
  return (text) => memo(text) || undefined;
}

/** The phase the texts around a table name (its title lines, then its sheet's name), when they agree. */
export function tablePhase(texts: readonly string[], sheetName: string, read: (text: string) => Phase | undefined): Phase | undefined {
  let found: Phase | undefined;
  for (const t of texts) {
    const p = read(t);
    if (p === undefined) continue;
    if (found !== undefined && found !== p) return undefined;
    found = p;
  }
  return found ?? read(sheetName) ?? read(phaseSheetName(sheetName));
}

// A phase typed after a unit's name: "… - GĐ2", "… (bổ sung)", "…, giai đoạn 2".
const PHASE_AFTER = /^(.+?)\s*(?:[-–—,:;]\s*|\(\s*)((?:giai đoạn|gđ|gd)\b.*?|gđ\.?\s*\S+|gd\.?\s*\S+|bổ sung\b.*?)\s*\)?$/iu;

/** A unit's name with its phase typed after it ("Đảng bộ xã An Bình - GĐ2"): the name, and the phase it names. */
export function phaseAfterName(text: string, read: (text: string) => Phase | undefined): { name: string; phase: Phase } | undefined {
  const split = splitPhaseAfterName(text);
  const phase = split ? read(split.phase) : undefined;
  return split && phase ? { name: split.name, phase } : undefined;
}

/** A name and the phase typed after it, as texts ("Đảng bộ xã An Bình - GĐ2" → "Đảng bộ xã An Bình", "GĐ 2"). */
export function splitPhaseAfterName(text: string): { name: string; phase: string } | undefined {
  // Most units' names hold none of the words a phase is written with.
  if (!/g[đd]|giai|bổ sung/iu.test(text)) return undefined;
  const m = PHASE_AFTER.exec(text.trim());
  const name = (m?.[1] ?? '').trim();
  return m && name ? { name, phase: phaseSheetName(m[2] ?? '') } : undefined;
}

/** A sheet named by its phase in short: "GĐ2", "GD II" → "GĐ 2" (…); "2023-2025", "2024 - 2025" → its years as a phase. */
function phaseSheetName(name: string): string {
  const t = name.trim();
  if (/^\d{4}\s*[-–]\s*\d{4}$/.test(t)) return `Giai đoạn ${t}`;
  return t.replace(/^(gđ|gd)\.?(?=\d|[IV]+$)/iu, '$1 ');
}
