/**
 * Everything the matcher compares, computed once per registration: folded names (tone placement, i/y, NFC/NFD and
 * honorifics aside; the written form kept for display), a collective's name without its commune, numbers and
 * organisation kind, the commune a row places its exemplar in, and the proposing unit with its bloc.
 */
import type { Registration, UnitRecord } from '../records';
import type { SubjectKind } from '../subjects/subject-kind';
import { expandAbbreviations, Expander, organisationTokens } from './expand';
import { Job, JobFacts, jobOf } from './job';
import { CollectiveName, NameFacts, nameFacts, PersonName } from './names';
import { CommuneIndex, communeIndex, findPlaces, outsideDistrictNames, Place, PlaceSpan } from './places';
import { asciisOf, Token } from './tokens';

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
}

/** A cache for one normalisation run: lists repeat names, positions and units many times over. */
function cache<T>(): (key: string, compute: () => T) => T {
  const map = new Map<string, T>();
  return (key, compute) => {
    let v = map.get(key);
    if (v === undefined) {
      v = compute();
      map.set(key, v);
    }
    return v;
  };
}

/** The words of a text outside the communes it names: "thị trấn An Phú" is not "huyện An Phú". */
const outsideCommunes = (tokens: readonly Token[], spans: readonly PlaceSpan[]) =>
  tokens.filter((_, i) => !spans.some((s) => s.place.level === 'commune' && i >= s.start && i < s.end));

/** Unit facts, computed once per unit however many rows it proposes. */
function unitFactsCache(units: readonly UnitRecord[], expand: Expander, communes: CommuneIndex) {
  const byId = new Map(units.map((u) => [u.id, u]));
  const byIdCache = new Map<string, UnitFacts>();
  const byTextCache = new Map<string, UnitFacts>();
  return (reg: Registration): UnitFacts => {
    const [cache, cacheKey] = reg.unitId !== undefined ? [byIdCache, reg.unitId] : [byTextCache, reg.unitText ?? ''];
    let f = cache.get(cacheKey);
    if (f) return f;
    const unit = reg.unitId !== undefined ? byId.get(reg.unitId) : undefined;
    const name = unit?.name ?? reg.unitText;
    const tokens = name ? organisationTokens(name, expand) : [];
    const spans = findPlaces(tokens);
    f = {
      name,
      code: unit?.code,
      bloc: unit?.bloc,
      // "Đảng bộ xã An Bình", or a body named after its commune: "Chi bộ Trường THCS An Bình" is in xã An Bình.
      commune: spans.find((s) => s.place.level === 'commune')?.place ?? communes.find(outsideDistrictNames(tokens, spans)),
      district: spans.find((s) => s.place.level === 'district')?.place ?? communes.findDistrict(outsideCommunes(tokens, spans)),
      key: reg.unitId !== undefined ? `u:${reg.unitId}` : `t:${asciisOf(tokens)}`,
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
  const communes = communeIndex(units.map((u) => organisationTokens(u.name, expand)));
  const unitFacts = unitFactsCache(units, expand, communes);
  // Names by how the row states its kind (household, collective, other), so that the key is the name itself.
  const names = { H: cache<NameFacts>(), T: cache<NameFacts>(), C: cache<NameFacts>() };
  const jobs = cache<JobFacts>();
  const out: MatchRecord[] = [];
  registrations.forEach((reg, index) => {
    if (!reg.name.trim()) return;
    const unit = unitFacts(reg);
    const n = names[reg.household ? 'H' : reg.kind === 'collective' ? 'T' : 'C'](reg.name, () => nameFacts(reg, expand, communes));
    const rec: MatchRecord = {
      index,
      reg,
      birthYear: reg.birthYear,
      gender: reg.gender,
      kind: n.kind,
      statedKind: reg.kind,
      nameFold: n.nameFold,
      nameAscii: n.nameAscii,
      plain: n.plain,
      display: reg.name,
      person: n.person,
      collective: n.collective,
      place: undefined,
      placeFrom: undefined,
      district: n.collective?.district ?? unit.district,
      districtLevel: false,
      job: undefined,
      unitName: unit.name,
      unitCode: unit.code,
      bloc: unit.bloc,
      unitKey: unit.key,
    };
    if (n.kind === 'individual') {
      const jobKey = reg.workplace ? `${reg.position ?? ''}\u0000${reg.workplace}` : reg.position;
      const j = jobKey ? jobs(jobKey, () => jobOf(reg.position, reg.workplace, expand, communes)) : undefined;
      rec.job = j?.job;
      if (j?.commune) {
        rec.place = j.commune;
        rec.placeFrom = 'text';
      }
    } else if (n.commune) {
      rec.place = n.commune;
      rec.placeFrom = 'name';
    }
    if (!rec.place && unit.commune) {
      rec.place = unit.commune;
      rec.placeFrom = 'unit';
    }
    rec.districtLevel = n.kind === 'collective' && !rec.place && !n.collective?.village && unit.name !== undefined;
    out.push(rec);
  });
  return out;
}
