/**
 * The keys two spellings of one unit share: tone placement, case and spacing aside, the profile's abbreviations
 * expanded ("ĐU", "UBND", "Hội ND", "TT"…), "Đảng ủy" read as "Đảng bộ", and a trailing district name dropped.
 * Never a fuzzy match: different places keep different keys ("xã Xuân Lộc" ≠ "xã Thanh Xuân").
 */
import { defaultUnitAbbreviations } from '../profile/default-profile';
import type { UnitAbbreviations } from '../profile/schema';
import { asciiKey, toneKey } from '../text';
import { abbreviationExpander, anyOf, Fold } from './unit-abbreviations';

/**
 * Names of one unit that are not abbreviations: whole-word rewrites to one canonical wording, longest first, applied
 * after the abbreviations are expanded.
 */
const SYNONYMS: [string, string][] = (
  [
  ['ủy ban mặt trận tổ quốc việt nam', 'mặt trận tổ quốc'],
  ['ủy ban mặt trận tổ quốc', 'mặt trận tổ quốc'],
  ['mặt trận tổ quốc việt nam', 'mặt trận tổ quốc'],
  ['ban chấp hành đoàn thanh niên cộng sản hồ chí minh huyện', 'huyện đoàn'],
  ['đoàn thanh niên cộng sản hồ chí minh huyện', 'huyện đoàn'],
  ['ban chấp hành đoàn huyện', 'huyện đoàn'],
  ['ban chấp hành huyện đoàn', 'huyện đoàn'],
  ['đoàn thanh niên huyện', 'huyện đoàn'],
  ['đoàn huyện', 'huyện đoàn'],
  ['hội liên hiệp phụ nữ việt nam', 'hội liên hiệp phụ nữ'],
  ['hội phụ nữ', 'hội liên hiệp phụ nữ'],
  ['mặt trận huyện', 'mặt trận tổ quốc huyện'],
  // "Hội Cựu chiến binh Việt Nam huyện", "Hội LHPN VN huyện": the national body's name, not part of the unit's.
  ['việt nam', ''],
  ['đảng ủy', 'đảng bộ'],
  // "Đảng bộ cơ sở xã An Bình" is the commune's party committee, "Đảng bộ xã An Bình".
  ...['xã', 'thị trấn', 'phường'].flatMap((w): [string, string][] => [
    [`đảng bộ cơ sở ${w}`, `đảng bộ ${w}`],
    [`đảng ủy cơ sở ${w}`, `đảng bộ ${w}`],
  ]),
  // "UB huyện": the district's People's Committee.
  ['ủy ban huyện', 'ủy ban nhân dân huyện'],
  // The letterhead's "BCH Hội Nông dân huyện", "Ban Thường vụ Huyện đoàn": the body itself.
  ['ban chấp hành', ''],
  ['ban thường vụ', ''],
  // The district's military command and its trade-union federation, as rows name them.
  ['ban chỉ huy quân sự', 'quân sự'],
  ['công đoàn huyện', 'liên đoàn lao động huyện'],
  // A school with or without the word "Trường": "THPT An Phú" is "Trường THPT An Phú".
  ['trường trung học phổ thông', 'trung học phổ thông'],
  ['trường trung học cơ sở', 'trung học cơ sở'],
  ['trường tiểu học', 'tiểu học'],
  ['trường mầm non', 'mầm non'],
  ] as [string, string][]
).sort(([a], [b]) => b.length - a.length);

// A key names something only with a letter or a digit in it.
const KEYED = /[\p{L}\p{N}]/u;
const LEADING_ZEROS = / 0+(\d)/g;
/** "P3", "P.3" (the dot already a space): a numbered ward. */
const WARD_NUMBER = / p ?(\d{1,2}) /g;
/**
 * "P. An Lạc", "ĐU P. An Lạc": a ward, or an office ("P. Tư pháp"). Read both ways for the keys a name matches by,
 * never for its type (not in the profile's table, which types names too).
 */
const P_WORD = / p (?=\S)/g;

/** A town's (thị xã) or a city's (thành phố) level words, and its committees', as a huyện's. */
const LEVEL_WORDS: [string, string][] = [
  ['thị ủy', 'huyện ủy'],
  ['thành ủy', 'huyện ủy'],
  ['quận ủy', 'huyện ủy'],
  ['thị đoàn', 'huyện đoàn'],
  ['thành đoàn', 'huyện đoàn'],
  ['quận đoàn', 'huyện đoàn'],
  ['thị xã', 'huyện'],
  ['thành phố', 'huyện'],
];

// Punctuation out before the tone key: a word's tone follows the word ("Bình," would key as "binh,2", then "binh 2").
const foldWords: Fold = (s) => toneKey(s.replace(/[.,;:()"“”/\\-]/g, ' ')).replace(/\s+/g, ' ').trim();

export interface UnitKeys {
  /** The identity key of a unit name: its preferred expansion, district dropped. */
  key(name: string): string;
  /** Every key the name may match by, preferred first: abbreviation alternatives, then a trailing place dropped. */
  keys(name: string): readonly string[];
  /** The same without any diacritic: for names typed without them, trusted only when unambiguous. */
  asciiKeys(name: string): readonly string[];
  /**
   * A commune's own body named without its place word ("Đảng bộ xã An Bình" → "đảng bộ an bình"), as rows write it
   * ("Đảng ủy An Bình"): keys a unit of the list may also answer to, where no other unit has them.
   */
  placeWordDropped(name: string): { keys: readonly string[]; asciiKeys: readonly string[] };
  /**
   * The keys of another district (the one a reading infers once its units are read), sharing with these what a name
   * is spelled as whatever the district: a list's thousands of names are then folded and expanded once.
   */
  forDistrict(district: string): UnitKeys;
}

/** A name's spellings before any district is dropped: folded, a ward's number and "P." read, short forms expanded. */
type Speller = (name: string) => readonly string[];

function speller(fold: Fold, abbreviations: UnitAbbreviations, asciiOnly: boolean): Speller {
  const expand = abbreviationExpander(abbreviations, fold, asciiOnly);
  const canonical = canonicalizer(fold);
  const ward = fold('phường');
  const office = fold('phòng');
  const memo = new Map<string, readonly string[]>();
  return (name) => {
    let found = memo.get(name);
    if (!found) {
      const folded = ` ${fold(name)} `.replace(WARD_NUMBER, ` ${ward} $1 `);
      const spelled = folded.includes(' p ') ? [folded, folded.replace(P_WORD, ` ${ward} `), folded.replace(P_WORD, ` ${office} `)] : [folded];
      found = spelled.flatMap((s) => expand(s)).map(canonical);
      if (memo.size > 50_000) memo.clear();
      memo.set(name, found);
    }
    return found;
  };
}

type Keyer = { keys: (name: string) => readonly string[]; placeWordDropped: (name: string) => readonly string[] };

/** A school (or its party cell): named after its place, never "huyện" written with the district's name. */
const SCHOOL = /(?:^|\s)(?:trường|truong|thpt|thcs|tiểu học|tieu hoc|mầm non|mam non)(?:\s|$)/iu;

function keyer(fold: Fold, spell: Speller, district: string): Keyer {
  const d = district ? fold(district) : '';
  const huyen = fold('huyện');
  const tinh = fold('tỉnh');
  // "Hội Nông dân huyện An Phú" is "Hội Nông dân huyện" of the district; "Hội Nông dân An Phú", the district's name
  // for "huyện", is it too — but "thị trấn An Phú" is the township of that name, and "Trường THPT An Phú" a school
  // named after it (beside "Trường THPT huyện" in one list).
  const townWords = ['xã', 'thị trấn', 'phường'].map((w) => ` ${fold(w)}`);
  const withoutDistrict = (k: string, school: boolean): string[] => {
    if (!d || !k.endsWith(` ${d}`) || k === d) return [k];
    const rest = k.slice(0, -d.length - 1).trim();
    // The name of a commune or a school, not a district tail: "Đảng bộ xã" alone would name every commune's.
    if (school || townWords.some((w) => ` ${rest}`.endsWith(w))) return [k];
    return rest.endsWith(huyen) ? [rest] : [rest, `${rest} ${huyen}`];
  };
  // "Đảng bộ xã An Bình, huyện An Phú, tỉnh An Giang": the place after the unit. Another district's name is kept
  // when the district is configured (it is then another district's unit).
  const placeTrimmed = (k: string): string[] => {
    const t = k.indexOf(` ${tinh} `);
    const noProvince = t > 0 ? k.slice(0, t) : k;
    const out = t > 0 ? [noProvince] : [];
    // "Huyện đoàn An Phú", "Huyện ủy An Phú": the district-level body, named before its district.
    const words = noProvince.split(' ');
    if (!d && words[0] === huyen && words.length > 2) out.push(words.slice(0, 2).join(' '));
    const h = noProvince.lastIndexOf(` ${huyen} `);
    if (h > 0) {
      const tail = noProvince.slice(h + huyen.length + 2);
      if (!d || tail === d) out.push(noProvince.slice(0, h + 1 + huyen.length), noProvince.slice(0, h));
    }
    return out;
  };
  // "Chi bộ Trường THCS xã Tân Lập" is "Chi bộ Trường THCS Tân Lập": a place word inside a body's name, not the
  // commune's own party committee or government ("Đảng bộ xã …", "Ủy ban nhân dân xã …", "Xã …").
  const placeWords = ['xã', 'thị trấn', 'phường'].map((w) => ` ${fold(w)} `);
  const ownHeads = ['đảng bộ', 'ủy ban nhân dân', 'hội đồng nhân dân'].map(fold);
  const withoutPlaceWord = (k: string): string[] => {
    const padded = ` ${k} `;
    for (const w of placeWords) {
      const at = padded.indexOf(w);
      if (at <= 0) continue;
      const before = padded.slice(1, at);
      // "Hội Nông dân xã" names no commune: a commune's body, not the district's "Hội Nông dân".
      if (ownHeads.includes(before) || at + w.length >= padded.length) continue;
      return [`${padded.slice(0, at)} ${padded.slice(at + w.length)}`.replace(/ {2,}/g, ' ').trim()];
    }
    return [];
  };
  const memo = new Map<string, readonly string[]>();
  const keys = (name: string) => {
    let found = memo.get(name);
    if (!found) {
      const expanded = spell(name);
      const school = SCHOOL.test(name);
      const main = [...expanded.flatMap((k) => withoutDistrict(k, school)), ...expanded.flatMap(placeTrimmed)];
      // A name of no letters («…», «-», «*») has no key: it matches nothing, not every other such text.
      found = [...new Set([...main, ...main.flatMap(withoutPlaceWord)])].filter((k) => KEYED.test(k));
      if (memo.size > 50_000) memo.clear();
      memo.set(name, found);
    }
    return found;
  };
  // Each body's head with each place word after it, as a key begins ("đảng bộ xã ").
  const headed = ownHeads.map((head) => ({ head, starts: placeWords.map((w) => `${head}${w}`) }));
  const placeWordDropped = (name: string): string[] => {
    const out: string[] = [];
    for (const k of keys(name)) {
      for (const { head, starts } of headed) {
        const start = starts.find((s) => k.startsWith(s));
        if (start) out.push(`${head} ${k.slice(start.length)}`);
      }
    }
    return out;
  };
  return { keys, placeWordDropped };
}

/** A folded, space-padded name in its canonical wording: a town's level words as a huyện's, then the synonyms. */
function canonicalizer(fold: Fold): (padded: string) => string {
  const synonyms = SYNONYMS.map(([from, to]) => [` ${fold(from)} `, ` ${fold(to)} `] as const);
  const levels = LEVEL_WORDS.map(([from, to]) => [` ${fold(from)} `, ` ${fold(to)} `] as const);
  const anyRewrite = anyOf([...levels, ...synonyms].map(([from]) => from));
  return (padded) => {
    // A number as a number: "Phường 02" is "Phường 2", "Khu phố 05" "Khu phố 5".
    let k = padded.replace(LEADING_ZEROS, ' $1');
    // Most names hold none of these: told by one look, before each is looked for in turn.
    if (anyRewrite.test(k)) {
      // A town's or a city's bodies are its district-level bodies: "Hội LHPN thị xã" as "Hội LHPN huyện", "Thị đoàn"
      // as "Huyện đoàn"; before the synonyms, which are written for "huyện".
      for (const [from, to] of levels) if (k.includes(from)) k = k.split(from).join(to);
      for (const [from, to] of synonyms) if (k.includes(from)) k = k.split(from).join(to);
    }
    return k.replace(/ {2,}/g, ' ').trim();
  };
}

/**
 * A name's canonical wording as unit keys read it («Ủy ban huyện» → «ủy ban nhân dân huyện», «Ban Chỉ huy Quân sự
 * huyện» → «quân sự huyện»), tone-folded: `padded` is folded by the unit keys' own fold, one space each side. Unit
 * types read a name so too (unit-type.ts), so that a name the check matches to a unit is typed as that unit's.
 */
export const canonicalUnitWording: (padded: string) => string = canonicalizer(foldWords);

const DEFAULT_ABBREVIATIONS = defaultUnitAbbreviations();

/** The keys of unit names for one district and abbreviation table: build once per read, ask for every name. */
export function unitKeys(district: string, abbreviations: UnitAbbreviations = DEFAULT_ABBREVIATIONS): UnitKeys {
  return districtKeys(district, speller(foldWords, abbreviations, false), speller(asciiKey, abbreviations, true));
}

function districtKeys(district: string, toneSpell: Speller, asciiSpell: Speller): UnitKeys {
  const tone = keyer(foldWords, toneSpell, district);
  const ascii = keyer(asciiKey, asciiSpell, district);
  return {
    key: (name) => tone.keys(name)[0] ?? '',
    keys: tone.keys,
    asciiKeys: ascii.keys,
    placeWordDropped: (name) => ({ keys: tone.placeWordDropped(name), asciiKeys: ascii.placeWordDropped(name) }),
    forDistrict: (other) => districtKeys(other, toneSpell, asciiSpell),
  };
}

/** The matching key of one unit name (a single question; many names: `unitKeys`). */
export const unitKey = (name: string, district: string, abbreviations?: UnitAbbreviations): string =>
  unitKeys(district, abbreviations).key(name);
