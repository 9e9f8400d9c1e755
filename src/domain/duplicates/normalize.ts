/**
 * Everything the matcher compares, computed once per registration: folded names (tone placement, i/y, NFC/NFD and
 * honorifics aside; the written form kept for display), a collective's name without its commune, numbers and
 * organisation kind, the commune a row places its exemplar in, and the proposing unit with its bloc.
 */
import type { Registration, UnitRecord } from '../records';
import type { SubjectKind } from '../subjects/subject-kind';
import { expandAbbreviations, Expander, organisationTokens } from './expand';
import { Job, JobFacts, jobOf } from './job';
import { NameKeys, nameKeys, Numbering, PlaceKeys, placeNumbering } from './keys';
import { CollectiveName, NameFacts, nameFacts, PersonName } from './names';
import { CommuneIndex, communeIndex, findPlaces, firstOf, outside, outsideDistrictNames, Place } from './places';
import { asciisOf, Token } from './tokens';

type PlaceKeysOf = (place: Place | undefined) => PlaceKeys | undefined;

export type { CollectiveName, PersonName } from './names';
export type { Job } from './job';

/**
 * Every record is built with the same fields in the same order (absent ones undefined), so the scoring loop, which
 * reads them a million times, sees one object shape.
 */
export interface MatchRecord {
  index: number;
  reg: Registration;
  birthYear: number | undefined;
  gender: Registration['gender'];
  /** Collective when the name begins like a body's, else the kind stated (a person when none is). */
  kind: SubjectKind;
  statedKind: SubjectKind | undefined;
  /** The whole name, folded / without diacritics (an organisation's expanded). */
  nameFold: string;
  nameAscii: string;
  /** Written without a single diacritic. */
  plain: boolean;
  display: string;
  person: PersonName | undefined;
  collective: CollectiveName | undefined;
  place: Place | undefined;
  placeFrom: 'name' | 'text' | 'unit' | undefined;
  /** The district a collective's name, else its proposing unit's, names: tells apart two districts' bodies. */
  district: Place | undefined;
  /** A collective that neither its name nor its proposing unit puts in a commune. */
  districtLevel: boolean;
  job: Job | undefined;
  unitName: string | undefined;
  unitCode: string | undefined;
  bloc: string | undefined;
  /** Stable identity of the proposing unit (its id, else its name as written, folded). */
  unitKey: string;
  /** The name's, the place's and the district's texts as numbers (keys.ts): equal texts in a run, equal numbers. */
  keys: NameKeys;
  placeKeys: PlaceKeys | undefined;
  districtKeys: PlaceKeys | undefined;
}

export interface NormalizeOptions {
  expand?: Expander;
}

interface UnitFacts {
  name?: string;
  code?: string;
  bloc?: string;
  commune?: Place;
  district?: Place;
  key: string;
  communeKeys: PlaceKeys | undefined;
  districtKeys: PlaceKeys | undefined;
}

/** What a run knows of a name, a job: their facts and the numbers of their texts, given once for all their rows. */
interface NameEntry {
  facts: NameFacts;
  keys: NameKeys;
  commune: PlaceKeys | undefined;
  district: PlaceKeys | undefined;
}

interface JobEntry {
  facts: JobFacts;
  commune: PlaceKeys | undefined;
}

/** A value computed once per key in a run: lists repeat names, positions and units many times over. */
function cached<K, T>(map: Map<K, T>, key: K, compute: (key: K) => T): T {
  let v = map.get(key);
  if (v === undefined) {
    v = compute(key);
    map.set(key, v);
  }
  return v;
}

/** Unit facts, computed once per unit however many rows it proposes (by its id, else by the text written). */
function unitFactsCache(
  units: readonly UnitRecord[],
  unitTokens: ReadonlyMap<UnitRecord, Token[]>,
  expand: Expander,
  communes: CommuneIndex,
  placeKeys: PlaceKeysOf,
) {
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const byIdCache = new Map<string, UnitFacts>();
  const byTextCache = new Map<string, UnitFacts>();
  return (unitId: string | undefined, unitText: string | undefined): UnitFacts => {
    const byId = unitId !== undefined;
    const cache = byId ? byIdCache : byTextCache;
    const cacheKey = byId ? unitId : (unitText ?? '');
    let f = cache.get(cacheKey);
    if (f) return f;
    const unit = byId ? unitsById.get(unitId) : undefined;
    const name = unit?.name ?? unitText;
    const tokens = (unit && unitTokens.get(unit)) ?? (name ? organisationTokens(name, expand) : []);
    const spans = findPlaces(tokens);
    // "Đảng bộ xã An Bình", or a body named after its commune: "Chi bộ Trường THCS An Bình" is in xã An Bình.
    const commune = firstOf(spans, 'commune')?.place ?? communes.find(outsideDistrictNames(tokens, spans));
    // Looked for outside the communes the name gives: "thị trấn An Phú" is not "huyện An Phú".
    const district = firstOf(spans, 'district')?.place ?? communes.findDistrict(outside(tokens, spans, 'commune', 'all'));
    f = {
      name,
      code: unit?.code,
      bloc: unit?.bloc,
      commune,
      district,
      key: byId ? `u:${unitId}` : `t:${asciisOf(tokens)}`,
      communeKeys: placeKeys(commune),
      districtKeys: placeKeys(district),
    };
    cache.set(cacheKey, f);
    return f;
  };
}

/** The matcher's view of each registration that has a name, in input order (`index` is its position there). */
export function normalizeRegistrations(
  registrations: readonly Registration[],
  units: readonly UnitRecord[],
  options: NormalizeOptions = {},
): MatchRecord[] {
  const expand = options.expand ?? expandAbbreviations;
  // Each unit's name read once, for the communes and districts the units name and for the unit's own facts.
  const unitTokens = new Map(units.map((u) => [u, organisationTokens(u.name, expand)]));
  const communes = communeIndex(unitTokens.values());
  const text = new Numbering();
  const placeKeys = placeNumbering(text);
  const unitFacts = unitFactsCache(units, unitTokens, expand, communes, placeKeys);
  // Names by how the row states its kind (household, collective, other), so that the key is the name itself.
  const households = new Map<string, NameEntry>();
  const collectives = new Map<string, NameEntry>();
  const others = new Map<string, NameEntry>();
  // Jobs by position (rows without a workplace), else by workplace and then position.
  const jobs = new Map<string, JobEntry>();
  const jobsAt = new Map<string, Map<string, JobEntry>>();
  const jobEntry = (position: string | undefined, workplace: string | undefined): JobEntry => {
    const facts = jobOf(position, workplace, expand, communes);
    return { facts, commune: placeKeys(facts.commune) };
  };
  const out: MatchRecord[] = [];
  for (let index = 0; index < registrations.length; index++) {
    const reg = registrations[index] as Registration;
    // Each field of the row is read once: rows come in many shapes (optional fields), so every read is a lookup.
    const { name, kind: statedKind, household } = reg;
    if (!name.trim()) continue;
    const unit = unitFacts(reg.unitId, reg.unitText);
    const names = household ? households : statedKind === 'collective' ? collectives : others;
    let entry = names.get(name);
    if (entry === undefined) {
      const facts = nameFacts(reg, expand, communes);
      entry = { facts, keys: nameKeys(facts, text), commune: placeKeys(facts.commune), district: placeKeys(facts.collective?.district) };
      names.set(name, entry);
    }
    const n = entry.facts;
    let job: Job | undefined;
    let place: Place | undefined;
    let keysOfPlace: PlaceKeys | undefined;
    let placeFrom: MatchRecord['placeFrom'];
    if (n.kind === 'individual') {
      const { position, workplace } = reg;
      let j: JobEntry | undefined;
      if (workplace) {
        const byPosition = cached(jobsAt, workplace, () => new Map<string, JobEntry>());
        j = cached(byPosition, position ?? '', () => jobEntry(position, workplace));
      } else if (position) {
        j = jobs.get(position);
        if (j === undefined) {
          j = jobEntry(position, undefined);
          jobs.set(position, j);
        }
      }
      job = j?.facts.job;
      if (j?.facts.commune) {
        place = j.facts.commune;
        keysOfPlace = j.commune;
        placeFrom = 'text';
      }
    } else if (n.commune) {
      place = n.commune;
      keysOfPlace = entry.commune;
      placeFrom = 'name';
    }
    if (!place && unit.commune) {
      place = unit.commune;
      keysOfPlace = unit.communeKeys;
      placeFrom = 'unit';
    }
    const collective = n.collective;
    out.push({
      index,
      reg,
      birthYear: reg.birthYear,
      gender: reg.gender,
      kind: n.kind,
      statedKind,
      nameFold: n.nameFold,
      nameAscii: n.nameAscii,
      plain: n.plain,
      display: name,
      person: n.person,
      collective,
      place,
      placeFrom,
      district: collective?.district ?? unit.district,
      districtLevel: n.kind === 'collective' && !place && !collective?.village && unit.name !== undefined,
      job,
      unitName: unit.name,
      unitCode: unit.code,
      bloc: unit.bloc,
      unitKey: unit.key,
      keys: entry.keys,
      placeKeys: keysOfPlace,
      districtKeys: collective?.district ? entry.district : unit.districtKeys,
    });
  }
  return out;
}
