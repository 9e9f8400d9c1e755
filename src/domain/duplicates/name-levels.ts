/** Which level of the name comparison a pair reaches (the levels and their points are in comparison-levels.ts). */
import type { Level } from './comparison-levels';
import { COLLECTIVE_LEVELS, INDIVIDUAL_LEVELS } from './comparison-levels';
import type { MatchRecord, PersonName } from './normalize';
import type { Token } from './tokens';

export type PersonNameLevel = Level<typeof INDIVIDUAL_LEVELS, 'name'>;
export type CollectiveNameLevel = Level<typeof COLLECTIVE_LEVELS, 'name'>;

/** True when a and b differ by at most one inserted, deleted or substituted character. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // After the first difference the rest must be equal, shifted by one on the longer side when lengths differ.
  const ia = la >= lb ? i + 1 : i;
  const ib = lb >= la ? i + 1 : i;
  if (la - ia !== lb - ib) return false;
  for (let k = 0; ia + k < la; k++) if (a.charCodeAt(ia + k) !== b.charCodeAt(ib + k)) return false;
  return true;
}

/** One word equal: folded alike, or alike without diacritics when that side's whole name was typed without them. */
function sameWord(x: Token, y: Token, plain: boolean): boolean {
  return x.fold === y.fold || (plain && x.ascii === y.ascii);
}

/** "Trần Thủy" / "Trần Thị Thủy": same surname and given name, the shorter's middle names in the longer's. */
function middleMissing(a: PersonName, b: PersonName, plain: boolean): boolean {
  const [short, long] = a.tokens.length < b.tokens.length ? [a, b] : [b, a];
  const s = short.tokens;
  const l = long.tokens;
  if (l.length !== s.length + 1 || s.length < 2) return false;
  if (!sameWord(short.surname, long.surname, plain) || !sameWord(short.given, long.given, plain)) return false;
  // The middle names are the words between surname and given name.
  let j = 1;
  for (let k = 1; k < l.length - 1; k++) if (j < s.length - 1 && sameWord(s[j] as Token, l[k] as Token, plain)) j++;
  return j === s.length - 1;
}

export function personNameLevel(a: MatchRecord, b: MatchRecord): PersonNameLevel {
  const pa = a.person;
  const pb = b.person;
  if (!pa || !pb) return 'different';
  if (a.nameFold === b.nameFold) return 'exact';
  const plain = a.plain || b.plain;
  if (a.nameAscii === b.nameAscii) {
    if (plain) return 'noDiacritics';
    return pa.given.fold !== pb.given.fold ? 'diacriticsGiven' : 'diacriticsOther';
  }
  if (middleMissing(pa, pb, plain)) return 'middleMissing';
  if (pa.tokens.length === pb.tokens.length && withinOneEdit(a.nameAscii, b.nameAscii)) return 'oneEdit';
  return 'different';
}

export function collectiveNameLevel(a: MatchRecord, b: MatchRecord): CollectiveNameLevel {
  const ca = a.collective;
  const cb = b.collective;
  if (!ca || !cb) return 'different';
  if (ca.seqFold === cb.seqFold) return 'exact';
  if (ca.setFold === cb.setFold) return 'reordered';
  if (ca.setAscii === cb.setAscii) return a.plain || b.plain ? 'noDiacritics' : 'diacritics';
  return 'different';
}
