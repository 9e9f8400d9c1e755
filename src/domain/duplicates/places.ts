/**
 * Places named inside a text ("xã An Bình", "thị trấn Phú Hòa", "Thôn 3"): a keyword, then the place's name.
 * Where the name ends is read from capitals in mixed-case text, else from punctuation and a short length.
 */
import { startsWithDigit } from '../text/digits';
import { anyMarked, asciisOf, CaseMode, caseMode, foldsOf, Token, tokenize, wordsAt } from './tokens';

export type PlaceLevel = 'commune' | 'district' | 'village';

export const PLACE_KEYWORDS: Record<PlaceLevel, readonly string[]> = {
  commune: ['xã', 'thị trấn', 'phường'],
  district: ['huyện', 'quận', 'thị xã', 'thành phố', 'tỉnh'],
  village: ['thôn', 'xóm', 'ấp', 'bản', 'làng', 'buôn', 'sóc', 'khóm', 'tổ dân phố', 'khu phố', 'khu dân cư', 'tổ', 'khu'],
};

// Phrases that contain a keyword without naming a place ("Hợp tác xã", "Xã đoàn"): consumed as they are.
const NOT_PLACES = ['hợp tác xã', 'xã đoàn', 'xã viên', 'xã hội', 'huyện đoàn', 'huyện ủy', 'tổ chức', 'tổ trưởng', 'tổ phó'];

export interface Place {
  level: PlaceLevel;
  /** Keyword and name folded ("xa4 an binh2"): compared for "same place". */
  fold: string;
  ascii: string;
  /**
   * Found in a text written without any diacritic: then only `ascii` can be compared. A name that has none among
   * words that have them ("xã Thanh Kim") is not "typed without diacritics": it is not "xã Thạnh Kim".
   */
  plain: boolean;
  /** "xã An Bình", for messages. */
  display: string;
}

export interface PlaceSpan {
  place: Place;
  /** Token range [start, end) of keyword and name; `nameStart` where the name begins. */
  start: number;
  nameStart: number;
  end: number;
}

interface Phrase {
  folds: string[];
  asciis: string[];
  level?: PlaceLevel;
}

const phrase = (s: string, level?: PlaceLevel): Phrase => {
  const words = tokenize(s);
  return { folds: words.map((t) => t.fold), asciis: words.map((t) => t.ascii), level };
};
const PHRASES: Phrase[] = [
  ...NOT_PLACES.map((s) => phrase(s)),
  ...(Object.entries(PLACE_KEYWORDS) as [PlaceLevel, readonly string[]][]).flatMap(([level, list]) =>
    list.map((s) => phrase(s, level)),
  ),
].sort((a, b) => b.folds.length - a.folds.length);

/** The phrases by their first word (folded, or without diacritics), in the order of `PHRASES`. */
function byFirst(first: (p: Phrase) => string): ReadonlyMap<string, readonly Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const p of PHRASES) {
    const list = map.get(first(p));
    if (list) list.push(p);
    else map.set(first(p), [p]);
  }
  return map;
}
const BY_FIRST_FOLD = byFirst((p) => p.folds[0] ?? '');
const BY_FIRST_ASCII = byFirst((p) => p.asciis[0] ?? '');

/**
 * The keyword phrase at a position. A text typed entirely without diacritics ("xa An Binh") is matched without
 * them; elsewhere an unmarked word is a different word ("Ban Chỉ huy" is not "bản").
 */
function phraseAt(tokens: readonly Token[], at: number, plain: boolean): Phrase | undefined {
  const t = tokens[at];
  // Only the phrases beginning with the word can be there: the first of them (longest first) that is.
  const candidates = t && (plain ? BY_FIRST_ASCII.get(t.ascii) : BY_FIRST_FOLD.get(t.fold));
  if (!candidates) return undefined;
  for (let k = 0; k < candidates.length; k++) {
    const p = candidates[k] as Phrase;
    if (wordsAt(tokens, at, plain ? p.asciis : p.folds, plain)) return p;
  }
  return undefined;
}

const isNumber = (t: Token) => startsWithDigit(t.text);
const MAX_NAME_WORDS = 4;
// Without capitals to go by, a place's name is taken as at most two syllables ("An Bình", "Tân Lập").
const CASELESS_NAME_WORDS = 2;

/** The end (exclusive) of a place's name starting at `from`, or `from` when no name follows the keyword. */
function nameEnd(tokens: readonly Token[], from: number, mode: CaseMode, plain: boolean, keywordStop: boolean): number {
  const first = tokens[from];
  if (!first || keywordStop) return from;
  if (isNumber(first)) return from + 1;
  const max = mode === 'mixed' ? MAX_NAME_WORDS : CASELESS_NAME_WORDS;
  if (mode === 'mixed' && !first.cap) return from;
  // Numbers are part of the name ("xã Tân 758 Bắc", "Phường 5 Tân An"): cut there, two places would be one. They
  // do not count toward the words a name may have.
  let end = from;
  let words = 0;
  while (end < tokens.length && words < max) {
    const t = tokens[end] as Token;
    const number = isNumber(t);
    if (phraseAt(tokens, end, plain) || (!number && mode === 'mixed' && !t.cap)) break;
    end++;
    if (!number) words++;
    if (t.stop) break;
  }
  return end;
}

/**
 * The commune or village keyword a phrase that is no place begins with ("xã" of "xã hội", "xã đoàn"), where the
 * text reads as that keyword and a place's name instead: in mixed case, the keyword in lowercase and two capitalised
 * words after it ("xã Hội An", "xã Đoàn Xá"), as a commune is written; "Xã hội", "Bí thư Xã đoàn", "Xã Đoàn" alone
 * stay what they were.
 */
function namedAfterKeyword(tokens: readonly Token[], at: number, notPlace: Phrase, mode: CaseMode): Phrase | undefined {
  if (mode !== 'mixed') return undefined;
  const keyword = BY_FIRST_FOLD.get(notPlace.folds[0] ?? '')?.find(
    (k) => (k.level === 'commune' || k.level === 'village') && k.folds.length < notPlace.folds.length && wordsAt(tokens, at, k.folds, false),
  );
  if (!keyword) return undefined;
  const last = tokens[at + keyword.folds.length - 1] as Token;
  const first = tokens[at + keyword.folds.length];
  const second = tokens[at + keyword.folds.length + 1];
  if ((tokens[at] as Token).cap || last.stop || !first?.cap || first.stop || !second?.cap || isNumber(second)) return undefined;
  return keyword;
}

/** "xã An Bình": the keyword in lowercase, the name as written. */
function placeDisplay(tokens: readonly Token[], start: number, nameStart: number, end: number): string {
  const parts: string[] = [];
  for (let i = start; i < end; i++) {
    const text = (tokens[i] as Token).text;
    parts.push(i < nameStart ? text.toLowerCase() : text);
  }
  return parts.join(' ');
}

const NO_SPANS: readonly PlaceSpan[] = Object.freeze([]);

/** Every place a text's words name, in order. */
export function findPlaces(tokens: readonly Token[], caseOf?: CaseMode): readonly PlaceSpan[] {
  // Most texts name no place: no list for them, and their case is not looked at.
  let spans: PlaceSpan[] | undefined;
  const plain = !anyMarked(tokens);
  for (let i = 0; i < tokens.length; ) {
    let p = phraseAt(tokens, i, plain);
    if (!p) {
      i++;
      continue;
    }
    if (!p.level) {
      // "xã Hội An", "xã Đoàn Kết": a commune whose name begins like "xã hội", "xã đoàn" is still a place.
      const keyword = plain ? undefined : namedAfterKeyword(tokens, i, p, (caseOf ??= caseMode(tokens)));
      if (!keyword) {
        i += p.folds.length;
        continue;
      }
      p = keyword;
    }
    const level = p.level as PlaceLevel;
    const nameStart = i + p.folds.length;
    const mode = (caseOf ??= caseMode(tokens));
    const end = nameEnd(tokens, nameStart, mode, plain, tokens[nameStart - 1]?.stop ?? false);
    if (end > nameStart) {
      (spans ??= []).push({
        start: i,
        nameStart,
        end,
        place: {
          level,
          fold: foldsOf(tokens, i, end),
          ascii: asciisOf(tokens, i, end),
          plain,
          display: placeDisplay(tokens, i, nameStart, end),
        },
      });
    }
    i = Math.max(end, nameStart);
  }
  return spans ?? NO_SPANS;
}

/**
 * Where a commune's keyword ends the text without a name after it ("Hội Nông dân xã", "Công an thị trấn"): a
 * commune's own body named without its commune; undefined when none does ("Hợp tác xã" is no keyword).
 */
export function bareCommuneKeywordAtEnd(tokens: readonly Token[]): number | undefined {
  const plain = !anyMarked(tokens);
  for (let i = 0; i < tokens.length; ) {
    const p = phraseAt(tokens, i, plain);
    if (!p) {
      i++;
      continue;
    }
    const end = i + p.folds.length;
    if (end === tokens.length) return p.level === 'commune' ? i : undefined;
    i = end;
  }
  return undefined;
}

/** The first place of a level among the spans. */
export function firstOf(spans: readonly PlaceSpan[], level: PlaceLevel): PlaceSpan | undefined {
  for (let k = 0; k < spans.length; k++) if ((spans[k] as PlaceSpan).place.level === level) return spans[k];
  return undefined;
}

/** The words of a text outside the names of the districts it names: "huyện An Bình" names no commune "An Bình". */
export function outsideDistrictNames(tokens: readonly Token[], spans: readonly PlaceSpan[] = findPlaces(tokens)): readonly Token[] {
  return outside(tokens, spans, 'district', 'name');
}

/**
 * The words of a text outside the places of one level it names: outside their names only ("huyện An Bình" keeps
 * "huyện"), or outside keyword and name. The text itself when it names none.
 */
export function outside(tokens: readonly Token[], spans: readonly PlaceSpan[], level: PlaceLevel, part: 'name' | 'all'): readonly Token[] {
  if (!firstOf(spans, level)) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let inside = false;
    for (let k = 0; k < spans.length && !inside; k++) {
      const s = spans[k] as PlaceSpan;
      inside = s.place.level === level && i >= (part === 'name' ? s.nameStart : s.start) && i < s.end;
    }
    if (!inside) out.push(tokens[i] as Token);
  }
  return out;
}

/** Same place: folded alike, or alike without diacritics when one side was typed without any. */
export function samePlace(a: Place, b: Place): boolean {
  return a.fold === b.fold || ((a.plain || b.plain) && a.ascii === b.ascii);
}

/** A text's words and the places they name (`findPlaces`). */
export interface PlacedWords {
  tokens: readonly Token[];
  spans: readonly PlaceSpan[];
}

export interface CommuneIndex {
  /** The one known commune whose name the words contain ("Trường THCS An Bình" → xã An Bình), if exactly one. */
  find(tokens: readonly Token[]): Place | undefined;
  /** The same, with where its name stands among the words ([start, end)). */
  locate(tokens: readonly Token[]): { place: Place; start: number; end: number } | undefined;
  /** The same for districts: "Trường THPT An Phú", "Huyện đoàn An Phú" → huyện An Phú. */
  findDistrict(tokens: readonly Token[]): Place | undefined;
}

interface Named {
  name: string[];
  place: Place;
}

/** Places by the first word of their name. */
type NameIndex = Map<string, Named[]>;

function addName(index: NameIndex, tokens: readonly Token[], span: PlaceSpan): void {
  const name = tokens.slice(span.nameStart, span.end).map((t) => t.fold);
  const first = name[0];
  if (!first) return;
  const list = index.get(first) ?? [];
  if (!list.some((x) => x.place.fold === span.place.fold)) list.push({ name, place: span.place });
  index.set(first, list);
}

/** The words before `at` end a village's keyword: "ấp Phú Thạnh" is a hamlet of that name, not xã Phú Thạnh. */
function afterVillageKeyword(tokens: readonly Token[], at: number): boolean {
  const plain = !anyMarked(tokens);
  for (let k = 1; k <= 3 && k <= at; k++) {
    const p = phraseAt(tokens, at - k, plain);
    if (p && p.folds.length === k) return p.level === 'village';
  }
  return false;
}

/** The one place of the index whose name the words contain, if exactly one, and where (its first mention). */
function locateIn(index: NameIndex, tokens: readonly Token[]): { place: Place; start: number; end: number } | undefined {
  let found: { place: Place; start: number; end: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cap) continue;
    const candidates = index.get(t.fold);
    if (!candidates) continue;
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k] as Named;
      if (!wordsAt(tokens, i, c.name) || afterVillageKeyword(tokens, i)) continue;
      // Two places of one name ("xã An Bình", "thị trấn An Bình"): the words do not say which.
      if (found && found.place.fold !== c.place.fold) return undefined;
      found ??= { place: c.place, start: i, end: i + c.name.length };
    }
  }
  return found;
}

function findIn(index: NameIndex, tokens: readonly Token[]): Place | undefined {
  return locateIn(index, tokens)?.place;
}

/**
 * Communes and districts known by name (those the units list names, "Đảng bộ xã An Bình", "Ủy ban nhân dân huyện
 * An Phú"): a collective named after its commune without the word "xã" ("Hợp tác xã Nông nghiệp Phú Hữu") is
 * placed there all the same, and a unit named after its district without "huyện" is of that district.
 */
export function communeIndex(known: Iterable<PlacedWords>): CommuneIndex {
  const communes: NameIndex = new Map();
  const districts: NameIndex = new Map();
  for (const { tokens, spans } of known) {
    for (const [level, index] of [['commune', communes], ['district', districts]] as const) {
      const span = firstOf(spans, level);
      if (span) addName(index, tokens, span);
    }
  }
  // A town named after its district ("thị trấn An Hà" of "huyện An Hà"): the bare name ("Huyện đoàn An Hà") may
  // mean either, so it places nothing in a commune.
  const districtNames = new Set([...districts.values()].flat().map((d) => d.name.join(' ')));
  for (const [first, list] of communes) communes.set(first, list.filter((c) => !districtNames.has(c.name.join(' '))));
  return {
    find: (tokens) => findIn(communes, tokens),
    locate: (tokens) => locateIn(communes, tokens),
    findDistrict: (tokens) => findIn(districts, tokens),
  };
}
