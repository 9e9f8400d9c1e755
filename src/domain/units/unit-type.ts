/** A unit's type, from its type cell and its name (rules.md "Unit types given as a place"). */
import { Profile, unitTypeByName, UnitTypeDef } from '../profile';
import { asciiKey, toneKey } from '../text';
import { abbreviationExpander } from './unit-abbreviations';
import { canonicalUnitWording } from './unit-key';

export interface UnitTyping {
  type?: UnitTypeDef;
  source: 'column' | 'name' | 'none';
  /** The name's type, when it contradicts the type cell's, which is applied (see `unitTyping`). */
  nameType?: UnitTypeDef;
  /** The type cell's type, when it contradicts the name's, which is applied (see `unitTyping`). */
  cellType?: UnitTypeDef;
}

/**
 * A type cell contradicts the name when it is not a refinement of the name's type: "Đảng bộ An Bình | Xã" refines
 * (a pattern of the cell's type extends one of the name's), "Hội Nông dân huyện | Đảng bộ xã" and "Chi bộ Kho bạc
 * Nhà nước huyện | Đảng bộ xã" do not. Nor does "Đảng bộ xã Phú Hữu | Chi bộ cơ sở".
 */
function contradicts(byColumn: UnitTypeDef, byName: UnitTypeDef): boolean {
  return !refines(byColumn, byName) && !refines(byName, byColumn);
}

/** A pattern of `specific` extends one of `general`'s ("Đảng bộ xã" extends "Đảng bộ"). */
function refines(specific: UnitTypeDef, general: UnitTypeDef): boolean {
  const heads = general.patterns.map((p) => `${toneKey(p)} `);
  return specific.patterns.some((p) => heads.some((h) => toneKey(p).startsWith(h)));
}

const PLACE_WORDS = new Set(['xa', 'thi tran', 'phuong']);
/** A commune's, township's or ward's party committee: the type a place word alone gives ("Xã", "Thị trấn"). */
export const isPlaceCommittee = (type: UnitTypeDef): boolean => type.patterns.some((p) => PLACE_WORDS.has(asciiKey(p)));

/**
 * The type cell decides ("Đảng bộ xã", or a place word "Xã" / "Thị trấn"), the name when the cell is empty or
 * unknown; the profile lists its types most specific first. Where both give a type:
 * - a commune's or township's party committee by its name keeps that type whatever the cell (rules.md: its quota,
 *   the guideline's "Riêng đảng bộ các xã, thị trấn…", is specific and wins), and a cell giving that type to a unit
 *   whose name is of another type ("Chi bộ Trường THPT …", "Hội Nông dân huyện") gives way to the name: the
 *   guideline's quota goes by what the unit is;
 * - otherwise, in one bloc, a name revealing a more specific type wins; across blocs the cell is the district's own
 *   data and is applied ("Hội Nông dân huyện | Chi bộ cơ sở" may be the association's party cell).
 * A contradiction that changes the quota or the bloc is said (`nameType`, `cellType`: UNKNOWN_UNIT_TYPE), with what
 * was counted; a refinement ("Đảng bộ xã An Bình | Đảng bộ cơ sở") or one changing nothing is not.
 */
export function unitTyping(
  profile: Profile,
  declared: string,
  name: string,
  inferUnitType: (unitName: string) => UnitTypeDef | undefined,
  /** The type a type cell names (a list repeats a handful: its reader may keep the answers). */
  declaredType: (text: string) => UnitTypeDef | undefined = (text) => unitTypeByName(profile, text) ?? inferUnitType(text),
): UnitTyping {
  const byColumn = declared ? declaredType(declared) : undefined;
  const byName = inferUnitType(name);
  if (!byColumn || !byName || byColumn === byName) {
    if (byColumn) return { type: byColumn, source: 'column' };
    if (byName) return { type: byName, source: 'name' };
    return { source: 'none' };
  }
  const contradiction = contradicts(byColumn, byName);
  const nameDecides =
    isPlaceCommittee(byName) ||
    (contradiction && isPlaceCommittee(byColumn)) ||
    (byName.bloc === byColumn.bloc && profile.unitTypes.indexOf(byName) < profile.unitTypes.indexOf(byColumn));
  const told = contradiction && (byName.quota !== byColumn.quota || byName.bloc !== byColumn.bloc);
  if (nameDecides) return told ? { type: byName, source: 'name', cellType: byColumn } : { type: byName, source: 'name' };
  return told ? { type: byColumn, source: 'column', nameType: byName } : { type: byColumn, source: 'column' };
}

interface PatternKey {
  type: UnitTypeDef;
  key: string;
  prefix: string;
}

/** The profile's type patterns as keys, keyed once per run: types in the profile's order, most specific first. */
function patternKeys(profile: Profile): PatternKey[] {
  return profile.unitTypes.flatMap((type) =>
    type.patterns.map((p) => {
      const key = toneKey(p);
      return { type, key, prefix: `${key} ` };
    }),
  );
}

/**
 * A commune's, township's or ward's body after a pattern that names none ("Ủy ban nhân dân xã An Bình", "Hội Nông
 * dân phường 1"): the commune's, not a unit of that type ("UBND thị xã Bến Cát" is a town's, a district's level).
 */
const COMMUNE_BODY = new RegExp(`^(?:${toneKey('xã')}|${toneKey('thị trấn')}|${toneKey('phường')}) `);
const COMMUNE_BODY_BARE = /^(?:xa|thi tran|phuong) /;

function typeByPattern(patterns: readonly PatternKey[], k: string, commune = COMMUNE_BODY): UnitTypeDef | undefined {
  for (const { type, key, prefix } of patterns) if (k === key || (k.startsWith(prefix) && !commune.test(k.slice(prefix.length)))) return type;
  return undefined;
}

// Punctuation out before the tone key: a word's tone follows the word ("Bình," would key as "binh,2", then "binh 2").
const foldForTypes = (s: string) => toneKey(s.replace(/[.,;:()"“”/\\-]/g, ' ')).replace(/\s+/g, ' ').trim();

/**
 * The unit type revealed by a unit's name ("Đảng ủy xã An Bình" → "Đảng bộ xã"), if any; abbreviations of the profile
 * expanded ("ĐU xã An Bình", "Hội ND huyện"), their alternatives in order ("TT An Phú": thị trấn before trung tâm).
 */
export function inferUnitType(profile: Profile, unitName: string): UnitTypeDef | undefined {
  return unitTypeInferrer(profile)(unitName);
}

/**
 * `inferUnitType` for many names of one profile: the abbreviation table is folded once, by the caller's run.
 * `bare`: a name typed without any diacritic ("Dang bo xa An Binh", "Hoi Nong dan huyen") is also read without them
 * (a units list's names; rows keep the accented reading only).
 */
export function unitTypeInferrer(profile: Profile, bare = false): (unitName: string) => UnitTypeDef | undefined {
  let expand: ((padded: string) => string[]) | undefined;
  const patterns = patternKeys(profile);
  const bareType = bare ? bareTypeInferrer(profile) : undefined;
  // The most specific type any spelling gives: "Đảng ủy TT Phú Mỹ" is a party committee as written, and a
  // township's ("Đảng bộ thị trấn", quota 02) once "TT" is read.
  const better = (a: UnitTypeDef | undefined, b: UnitTypeDef | undefined) =>
    !a || (b && profile.unitTypes.indexOf(b) < profile.unitTypes.indexOf(a)) ? b : a;
  return (unitName) => {
    const key = toneKey(unitName);
    let found = typeByPattern(patterns, key);
    expand ??= abbreviationExpander(profile.unitAbbreviations, foldForTypes);
    // "Đảng ủy X. An Bình": "X." for "xã" is read only there, after the committee's name.
    const padded = ` ${foldForTypes(unitName)} `.replace(COMMUNE_X, ` $1 ${XA} `);
    const spellings = expand(padded);
    for (const v of spellings) {
      const spelled = v.trim();
      if (spelled !== key && !TOWNSHIP_OF_CENTRE.test(spelled)) found = better(found, typeByPattern(patterns, spelled));
    }
    // A name no pattern starts, in the wording the unit keys read it in («Ủy ban huyện» as «Ủy ban nhân dân huyện»,
    // «Mặt trận huyện», «Công đoàn huyện»): the check matches it to the unit so named, and types it as that unit.
    if (!found) {
      for (const v of spellings) {
        const spelled = canonicalUnitWording(v);
        if (!TOWNSHIP_OF_CENTRE.test(spelled)) found = better(found, typeByPattern(patterns, spelled));
      }
    }
    return found ?? (bareType && NO_DIACRITIC.test(unitName) ? bareType(unitName) : undefined);
  };
}

const NO_DIACRITIC = /^[\x20-\x7e]*$/;

/** The type of a name typed without diacritics, by the profile's patterns and abbreviations read without them. */
function bareTypeInferrer(profile: Profile): (unitName: string) => UnitTypeDef | undefined {
  const patterns = profile.unitTypes.flatMap((type) =>
    type.patterns.map((p) => {
      const key = asciiKey(p);
      return { type, key, prefix: `${key} ` };
    }),
  );
  const expand = abbreviationExpander(profile.unitAbbreviations, asciiKey, true);
  return (unitName) => {
    let found: UnitTypeDef | undefined;
    for (const v of expand(` ${asciiKey(unitName)} `)) {
      const t = typeByPattern(patterns, v.trim(), COMMUNE_BODY_BARE);
      if (t && (!found || profile.unitTypes.indexOf(t) < profile.unitTypes.indexOf(found))) found = t;
    }
    return found;
  };
}

/** The profile's type a type cell typed without diacritics names ("Doan the huyen", "Chi bo co so"). */
export function unitTypeByBareName(profile: Profile, text: string): UnitTypeDef | undefined {
  if (!NO_DIACRITIC.test(text)) return undefined;
  const k = asciiKey(text);
  return profile.unitTypes.find((t) => asciiKey(t.name) === k);
}

/**
 * "TT" is "thị trấn" only before a place: "TT Văn hóa - Thể thao", "TT Y tế huyện", "TT GDNN-GDTX" are centres
 * (trung tâm), named by what they serve.
 */
const CENTRE_FIELDS = ['y tế', 'văn hóa', 'bồi dưỡng', 'giáo dục', 'dịch vụ', 'phát triển', 'truyền thông', 'học tập', 'kỹ thuật',
  'khuyến nông', 'quản lý', 'công nghệ', 'thông tin', 'thể dục', 'thể thao', 'đào tạo', 'dạy nghề', 'hành chính', 'nước sạch',
  'kiểm soát', 'chính trị', 'gdnn', 'gdtx', 'vh', 'vhtt'];
const TOWNSHIP_OF_CENTRE = new RegExp(`(^| )${toneKey('thị trấn')} (${CENTRE_FIELDS.map(toneKey).join('|')})( |$)`);

const COMMUNE_X = new RegExp(`^ (${['đảng ủy', 'đảng bộ', 'đu', 'đb'].map(toneKey).join('|')}) x `);
const XA = toneKey('xã');
