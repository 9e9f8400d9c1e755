/**
 * The district a list belongs to, read from the title blocks of the submitted files ("ĐẢNG BỘ HUYỆN AN PHÚ",
 * "HUYỆN ỦY AN PHÚ", "HỘI NÔNG DÂN HUYỆN AN PHÚ"; a town's "ĐẢNG BỘ THỊ XÃ BẾN CÁT", "THỊ ỦY BẾN CÁT"): the name most
 * of them give, and the committee of the level they give it.
 */
import { committeeOfLevel, Profile, withDistrictLevel } from '../profile';
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
  /** The committee of the level the titles give it ("Thị ủy" for "THỊ XÃ BẾN CÁT"). */
  committee?: string;
}

// The level ("huyện", "thị xã", "thành phố", "quận") followed by the name; "huyện ủy X", "thị đoàn X" name the
// district too. The name ends at punctuation, at a word of STOP, or at "năm" before a year.
const AFTER_LEVEL =
  /(?:^|\s)(?:(huyện|thị xã|thành phố|quận)(?:\s+(?:ủy|ủy|uỷ|đoàn))?|(thị|thành)\s+(?:ủy|ủy|uỷ|đoàn))\s+([^,;:()\-–—/.]+)/iu;
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
  return levelledDistrictInTitle(text)?.name;
}

/** The district named in one title text, and the committee of the level it is given. */
export function levelledDistrictInTitle(text: string): { name: string; committee?: string } | undefined {
  const m = AFTER_LEVEL.exec(text.normalize('NFC').replace(/\s+/g, ' '));
  if (!m) return undefined;
  const level = m[1] ?? (m[2] && toneKey(m[2]) === toneKey('thị') ? 'thị xã' : 'thành phố');
  const words = (m[3] ?? '').trim().split(' ');
  // "Huyện đoàn", "Huyện ủy" with no name after them: the body, not a district called "Đoàn".
  if (BODY_WORDS.has(toneKey(words[0] ?? ''))) return undefined;
  const cut = words.findIndex((w, i) => STOP.has(toneKey(w)) || (toneKey(w) === YEAR_WORD && /^\d/.test(words[i + 1] ?? '')));
  const name = (cut >= 0 ? words.slice(0, cut) : words).filter(Boolean);
  if (name.length === 0 || name.length > 4 || !name.every((w) => WORD.test(w))) return undefined;
  return { name: titleCase(name.join(' ')), committee: committeeOfLevel(level) };
}

export function districtFromTitles(titles: TitleBlock[]): FoundDistrict | undefined {
  const votes = new Map<string, FoundDistrict & { count: number; committees: Map<string, number> }>();
  for (const t of titles) {
    // The lowest line naming a district is the sender's own: a city over its huyện ("THÀNH ĐOÀN HÀ NỘI" over "BCH
    // ĐOÀN HUYỆN SÓC SƠN") names the city first.
    const named = t.texts.map(levelledDistrictInTitle).filter((x) => x !== undefined);
    for (const found of named.slice(-1)) {
      const k = toneKey(found.name);
      const v = votes.get(k) ?? { name: found.name, files: [], count: 0, committees: new Map<string, number>() };
      v.count++;
      if (!v.files.includes(t.file)) v.files.push(t.file);
      if (found.committee) v.committees.set(found.committee, (v.committees.get(found.committee) ?? 0) + 1);
      votes.set(k, v);
    }
  }
  let best: (FoundDistrict & { count: number; committees: Map<string, number> }) | undefined;
  for (const v of votes.values()) if (!best || v.count > best.count) best = v;
  if (!best) return undefined;
  const [committee] = [...best.committees].sort((a, b) => b[1] - a[1])[0] ?? [];
  return { name: best.name, files: best.files, ...(committee ? { committee } : {}) };
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

/**
 * The profile with the district the files' title blocks give, when it names none itself (`found` says which), and
 * the committee of the level they give it ("THỊ XÃ BẾN CÁT": Thị ủy) where the profile left the guideline's.
 */
export function withFoundDistrict(profile: Profile, titles: TitleBlock[]): { profile: Profile; found?: FoundDistrict } {
  const found = districtFromTitles(titles);
  if (profile.district.trim()) {
    const own = found && toneKey(found.name) === toneKey(profile.district) ? found.committee : undefined;
    return { profile: own ? withDistrictLevel(profile, own) : profile };
  }
  return found ? { profile: withDistrictLevel({ ...profile, district: found.name }, found.committee), found } : { profile };
}
