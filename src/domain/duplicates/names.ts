/**
 * What a name says, whoever wrote it: a person's words (honorific dropped, surname, middle and given names), or a
 * collective's (abbreviations expanded, Roman numerals read, its commune set apart, its numbers and organisation
 * kind). Computed once per distinct name.
 */
import type { Registration } from '../records';
import { isHousehold, looksCollective, SubjectKind } from '../subjects/subject-kind';
import { Expander, readRomanNumerals } from './expand';
import { isCommonName } from './common-names';
import { organisationKind } from './organisations';
import { highlandParts } from './highland-names';
import { bareCommuneKeywordAtEnd, CommuneIndex, findPlaces, firstOf, Place, PLACE_KEYWORDS } from './places';
import { isDigits } from '../text/digits';
import { anyMarked, asciisOf, caseMode, foldsOf, Token, tokenize, Words, wordsAt } from './tokens';

export interface PersonName {
  tokens: Token[];
  surname: Token;
  given: Token;
  /** Surname and middle names without diacritics ("nguyen van"): a blocking key for a typo in the given name. */
  familyAscii: string;
  /** Surname and given name are both among the country's most frequent (they weigh less). */
  common: boolean;
  /** The name's words as group keys know them (group-key.ts): as written, highland parts not set apart. */
  keyFold: string;
}

export interface CollectiveName {
  /** The name's words without its commune (and without a district's own name). */
  core: readonly Token[];
  /** The name's words as group keys know them (group-key.ts). */
  keyFold: string;
  seqFold: string;
  setFold: string;
  setAscii: string;
  /** The word set with the commune's name but not its keyword ("xã"): the name as written without "xã". */
  bareSetFold: string;
  bareSetAscii: string;
  /** Numbers in the name, sorted ("3" for "Thôn III"). */
  numbers: string;
  organisation?: string;
  /** The district the name gives ("Phòng Nội vụ huyện An Phú"), though the district's name is left out of `core`. */
  district?: Place;
  /** Names a village-level place ("Thôn 3"): such a name exists in many communes. */
  village: boolean;
  /** A school's class named without its school ("Chi đoàn 12A1", "Lớp 6/1"): every school has one. */
  schoolClass: boolean;
  /**
   * A commune's body named without its commune, the keyword ending the name ("Hội Nông dân xã", "Công an xã"): of
   * the proposing commune, not a body of the district; the keyword is left out of `core`.
   */
  communeWord: boolean;
}

// Honorifics before a person's name, as words (tokenised alike: "Đ/c" is "Đ", "c").
const HONORIFICS = ['đồng chí', 'đ/c', 'đc', 'ông', 'bà', 'anh', 'chị', 'cô', 'thầy', 'cụ', 'bác', 'chú', 'em']
  .map((h) => tokenize(h).map((t) => t.fold))
  .sort((a, b) => b.length - a.length);
const HONORIFIC_STARTS = new Set(HONORIFICS.map((h) => h[0]));

/**
 * Drops a leading honorific only when a full name (two words or more) follows: "Ông" and "Anh" are also names
 * ("Anh Thư" stays whole). Reading has usually done this already; rows built elsewhere may still carry one.
 */
function withoutHonorific(tokens: Token[]): Token[] {
  const first = tokens[0];
  if (!first || !HONORIFIC_STARTS.has(first.fold)) return tokens;
  const h = HONORIFICS.find((w) => wordsAt(tokens, 0, w));
  return h && tokens.length - h.length >= 2 ? tokens.slice(h.length) : tokens;
}

/** `nameAscii`: the whole name's words without diacritics, of which the family names are all but the last. */
function personName(tokens: Token[], nameAscii: string, keyFold: string): PersonName | undefined {
  const surname = tokens[0];
  const given = tokens[tokens.length - 1];
  if (!surname || !given) return undefined;
  return {
    tokens,
    surname,
    given,
    familyAscii: tokens.length > 1 ? nameAscii.slice(0, nameAscii.length - given.ascii.length - 1) : '',
    common: isCommonName(surname.fold, given.fold),
    keyFold,
  };
}

const HOUSEHOLD_PREFIXES = ['hộ gia đình', 'gia đình', 'hộ'].map((s) => tokenize(s).map((t) => t.fold));
const HOUSEHOLD_CORE = tokenize('hộ gia đình');
const VILLAGE_WORDS = new Set(PLACE_KEYWORDS.village.map((s) => tokenize(s)[0]?.fold ?? ''));

/** A class's code: "12A1", "9A", "10CT". */
const CLASS_CODE = /^\d{1,2}[a-z]{1,2}\d{0,2}$/;
const YOUTH_BRANCHES = [tokenize('chi đoàn'), tokenize('chi đội')].map((w) => w.map((t) => t.fold));

/**
 * "Chi đoàn 12A1", "Chi đội 9A", "Lớp 6/1", "Tập thể lớp 10A2": a class, named without its school ("… Trường THPT Lê
 * Lợi") or a village ("Chi đoàn ấp 3A").
 */
function namesSchoolClass(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => t.ascii === 'truong' || VILLAGE_WORDS.has(t.fold))) return false;
  return tokens.some(
    (t, i) =>
      (t.ascii === 'lop' && (isDigits(tokens[i + 1]?.text ?? '') || CLASS_CODE.test(tokens[i + 1]?.ascii ?? ''))) ||
      (CLASS_CODE.test(t.ascii) && YOUTH_BRANCHES.some((w) => wordsAt(tokens, 0, w))),
  );
}

function householdTokens(name: string, words: Words): Token[] {
  const tokens = words.tokenize(name);
  const prefix = HOUSEHOLD_PREFIXES.find((p) => wordsAt(tokens, 0, p));
  return [...HOUSEHOLD_CORE, ...withoutHonorific(tokens.slice(prefix?.length ?? 0))];
}

/** The words sorted (as the default sort orders strings) and without repeats. */
export function sortedDistinct(words: readonly string[]): string[] {
  // A name or a job has a handful of words: inserting each in order costs less than a Set and the default sort.
  if (words.length > 32) return [...new Set(words)].sort();
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    let i = out.length;
    while (i > 0 && (out[i - 1] as string) > w) i--;
    if (i > 0 && out[i - 1] === w) continue;
    out.push(w);
    for (let k = out.length - 1; k > i; k--) out[k] = out[k - 1] as string;
    out[i] = w;
  }
  return out;
}

function collectiveName(name: string, household: boolean, expand: Expander, communes: CommuneIndex, words: Words, read?: Token[]): NameFacts {
  const raw = household ? householdTokens(name, words) : (read ?? words.tokenize(name));
  const mode = caseMode(raw);
  const tokens = expand(readRomanNumerals(raw, mode), true);
  const spans = findPlaces(tokens, mode);
  const commune = firstOf(spans, 'commune');
  const drop = new Set<number>();
  if (commune) for (let i = commune.start; i < commune.end; i++) drop.add(i);
  // "Hội Nông dân huyện An Phú" is "Hội Nông dân huyện": the district's own name adds nothing. After a commune it is
  // only the commune's address ("Công an xã Mỹ Lợi, huyện An Phú"), its keyword too.
  for (const s of spans)
    if (s.place.level === 'district') for (let i = commune && s.start >= commune.end ? s.start : s.nameStart; i < s.end; i++) drop.add(i);
  let core: readonly Token[] = drop.size ? tokens.filter((_, i) => !drop.has(i)) : tokens;
  // "Xã An Bình" as an exemplar: the place is the name.
  if (core.length === 0) core = tokens;
  // What group keys were made of before communes known by name left the core: decisions kept under them still hold.
  const keyCore = core;
  const keyFold = foldsOf(core);
  // "Hội Nông dân xã" is "Hội Nông dân" of a commune the name leaves unsaid (its proposer's, normalize.ts).
  const bareKeyword = commune ? undefined : bareCommuneKeywordAtEnd(core);
  const communeWord = bareKeyword !== undefined && bareKeyword > 0;
  if (communeWord) core = core.slice(0, bareKeyword);
  // The commune's name the core leaves out, without its keyword: with the core's words, the bare word set ("Trường
  // THCS xã Tân Lập" is "Trường THCS Tân Lập" written with it).
  let communeName = commune ? tokens.slice(commune.nameStart, commune.end) : undefined;
  // A commune known by name is a place as "xã Tân Lập" is: "Trường THCS Tân Lập" is "Trường THCS" of xã Tân Lập.
  const located = commune ? undefined : communes.locate(core);
  if (located && located.end - located.start < core.length) {
    communeName = core.slice(located.start, located.end);
    core = core.filter((_, i) => i < located.start || i >= located.end);
  }
  const folds = core.map((t) => t.fold);
  const foldSet = sortedDistinct(folds);
  const asciiSet = sortedDistinct(core.map((t) => t.ascii));
  const setFold = foldSet.join(' ');
  const setAscii = asciiSet.join(' ');
  return {
    kind: 'collective',
    // The same words, the same text: most names lose no word to their commune.
    nameFold: tokens === keyCore ? keyFold : foldsOf(tokens),
    nameAscii: asciisOf(tokens),
    plain: !anyMarked(tokens),
    commune: commune?.place ?? located?.place,
    collective: {
      core,
      keyFold,
      seqFold: core === keyCore ? keyFold : folds.join(' '),
      setFold,
      setAscii,
      // Most names give no commune: their bare words are their words, as sorted already.
      bareSetFold: communeName ? sortedDistinct([...foldSet, ...communeName.map((t) => t.fold)]).join(' ') : setFold,
      bareSetAscii: communeName ? sortedDistinct([...asciiSet, ...communeName.map((t) => t.ascii)]).join(' ') : setAscii,
      numbers: core
        .filter((t) => isDigits(t.text))
        .map((t) => t.fold)
        .sort()
        .join(' '),
      organisation: organisationKind(core),
      district: firstOf(spans, 'district')?.place ?? communes.findDistrict(core),
      village: core.some((t) => VILLAGE_WORDS.has(t.fold)),
      schoolClass: namesSchoolClass(tokens),
      communeWord,
    },
  };
}

/** What a name says, whoever wrote it: shared by every row that writes the name alike. */
export interface NameFacts {
  kind: SubjectKind;
  person?: PersonName;
  collective?: CollectiveName;
  commune?: Place;
  nameFold: string;
  nameAscii: string;
  plain: boolean;
}

/**
 * `asPerson`: the row is stated a collective but its name is plainly a person's (listed-kind.ts): read as a person's, as
 * the ceremony list prints it.
 */
export function nameFacts(
  reg: Registration,
  expand: Expander,
  communes: CommuneIndex,
  words: Words,
  collective: (name: string) => boolean = looksCollective,
  asPerson = false,
): NameFacts {
  const household = reg.household || isHousehold(reg.name);
  // A name that begins like a body's is a collective whatever the row says; otherwise the row's kind decides
  // (a person's shape is weak evidence: "TT Y tế huyện" has it too), unless the name plainly contradicts it.
  if (household || (reg.kind === 'collective' && !asPerson)) return collectiveName(reg.name, household, expand, communes, words);
  const read = words.tokenize(reg.name);
  if (collective(reg.name)) return collectiveName(reg.name, false, expand, communes, words, read);
  const parts = highlandParts(reg.name);
  const tokens = withoutHonorific(parts === reg.name ? read : words.tokenize(parts));
  const nameAscii = asciisOf(tokens);
  const nameFold = foldsOf(tokens);
  return {
    kind: 'individual',
    // Decisions kept under a group's key before highland names were set apart still hold.
    person: personName(tokens, nameAscii, parts === reg.name ? nameFold : foldsOf(withoutHonorific(read))),
    nameFold,
    nameAscii,
    plain: !anyMarked(tokens),
  };
}

