/**
 * The position of a merged entry keeps each distinct position once (rules.md R5): two units' spellings of one
 * position — short forms or written out («UBND» / «Ủy ban nhân dân», «CT Hội ND»), with or without diacritics, the
 * place's word said twice («Trưởng ấp, ấp Khánh Hòa») — are one, printed in the fuller, accented spelling.
 */
import { organisationTokens } from '../duplicates/expand';
import { anyMarked, tokenize } from '../duplicates/tokens';

const SEP = '; ';

interface PositionKey {
  /** Words as the matcher reads an organisation's (short forms written out), a word said twice running once. */
  fold: string;
  ascii: string;
  /** Typed without any diacritic: compared without them. */
  plain: boolean;
  /** How much the spelling writes out: its words' letters, a word said twice running counted once. */
  length: number;
}

function once(words: readonly string[]): string {
  return words.filter((w, k) => w !== words[k - 1]).join(' ');
}

function keyOf(text: string): PositionKey {
  const raw = tokenize(text);
  const words = organisationTokens(text);
  const length = raw.filter((t, k) => t.fold !== raw[k - 1]?.fold).reduce((n, t) => n + t.text.length, 0);
  return { fold: once(words.map((t) => t.fold)), ascii: once(words.map((t) => t.ascii)), plain: !anyMarked(raw), length };
}

/** The two keys' texts as compared: without diacritics when either was typed so. */
const texts = (a: PositionKey, b: PositionKey) => (a.plain || b.plain ? [a.ascii, b.ascii] : [a.fold, b.fold]) as [string, string];
const same = (a: PositionKey, b: PositionKey) => {
  const [x, y] = texts(a, b);
  return x === y;
};
/** `a` begins with all of `b` and says more: "Phó Chủ tịch Hội" is no more of "Chủ tịch Hội". */
const saysMore = (a: PositionKey, b: PositionKey) => {
  const [x, y] = texts(a, b);
  return x !== y && `${x} `.startsWith(`${y} `);
};
/** Accented over unaccented, then the fuller; a tie keeps the spelling already printed. */
const better = (a: PositionKey, b: PositionKey) => (a.plain !== b.plain ? !a.plain : a.length > b.length);

/**
 * Adds `value` to a "; "-joined list of positions unless one there is the same position; one that begins with it and
 * says more ("Tổ trưởng tổ dân phố 5, phường Bình Trị" for "Tổ trưởng tổ dân phố 5") takes its place.
 */
export function addPosition(list: string | undefined, value: string | undefined): string | undefined {
  if (!value) return list;
  if (!list) return value;
  const v = keyOf(value);
  const items = list.split(SEP);
  const keys = items.map(keyOf);
  const at = keys.findIndex((k) => same(k, v));
  if (at >= 0) {
    if (better(v, keys[at] as PositionKey)) items[at] = value;
    return items.join(SEP);
  }
  if (keys.some((k) => saysMore(k, v))) return list;
  const out: string[] = [];
  let placed = false;
  items.forEach((x, k) => {
    const said = saysMore(v, keys[k] as PositionKey);
    if (!said) out.push(x);
    else if (!placed) out.push(value);
    placed ||= said;
  });
  if (!placed) out.push(value);
  return out.join(SEP);
}
