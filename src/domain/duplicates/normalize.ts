/**
 * Everything the matcher compares, computed once per registration: folded names (tone placement, i/y, NFC/NFD and
 * honorifics aside; the written form kept for display), a collective's name without its commune, numbers and
 * organisation kind, the commune a row places its exemplar in, and the proposing unit with its bloc.
 */
import type { Registration, UnitRecord } from '../records';
import { KIND_TESTS, KindTests } from '../subjects/listed-kind';
import type { SubjectKind } from '../subjects/subject-kind';
import { expandAbbreviations, Expander, organisationTokens } from './expand';
import { Job, jobReader } from './job';
import { NameKeys, nameKeys, Numbering, PlaceKeys, placeNumbering } from './keys';
import { CollectiveName, nameFacts, PersonName } from './names';
import { CommuneIndex, communeIndex, findPlaces, firstOf, outside, outsideDistrictNames, Place, PlacedWords } from './places';
import { asciisOf, wordTable, Words } from './tokens';

type PlaceKeysOf = (place: Place | undefined) => PlaceKeys | undefined;

export type { CollectiveName, PersonName } from './names';
export type { Job } from './job';

/** What the matcher compares of one registration. */
export interface MatchRecord {
  readonly index: number;
  readonly reg: Registration;
  readonly birthYear: number | undefined;
  /** The day and month of a whole birth date (MMDD), where the row gives one. */
  readonly birthDay: number | undefined;
  readonly gender: Registration['gender'];
  /** Collective when the name begins like a body's, else the kind stated (a person when none is) unless the name is plainly a person's. */
  readonly kind: SubjectKind;
  /** The kind the row is listed under: stated, or shown by a name that contradicts the statement (SUBJECT_KIND_MISMATCH). */
  readonly statedKind: SubjectKind | undefined;
  /** The whole name, folded / without diacritics (an organisation's expanded). */
  readonly nameFold: string;
  readonly nameAscii: string;
  /** Written without a single diacritic. */
  readonly plain: boolean;
  readonly display: string;
  readonly person: PersonName | undefined;
  readonly collective: CollectiveName | undefined;
  readonly place: Place | undefined;
  readonly placeFrom: 'name' | 'text' | 'unit' | undefined;
  /** A person's village, residential group or hamlet, from the position or workplace ("Thôn 3", "Khu phố 2"). */
  readonly village: Place | undefined;
  /** The district a collective's name, else its proposing unit's, names: tells apart two districts' bodies. */
  readonly district: Place | undefined;
  /** A collective that neither its name nor its proposing unit puts in a commune, and no school's class. */
  readonly districtLevel: boolean;
  /** A class named without its school ("Chi đoàn 12A1") proposed by a school: the class of that school. */
  readonly classOfUnit: boolean;
  readonly job: Job | undefined;
  readonly unitName: string | undefined;
  readonly unitCode: string | undefined;
  readonly bloc: string | undefined;
  /** Stable identity of the proposing unit (its id, else its name as written, folded). */
  readonly unitKey: string;
  /** `unitKey` as a number: equal keys in a run, equal numbers. */
  readonly unitNumber: number;
  /** The name's, the place's and the district's texts as numbers (keys.ts): equal texts in a run, equal numbers. */
  readonly keys: NameKeys;
  readonly placeKeys: PlaceKeys | undefined;
  readonly villageKeys: PlaceKeys | undefined;
  readonly districtKeys: PlaceKeys | undefined;
}

export interface NormalizeOptions {
  expand?: Expander;
  /** The name kind tests, memoised by the analysis that also asks them (SUBJECT_KIND_MISMATCH). */
  kinds?: KindTests;
}

interface UnitFacts {
  name?: string;
  code?: string;
  bloc?: string;
  commune?: Place;
  district?: Place;
  key: string;
  /** The unit is a school, or a school's party cell ("Chi bộ Trường THPT Lê Lợi"). */
  school: boolean;
  /** `key` as a number. */
  number: number;
  communeKeys: PlaceKeys | undefined;
  districtKeys: PlaceKeys | undefined;
  /** Its commune, as the place of rows that name none themselves. */
  located: Located | undefined;
}

/** A commune a row's exemplar is placed in, with its numbers and what says so: shared by the rows it places. */
interface Located {
  readonly place: Place;
  readonly keys: PlaceKeys;
  readonly from: 'name' | 'text' | 'unit';
}

/**
 * What a run knows of a name, a job: their facts and the numbers of their texts, given once for all their rows. A
 * name's facts are copied in with every field present, and so are its numbers: the entry is its records' `keys`,
 * one step away.
 */
interface NameEntry extends NameKeys {
  display: string;
  kind: SubjectKind;
  nameFold: string;
  nameAscii: string;
  plain: boolean;
  person: PersonName | undefined;
  collective: CollectiveName | undefined;
  districtKeys: PlaceKeys | undefined;
  /** The commune the name gives. */
  located: Located | undefined;
}

interface JobEntry {
  job: Job | undefined;
  /** The commune the position or workplace gives. */
  located: Located | undefined;
  village: Place | undefined;
  villageKeys: PlaceKeys | undefined;
}

function located(place: Place | undefined, keys: PlaceKeys | undefined, from: Located['from']): Located | undefined {
  return place && keys ? { place, keys, from } : undefined;
}

/**
 * A registration as the matcher sees it: the row's own fields, and the facts of its name, unit, job and commune,
 * shared with every row that writes them alike and read through getters. A list repeats names and units many times over: copied into
 * each record, they would double the size of the hundred thousand records a province's list makes. Every record has
 * the same fields in the same order.
 */
class RecordOfRow implements MatchRecord {
  constructor(
    readonly index: number,
    readonly reg: Registration,
    readonly birthYear: number | undefined,
    readonly gender: Registration['gender'],
    readonly statedKind: SubjectKind | undefined,
    private readonly located: Located | undefined,
    private readonly jobEntry: JobEntry | undefined,
    private readonly name: NameEntry,
    private readonly unit: UnitFacts,
  ) {}

  get birthDay(): number | undefined {
    return this.reg.birthDay;
  }

  get place(): Place | undefined {
    return this.located?.place;
  }
  get placeFrom(): MatchRecord['placeFrom'] {
    return this.located?.from;
  }
  get placeKeys(): PlaceKeys | undefined {
    return this.located?.keys;
  }
  get job(): Job | undefined {
    return this.jobEntry?.job;
  }
  get village(): Place | undefined {
    return this.jobEntry?.village;
  }
  get villageKeys(): PlaceKeys | undefined {
    return this.jobEntry?.villageKeys;
  }
  get district(): Place | undefined {
    return this.name.collective?.district ?? this.unit.district;
  }
  get districtKeys(): PlaceKeys | undefined {
    return this.name.collective?.district ? this.name.districtKeys : this.unit.districtKeys;
  }
  get kind(): SubjectKind {
    return this.name.kind;
  }
  get nameFold(): string {
    return this.name.nameFold;
  }
  get nameAscii(): string {
    return this.name.nameAscii;
  }
  get plain(): boolean {
    return this.name.plain;
  }
  get display(): string {
    return this.name.display;
  }
  get person(): PersonName | undefined {
    return this.name.person;
  }
  get collective(): CollectiveName | undefined {
    return this.name.collective;
  }
  get districtLevel(): boolean {
    const c = this.name.collective;
    return this.name.kind === 'collective' && !this.place && !c?.village && !c?.schoolClass && !c?.communeWord && this.unit.name !== undefined;
  }
  get classOfUnit(): boolean {
    return this.unit.school && this.name.collective?.schoolClass === true;
  }
  get keys(): NameKeys {
    return this.name;
  }
  get unitName(): string | undefined {
    return this.unit.name;
  }
  get unitCode(): string | undefined {
    return this.unit.code;
  }
  get bloc(): string | undefined {
    return this.unit.bloc;
  }
  get unitKey(): string {
    return this.unit.key;
  }
  get unitNumber(): number {
    return this.unit.number;
  }
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
  unitTokens: ReadonlyMap<UnitRecord, PlacedWords>,
  expand: Expander,
  communes: CommuneIndex,
  placeKeys: PlaceKeysOf,
  words: Words,
) {
  const unitsById = new Map(units.map((u) => [u.id, u]));
  const unitKeys = new Numbering();
  const byIdCache = new Map<string, UnitFacts>();
  const byTextCache = new Map<string, UnitFacts>();
  // A unit's rows mostly come one after another: the last unit asked for is checked before the caches.
  let lastId: string | undefined;
  let lastText: string | undefined;
  let last: UnitFacts | undefined;
  return (unitId: string | undefined, unitText: string | undefined): UnitFacts => {
    if (last && unitId === lastId && (unitId !== undefined || unitText === lastText)) return last;
    const byId = unitId !== undefined;
    const cache = byId ? byIdCache : byTextCache;
    const cacheKey = byId ? unitId : (unitText ?? '');
    let f = cache.get(cacheKey);
    if (!f) {
      f = unitFactsOf(unitId, unitText);
      cache.set(cacheKey, f);
    }
    // The three together: what was asked, and its answer.
    lastId = unitId;
    lastText = unitText;
    return (last = f);
  };
  function unitFactsOf(unitId: string | undefined, unitText: string | undefined): UnitFacts {
    const byId = unitId !== undefined;
    const unit = byId ? unitsById.get(unitId) : undefined;
    const name = unit?.name ?? unitText;
    const listed = unit && unitTokens.get(unit);
    const tokens = listed?.tokens ?? (name ? organisationTokens(name, expand, words) : []);
    const spans = listed?.spans ?? findPlaces(tokens);
    // "Đảng bộ xã An Bình", or a body named after its commune: "Chi bộ Trường THCS An Bình" is in xã An Bình.
    const commune = firstOf(spans, 'commune')?.place ?? communes.find(outsideDistrictNames(tokens, spans));
    // Looked for outside the communes the name gives: "thị trấn An Phú" is not "huyện An Phú".
    const district = firstOf(spans, 'district')?.place ?? communes.findDistrict(outside(tokens, spans, 'commune', 'all'));
    const key = byId ? `u:${unitId}` : `t:${asciisOf(tokens)}`;
    return {
      name,
      code: unit?.code,
      bloc: unit?.bloc,
      commune,
      district,
      key,
      school: tokens.some((t) => t.ascii === 'truong'),
      number: unitKeys.of(key),
      communeKeys: placeKeys(commune),
      districtKeys: placeKeys(district),
      located: located(commune, placeKeys(commune), 'unit'),
    };
  }
}

/** The matcher's view of each registration that has a name, in input order (`index` is its position there). */
export function normalizeRegistrations(
  registrations: readonly Registration[],
  units: readonly UnitRecord[],
  options: NormalizeOptions = {},
): MatchRecord[] {
  const expand = options.expand ?? expandAbbreviations;
  const kinds = options.kinds ?? KIND_TESTS;
  // This run's words: folded once per run, forgotten with it.
  const words = wordTable();
  // Each unit's name read once, for the communes and districts the units name and for the unit's own facts.
  const unitTokens = new Map(
    units.map((u) => {
      const tokens = organisationTokens(u.name, expand, words);
      return [u, { tokens, spans: findPlaces(tokens) }];
    }),
  );
  const communes = communeIndex(unitTokens.values());
  const text = new Numbering();
  const placeKeys = placeNumbering(text);
  const unitFacts = unitFactsCache(units, unitTokens, expand, communes, placeKeys, words);
  // Names by how the row states its kind (household, collective, other), so that the key is the name itself.
  const households = new Map<string, NameEntry>();
  const collectives = new Map<string, NameEntry>();
  const others = new Map<string, NameEntry>();
  // Jobs by position (rows without a workplace), else by workplace and then position.
  const jobs = new Map<string, JobEntry>();
  const jobsAt = new Map<string, Map<string, JobEntry>>();
  const readJob = jobReader(expand, communes, words);
  const jobEntry = (position: string | undefined, workplace: string | undefined): JobEntry => {
    const { job, commune, village } = readJob(position, workplace);
    return { job, located: located(commune, placeKeys(commune), 'text'), village, villageKeys: placeKeys(village) };
  };
  // A row's job, read once per position and workplace written.
  const jobOf = (position: string | undefined, workplace: string | undefined): JobEntry | undefined => {
    if (workplace) {
      const byPosition = cached(jobsAt, workplace, () => new Map<string, JobEntry>());
      return cached(byPosition, position ?? '', () => jobEntry(position, workplace));
    }
    if (!position) return undefined;
    let j = jobs.get(position);
    if (j === undefined) {
      j = jobEntry(position, undefined);
      jobs.set(position, j);
    }
    return j;
  };
  const out: MatchRecord[] = [];
  for (let index = 0; index < registrations.length; index++) {
    const reg = registrations[index] as Registration;
    // Each field of the row is read once: rows come in many shapes (optional fields), so every read is a lookup.
    const { name, kind: statedKind, household } = reg;
    // A row of a list its unit replaced, or sent twice, is no longer proposed: no duplicate of anyone's.
    if (!name.trim() || reg.replacedBy || reg.copyOf) continue;
    const unit = unitFacts(reg.unitId, reg.unitText);
    const names = household ? households : statedKind === 'collective' ? collectives : others;
    let entry = names.get(name);
    if (entry === undefined) {
      // A person's name filed «Tập thể» is listed as a person (SUBJECT_KIND_MISMATCH): compared with people.
      const facts = nameFacts(reg, expand, communes, words, kinds.collective, names === collectives && kinds.personal(name));
      const { fold, setFold, seqFold } = nameKeys(facts, text);
      entry = {
        display: name,
        kind: facts.kind,
        nameFold: facts.nameFold,
        nameAscii: facts.nameAscii,
        plain: facts.plain,
        person: facts.person,
        collective: facts.collective,
        fold,
        setFold,
        seqFold,
        districtKeys: placeKeys(facts.collective?.district),
        located: located(facts.commune, placeKeys(facts.commune), 'name'),
      };
      names.set(name, entry);
    }
    // The commune: the one the row's position or workplace (a person's) or name (a collective's) gives, else the
    // proposing unit's. A collective whose name gives none is placed by the row's "đơn vị công tác" column ("Chi hội
    // Nông dân ấp 1" | "xã An Bình"): a district body proposes same-named collectives of several communes.
    let j: JobEntry | undefined;
    let at: Located | undefined;
    if (entry.kind === 'individual') {
      j = jobOf(reg.position, reg.workplace);
      at = j?.located;
    } else at = entry.located ?? jobOf(reg.position, reg.workplace)?.located;
    // The kind the row is listed under: the one stated, or the one its name shows where it contradicts the statement
    // (listed-kind.ts; a kind read from the name or the row stands as read).
    const listed = statedKind !== entry.kind && statedKind !== undefined && (reg.kindSource === 'column' || reg.kindSource === 'group') ? entry.kind : statedKind;
    out.push(new RecordOfRow(index, reg, reg.birthYear, reg.gender, listed, at ?? unit.located, entry.kind === 'individual' ? j : undefined, entry, unit));
  }
  return out;
}
