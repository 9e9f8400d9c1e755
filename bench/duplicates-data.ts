/**
 * A seeded province for the duplicate matcher's bench (R5): about 3,000 units across districts and 100,000
 * registrations built directly as reading produces them (no workbook), with ground truth.
 *
 * - Names follow a skewed, Vietnamese-like frequency (Nguyễn about 38% of surnames, "Văn"/"Thị" most middle names,
 *   a few given names very common), so thousands of rows share a full name and many share it with a birth year:
 *   that is what makes blocking and the name-frequency discount earn their keep.
 * - People have a post and a workplace ("Trưởng thôn" | "Thôn 3, xã An Bình"), in two columns or, for a quarter of
 *   rows, in one. Places carry numbers as real ones do: villages and residential groups ("Thôn 3", "Khu phố 2",
 *   "Ấp 4"), the city's numbered wards ("phường 3"), and, in a province too large for the syllable pairs, commune
 *   names with a number inside ("Tân 758 Bắc").
 * - Planted duplicates: an existing row written again, by a district body of its district or by the same unit, as
 *   one of the variants staff produce (`Variant`). The post changes between files more often than not; the
 *   workplace is kept, written the same or otherwise (an abbreviation, "xã" left out, in the post's column), a
 *   few copies naming only the commune. A share of people are proposed by three units ("triple": three pairs).
 * - Namesakes of the five commonest surnames in another commune of the district: born years apart, or the same
 *   year ("sameYearElsewhere": usually two people, and never to be reported). Legacy copies go through the
 *   real encoder and the reader's decoder (`decodeByFont` with ".VnTime", ".VnTimeH" for a name .VnTime cannot
 *   hold, or "VNI-Times"), NFD copies through `cleanText`, honorifics through `splitHonorific` for half of them (as
 *   the reader does) and left in the name for the other half (as rows built elsewhere may carry them). Reordered
 *   collectives are half names of two parts written either way round ("Phòng Đào tạo và Giáo dục"), half the
 *   commune moved inside the name ("Chi bộ xã An Bình Thôn 3"). People are three-word names: a missing middle
 *   name is planted only where the two-word name points at that one person of the commune born that year.
 * - Planted look-alikes: pairs of rows that must never be reported (`LookAlikeKind`).
 *
 * Ground truth, and why it holds: the only true pairs are the planted ones, by construction. No two unplanted
 * rows are the same exemplar, nor a pair that nothing in the rows could tell apart:
 * - a person's full name (without diacritics) is used once per commune (once per unit for district bodies, whose
 *   rows name no commune), and a name with its birth year is never shared by two people of whom one has no
 *   commune. Namesakes born the same year in different communes remain, as in real lists; they are not true pairs.
 * - a collective's name is used once per commune (a commune's own, or its school's), and once per district for
 *   district bodies: two district bodies' "Chi đoàn Thanh niên" cannot be told apart from the rows.
 */
import type { Registration, UnitRecord } from '../src/domain/records';
import { cleanText, decodeByFont, encodeLegacy, fitsTcvn3, splitHonorific, stripDiacritics } from '../src/domain/text';
import { createRng, Rng } from './random';
import * as V from './vocabulary';

export const VARIANTS = ['exact', 'nfd', 'tone', 'honorific', 'tcvn3', 'vni', 'middleMissing', 'typo', 'reordered', 'triple'] as const;
export type Variant = (typeof VARIANTS)[number];

export const LOOK_ALIKES = ['namesake', 'sameYearElsewhere', 'villageNumber', 'collectiveCommune', 'organisation'] as const;
export type LookAlikeKind = (typeof LOOK_ALIKES)[number];

/** Two rows by position in `registrations`, a < b. */
export interface Pair<K extends string> {
  a: number;
  b: number;
  kind: K;
}

export interface DuplicateBenchData {
  units: UnitRecord[];
  registrations: Registration[];
  /** The planted duplicates: the only pairs that are one exemplar. */
  truePairs: Pair<Variant>[];
  /** Pairs that look alike but are two exemplars; none may be reported. */
  lookAlikes: Pair<LookAlikeKind>[];
}

export interface DuplicateDataOptions {
  rows: number;
  units: number;
  seed: number;
  /** Planted pairs per variant and per kind of look-alike. */
  perVariant: number;
}

export const DEFAULT_DUPLICATE_OPTIONS: DuplicateDataOptions = { rows: 100_000, units: 3_000, seed: 20230226, perVariant: 300 };

// ---------------------------------------------------------------------------------------------------------------
// Units

type Scope = 'commune' | 'office' | 'school';

interface Unit {
  record: UnitRecord;
  scope: Scope;
  district: string;
  /** The commune a commune (or town) unit, or a commune's school, belongs to. */
  commune?: string;
  /** "xã An Bình", "thị trấn Phú Hòa"; for other units the body named in positions ("Ủy ban nhân dân huyện An Phú"). */
  place: string;
  villageWord: string;
  /** District bodies of the same district that may propose this unit's exemplars again. */
  peers: Unit[];
}

const UNIT_SOURCE = { file: 'don-vi.xlsx', sheet: 'Đơn vị' };
const BLOC = { party: 'Đảng', government: 'Chính quyền', front: 'Mặt trận – đoàn thể' } as const;

function unit(code: string, name: string, bloc: string, rest: Omit<Unit, 'record' | 'peers'>): Unit {
  const record: UnitRecord = { id: code, code, name, bloc, typeSource: 'name', source: { ...UNIT_SOURCE, row: 0 } };
  return { record, peers: [], ...rest };
}

/** Every distinct two-syllable place name ("An Bình"), shuffled: district and commune names never repeat. */
function placeNames(rng: Rng): () => string {
  const pairs: string[] = [];
  for (const a of V.PLACE_SYLLABLES) for (const b of V.PLACE_SYLLABLES) if (a !== b) pairs.push(`${a} ${b}`);
  const order = rng.shuffled(pairs);
  let next = 0;
  // A province larger than the syllable pairs allow: names with a number inside ("Tân 758 Bắc"), which must stay
  // apart from their neighbours ("Tân 759 Bắc").
  return () => order[next++] ?? `${order[next % order.length]?.replace(' ', ` ${next} `)}`;
}

function districtUnits(index: number, rng: Rng, nextPlace: () => string): Unit[] {
  const district = nextPlace();
  const h = `H${String(index + 1).padStart(2, '0')}`;
  const office = (code: string, name: string, bloc: string, place = name): Unit =>
    unit(`${h}.${code}`, name, bloc, { scope: 'office', district, place, villageWord: 'Tổ' });
  const bodies = [
    office('UB', `Ủy ban nhân dân huyện ${district}`, BLOC.government),
    office('MT', `Ủy ban MTTQ Việt Nam huyện ${district}`, BLOC.front),
    ...V.MASS_ORGANISATIONS.map((o, i) => office(`DT${i + 1}`, `${o} ${district}`, BLOC.front)),
  ];
  const out = [
    ...bodies,
    ...V.DISTRICT_COMMITTEES.map((c, i) => office(`DB${i + 1}`, `${c} ${district}`, BLOC.party, `${c.replace('Đảng bộ ', '')} ${district}`)),
    unit(`${h}.TT`, `Đảng bộ thị trấn ${district}`, BLOC.party, {
      scope: 'commune',
      district,
      commune: district,
      place: `thị trấn ${district}`,
      villageWord: rng.pick(V.TOWN_WORDS),
    }),
  ];
  // The province's city has numbered wards ("phường 3"), their residential groups numbered too ("Khu phố 2").
  const wards = index === 0;
  const communes = wards ? Array.from({ length: 12 }, (_, i) => `Phường ${i + 1}`) : Array.from({ length: rng.between(14, 22) }, nextPlace);
  const placeOf = (c: string) => (wards ? c.toLowerCase() : `xã ${c}`);
  communes.forEach((c, i) =>
    out.push(
      unit(`${h}.X${String(i + 1).padStart(2, '0')}`, `Đảng bộ ${placeOf(c)}`, BLOC.party, {
        scope: 'commune',
        district,
        commune: c,
        place: placeOf(c),
        villageWord: wards ? rng.pick(V.TOWN_WORDS) : rng.pick(V.VILLAGE_WORDS),
      }),
    ),
  );
  let cell = 0;
  for (const o of rng.shuffled(V.DISTRICT_CELLS).slice(0, 5))
    out.push(office(`CB${++cell}`, `Chi bộ ${o} ${district}`, BLOC.party, `${o} ${district}`));
  for (const c of communes) {
    if (!rng.chance(0.35)) continue;
    const school = `${rng.pick(V.SCHOOL_CELLS)} ${c}`;
    out.push(unit(`${h}.CB${++cell}`, `Chi bộ ${school}`, BLOC.party, { scope: 'school', district, commune: c, place: school, villageWord: 'Tổ' }));
  }
  for (const u of out) u.peers = bodies;
  return out;
}

function buildUnits(count: number, rng: Rng): Unit[] {
  const nextPlace = placeNames(rng);
  const units: Unit[] = [];
  for (let d = 0; units.length < count; d++) units.push(...districtUnits(d, rng, nextPlace));
  const kept = units.slice(0, count);
  kept.forEach((u, i) => (u.record.source = { ...UNIT_SOURCE, row: i + 2 }));
  return kept;
}

// ---------------------------------------------------------------------------------------------------------------
// Names, with realistic frequencies

interface Weighted<T> {
  items: readonly T[];
  cumulative: Float64Array;
}

function weighted<T>(items: readonly T[], weight: (item: T, i: number) => number): Weighted<T> {
  const cumulative = new Float64Array(items.length);
  let total = 0;
  items.forEach((x, i) => (cumulative[i] = total += weight(x, i)));
  return { items, cumulative };
}

function draw<T>(w: Weighted<T>, rng: Rng): T {
  const x = rng.next() * (w.cumulative[w.cumulative.length - 1] ?? 0);
  let lo = 0;
  let hi = w.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((w.cumulative[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return w.items[lo] as T;
}

// Shares of the commonest surnames in Vietnam (percent); the rest of the list shares what is left.
const SURNAME_SHARE: Record<string, number> = {
  Nguyễn: 38, Trần: 11, Lê: 9.5, Phạm: 7, Hoàng: 5, Huỳnh: 4, Phan: 4.5, Vũ: 3.9, Võ: 3, Đặng: 2.1, Bùi: 2, Đỗ: 1.4,
  Hồ: 1.3, Ngô: 1.3, Dương: 1, Lý: 0.5,
};
const distinct = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const SURNAMES = weighted(distinct(V.SURNAMES), (s) => SURNAME_SHARE[s] ?? 0.3);
// "Văn" and "Thị" are most middle names; the lists are in rough order of frequency, hence a Zipf-like tail.
const MIDDLE = {
  male: weighted(distinct(V.MIDDLE_MALE), (_, i) => (i === 0 ? 12 : 1)),
  female: weighted(distinct(V.MIDDLE_FEMALE), (_, i) => (i === 0 ? 20 : 1)),
};
const GIVEN = {
  male: weighted(V.GIVEN_MALE, (_, i) => 1 / (i + 1) ** 0.7),
  female: weighted(V.GIVEN_FEMALE, (_, i) => 1 / (i + 1) ** 0.7),
};

type Gender = 'male' | 'female';

interface PersonName {
  surname: string;
  middle: string;
  given: string;
}

const fullName = (n: PersonName) => `${n.surname} ${n.middle} ${n.given}`;

/**
 * Lowercase without diacritics, for the generator's own uniqueness keys. Not the engine's memoised `asciiKey`:
 * filling its cache with 100,000 names here would leave the matcher a warm (or full) cache it never earned.
 */
const plainKey = (s: string) => stripDiacritics(s).toLowerCase();

// ---------------------------------------------------------------------------------------------------------------
// Rows

interface Row {
  unit: Unit;
  reg: Omit<Registration, 'source'>;
  /** Set for unplanted people: what the variants are made from. */
  person?: { name: PersonName; scope: string };
  /** Set for unplanted collectives. */
  collective?: { template: string; village?: string };
}

/** The uniqueness the ground truth rests on (see the file's comment). */
class Registry {
  private readonly names = new Set<string>();
  /** Name without diacritics + birth year → some holder has no commune. */
  private readonly years = new Map<string, boolean>();
  /** Surname + given name + year + scope → how many people: a missing middle name must point at one of them. */
  private readonly shortNames = new Map<string, number>();
  /** Short names a planted "missing middle name" copy points at: nobody else may take them. */
  private readonly reserved = new Set<string>();

  /** How many people of the scope, born that year, a name without its middle name could be. */
  shortNameCount(n: PersonName, year: number, scope: string): number {
    return this.shortNames.get(shortKey(n, year, scope)) ?? 0;
  }

  personFree(n: PersonName, year: number, scope: string, placed: boolean): boolean {
    const ascii = plainKey(fullName(n));
    if (this.names.has(`P|${ascii}|${scope}`) || this.reserved.has(shortKey(n, year, scope))) return false;
    const unplaced = this.years.get(`${ascii}|${year}`);
    return unplaced === undefined || (placed && !unplaced);
  }

  addPerson(n: PersonName, year: number, scope: string, placed: boolean): void {
    const ascii = plainKey(fullName(n));
    this.names.add(`P|${ascii}|${scope}`);
    const key = `${ascii}|${year}`;
    this.years.set(key, (this.years.get(key) ?? false) || !placed);
    const short = shortKey(n, year, scope);
    this.shortNames.set(short, (this.shortNames.get(short) ?? 0) + 1);
  }

  reserveShort(n: PersonName, year: number, scope: string): void {
    this.reserved.add(shortKey(n, year, scope));
  }

  /** Claims a collective's name in its scope; false when it is taken. */
  claimCollective(name: string, scope: string): boolean {
    const key = `T|${plainKey(name)}|${scope}`;
    if (this.names.has(key)) return false;
    this.names.add(key);
    return true;
  }
}

const shortKey = (n: PersonName, year: number, scope: string) => `${plainKey(n.surname)}|${plainKey(n.given)}|${year}|${scope}`;

const COLLECTIVES: Record<Scope, readonly string[]> = {
  commune: V.COMMUNE_COLLECTIVES,
  office: V.OFFICE_COLLECTIVES,
  school: V.SCHOOL_COLLECTIVES,
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
}

const village = (u: Unit, rng: Rng) => `${u.villageWord} ${rng.between(1, 12)}`;

function placeValues(u: Unit, v: string): Record<string, string> {
  return { village: v, place: u.place, name: u.commune ?? u.district, district: u.district };
}

/** Where a person is placed: the commune of the unit (or of its school); district bodies place nobody. */
const personScope = (u: Unit) => (u.commune !== undefined ? `c:${u.commune}` : `u:${u.record.id}`);

/**
 * Where a collective belongs, for uniqueness: its commune (a commune's, or its school's), else its district. Two
 * district bodies' "Tổ Văn phòng" cannot be told apart by the matcher, nor by a reader: they are not generated.
 */
const collectiveScope = (u: Unit) => (u.commune !== undefined ? `c:${u.commune}` : `d:${u.district}`);

const FIELDS = V.FIELDS;

function newPerson(u: Unit, registry: Registry, rng: Rng): Row | undefined {
  const gender: Gender = rng.chance(0.5) ? 'male' : 'female';
  const scope = personScope(u);
  const placed = u.commune !== undefined;
  for (let tries = 0; tries < 12; tries++) {
    const name = { surname: draw(SURNAMES, rng), middle: draw(MIDDLE[gender], rng), given: draw(GIVEN[gender], rng) };
    const year = rng.between(1958, 2000);
    if (!registry.personFree(name, year, scope, placed)) continue;
    registry.addPerson(name, year, scope, placed);
    return {
      unit: u,
      person: { name, scope },
      reg: {
        unitId: u.record.id,
        kind: 'individual',
        kindSource: 'column',
        household: false,
        name: fullName(name),
        birthYear: year,
        gender,
        ...personJob(u, rng),
        field: rng.pick(FIELDS),
        phase: 1,
      },
    };
  }
  return undefined;
}

const ROLES: Record<Scope, readonly string[]> = { commune: V.COMMUNE_ROLES, office: V.OFFICE_ROLES, school: V.SCHOOL_ROLES };

/** Where a person works, as the unit's list writes it. */
function workplaceOf(u: Unit, rng: Rng): string {
  switch (u.scope) {
    case 'commune':
      return fill(rng.pick(V.COMMUNE_WORKPLACES), placeValues(u, village(u, rng)));
    case 'school':
      return u.place;
    case 'office':
      return `${rng.pick(V.OFFICE_WORKPLACES)} ${u.district}`;
  }
}

/**
 * Post and workplace: in two columns for most rows; for a quarter in one column ("Bí thư Chi bộ Thôn 3, xã An
 * Bình"), which reading puts in the position.
 */
function personJob(u: Unit, rng: Rng, workplace = workplaceOf(u, rng)): Pick<Registration, 'position' | 'workplace'> {
  const role = rng.pick(ROLES[u.scope]);
  return rng.chance(0.25) ? { position: `${role} ${workplace}` } : { position: role, workplace };
}

function collectiveRow(u: Unit, name: string, rng: Rng, collective?: Row['collective']): Row {
  return {
    unit: u,
    collective,
    reg: { unitId: u.record.id, kind: 'collective', kindSource: 'column', household: false, name, field: rng.pick(FIELDS), phase: 1 },
  };
}

function newCollective(u: Unit, registry: Registry, rng: Rng): Row | undefined {
  for (let tries = 0; tries < 12; tries++) {
    const template = rng.pick(COLLECTIVES[u.scope]);
    const v = village(u, rng);
    const name = fill(template, placeValues(u, v));
    const scope = collectiveScope(u);
    if (!registry.claimCollective(name, scope)) continue;
    return collectiveRow(u, name, rng, { template, village: template.includes('{village}') ? v : undefined });
  }
  return undefined;
}

/** Units weighted as lists are: communes and towns propose about three times what a district body does. */
function unitPicker(units: readonly Unit[]): Weighted<Unit> {
  return weighted(units, (u) => (u.scope === 'commune' ? 3 : 1));
}

// ---------------------------------------------------------------------------------------------------------------
// Variants of a name, as each reaches the matcher

/** Old-style tone placement: the tone of "oa", "oe", "uy" ending a word goes on the second vowel ("Hòa" → "Hoà"). */
export function oldStyleTones(text: string): string {
  return text
    .normalize('NFD')
    .replace(/([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?=$|[\s,])/g, '$1$3$2')
    .normalize('NFC');
}

/** Legacy text as the reader sees it: stored by the font's encoding, decoded by the font's name, then cleaned. */
function throughLegacyFont(name: string, encoding: 'tcvn3' | 'vni'): string {
  const [enc, font] =
    encoding === 'vni' ? (['vni', 'VNI-Times'] as const) : fitsTcvn3(name) ? (['tcvn3', '.VnTime'] as const) : (['tcvn3-caps', '.VnTimeH'] as const);
  const stored = encodeLegacy(name, enc);
  return cleanText(decodeByFont(stored, font)?.text ?? stored);
}

const KEY_NEIGHBOURS: Record<string, string> = {
  a: 'sq', b: 'vn', c: 'xv', d: 'sf', e: 'wr', g: 'fh', h: 'gj', i: 'uo', k: 'jl', l: 'k', m: 'n', n: 'bm', o: 'ip',
  p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', x: 'zc', y: 'tu',
};

/** One letter deleted, doubled or struck as its neighbour on the keyboard, never a word's first letter. */
function typo(name: string, rng: Rng): string | undefined {
  const words = name.split(' ');
  for (let tries = 0; tries < 10; tries++) {
    const w = rng.int(words.length);
    const word = words[w] as string;
    const at = 1 + rng.int(Math.max(1, word.length - 1));
    const ch = word[at];
    const near = ch ? KEY_NEIGHBOURS[ch] : undefined;
    if (!ch || !near) continue;
    const op = rng.int(3);
    const edited =
      op === 0 && word.length > 2
        ? word.slice(0, at) + word.slice(at + 1)
        : op === 1
          ? word.slice(0, at + 1) + word.slice(at)
          : word.slice(0, at) + rng.pick([...near]) + word.slice(at + 1);
    const out = [...words.slice(0, w), edited, ...words.slice(w + 1)].join(' ');
    if (plainKey(out) !== plainKey(name)) return out;
  }
  return undefined;
}

const HONORIFICS: Record<Gender, readonly string[]> = {
  male: ['Ông', 'Đ/c', 'Đồng chí', 'Anh'],
  female: ['Bà', 'Đ/c', 'Đồng chí', 'Chị'],
};

// Word pairs that staff write in either order.
const SWAPS: [string, string][] = [
  ['Toán – Tin', 'Tin – Toán'],
  ['Văn hóa và Thông tin', 'Thông tin và Văn hóa'],
  ['Tài nguyên và Môi trường', 'Môi trường và Tài nguyên'],
  ['Giáo dục và Đào tạo', 'Đào tạo và Giáo dục'],
  ['giao thông – Trật tự', 'Trật tự – giao thông'],
];

// ---------------------------------------------------------------------------------------------------------------
// Planting

interface Planted {
  a: Row;
  b: Row;
  kind: string;
}

/** The workplace of a row, wherever it was written (its own column, or after the post). */
function workplaceIn(reg: Row['reg'], scope: Scope): string {
  if (reg.workplace) return reg.workplace;
  const position = reg.position ?? '';
  const role = ROLES[scope].filter((r) => position.startsWith(`${r} `)).sort((a, b) => b.length - a.length)[0];
  return role ? position.slice(role.length + 1) : position;
}

/** A workplace written again by someone else: an abbreviation swapped, a comma dropped, or "xã" left out. */
function rewritten(workplace: string, place: string, rng: Rng): string {
  if (workplace.includes(', ') && rng.chance(0.3)) return workplace.replace(', ', ' ');
  const swaps = V.WORKPLACE_REWRITES.filter(([a, b]) => workplace.includes(a) || workplace.includes(b));
  if (swaps.length && rng.chance(0.7)) {
    const [a, b] = rng.pick(swaps);
    return workplace.includes(a) ? workplace.replace(a, b) : workplace.replace(b, a);
  }
  const bare = place.replace(/^xã /, '');
  return bare !== place && workplace.includes(place) ? workplace.replace(place, bare) : workplace;
}

/**
 * The copy of a person's row by another unit (a district body of the district) or by the same unit. The post
 * changes between files more often than not ("Trưởng thôn" / "Hội viên"); the workplace is kept, written the same
 * or otherwise; a few copies give no workplace, only the commune after the post.
 */
function personCopy(orig: Row, name: string, rng: Rng, sameUnit = rng.chance(0.3)): Row {
  const u = sameUnit ? orig.unit : rng.pick(orig.unit.peers);
  const scope = orig.unit.scope;
  const workplace = workplaceIn(orig.reg, scope);
  const roleNow = rng.chance(0.6) ? rng.pick(ROLES[scope]) : undefined;
  let job: Pick<Registration, 'position' | 'workplace'>;
  const x = rng.next();
  if (x < 0.55) job = roleNow ? { position: roleNow, workplace } : { position: orig.reg.position, workplace: orig.reg.workplace };
  else if (x < 0.8) job = { position: roleNow ?? rng.pick(ROLES[scope]), workplace: rewritten(workplace, orig.unit.place, rng) };
  else if (x < 0.95) job = { position: `${roleNow ?? rng.pick(ROLES[scope])} ${workplace}` };
  else job = { position: `${roleNow ?? rng.pick(ROLES[scope])}, ${scope === 'office' ? workplace : orig.unit.place}` };
  const reg: Row['reg'] = { ...orig.reg, unitId: u.record.id, name, position: job.position };
  if (job.workplace) reg.workplace = job.workplace;
  else delete reg.workplace;
  return { unit: u, reg };
}

function honorificCopy(orig: Row, rng: Rng): Row {
  const gender = orig.reg.gender ?? 'male';
  const written = `${rng.pick(HONORIFICS[gender])} ${orig.reg.name}`;
  const copy = personCopy(orig, written, rng);
  // Half as the reader leaves it (honorific split off), half as a row built elsewhere may carry it.
  if (rng.chance(0.5)) {
    const split = splitHonorific(written);
    copy.reg = { ...copy.reg, name: split.name, honorific: split.honorific };
  }
  return copy;
}

/** A collective written again: by a district body (naming the commune when the row's unit implied it) or the same unit. */
function collectiveCopy(orig: Row, name: (withCommune: boolean) => string | undefined, rng: Rng): Row | undefined {
  const c = orig.collective;
  if (!c) return undefined;
  // A unit's inner team ("Tổ Văn phòng": a name without a place) is only ever proposed again by its own unit.
  const sameUnit = !c.template.includes('{') || rng.chance(0.3);
  const u = sameUnit ? orig.unit : rng.pick(orig.unit.peers);
  const text = name(!sameUnit && orig.unit.scope === 'commune');
  return text === undefined ? undefined : collectiveRow(u, text, rng);
}

/** "Chi bộ Thôn 3" of xã An Bình as a district body writes it: "Chi bộ Thôn 3 xã An Bình", or reordered. */
function withCommune(orig: Row, reorder: boolean): string | undefined {
  const c = orig.collective;
  const name = orig.reg.name;
  if (!c || c.village === undefined) return undefined;
  const place = orig.unit.place;
  return reorder ? name.replace(c.village, `${place} ${c.village}`) : `${name} ${place}`;
}

function reorderedName(orig: Row, commune: boolean): string | undefined {
  const name = orig.reg.name;
  const swap = SWAPS.find(([from]) => name.includes(from));
  if (swap) {
    const swapped = name.replace(swap[0], swap[1]);
    return commune && !swapped.includes(orig.unit.place) ? `${swapped} ${orig.unit.place}` : swapped;
  }
  return commune ? withCommune(orig, true) : undefined;
}

function sameName(orig: Row, commune: boolean, transform: (s: string) => string): string | undefined {
  const village = commune && orig.collective?.village !== undefined;
  return transform((village ? withCommune(orig, false) : undefined) ?? orig.reg.name);
}

const nfd = (s: string) => cleanText(s.normalize('NFD'));

/** Makes the copy for one variant, or undefined when this row cannot carry it. */
function variantCopy(variant: Variant, orig: Row, registry: Registry, rng: Rng): Row | undefined {
  const p = orig.person;
  if (p) {
    const name = orig.reg.name;
    switch (variant) {
      case 'exact':
        return personCopy(orig, name, rng);
      case 'nfd':
        return personCopy(orig, nfd(name), rng);
      case 'tone': {
        const old = oldStyleTones(name);
        return old === name ? undefined : personCopy(orig, cleanText(old), rng);
      }
      case 'honorific':
        return honorificCopy(orig, rng);
      case 'tcvn3':
      case 'vni': {
        const decoded = throughLegacyFont(name, variant);
        return personCopy(orig, decoded, rng);
      }
      case 'middleMissing': {
        // Only when the shorter name points at this one person of the commune born that year.
        const year = orig.reg.birthYear ?? 0;
        if (registry.shortNameCount(p.name, year, p.scope) !== 1) return undefined;
        registry.reserveShort(p.name, year, p.scope);
        return personCopy(orig, `${p.name.surname} ${p.name.given}`, rng);
      }
      case 'typo': {
        const t = typo(name, rng);
        return t === undefined ? undefined : personCopy(orig, t, rng);
      }
      case 'reordered':
        return undefined;
    }
  }
  switch (variant) {
    case 'exact':
      return collectiveCopy(orig, (c) => sameName(orig, c, (s) => s), rng);
    case 'nfd':
      return collectiveCopy(orig, (c) => sameName(orig, c, nfd), rng);
    case 'tone':
      return oldStyleTones(orig.reg.name) === orig.reg.name
        ? undefined
        : collectiveCopy(orig, (c) => sameName(orig, c, (s) => cleanText(oldStyleTones(s))), rng);
    case 'tcvn3':
    case 'vni':
      return collectiveCopy(orig, (c) => sameName(orig, c, (s) => throughLegacyFont(s, variant)), rng);
    case 'reordered':
      return collectiveCopy(orig, (c) => reorderedName(orig, c), rng);
    default:
      return undefined;
  }
}

/** Share of each variant's originals taken among collectives (the rest are people). */
const COLLECTIVE_SHARE: Partial<Record<Variant, number>> = { exact: 0.25, nfd: 0.2, tone: 0.2, tcvn3: 0.2, vni: 0.2, reordered: 1 };

function plantVariants(base: Row[], perVariant: number, registry: Registry, rng: Rng): Planted[] {
  const used = new Set<Row>();
  const people = rng.shuffled(base.filter((r) => r.person));
  const collectives = rng.shuffled(base.filter((r) => r.collective));
  const out: Planted[] = [];
  /** Copies up to `want` rows of the pool as the variant; rows that cannot carry it stay free for the next ones. */
  const take = (variant: Variant, pool: readonly Row[], want: number) => {
    let made = 0;
    for (let k = 0; k < pool.length && made < want; k++) {
      const orig = pool[k] as Row;
      if (used.has(orig)) continue;
      if (variant === 'triple') {
        // One person proposed by three units (their own and two district bodies, or twice by one): three pairs.
        if (!orig.person) continue;
        const second = personCopy(orig, orig.reg.name, rng, false);
        const third = personCopy(orig, rng.chance(0.5) ? orig.reg.name : cleanText(oldStyleTones(orig.reg.name)), rng);
        used.add(orig);
        out.push({ a: orig, b: second, kind: variant }, { a: orig, b: third, kind: variant }, { a: second, b: third, kind: variant });
        made++;
        continue;
      }
      const copy = variantCopy(variant, orig, registry, rng);
      if (!copy) continue;
      used.add(orig);
      out.push({ a: orig, b: copy, kind: variant });
      made++;
    }
    return made;
  };
  // Reordered: half names of two parts written either way round ("Giáo dục và Đào tạo"), half the commune moved
  // inside the name ("Chi bộ xã An Bình Thôn 3").
  const swappable = (r: Row) => SWAPS.some(([from]) => r.reg.name.includes(from));
  for (const variant of VARIANTS) {
    const share = Math.round(perVariant * (COLLECTIVE_SHARE[variant] ?? 0));
    let made = 0;
    if (variant === 'reordered') made += take(variant, collectives.filter(swappable), Math.ceil(share / 2));
    made += take(variant, collectives, share - made);
    take(variant, people, perVariant - made);
  }
  return out;
}

const ORGANISATIONS = ['Hội Nông dân', 'Hội Phụ nữ', 'Hội Cựu chiến binh', 'Hội Người cao tuổi', 'Hội Chữ thập đỏ', 'Hội Khuyến học'];

/** Another commune unit of the district, when it has one. */
function otherCommune(u: Unit, communes: Map<string, Unit[]>, rng: Rng): Unit | undefined {
  const list = (communes.get(u.district) ?? []).filter((x) => x !== u);
  return list.length ? rng.pick(list) : undefined;
}

/**
 * A person's namesake in another commune of the district: born years apart ("namesake"), or the same year
 * ("sameYearElsewhere": usually two people, issue 15), with their own post and workplace.
 */
function namesake(
  kind: 'namesake' | 'sameYearElsewhere',
  base: Row[],
  registry: Registry,
  communes: Map<string, Unit[]>,
  rng: Rng,
  used: Set<Row>,
): Planted | undefined {
  const orig = rng.pick(base);
  const p = orig.person;
  if (!p || used.has(orig) || orig.unit.scope !== 'commune' || !SURNAMES.items.slice(0, 5).some((s) => s === p.name.surname)) return undefined;
  const u = otherCommune(orig.unit, communes, rng);
  if (!u) return undefined;
  const year = (orig.reg.birthYear ?? 1980) + (kind === 'sameYearElsewhere' ? 0 : (rng.chance(0.5) ? 1 : -1) * rng.between(2, 15));
  const scope = personScope(u);
  if (!registry.personFree(p.name, year, scope, true)) return undefined;
  registry.addPerson(p.name, year, scope, true);
  used.add(orig);
  const job = personJob(u, rng);
  const reg: Row['reg'] = { ...orig.reg, unitId: u.record.id, birthYear: year, position: job.position };
  if (job.workplace) reg.workplace = job.workplace;
  else delete reg.workplace;
  return { a: orig, b: { unit: u, reg }, kind };
}

/** A village collective and its namesake in the same commune with another number, or in another commune. */
function villageTwin(kind: 'villageNumber' | 'collectiveCommune', base: Row[], registry: Registry, communes: Map<string, Unit[]>, rng: Rng, used: Set<Row>): Planted | undefined {
  const orig = rng.pick(base);
  const c = orig.collective;
  if (!c || c.village === undefined || used.has(orig) || orig.unit.scope !== 'commune') return undefined;
  const u = kind === 'villageNumber' ? orig.unit : otherCommune(orig.unit, communes, rng);
  if (!u) return undefined;
  const number = Number(c.village.split(' ').pop());
  const other = `${orig.unit.villageWord} ${kind === 'collectiveCommune' ? number : number === 12 ? 11 : number + 1}`;
  const name = fill(c.template, placeValues(u, other));
  if (!registry.claimCollective(name, collectiveScope(u))) return undefined;
  used.add(orig);
  return { a: orig, b: collectiveRow(u, name, rng), kind };
}

/** "Hội Nông dân xã An Bình" and "Hội Phụ nữ xã An Bình", or two branches of one village: both new rows. */
function organisationTwins(units: readonly Unit[], registry: Registry, rng: Rng): Planted | undefined {
  const u = rng.pick(units);
  if (u.scope !== 'commune') return undefined;
  const [x, y] = rng.shuffled(ORGANISATIONS);
  const v = rng.chance(0.5) ? ` ${village(u, rng)}` : '';
  const branch = (o: string) => `Chi h${o.slice(1)}${v}`;
  const names = v ? [branch(x ?? ''), branch(y ?? '')] : [`${x} ${u.place}`, `${y} ${u.place}`];
  const scope = collectiveScope(u);
  if (!names.every((n) => registry.claimCollective(n, scope))) return undefined;
  // The commune writes its own bodies; a district body may write either, naming the commune.
  const by = () => (rng.chance(0.5) ? u : rng.pick(u.peers));
  const row = (n: string) => {
    const w = by();
    return collectiveRow(w, w === u || !v ? n : `${n} ${u.place}`, rng);
  };
  return { a: row(names[0] as string), b: row(names[1] as string), kind: 'organisation' };
}

function plantLookAlikes(base: Row[], units: readonly Unit[], perKind: number, registry: Registry, rng: Rng): Planted[] {
  const communes = new Map<string, Unit[]>();
  for (const u of units) if (u.scope === 'commune') communes.set(u.district, [...(communes.get(u.district) ?? []), u]);
  const used = new Set<Row>();
  const out: Planted[] = [];
  const makers: Record<LookAlikeKind, () => Planted | undefined> = {
    namesake: () => namesake('namesake', base, registry, communes, rng, used),
    sameYearElsewhere: () => namesake('sameYearElsewhere', base, registry, communes, rng, used),
    villageNumber: () => villageTwin('villageNumber', base, registry, communes, rng, used),
    collectiveCommune: () => villageTwin('collectiveCommune', base, registry, communes, rng, used),
    organisation: () => organisationTwins(units, registry, rng),
  };
  for (const kind of LOOK_ALIKES) {
    let made = 0;
    for (let tries = 0; made < perKind && tries < perKind * 200; tries++) {
      const p = makers[kind]();
      if (!p) continue;
      out.push(p);
      made++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

/** Builds the province: same options, same rows, same ground truth. */
export function generateDuplicateData(options: DuplicateDataOptions = DEFAULT_DUPLICATE_OPTIONS): DuplicateBenchData {
  const rng = createRng(options.seed);
  const units = buildUnits(options.units, rng);
  const registry = new Registry();
  const pickUnit = unitPicker(units);
  const grow = (rows: Row[], size: number) => {
    while (rows.length < size) {
      const u = draw(pickUnit, rng);
      const row = rng.chance(0.25) ? newCollective(u, registry, rng) : newPerson(u, registry, rng);
      if (row) rows.push(row);
    }
  };
  // Each planted pair adds one row, each organisation look-alike two; the rest is topped up once they are in.
  const base: Row[] = [];
  grow(base, options.rows - options.perVariant * (VARIANTS.length + LOOK_ALIKES.length + 1));
  const pairs = plantVariants(base, options.perVariant, registry, rng);
  const looks = plantLookAlikes(base, units, options.perVariant, registry, rng);
  const inBase = new Set(base);
  const added = [...new Set([...pairs, ...looks].flatMap((p) => [p.a, p.b]))].filter((r) => !inBase.has(r));
  const extra: Row[] = [];
  grow(extra, options.rows - base.length - added.length);
  return assemble(units, [...base, ...added, ...extra], pairs, looks, rng);
}

/** Rows in list order (grouped by proposing unit, as a district's compiled list is), with pairs as positions. */
function assemble(units: Unit[], rows: Row[], pairs: Planted[], looks: Planted[], rng: Rng): DuplicateBenchData {
  const unitOrder = new Map(units.map((u, i) => [u, i]));
  const keyed = rows.map((r) => ({ r, unit: unitOrder.get(r.unit) ?? 0, tie: rng.next() }));
  keyed.sort((x, y) => x.unit - y.unit || x.tie - y.tie);
  const position = new Map<Row, number>();
  const registrations: Registration[] = keyed.map(({ r }, i) => {
    position.set(r, i);
    return { source: { file: 'tong-hop.xlsx', sheet: 'Đăng ký', row: i + 2 }, ...r.reg };
  });
  const asPairs = <K extends string>(list: Planted[]): Pair<K>[] =>
    list.map((p) => {
      const a = position.get(p.a) ?? -1;
      const b = position.get(p.b) ?? -1;
      return { a: Math.min(a, b), b: Math.max(a, b), kind: p.kind as K };
    });
  return { units: units.map((u) => u.record), registrations, truePairs: asPairs<Variant>(pairs), lookAlikes: asPairs<LookAlikeKind>(looks) };
}
