/**
 * Expanding the abbreviations staff write in unit names ("ĐU xã An Bình", "Hội ND huyện", "CB TT Y tế huyện"),
 * from the profile's table (data, extendable by a district). Works on folded text, whole words only.
 */
import type { UnitAbbreviations } from '../profile/schema';
import { asciiKey } from '../text';

export type Fold = (s: string) => string;

/** Variants never multiply past this: a name holds one or two ambiguous short forms at most. */
const MAX_VARIANTS = 8;

interface Entry {
  from: string;
  to: string[];
}

/**
 * A function from a folded, space-padded text (" đu xã an bình ") to its expansions, the preferred one first
 * (alternatives such as "TT" → thị trấn / trung tâm give several). Longer short forms are replaced first
 * ("MTTQ VN" before "MTTQ").
 */
export function abbreviationExpander(table: UnitAbbreviations, fold: Fold, asciiOnly = false): (padded: string) => string[] {
  const entries: Entry[] = [];
  for (const [short, long] of Object.entries(table)) {
    const from = fold(short);
    // Without diacritics "ĐU" would read "du" (as in "du lịch"): such short forms are kept for the accented key only.
    if (!from || (asciiOnly && from.length <= 2 && asciiKey(short) !== short.toLowerCase())) continue;
    const to = (Array.isArray(long) ? long : [long]).map((l) => ` ${fold(l)} `);
    entries.push({ from: ` ${from} `, to });
  }
  entries.sort((a, b) => b.from.length - a.from.length);
  const anyShortForm = anyOf(entries.map((e) => e.from));
  return (padded: string): string[] => {
    // Most names hold no short form: told by one look, before each form of the table is looked for in turn.
    if (!anyShortForm.test(padded)) return [padded];
    let variants = [padded];
    for (const { from, to } of entries) {
      if (!variants.some((v) => v.includes(from))) continue;
      const next: string[] = [];
      for (const v of variants) {
        if (!v.includes(from)) next.push(v);
        // A word twice ("cb … cb") shares the space between: replaced until none is left.
        else for (const alt of to) next.push(replaceAll(v, from, alt));
      }
      variants = [...new Set(next)].slice(0, MAX_VARIANTS);
    }
    return variants;
  };
}

function replaceAll(s: string, from: string, to: string): string {
  const out = s.split(from).join(to);
  // A second pass for adjacent repeats; never for an expansion that holds its own short form.
  return out.includes(from) && !to.includes(from) ? out.split(from).join(to) : out;
}

/** A test for any of `texts` within a text, in one scan of it. */
export function anyOf(texts: readonly string[]): RegExp {
  return new RegExp(texts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}
