/**
 * The duplicate matcher's model, all of it, as data (Fellegi–Sunter, Splink style): each field compared in
 * discrete levels, each level worth signed points (roughly log2 of how much likelier that agreement is for one
 * exemplar written twice than for two different ones), the thresholds, the vetoes and the name-frequency discount.
 * A pair's score is the sum of its levels' points; every finding shows those terms as its evidence.
 */

export interface LevelDef {
  points: number;
  /** This level alone can never make a pair "certain" (a different name is as likely as a typo). */
  cap?: 'probable';
  /** Not the same exemplar whatever else agrees: the pair is dropped before any other field is looked at. */
  reject?: true;
}

/** People (cá nhân). */
export const INDIVIDUAL_LEVELS = {
  name: {
    exact: { points: 8 },
    // "Nguyen Van Hung" typed without any diacritic.
    noDiacritics: { points: 7 },
    // Diacritics differ in the surname or a middle name only ("Trần Thi Thủy" / "Trần Thị Thủy").
    diacriticsOther: { points: 6 },
    // "Trần Thủy" / "Trần Thị Thủy".
    middleMissing: { points: 5 },
    // "Hùng" / "Hưng", "Hòa" / "Hoa": a different given name in Vietnamese, or a typo.
    diacriticsGiven: { points: 4, cap: 'probable' },
    oneEdit: { points: 4, cap: 'probable' },
    different: { points: 0, reject: true },
  },
  birthYear: {
    equal: { points: 4 },
    near: { points: 1 },
    // Vetoed unless the workplace agrees; then a mistyped year still costs this much.
    different: { points: -4 },
    unknown: { points: 0 },
  },
  gender: {
    same: { points: 1 },
    conflict: { points: -4 },
    unknown: { points: 0 },
  },
  place: {
    same: { points: 2 },
    different: { points: -3 },
    unknown: { points: 0 },
  },
  workplace: {
    // Position and workplace alike and specific (three words or more: "Bí thư Chi bộ Thôn 3").
    same: { points: 3 },
    // Alike but generic ("Giáo viên", "Nông dân").
    sameGeneric: { points: 1 },
    similar: { points: 1 },
    different: { points: -1 },
    unknown: { points: 0 },
  },
  kind: {
    same: { points: 0 },
    // Marked "Tập thể" on one row and "Cá nhân" on the other, though the name reads as a person's.
    different: { points: -2, cap: 'probable' },
  },
} as const satisfies Record<string, Record<string, LevelDef>>;

/** Collectives (tập thể) and households. The name is compared without its commune, which is `place`. */
export const COLLECTIVE_LEVELS = {
  name: {
    exact: { points: 9 },
    // Token-set equality after expansion: "Chi bộ Thôn 3 xã An Bình" / "Chi bộ xã An Bình Thôn 3".
    reordered: { points: 8 },
    noDiacritics: { points: 8 },
    diacritics: { points: 5, cap: 'probable' },
    different: { points: 0, reject: true },
  },
  place: {
    same: { points: 3 },
    // Neither name nor proposing unit places it in a commune: both are bodies of the district (of one district,
    // unless both say which and they differ: then "different").
    sameDistrict: { points: 3 },
    different: { points: -6 },
    unknown: { points: 0 },
  },
  number: {
    same: { points: 0 },
    none: { points: 0 },
    different: { points: -9 },
  },
  organisation: {
    same: { points: 0 },
    unknown: { points: 0 },
    different: { points: -9 },
  },
  kind: {
    same: { points: 0 },
    different: { points: -2, cap: 'probable' },
  },
} as const satisfies Record<string, Record<string, LevelDef>>;

export type IndividualField = keyof typeof INDIVIDUAL_LEVELS;
export type CollectiveField = keyof typeof COLLECTIVE_LEVELS;
export type Level<T, F extends keyof T> = keyof T[F] & string;

export const THRESHOLDS = { certain: 12, probable: 8 } as const;

/**
 * Vetoes: a field at a level that rules the pair out, unless another field shows strong evidence. A vetoed pair
 * is not reported at all, not even as "probable".
 */
export interface Veto {
  id: 'number' | 'place' | 'organisation' | 'birthYear' | 'gender';
  kind: 'individual' | 'collective';
  field: string;
  level: string;
  unless?: { field: string; level: string }[];
}

// Strong evidence that survives a wrong birth year or gender: the same specific position and workplace.
const STRONG_INDIVIDUAL = [{ field: 'workplace', level: 'same' }];

export const VETOES: readonly Veto[] = [
  // "Thôn 3" ≠ "Thôn 4".
  { id: 'number', kind: 'collective', field: 'number', level: 'different' },
  // "Chi bộ thôn 1, xã An Bình" ≠ "Chi bộ thôn 1, xã Tân Lập".
  { id: 'place', kind: 'collective', field: 'place', level: 'different' },
  // "Hội Nông dân xã An Bình" ≠ "Hội Liên hiệp Phụ nữ xã An Bình".
  { id: 'organisation', kind: 'collective', field: 'organisation', level: 'different' },
  { id: 'birthYear', kind: 'individual', field: 'birthYear', level: 'different', unless: STRONG_INDIVIDUAL },
  { id: 'gender', kind: 'individual', field: 'gender', level: 'conflict', unless: STRONG_INDIVIDUAL },
];

/**
 * Common names weigh less (Splink's term-frequency adjustment, in steps): the name's points are reduced by how
 * many different people in the data share it (distinct birth years for a person's full name, distinct communes for a
 * collective's name) and, for people, by a short list of the most frequent surnames and given names. A collective's
 * discount applies only when its commune is unknown: with the commune known, its name is specific.
 */
export const NAME_FREQUENCY = {
  /** [at least this many distinct bearers, points off]. */
  steps: [
    [2, 1],
    [4, 2],
    [8, 3],
  ] as const,
  /** Surname and given name both in the lists below. */
  commonNamePoints: 1,
  maxPoints: 3,
  commonSurnames: [
    'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  ],
  commonGivenNames: [
    'Anh', 'Linh', 'Hương', 'Hà', 'Lan', 'Hoa', 'Thảo', 'Trang', 'Hằng', 'Hùng', 'Dũng', 'Tuấn', 'Hải', 'Nam', 'Minh',
    'Thắng', 'Long', 'Hưng', 'Cường', 'Thành', 'Sơn', 'Bình', 'Hiếu', 'Huy', 'Tùng', 'Trung', 'Phương', 'Thủy', 'Mai',
    'Ngọc', 'Nga', 'Hạnh', 'Nhung', 'Tâm', 'Vân', 'Yến', 'Hiền', 'Duy', 'Đức', 'Quang', 'Thu', 'Loan', 'Hồng', 'Hiệp',
  ],
};

/** How many points a frequency-discounted name loses, from the number of distinct bearers in the data. */
export function frequencyPoints(bearers: number): number {
  let off = 0;
  for (const [atLeast, points] of NAME_FREQUENCY.steps) if (bearers >= atLeast) off = points;
  return off;
}
