/**
 * Rewrites the words of an organisation's name into one spelling: abbreviations expanded through the table,
 * Roman numerals read as numbers ("Thôn III" = "Thôn 3").
 */
import { Abbreviation, ABBREVIATIONS, NUMBERED_WORDS, SERVICE_WORDS } from '../subjects/abbreviations';
import { startsWithDigit } from '../text/digits';
import { anyMarked, caseMode, CaseMode, makeToken, token, Token, tokenize, Words, wordTable } from './tokens';

interface Rewrite {
  from: string[];
  fromAscii: string[];
  /**
   * The expansion's words as they go into a text, made once: by whether the text is typed without diacritics (the
   * expansion then counts as typed so too) and whether the abbreviation's last word stops a phrase (the expansion's
   * last word then does): `to[(plain ? 2 : 0) + (stop ? 1 : 0)]`.
   */
  to: readonly (readonly Token[])[];
  only?: Abbreviation['only'];
}

/** The four forms of an expansion (`Rewrite.to`). */
function forms(full: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  for (const plain of [false, true]) {
    for (const stop of [false, true]) {
      out.push(full.map((x, k) => token(x.text, x.fold, x.ascii, x.cap, x.stop || (k === full.length - 1 && stop), x.marked && !plain)));
    }
  }
  return out;
}

interface Compiled {
  byFold: Map<string, Rewrite[]>;
  byAscii: Map<string, Rewrite[]>;
}

function add(map: Map<string, Rewrite[]>, key: string, r: Rewrite) {
  const list = map.get(key);
  if (list) list.push(r);
  else map.set(key, [r]);
}

function compile(table: readonly Abbreviation[]): Compiled {
  const c: Compiled = { byFold: new Map(), byAscii: new Map() };
  for (const a of table) {
    const to = forms(tokenize(a.full));
    for (const s of a.short) {
      const words = tokenize(s);
      const first = words[0];
      if (!first) continue;
      const r: Rewrite = { from: words.map((t) => t.fold), fromAscii: words.map((t) => t.ascii), to, only: a.only };
      add(c.byFold, first.fold, r);
      add(c.byAscii, first.ascii, r);
    }
  }
  // Longest phrase first, so that "Ủy ban Mặt trận Tổ quốc" wins over any shorter rewrite starting alike.
  for (const map of [c.byFold, c.byAscii]) for (const list of map.values()) list.sort((x, y) => y.from.length - x.from.length);
  return c;
}

const SERVICE = new Set(SERVICE_WORDS.flatMap((w) => tokenize(w).slice(0, 1).flatMap((t) => [t.fold, t.ascii])));
const SCHOOL = tokenize('trường')[0] as Token;
const isService = (t: Token) => SERVICE.has(t.marked ? t.fold : t.ascii);
const LEVELS = new Set(['xã', 'phường', 'thị', 'huyện', 'tỉnh', 'thành'].flatMap((w) => tokenize(w).flatMap((t) => [t.fold, t.ascii])));
/** The short form as typed in capitals ("CA", not "Ca" or "ca") and a level of government after it ("CA xã"). */
const beforeLevel = (tokens: readonly Token[], at: number, length: number) => {
  const next = tokens[at + length];
  return next !== undefined && LEVELS.has(next.fold) && tokens.slice(at, at + length).every((t) => t.text === t.text.toUpperCase());
};

function applies(r: Rewrite, tokens: readonly Token[], at: number, plain: boolean, asName: boolean): boolean {
  if (plain) {
    for (let k = 0; k < r.fromAscii.length; k++) if (tokens[at + k]?.ascii !== r.fromAscii[k]) return false;
  } else {
    for (let k = 0; k < r.from.length; k++) if (tokens[at + k]?.fold !== r.from[k]) return false;
  }
  const next = tokens[at + r.from.length];
  switch (r.only) {
    case undefined:
      return true;
    case 'beforeService':
      return next !== undefined && isService(next);
    case 'beforePlace':
      return next !== undefined && next.cap && !isService(next) && !startsWithDigit(next.text);
    case 'beforeNumber':
      return next !== undefined && startsWithDigit(next.text);
    case 'inSchool':
      return tokens.slice(0, at).some((t) => t.fold === SCHOOL.fold || (!t.marked && t.ascii === SCHOOL.ascii));
    case 'nameStart':
      return asName && at === 0;
    case 'postStart':
      return !asName && at === 0;
    case 'beforeLevel':
      return beforeLevel(tokens, at, r.from.length);
  }
}

/** The first of a word's rewrites that applies at `at` (no callback: this runs for every word of every text). */
function rewriteAt(rewrites: readonly Rewrite[] | undefined, tokens: readonly Token[], at: number, plain: boolean, asName: boolean): Rewrite | undefined {
  if (!rewrites) return undefined;
  for (let k = 0; k < rewrites.length; k++) {
    const r = rewrites[k] as Rewrite;
    if (applies(r, tokens, at, plain, asName)) return r;
  }
  return undefined;
}

const GLUED = /^(\p{L}{2,5})(\d{1,3})$/u;
/** Most words end in a letter: they are let go before the pattern. */
const endsInDigit = (text: string) => {
  const last = text.charCodeAt(text.length - 1);
  return last >= 48 && last <= 57;
};

/**
 * A short form glued to its number ("KP5", "TDP12"): the expansion and the number, as "KP 5" would give them; only
 * for a short form of the table that stands alone (no condition on what follows).
 */
function gluedNumber(t: Token, table: Compiled): Token[] | undefined {
  const m = GLUED.exec(t.text);
  if (!m) return undefined;
  const [, letters = '', digits = ''] = m;
  const word = makeToken(letters, true);
  const r = table.byFold.get(word.fold)?.find((x) => x.from.length === 1 && x.only === undefined);
  return r ? [...(r.to[0] as readonly Token[]), makeToken(digits, false, t.stop)] : undefined;
}

/** One left-to-right pass; a text typed entirely without diacritics is matched without them. */
function rewriteOnce(tokens: readonly Token[], table: Compiled, plain: boolean, asName: boolean): Token[] | undefined {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    const r = rewriteAt(plain ? table.byAscii.get(t.ascii) : table.byFold.get(t.fold), tokens, i, plain, asName);
    if (!r) {
      const glued = endsInDigit(t.text) ? gluedNumber(t, table) : undefined;
      if (glued) {
        out ??= tokens.slice(0, i);
        out.push(...glued);
      } else out?.push(t);
      i++;
      continue;
    }
    out ??= tokens.slice(0, i);
    const last = tokens[i + r.from.length - 1];
    // In a text typed without diacritics the expansion counts as typed so too: the text stays comparable as plain.
    // The expansion's last word stops where the abbreviation did, but for the dot of a short form before a place
    // ("P. An Lạc", "TT. Phú Hòa"): the place goes on.
    const stops = last?.stop === true && r.only !== 'beforePlace';
    out.push(...(r.to[(plain ? 2 : 0) + (stops ? 1 : 0)] as readonly Token[]));
    i += r.from.length;
  }
  return out;
}

/** Words in one spelling: the words given when nothing is rewritten (words are never changed in place). */
/** `asName`: the words are a collective's name (not a position, a workplace or a unit's name). */
export type Expander = (tokens: readonly Token[], asName?: boolean) => readonly Token[];

/** An expander for a table (the default one, or a district's own). */
export function expander(table: readonly Abbreviation[] = ABBREVIATIONS): Expander {
  const compiled = compile(table);
  return (tokens, asName = false) => {
    let cur: readonly Token[] = tokens;
    const plain = !anyMarked(tokens);
    // Expansions feed synonyms ("Ủy ban MTTQ" → "Ủy ban Mặt trận Tổ quốc" → "Mặt trận Tổ quốc"): a few passes.
    for (let pass = 0; pass < 4; pass++) {
      const next = rewriteOnce(cur, compiled, plain, asName);
      if (!next) break;
      cur = next;
    }
    return cur;
  };
}

export const expandAbbreviations: Expander = expander();

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(text: string): number | undefined {
  if (!text || !ROMAN.test(text)) return undefined;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN_VALUE[text[i] as string] ?? 0;
    const next = ROMAN_VALUE[text[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n > 0 ? n : undefined;
}

/**
 * Every character is one whose capital is I, V or X ("ı" is dotless i): a quick look that spares most words the
 * capitalisation and the pattern of a Roman numeral.
 */
function mayBeRoman(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 73 && c !== 86 && c !== 88 && c !== 105 && c !== 118 && c !== 120 && c !== 0x131) return false;
  }
  return true;
}

const NUMBERED = NUMBERED_WORDS.map((w) => tokenize(w).map((t) => t.fold));

function afterNumberedWord(tokens: readonly Token[], at: number): boolean {
  return NUMBERED.some((w) => w.length <= at && w.every((f, k) => tokens[at - w.length + k]?.fold === f));
}

/**
 * "Thôn III" → "Thôn 3". A capitalised Roman numeral counts anywhere in a mixed-case text; in a text typed all in
 * capitals or all in lowercase ("XI MĂNG") only right after a word that takes a number.
 */
export function readRomanNumerals(tokens: readonly Token[], mode?: CaseMode): readonly Token[] {
  // Most texts have no numeral: their words are given back, a copy made only at the first numeral read.
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let read = t;
    if (mayBeRoman(t.text)) {
      const upper = t.text.toUpperCase();
      const value = romanValue(upper);
      if (value !== undefined) {
        // The text's case is looked at only when a word may be a numeral.
        mode ??= caseMode(tokens);
        const written = t.text === upper && mode === 'mixed';
        if (written || afterNumberedWord(tokens, i)) read = makeToken(String(value), false, t.stop);
      }
    }
    if (read !== t) (out ??= tokens.slice(0, i)).push(read);
    else out?.push(t);
  }
  return out ?? tokens;
}

/** Words of an organisation's name in one spelling. */
export function organisationTokens(text: string, expand: Expander = expandAbbreviations, words: Words = wordTable()): readonly Token[] {
  const tokens = words.tokenize(text);
  return expand(readRomanNumerals(tokens));
}
