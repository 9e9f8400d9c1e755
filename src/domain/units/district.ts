/**
 * The district a list belongs to, read from the title blocks of the submitted files ("ĐẢNG BỘ HUYỆN AN PHÚ",
 * "HUYỆN ỦY AN PHÚ", "HỘI NÔNG DÂN HUYỆN AN PHÚ"): the name most of them give.
 */
import { toneKey } from '../text';

export interface TitleBlock {
  file: string;
  sheet: string;
  texts: string[];
}

export interface FoundDistrict {
  name: string;
  /** The files whose titles name it. */
  files: string[];
}

// "huyện" followed by the name; "huyện ủy X", "huyện đoàn X" name the district too. The name ends at punctuation,
// at a word of STOP, or at "năm" before a year.
const AFTER_HUYEN = /(?:^|\s)huyện(?:\s+(?:ủy|ủy|uỷ|đoàn))?\s+([^,;:()\-–—/.]+)/iu;
const WORD = /^\p{L}+$/u;
// Words that end a district's name in a title: "… huyện An Phú tỉnh An Giang", "… huyện An Phú giai đoạn …".
const STOP = new Set(['tỉnh', 'giai', 'nhiệm', 'đợt', 'lần', 'về', 'trong', 'nhân'].map(toneKey));
const YEAR_WORD = toneKey('năm');
const BODY_WORDS = new Set(['ủy', 'đoàn'].map(toneKey));

/** "AN PHÚ" → "An Phú". */
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((w) => (w ? w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi') : w))
    .join(' ');
}

/** The district named in one title text, if it names one. */
export function districtInTitle(text: string): string | undefined {
  const m = AFTER_HUYEN.exec(text.normalize('NFC').replace(/\s+/g, ' '));
  if (!m) return undefined;
  const words = (m[1] ?? '').trim().split(' ');
  // "Huyện đoàn", "Huyện ủy" with no name after them: the body, not a district called "Đoàn".
  if (BODY_WORDS.has(toneKey(words[0] ?? ''))) return undefined;
  const cut = words.findIndex((w, i) => STOP.has(toneKey(w)) || (toneKey(w) === YEAR_WORD && /^\d/.test(words[i + 1] ?? '')));
  const name = (cut >= 0 ? words.slice(0, cut) : words).filter(Boolean);
  if (name.length === 0 || name.length > 4 || !name.every((w) => WORD.test(w))) return undefined;
  return titleCase(name.join(' '));
}

export function districtFromTitles(titles: TitleBlock[]): FoundDistrict | undefined {
  const votes = new Map<string, FoundDistrict & { count: number }>();
  for (const t of titles) {
    for (const text of t.texts) {
      const name = districtInTitle(text);
      if (!name) continue;
      const k = toneKey(name);
      const v = votes.get(k) ?? { name, files: [], count: 0 };
      v.count++;
      if (!v.files.includes(t.file)) v.files.push(t.file);
      votes.set(k, v);
    }
  }
  let best: (FoundDistrict & { count: number }) | undefined;
  for (const v of votes.values()) if (!best || v.count > best.count) best = v;
  return best && { name: best.name, files: best.files };
}

/**
 * The district of a check whose profile names none: the one district the units list's names give ("Hội Nông dân
 * huyện An Phú"), else the one the title blocks of two files or more give. Units are then told from another
 * district's bodies of the same name ("Hội Nông dân huyện Long Hồ"). '' when nothing says it.
 */
export function inferredDistrict(unitNames: readonly string[], titles: TitleBlock[]): string {
  const named = new Map<string, string>();
  for (const n of unitNames) {
    const d = districtInTitle(n);
    if (d) named.set(toneKey(d), d);
  }
  if (named.size === 1) return [...named.values()][0] ?? '';
  if (named.size > 1) return '';
  const found = districtFromTitles(titles);
  return found && found.files.length >= 2 ? found.name : '';
}

/** The profile with the district the files' title blocks give, when it names none itself; `found` says which. */
export function withFoundDistrict<P extends { district: string }>(profile: P, titles: TitleBlock[]): { profile: P; found?: FoundDistrict } {
  if (profile.district.trim()) return { profile };
  const found = districtFromTitles(titles);
  return found ? { profile: { ...profile, district: found.name }, found } : { profile };
}
