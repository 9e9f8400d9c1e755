/**
 * The duplicate matcher's model, all of it, as data (Fellegi–Sunter, Splink style). Each field is a comparison: a
 * list of levels, each with its test and its points together (roughly log2 of how much likelier that agreement is
 * for one exemplar written twice than for two different ones). A pair is at the first level whose test holds; the
 * last level has no test. Scoring walks the table (model.ts, score.ts); a pair's score is the sum of its levels'
 * points, less how common its name is in the data at hand; every finding shows those terms as its evidence.
 * Adding a field is one entry here and the test it needs.
 */
import type { RecordFacts } from './facts';
import {
  eitherPlain,
  givenDiffers,
  middleInitialOnly,
  namesReordered,
  oneLetterApart,
  placeWordOnly,
  reorderedByPhrases,
  sameCollectiveAt,
  sameLetters,
  sameLetterSet,
  sameNameAt,
  sameWordSetAt,
  twoBirthOrderNames,
  twoNamesInUse,
  wordMore,
} from './name-levels';
import type { MatchRecord } from './normalize';
import { yearTypo } from './year-typo';

/**
 * Which frequency lowers an agreeing name's points: the commoner of the two spellings ("name"), the rarer ("rarer":
 * a typo's spelling is rare, the name it mistypes may not be), or the names sharing surname and given name ("short":
 * "Trần Thủy" could be any "Trần … Thủy").
 */
export type Commonness = 'name' | 'rarer' | 'short';

/** Does the pair of records at positions i and j reach the level? */
export type LevelTest = (f: RecordFacts, i: number, j: number) => boolean;

export interface ComparisonLevel {
  level: string;
  points: number;
  /** The pair is at this level when this holds and no level before it did; the last level has none. */
  when?: LevelTest;
  /** This level alone can never make a pair "certain" (a different name is as likely as a typo). */
  cap?: 'probable';
  /** Not the same exemplar whatever else agrees: the pair is dropped. */
  reject?: true;
  /** Says nothing either way (a value not given): left out of the evidence. */
  silent?: true;
  /**
   * The name agrees: its points are lowered by how common it is (`MatchModel.commonness`).
   */
  frequency?: Commonness;
}

export interface Comparison {
  field: string;
  levels: readonly ComparisonLevel[];
}

/** A field at a level, as rules name it. */
export interface At {
  field: string;
  level: string;
}

/**
 * A rule on a whole pair: a veto (not reported at all), a cap (at most "probable"), or "apart": the two rows give a
 * fact of the exemplar differently, and are one on their own link only, never merged because a third row giving less
 * is certain with each (trial 17 #1); when a field is at one of `when`'s levels (always, without `when`), unless
 * some field is at one of `unless`'s.
 */
export interface PairRule {
  id: 'number' | 'place' | 'organisation' | 'birthYear' | 'gender' | 'nameOnly' | 'position' | 'name' | 'workplace';
  effect: 'veto' | 'cap' | 'apart';
  /** "apart" only: nor when this holds of the pair. */
  unlessPair?: LevelTest;
  when?: readonly At[];
  unless?: readonly At[];
}

export interface MatchModelTable {
  kind: 'individual' | 'collective';
  comparisons: readonly Comparison[];
  rules: readonly PairRule[];
  /** Points taken off an agreeing name for how common it is (0 for a rare one). */
  commonness: (f: RecordFacts, i: number, j: number, by: Commonness) => number;
  /**
   * The same, counting only the namesakes that could be the pair's person (born the pair's year or a year apart, or
   * of no year), for a pair of one birth year; undefined for other pairs. Namesakes of other years may lower such a
   * pair to "probable", never take it out of the report (model.ts: `discountOf`).
   */
  commonnessOfOneYear?: (f: RecordFacts, i: number, j: number, by: Commonness) => number | undefined;
}

export const THRESHOLDS = { certain: 12, probable: 8 } as const;

const rec = (f: RecordFacts, i: number) => f.records[i] as MatchRecord;
const names = (test: (a: MatchRecord, b: MatchRecord) => boolean): LevelTest => (f, i, j) => test(rec(f, i), rec(f, j));

// ---------------------------------------------------------------------------------------------------------------
// Name frequency

/**
 * How common a name is in the data at hand, in points (Splink's term-frequency adjustment, as a log): a person's
 * name borne by 2 rows loses nothing, by 4 rows 1 point, by 8 rows 2, and so on, to `maxPoints`; a name among the
 * country's most frequent loses one more (a prior for lists too small to tell). A collective's name is discounted
 * by the communes it is seen in, and only when its commune is unknown: with the commune known it is specific.
 */
const NAME_FREQUENCY = {
  /** Rows bearing the name that cost nothing: the person and one copy. */
  freeRows: 2,
  commonNamePoints: 1,
  maxPoints: 7,
  /** A collective's [at least this many communes, points off]. */
  collectiveSteps: [
    [2, 1],
    [4, 2],
    [8, 3],
  ] as const,
  collectiveMaxPoints: 3,
};

/** Rows bearing the name of the record at position k (its short form's for "short"), or those about its year. */
function bearing(f: RecordFacts, k: number, by: Commonness, aboutItsYear: boolean): number {
  if (by === 'short') return aboutItsYear ? f.freq.shortRowsNear(rec(f, k)) : f.freq.shortRows(rec(f, k));
  return (aboutItsYear ? f.bearersNear[k] : f.bearers[k]) as number;
}

function personCommonness(f: RecordFacts, i: number, j: number, by: Commonness, aboutTheirYear = false): number {
  const a = bearing(f, i, by, aboutTheirYear);
  const b = bearing(f, j, by, aboutTheirYear);
  const rows = by === 'rarer' ? Math.min(a, b) : Math.max(a, b);
  let off = rows > NAME_FREQUENCY.freeRows ? Math.round(Math.log2(rows / NAME_FREQUENCY.freeRows)) : 0;
  if (f.commonName[i] || f.commonName[j]) off += NAME_FREQUENCY.commonNamePoints;
  return Math.min(off, NAME_FREQUENCY.maxPoints);
}

/** How many points a collective's name loses, from the number of communes it is seen in. */
function collectivePoints(communes: number): number {
  let off = 0;
  for (const [atLeast, points] of NAME_FREQUENCY.collectiveSteps) if (communes >= atLeast) off = points;
  return Math.min(off, NAME_FREQUENCY.collectiveMaxPoints);
}

// ---------------------------------------------------------------------------------------------------------------
// People (cá nhân)

const birthYearKnown: LevelTest = (f, i, j) => f.birthYearKnown[i] === 1 && f.birthYearKnown[j] === 1;
/** Two whole birth dates' days that differ, not as day and month swapped ("12/05" typed on a machine set to "05/12"). */
const otherDays: LevelTest = (f, i, j) => {
  const a = f.birthDay[i] as number;
  const b = f.birthDay[j] as number;
  const swapped = (d: number) => (d % 100) * 100 + Math.floor(d / 100);
  return a !== 0 && b !== 0 && a !== b && a !== swapped(b);
};
const genderKnown: LevelTest = (f, i, j) => f.gender[i] !== 0 && f.gender[j] !== 0;
/** Both rows' districts known (their names', else their proposing units'), and two: a province's roll-up. */
const districtsDiffer: LevelTest = (f, i, j) => f.district.has(i) && f.district.has(j) && !f.district.same(i, j);
const placeKnown: LevelTest = (f, i, j) => f.place.has(i) && f.place.has(j);
/** One commune: "xã An Bình" of two districts is two communes. */
const samePlace: LevelTest = (f, i, j) => f.place.same(i, j) && !districtsDiffer(f, i, j);
const villageKnown: LevelTest = (f, i, j) => f.village.has(i) && f.village.has(j);
/** One village name, in one district: "ấp 1" of two districts' namesake communes is two. */
const sameVillage: LevelTest = (f, i, j) => f.village.same(i, j) && !districtsDiffer(f, i, j);
const workplaceKnown: LevelTest = (f, i, j) => f.workplace.has(i) && f.workplace.has(j);
/** The same words, and not in two different communes (there they are two posts: "UBND xã A", "UBND xã B"). */
const sameWorkplace: LevelTest = (f, i, j) => f.workplace.equal(i, j) && !(placeKnown(f, i, j) && !samePlace(f, i, j));
const positionKnown: LevelTest = (f, i, j) => f.position.has(i) && f.position.has(j);
const kindsDiffer: LevelTest = (f, i, j) => {
  const a = f.statedKind[i] as number;
  const b = f.statedKind[j] as number;
  return a !== 0 && b !== 0 && a !== b;
};

const SAME_WORKPLACE: readonly At[] = [
  { field: 'workplace', level: 'sameSpecific' },
  { field: 'workplace', level: 'same' },
];

/** What places two rows together: one commune, one village, one workplace (of several words), one proposing unit. */
const placedTogether: LevelTest = (f, i, j) =>
  (placeKnown(f, i, j) && samePlace(f, i, j)) ||
  (villageKnown(f, i, j) && sameVillage(f, i, j)) ||
  (workplaceKnown(f, i, j) && sameWorkplace(f, i, j) && (f.workplace.length[i] as number) >= 2) ||
  // One long description of post and body, word for word ("Chuyên viên Tòa án nhân dân huyện").
  (positionKnown(f, i, j) && f.position.equal(i, j) && (f.position.length[i] as number) >= SPECIFIC_POST_WORDS) ||
  f.unit[i] === f.unit[j];

/**
 * Each row's commune is its proposing commune's (the row writes none), and both name one workplace of several words:
 * one officer proposed by two communes ("Cán bộ Ủy ban nhân dân huyện"), not two people of two communes.
 */
const oneOfficeTwoProposers: LevelTest = (f, i, j) =>
  rec(f, i).placeFrom === 'unit' && rec(f, j).placeFrom === 'unit' && workplaceKnown(f, i, j) && f.workplace.equal(i, j) && (f.workplace.length[i] as number) >= 2;

/** A name's word more that is a middle name left out (`wordMore`), for rows of two units or of one. */
const middleLeftOut = (more: ReturnType<typeof wordMore>, twoUnits: boolean) => more === 'marker' || (more === 'middle' && twoUnits);

/** A post of this many words or more names where it is held too. */
const SPECIFIC_POST_WORDS = 4;

/** A workplace whose words this few rows hold is specific: an office, not "Ủy ban nhân dân" of every commune. */
const SPECIFIC_ROWS = 60;

export const PEOPLE: MatchModelTable = {
  kind: 'individual',
  comparisons: [
    {
      field: 'name',
      levels: [
        { level: 'exact', points: 8, frequency: 'name', when: sameNameAt },
        // "Nguyen Van Hung" typed without any diacritic.
        { level: 'noDiacritics', points: 7, frequency: 'name', when: names((a, b) => sameLetters(a, b) && eitherPlain(a, b)) },
        // Diacritics differ in the surname or a middle name only ("Trần Thi Thủy" / "Trần Thị Thủy").
        { level: 'diacriticsOther', points: 6, frequency: 'name', when: names((a, b) => sameLetters(a, b) && !givenDiffers(a, b)) },
        // "Trần Thủy" / "Trần Thị Thủy".
        // A middle name left out by one unit: «Thị» or «Văn» anywhere; another only across units (a unit writing
        // "Nguyễn Lan" and "Nguyễn Ngọc Lan" names two people).
        { level: 'middleMissing', points: 3, frequency: 'short', when: (f, i, j) => middleLeftOut(wordMore(rec(f, i), rec(f, j)), f.unit[i] !== f.unit[j]) },
        // "Nguyễn Thị Lan" / "Nguyễn Thị Ngọc Lan": a middle name left out, or another given name: a clerk looks.
        { level: 'wordMore', points: 3, cap: 'probable', frequency: 'short', when: names((a, b) => wordMore(a, b) !== undefined) },
        // "Nguyễn T. Ngọc Hân" / "Nguyễn Thị Ngọc Hân": the initial may stand for another name ("Thanh"): a clerk looks.
        { level: 'middleInitial', points: 4, cap: 'probable', frequency: 'short', when: names(middleInitialOnly) },
        // "Lê Văn Hùng" / "Lê Hùng Văn": a given and a middle name swapped when typed, or two people.
        { level: 'reordered', points: 4, cap: 'probable', frequency: 'short', when: names(namesReordered) },
        // "Hạnh" / "Hằng", "Hùng" / "Hưng" where the data has several of each: two names, not a typo; "Năm" / "Tám",
        // "Ba" / "Bảy" (birth-order names one letter apart) in any data.
        {
          level: 'twoNames',
          points: 0,
          reject: true,
          when: (f, i, j) => {
            const a = rec(f, i);
            const b = rec(f, j);
            if (sameLetters(a, b)) return twoNamesInUse(a, b, f.freq);
            return oneLetterApart(a, b) && (twoBirthOrderNames(a, b) || twoNamesInUse(a, b, f.freq));
          },
        },
        // "Hùng" / "Hưng", "Hòa" / "Hoa": a different given name in Vietnamese, or a typo.
        { level: 'diacriticsGiven', points: 4, cap: 'probable', frequency: 'name', when: names(sameLetters) },
        { level: 'oneEdit', points: 4, cap: 'probable', frequency: 'rarer', when: names(oneLetterApart) },
        { level: 'different', points: 0, reject: true },
      ],
    },
    {
      field: 'birthYear',
      levels: [
        { level: 'unknown', points: 0, silent: true, when: (f, i, j) => !birthYearKnown(f, i, j) },
        // The same year, two whole dates that differ ("12/05/1970", "03/11/1970"): likely two people; a clerk looks.
        { level: 'otherDay', points: 4, cap: 'probable', when: (f, i, j) => f.birthYear[i] === f.birthYear[j] && otherDays(f, i, j) },
        { level: 'equal', points: 4, when: (f, i, j) => f.birthYear[i] === f.birthYear[j] },
        // A year apart: a typo, or two people; never "certain" (a clerk looks).
        { level: 'near', points: 0, cap: 'probable', when: (f, i, j) => Math.abs((f.birthYear[i] as number) - (f.birthYear[j] as number)) === 1 },
        // One digit mistyped or two swapped ("1968" / "1978", "1986"): vetoed unless the workplace agrees.
        { level: 'typo', points: -4, cap: 'probable', when: (f, i, j) => yearTypo(f.birthYear[i] as number, f.birthYear[j] as number) },
        { level: 'different', points: -4, cap: 'probable' },
      ],
    },
    {
      field: 'gender',
      levels: [
        { level: 'unknown', points: 0, silent: true, when: (f, i, j) => !genderKnown(f, i, j) },
        { level: 'same', points: 1, when: (f, i, j) => f.gender[i] === f.gender[j] },
        { level: 'conflict', points: -4 },
      ],
    },
    {
      // The commune: written in the position or workplace, else the proposing commune's own.
      field: 'place',
      levels: [
        { level: 'unknown', points: 0, silent: true, when: (f, i, j) => !placeKnown(f, i, j) },
        // A person of one commune among a province's thousands: strong (u ≈ 1 / communes).
        { level: 'same', points: 5, when: samePlace },
        // Namesakes born the same year in two communes of a province are usually two people.
        { level: 'different', points: -7, cap: 'probable' },
      ],
    },
    {
      // "Thôn 3" ≠ "Thôn 4", "Khu phố 2", "Ấp 4", "Khóm 1": a person lives in one.
      field: 'village',
      levels: [
        { level: 'unknown', points: 0, silent: true, when: (f, i, j) => !villageKnown(f, i, j) },
        { level: 'same', points: 2, when: sameVillage },
        { level: 'different', points: -4, cap: 'probable' },
      ],
    },
    {
      // The body worked for, its commune and village left out ("Trường THCS", "Ủy ban nhân dân").
      field: 'workplace',
      levels: [
        { level: 'unknown', points: 0, silent: true, when: (f, i, j) => !workplaceKnown(f, i, j) },
        // Few people work there ("Phòng Tư pháp huyện Lập Giang"): one of them is meant.
        { level: 'sameSpecific', points: 7, when: (f, i, j) => sameWorkplace(f, i, j) && (f.workplace.length[i] as number) >= 2 && f.workplace.rows(i) <= SPECIFIC_ROWS },
        { level: 'same', points: 4, when: (f, i, j) => sameWorkplace(f, i, j) && (f.workplace.length[i] as number) >= 2 },
        // Alike but generic ("Trường", "Ban").
        { level: 'sameGeneric', points: 1, when: sameWorkplace },
        // The same kind of body in another commune: no evidence either way.
        { level: 'elsewhere', points: 0, when: (f, i, j) => f.workplace.equal(i, j) },
        // Namesake bodies told apart by a letter or a number ("Trường TH An Lạc A" / "… B"): two workplaces.
        // Or two parts of one body ("Khoa Nội" / "Khoa Sản" of one hospital).
        { level: 'otherBranch', points: -2, cap: 'probable', when: (f, i, j) => f.workplace.marksDiffer(i, j) || f.workplace.partsDiffer(i, j) },
        // Alike, but only one says which of its namesakes it is: never certain on that alone.
        { level: 'similarBranch', points: 1, cap: 'probable', when: (f, i, j) => f.workplace.oneMarked(i, j) && f.workplace.overlap(i, j) >= 0.5 },
        // Alike, but each names its body with a word the other lacks: two bodies of one kind ("HTX Nông nghiệp Phú
        // Thạnh" / "… Phú Hiệp") as likely as one written twice; a clerk decides (trial 18b #2). Not when one row's
        // workplace is written whole in the other's job: one person's two posts ("Trưởng Công an xã" / "Hội viên Chi hội
        // Nông dân ấp 3, Trưởng Công an xã An Bình", review 27).
        {
          level: 'similarOther',
          points: 1,
          cap: 'probable',
          when: (f, i, j) => f.workplace.overlap(i, j) >= 0.5 && f.workplace.eachOwn(i, j) && !f.workplaceWholeInJob(i, j),
        },
        { level: 'similar', points: 1, when: (f, i, j) => f.workplace.overlap(i, j) >= 0.5 },
        // The workplace is mostly kept when a post changes: two workplaces given and different say "two people", or
        // at least that a clerk must decide ("Trưởng khoa, Khoa Nội" / "Trưởng khoa, Khoa Ngoại" of one hospital);
        // unless they are one person's two posts: one named in the other's job, or two bodies of one village
        // ("Bí thư Chi bộ ấp 3" / "Chi hội trưởng Chi hội ND ấp 3").
        { level: 'twoPosts', points: -2, when: (f, i, j) => f.workplaceInJob(i, j) || (villageKnown(f, i, j) && sameVillage(f, i, j)) },
        { level: 'different', points: -2, cap: 'probable' },
      ],
    },
    {
      // The post held: it changes between the files of two units ("Trưởng thôn" / "Hội viên"), so it says little.
      field: 'position',
      levels: [
        { level: 'unknown', points: 0, silent: true, when: (f, i, j) => !positionKnown(f, i, j) },
        { level: 'same', points: 1, when: (f, i, j) => f.position.equal(i, j) },
        // No word of one post in the other's post or workplace ("Bí thư Đoàn xã" / "Nông dân"): two posts; "Phó Bí thư
        // Đoàn xã Phú An" is the same one, and "Trưởng Công an xã" is in "Hội viên Hội Nông dân, Trưởng Công an xã".
        { level: 'unrelated', points: 0, when: (f, i, j) => !f.postsMeet(i, j) },
        { level: 'different', points: 0 },
      ],
    },
    {
      // One unit listing someone twice.
      field: 'unit',
      levels: [
        { level: 'same', points: 1, when: (f, i, j) => f.unit[i] === f.unit[j] },
        { level: 'different', points: 0, silent: true },
      ],
    },
    {
      // Something places both rows together (one commune, village, specific workplace or proposing unit). Without
      // it, a name and a birth year from two units are at most "probable", and only for a name rare in the data:
      // a wrong merge takes a person's commendation away, and a province has many namesakes.
      field: 'together',
      levels: [
        { level: 'yes', points: 0, silent: true, when: (f, i, j) => placedTogether(f, i, j) },
        { level: 'no', points: -3, cap: 'probable' },
      ],
    },
    {
      field: 'kind',
      levels: [
        // Listed "Tập thể" on one row and "Cá nhân" on the other. A name that contradicts its row's statement is listed
        // under the kind it shows (normalize.ts), as the ceremony list does: that row is no different.
        { level: 'different', points: -2, cap: 'probable', when: kindsDiffer },
        { level: 'same', points: 0 },
      ],
    },
  ],
  rules: [
    // Strong evidence survives a mistyped birth year or gender: the same specific workplace, in one commune. Years
    // that no typo explains are two people.
    { id: 'birthYear', effect: 'veto', when: [{ field: 'birthYear', level: 'typo' }], unless: SAME_WORKPLACE },
    { id: 'birthYear', effect: 'veto', when: [{ field: 'birthYear', level: 'different' }] },
    { id: 'gender', effect: 'veto', when: [{ field: 'gender', level: 'conflict' }], unless: SAME_WORKPLACE },
    // Two posts with no word in common and nothing else of the job (no workplace, no village): namesakes of one
    // commune born the same year are not rare ("Bí thư Đoàn xã" / "Nông dân, ấp 7"): a clerk decides.
    {
      id: 'position',
      effect: 'cap',
      when: [{ field: 'position', level: 'unrelated' }],
      unless: [...SAME_WORKPLACE, { field: 'workplace', level: 'similar' }, { field: 'workplace', level: 'similarOther' }, { field: 'village', level: 'same' }],
    },
    // A name alone (no birth year in common), or a name and a birth year with two workplaces given and different,
    // nothing placing the rows together, is not even "probable".
    {
      id: 'nameOnly',
      effect: 'veto',
      when: [
        { field: 'birthYear', level: 'near' },
        { field: 'birthYear', level: 'unknown' },
        { field: 'workplace', level: 'different' },
        { field: 'workplace', level: 'twoPosts' },
        { field: 'workplace', level: 'otherBranch' },
      ],
      unless: [{ field: 'together', level: 'yes' }],
    },
    // Facts given differently: a row certain with each of two such rows could be either of them (a district body's
    // row giving no commune beside a man of ấp 1, xã An Bình and a namesake of ấp 3, xã Tân Lập). Two given names
    // or two workplaces always; two communes unless only their proposers give them and one workplace holds both;
    // two villages or birth days unless one workplace holds both.
    {
      id: 'name',
      effect: 'apart',
      when: [
        { field: 'name', level: 'diacriticsGiven' },
        { field: 'name', level: 'oneEdit' },
      ],
    },
    {
      id: 'workplace',
      effect: 'apart',
      when: [
        { field: 'workplace', level: 'otherBranch' },
        { field: 'workplace', level: 'similarOther' },
        { field: 'workplace', level: 'different' },
      ],
    },
    { id: 'place', effect: 'apart', when: [{ field: 'place', level: 'different' }], unlessPair: oneOfficeTwoProposers },
    {
      id: 'place',
      effect: 'apart',
      when: [
        { field: 'village', level: 'different' },
        { field: 'birthYear', level: 'otherDay' },
      ],
      unless: SAME_WORKPLACE,
    },
  ],
  commonness: personCommonness,
  // Two districts of a province roll-up: each has its own namesakes; the name is as common as all of them make it.
  commonnessOfOneYear: (f, i, j, by) =>
    birthYearKnown(f, i, j) && f.birthYear[i] === f.birthYear[j] && !districtsDiffer(f, i, j) ? personCommonness(f, i, j, by, true) : undefined,
};

// ---------------------------------------------------------------------------------------------------------------
// Collectives (tập thể) and households. The name is compared without its commune, which is `place`.

const collectivePlaceKnown: LevelTest = (f, i, j) => f.place.has(i) && f.place.has(j);
/** One name holds the other's commune without "xã", the other gives it: the same place. */
const placeInName: LevelTest = (f, i, j) => f.place.has(i) !== f.place.has(j) && placeWordOnly(rec(f, i), rec(f, j)) && !sameWordSetAt(f, i, j);
/** Neither in a commune: both bodies of the district, unless both districts are known and differ. */
const bothDistrictLevel: LevelTest = (f, i, j) => f.districtLevel[i] === 1 && f.districtLevel[j] === 1;
/** "Chi đoàn 12A1" of Trường THPT Lê Lợi and of Trường THPT Nguyễn Du: each school proposes its own class. */
const classesOfTwoSchools: LevelTest = (f, i, j) => {
  const a = f.classOf[i] as number;
  const b = f.classOf[j] as number;
  return a >= 0 && b >= 0 && a !== b;
};

export const COLLECTIVES: MatchModelTable = {
  kind: 'collective',
  comparisons: [
    {
      field: 'name',
      levels: [
        { level: 'exact', points: 9, frequency: 'name', when: sameCollectiveAt },
        // Token-set equality after expansion, phrases moved: "Chi bộ Thôn 3 Trường TH" / "Chi bộ Trường TH Thôn 3".
        { level: 'reordered', points: 9, frequency: 'name', when: (f, i, j) => sameWordSetAt(f, i, j) && reorderedByPhrases(rec(f, i), rec(f, j)) },
        // Words swapped one by one: another body ("ấp Hòa Bình" / "ấp Bình Hòa").
        { level: 'otherOrder', points: 0, reject: true, when: sameWordSetAt },
        { level: 'noDiacritics', points: 8, frequency: 'name', when: names((a, b) => sameLetterSet(a, b) && eitherPlain(a, b)) },
        // "Trường THCS xã Tân Lập" / "Trường THCS Tân Lập".
        { level: 'placeWord', points: 9, frequency: 'name', when: names(placeWordOnly) },
        { level: 'diacritics', points: 5, cap: 'probable', frequency: 'name', when: names(sameLetterSet) },
        { level: 'different', points: 0, reject: true },
      ],
    },
    {
      field: 'place',
      levels: [
        { level: 'same', points: 3, when: (f, i, j) => ((collectivePlaceKnown(f, i, j) && f.place.same(i, j)) || placeInName(f, i, j)) && !districtsDiffer(f, i, j) },
        // Neither name nor proposing unit places it in a commune: both are bodies of the district (of one district,
        // unless both say which and they differ: then "different").
        { level: 'different', points: -6, when: (f, i, j) => collectivePlaceKnown(f, i, j) || districtsDiffer(f, i, j) || classesOfTwoSchools(f, i, j) },
        { level: 'sameDistrict', points: 3, when: bothDistrictLevel },
        { level: 'unknown', points: 0, silent: true },
      ],
    },
    {
      field: 'number',
      levels: [
        { level: 'none', points: 0, silent: true, when: (f, i, j) => f.numbers[i] === 0 && f.numbers[j] === 0 },
        { level: 'same', points: 0, when: (f, i, j) => f.numbers[i] === f.numbers[j] },
        { level: 'different', points: -9 },
      ],
    },
    {
      field: 'organisation',
      levels: [
        { level: 'unknown', points: 0, silent: true, when: (f, i, j) => f.organisation[i] === 0 || f.organisation[j] === 0 },
        { level: 'same', points: 0, when: (f, i, j) => f.organisation[i] === f.organisation[j] },
        { level: 'different', points: -9 },
      ],
    },
    {
      // A unit listing its own team twice ("Tổ Văn phòng": every unit has one, so the name alone says little).
      field: 'unit',
      levels: [
        { level: 'same', points: 3, when: (f, i, j) => f.unit[i] === f.unit[j] },
        { level: 'different', points: 0, silent: true },
      ],
    },
    {
      field: 'kind',
      levels: [
        { level: 'different', points: -2, cap: 'probable', when: kindsDiffer },
        { level: 'same', points: 0 },
      ],
    },
  ],
  rules: [
    // "Thôn 3" ≠ "Thôn 4".
    { id: 'number', effect: 'veto', when: [{ field: 'number', level: 'different' }] },
    // "Chi bộ thôn 1, xã An Bình" ≠ "Chi bộ thôn 1, xã Tân Lập".
    { id: 'place', effect: 'veto', when: [{ field: 'place', level: 'different' }] },
    // "Hội Nông dân xã An Bình" ≠ "Hội Liên hiệp Phụ nữ xã An Bình".
    { id: 'organisation', effect: 'veto', when: [{ field: 'organisation', level: 'different' }] },
    // Two names that differ by a diacritic: never merged through a third row written without them.
    { id: 'name', effect: 'apart', when: [{ field: 'name', level: 'diacritics' }] },
  ],
  // A collective's name is specific once its commune is known; unknown, it is as common as its namesakes.
  commonness: (f, i, j) =>
    collectivePlaceKnown(f, i, j) || bothDistrictLevel(f, i, j) || f.unit[i] === f.unit[j] ? 0 : collectivePoints(f.bearers[i] as number),
};
