/**
 * What a name says, whoever wrote it: a person's words (honorific dropped, surname, middle and given names), or a
 * collective's (abbreviations expanded, Roman numerals read, its commune set apart, its numbers and organisation
 * kind). Computed once per distinct name.
 */
import type { Registration } from '../records';
import { isHousehold, looksCollective, SubjectKind } from '../subjects/subject-kind';
import { Expander, readRomanNumerals } from './expand';
import { organisationKind } from './organisations';
import { CommuneIndex, findPlaces, Place, PLACE_KEYWORDS } from './places';
import { asciisOf, caseMode, foldsOf, Token, tokenize } from './tokens';

export interface PersonName {
  tokens: Token[];
  surname: Token;
  given: Token;
  middle: Token[];
  /** Surname and middle names without diacritics ("nguyen van"): a blocking key for a typo in the given name. */
  familyAscii: string;
}

export interface CollectiveName {
  /** The name's words without its commune (and without a district's own name). */
  core: Token[];
  seqFold: string;
  setFold: string;
  setAscii: string;
  /** Numbers in the name, sorted ("3" for "Thôn III"). */
  numbers: string;
  organisation?: string;
  /** The district the name gives ("Phòng Nội vụ huyện An Phú"), though the district's name is left out of `core`. */
  district?: Place;
  /** Names a village-level place ("Thôn 3"): such a name exists in many communes. */
  village: boolean;
}

// Honorifics before a person's name, as words (tokenised alike: "Đ/c" is "Đ", "c").
const HONORIFICS = ['đồng chí', 'đ/c', 'đc', 'ông', 'bà', 'anh', 'chị', 'cô', 'thầy', 'cụ', 'bác', 'chú', 'em']
  .map((h) => tokenize(h).map((t) => t.fold))
  .sort((a, b) => b.length - a.length);

/**
 * Drops a leading honorific only when a full name (two words or more) follows: "Ông" and "Anh" are also names
 * ("Anh Thư" stays whole). Reading has usually done this already; rows built elsewhere may still carry one.
 */
export function withoutHonorific(tokens: Token[]): Token[] {
  const h = HONORIFICS.find((w) => w.every((f, i) => tokens[i]?.fold === f));
  return h && tokens.length - h.length >= 2 ? tokens.slice(h.length) : tokens;
}

function personName(tokens: Token[]): PersonName | undefined {
  const surname = tokens[0];
  const given = tokens[tokens.length - 1];
  if (!surname || !given) return undefined;
  return { tokens, surname, given, middle: tokens.slice(1, -1), familyAscii: asciisOf(tokens.slice(0, -1)) };
}

const HOUSEHOLD_PREFIXES = ['hộ gia đình', 'gia đình', 'hộ'].map((s) => tokenize(s).map((t) => t.fold));
const HOUSEHOLD_CORE = tokenize('hộ gia đình');
const VILLAGE_WORDS = new Set(PLACE_KEYWORDS.village.map((s) => tokenize(s)[0]?.fold ?? ''));

/** "Gia đình ông Nguyễn Văn A" and "Hộ gia đình Nguyễn Văn A" are one household: "hộ gia đình nguyễn văn a". */
function householdTokens(name: string): Token[] {
  const tokens = tokenize(name);
  const prefix = HOUSEHOLD_PREFIXES.find((p) => p.every((f, i) => tokens[i]?.fold === f));
  return [...HOUSEHOLD_CORE, ...withoutHonorific(tokens.slice(prefix?.length ?? 0))];
}

export function sortedDistinct(words: Iterable<string>): string[] {
  return [...new Set(words)].sort();
}

function collectiveName(name: string, household: boolean, expand: Expander, communes: CommuneIndex): NameFacts {
  const raw = household ? householdTokens(name) : tokenize(name);
  const mode = caseMode(raw);
  const tokens = expand(readRomanNumerals(raw, mode));
  const spans = findPlaces(tokens, mode);
  const commune = spans.find((s) => s.place.level === 'commune');
  const drop = new Set<number>();
  if (commune) for (let i = commune.start; i < commune.end; i++) drop.add(i);
  // "Hội Nông dân huyện An Phú" is "Hội Nông dân huyện": the district's own name adds nothing.
  for (const s of spans) if (s.place.level === 'district') for (let i = s.nameStart; i < s.end; i++) drop.add(i);
  let core = tokens.filter((_, i) => !drop.has(i));
  // "Xã An Bình" as an exemplar: the place is the name.
  if (core.length === 0) core = tokens;
  const folds = core.map((t) => t.fold);
  return {
    kind: 'collective',
    ...wholeName(tokens),
    commune: commune?.place ?? communes.find(core),
    collective: {
      core,
      seqFold: folds.join(' '),
      setFold: sortedDistinct(folds).join(' '),
      setAscii: sortedDistinct(core.map((t) => t.ascii)).join(' '),
      numbers: core
        .filter((t) => /^\d+$/.test(t.text))
        .map((t) => t.fold)
        .sort()
        .join(' '),
      organisation: organisationKind(core),
      district: spans.find((s) => s.place.level === 'district')?.place ?? communes.findDistrict(core),
      village: core.some((t) => VILLAGE_WORDS.has(t.fold)),
    },
  };
}

function wholeName(tokens: readonly Token[]): Pick<NameFacts, 'nameFold' | 'nameAscii' | 'plain'> {
  return { nameFold: foldsOf(tokens), nameAscii: asciisOf(tokens), plain: !tokens.some((t) => t.marked) };
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

export function nameFacts(reg: Registration, expand: Expander, communes: CommuneIndex): NameFacts {
  const household = reg.household || isHousehold(reg.name);
  // A name that begins like a body's is a collective whatever the row says; otherwise the row's kind decides
  // (a person's shape is weak evidence: "TT Y tế huyện" has it too).
  if (household || looksCollective(reg.name) || reg.kind === 'collective') return collectiveName(reg.name, household, expand, communes);
  const tokens = withoutHonorific(tokenize(reg.name));
  return { kind: 'individual', person: personName(tokens), ...wholeName(tokens) };
}

