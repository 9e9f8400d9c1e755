/** Resolving the unit a registration names (a code or a name, as written) to a unit of the list. */
import type { UnitAbbreviations } from '../profile/schema';
import { asciiKey, cleanText, toneKey } from '../text';
import { splitUnitNameCode } from './name-code';
import { UnitKeys, unitKeys } from './unit-key';

export interface UnitRef {
  id: string;
  code?: string;
  /** Other codes it answers to, as its own code does. */
  otherCodes?: readonly string[];
  name: string;
  /** Other names it answers to, as its own name does. */
  aliases?: readonly string[];
}

export interface UnitResolver<U extends UnitRef> {
  /** Code, exact key, or a diacritic-free spelling that only one unit has. */
  resolve(text: string): U | undefined;
  /** A code only (for a code column, whose text may also hold a name). */
  resolveCode(text: string): U | undefined;
  /** For title rows and file names: the unit whose name the text contains (longest, and only if unique). */
  resolveLoose(text: string): U | undefined;
  /** The one unit whose name, as the list writes it, begins with the text (a sheet's name cut by Excel). */
  resolveStart(text: string): U | undefined;
}

function add<U>(map: Map<string, U[]>, key: string, u: U): void {
  const list = map.get(key);
  if (!list) map.set(key, [u]);
  else if (!list.includes(u)) list.push(u);
}

/**
 * A code as compared: case, spacing and punctuation aside, and a number's leading zeros ("01" in the units list typed
 * as text, 1 in a row typed as a number, "001" elsewhere).
 */
function codeKey(text: string): string {
  const k = asciiKey(text);
  return /^\d+$/.test(k) ? k.replace(/^0+(?=\d)/, '') : k;
}

const PARTY_HEADS = [toneKey('đảng bộ'), toneKey('chi bộ'), 'dang bo', 'chi bo'];

/** What follows "đảng bộ" or "chi bộ" in a unit's key (folded or diacritic-free), when two words or more do. */
function partyBody(key: string): string | undefined {
  for (const head of PARTY_HEADS) {
    if (!key.startsWith(`${head} `)) continue;
    const body = key.slice(head.length + 1);
    return body.includes(' ') ? body : undefined;
  }
  return undefined;
}

/** A name with its marks, as compared letter by letter from its start: case aside. */
const markedKey = (text: string): string => cleanText(text).toLowerCase();

/** A unit named only by a commune or a township. */
const PLACE_ONLY = /^(?:xa|thi tran|phuong) \S/;

/**
 * Words that go on a place's name as part of another place's: "An Bình A", "Phú Hữu Đông", "Tân An 2". "Nam" before a
 * year is the year ("năm 2023"), before "học" the school year ("năm học 2022-2023").
 */
const NAME_GOES_ON = /^ (?:[a-d]|dong|tay|bac|thuong|ha|trung|nhat|nhi|\d{1,2}|nam(?! \d{4}| hoc(?: |$)))(?: |$)/;

/** The padded key `hay` holds the unit key `a` as a whole name, not the beginning of a longer one. */
function containsName(hay: string, a: string, toned: boolean): boolean {
  const needle = ` ${a} `;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const rest = hay.slice(at + needle.length - 1);
    // A tone key's words carry their tone as a digit ("nhât5"): read without it.
    if (!NAME_GOES_ON.test(toned ? ` ${asciiKey(rest).replace(/(?<=[a-z])[1-6](?= |$)/g, '')}` : rest)) return true;
  }
  return false;
}

/** A commune's, township's or ward's word before its name ("xã An Bình"); the name alone after it is a place. */
export const PLACE_WORD = /^(xa|thi tran|tt|phuong) /;
export const PLACE_ALONE = new RegExp(`${PLACE_WORD.source}\\S`);
const ENDS_COMMUNE_LEVEL = /(?:^|(?<!thi) )(xa|thi tran|phuong)$/;

/**
 * A unit as a unit cell (or a function's argument) writes it: a unit's name or code, a district body without its
 * "huyện" ("Chi bộ KBNN", "Hội Nông dân"), or a commune named alone ("Thị trấn Phú Mỹ", "TT Phú Mỹ": its party
 * committee, as in a units list).
 */
export function resolveWritten<U extends UnitRef>(resolver: UnitResolver<U>, text: string): U | undefined {
  const u = resolver.resolve(text);
  if (u) return u;
  // "Hội Nông dân xã", "Công an thị trấn": a commune's body, never the district's "… huyện".
  if (ENDS_COMMUNE_LEVEL.test(asciiKey(text))) return undefined;
  return resolver.resolve(`${text} huyện`) ?? (PLACE_ALONE.test(asciiKey(text)) ? resolver.resolve(`Đảng bộ ${text}`) : undefined);
}

/** `keys`: the district's keys of the same abbreviations, where the caller has them (their spellings are shared). */
export function unitResolver<U extends UnitRef>(
  units: readonly U[],
  district: string,
  abbreviations?: UnitAbbreviations,
  keys: UnitKeys = unitKeys(district, abbreviations),
): UnitResolver<U> {
  const byCode = new Map<string, U>();
  const byKey = new Map<string, U[]>();
  const byAscii = new Map<string, U[]>();
  const namesOf = (u: U) => (u.aliases?.length ? [u.name, ...u.aliases] : [u.name]);
  for (const u of units) {
    for (const c of u.otherCodes ? [u.code, ...u.otherCodes] : [u.code]) if (c && !byCode.has(codeKey(c))) byCode.set(codeKey(c), u);
    for (const n of namesOf(u)) {
      for (const k of keys.keys(n)) add(byKey, k, u);
      for (const a of keys.asciiKeys(n)) add(byAscii, a, u);
    }
  }
  // A unit listed by its commune alone ("Xã Phú Hữu") is that commune's party committee (rules.md): rows call it
  // "Đảng ủy xã Phú Hữu", "ĐU xã Phú Hữu". Only where no unit of the list already has that name.
  for (const u of units) {
    for (const n of namesOf(u)) {
      if (!PLACE_ONLY.test(asciiKey(n))) continue;
      const party = `Đảng bộ ${n}`;
      for (const k of keys.keys(party)) if (!byKey.has(k)) add(byKey, k, u);
      for (const a of keys.asciiKeys(party)) if (!byAscii.has(a)) add(byAscii, a, u);
    }
  }
  // "Đảng ủy An Bình" for "Đảng ủy xã An Bình": gathered for every unit first, so that two communes' committees
  // sharing a name ("xã An Bình", "thị trấn An Bình") leave the short name to neither.
  const dropped = new Map<string, U[]>();
  const droppedAscii = new Map<string, U[]>();
  for (const u of units) {
    const d = keys.placeWordDropped(u.name);
    for (const k of d.keys) add(dropped, k, u);
    for (const a of d.asciiKeys) add(droppedAscii, a, u);
  }
  for (const [k, list] of dropped) if (!byKey.has(k)) byKey.set(k, list);
  for (const [a, list] of droppedAscii) if (!byAscii.has(a)) byAscii.set(a, list);
  // "Công an huyện" for "Đảng bộ Công an huyện", "Trường THPT An Phú" for "Chi bộ Trường THPT An Phú": a party
  // organisation named by the body it is in, as rows write it. Only where no unit of the list has that name, only a
  // name one unit answers to, and only for a row's exact text (never a title's words). Made when first needed:
  // most lists' rows name their units as the list does.
  let bodies: { byBody: Map<string, U[]>; byBodyAscii: Map<string, U[]> } | undefined;
  const bodyMaps = () => {
    if (bodies) return bodies;
    const byBody = new Map<string, U[]>();
    const byBodyAscii = new Map<string, U[]>();
    for (const u of units) {
      for (const k of keys.keys(u.name)) {
        const body = partyBody(k);
        if (body && !byKey.has(body)) add(byBody, body, u);
      }
      for (const a of keys.asciiKeys(u.name)) {
        const body = partyBody(a);
        if (body && !byAscii.has(body)) add(byBodyAscii, body, u);
      }
    }
    return (bodies = { byBody, byBodyAscii });
  };
  const unique = (list: U[] | undefined) => (list && new Set(list.map((u) => u.id)).size === 1 ? list[0] : undefined);
  const first = (texts: readonly string[], map: Map<string, U[]>) => {
    for (const k of texts) {
      const u = unique(map.get(k));
      if (u) return u;
    }
    return undefined;
  };

  // Registrations repeat their unit's spelling row after row.
  const memo = new Map<string, U | null>();
  const resolve = (text: string): U | undefined => {
    let u = memo.get(text);
    if (u === undefined) memo.set(text, (u = resolveOnce(text) ?? null));
    return u ?? undefined;
  };
  const resolveCode = (text: string): U | undefined => (text.trim() ? byCode.get(codeKey(text)) : undefined);
  const resolveText = (text: string): U | undefined =>
    resolveCode(text) ??
    first(keys.keys(text), byKey) ??
    first(keys.asciiKeys(text), byAscii) ??
    first(keys.keys(text), bodyMaps().byBody) ??
    first(keys.asciiKeys(text), bodyMaps().byBodyAscii);
  const resolveOnce = (text: string): U | undefined => {
    if (!text.trim()) return undefined;
    const found = resolveText(text);
    if (found) return found;
    // A row copying the list's cell ("Đảng bộ xã An Bình (ĐB01)", "02. Đảng bộ xã Phú Hữu"): its name, else its code.
    const split = splitUnitNameCode(text);
    if (split.name === text.trim()) return undefined;
    return resolveText(split.name) ?? (split.code ? resolveCode(split.code) : undefined);
  };

  const resolveLoose = (text: string): U | undefined => {
    const direct = resolve(text);
    if (direct) return direct;
    // Then by accented keys: a short form such as "ĐU" is expanded only there ("ĐU xã An Bình_DS điển hình").
    return containedName(keys.asciiKeys(text), byAscii, false) ?? containedName(keys.keys(text), byKey, true);
  };
  // The names of three words or more of each map, in its order: picked out once, not for every text looked at.
  const longNames = new Map<Map<string, U[]>, [string, U[]][]>();
  const longNamesOf = (map: Map<string, U[]>) => {
    let names = longNames.get(map);
    if (!names) longNames.set(map, (names = [...map].filter(([a]) => a.split(' ').length >= 3)));
    return names;
  };
  /** The one unit whose name (of three words or more) the text holds, the longest such name. */
  const containedName = (texts: readonly string[], map: Map<string, U[]>, toned: boolean): U | undefined => {
    const hays = texts.map((k) => ` ${k} `);
    let best: { len: number; units: U[] } | undefined;
    for (const [a, list] of longNamesOf(map)) {
      if (!hays.some((h) => containsName(h, a, toned))) continue;
      if (!best || a.length > best.len) best = { len: a.length, units: [...list] };
      else if (a.length === best.len) for (const u of list) best.units.push(u);
    }
    return best ? unique(best.units) : undefined;
  };

  // Tone marks tell twins apart ("… Thanh Châu H" / "… Thạnh Châu H"): the names the text begins with its marks
  // decide; without them (a name typed without marks) only when one unit's does.
  const resolveStart = (text: string): U | undefined => {
    const start = asciiKey(text);
    if (start.split(' ').length < 3) return undefined;
    const begun = units.filter((u) => namesOf(u).some((n) => asciiKey(n).startsWith(start)));
    if (begun.length < 2) return unique(begun);
    const marked = markedKey(text);
    const withMarks = begun.filter((u) => namesOf(u).some((n) => markedKey(n).startsWith(marked)));
    return unique(withMarks.length ? withMarks : begun);
  };

  return { resolve, resolveCode, resolveLoose, resolveStart };
}
