/**
 * One unit cell naming the units that propose an exemplar together: «Đảng bộ xã An Bình; Hội Nông dân huyện», «ĐU xã
 * An Bình và Hội ND huyện», two lines, «… (phối hợp Hội Nông dân huyện)». Each counts it (rules.md: "an exemplar
 * co-proposed by several units counts for each of them").
 */
import { asciiKey } from '../text';
import { PLACE_ALONE, resolveWritten, UnitRef, UnitResolver } from './resolve-unit';

/** Where a cell parts its units: a semicolon, a line, "và", a comma, a dash or a slash between spaces, "phối hợp (với)", "cùng". */
const PARTS = /\s*(?:;|\n|\/|\+|,|\s[-–]\s|\s(?:và|cùng với|phối hợp với|phối hợp|cùng)\s|\(\s*(?:phối hợp(?: với)?|cùng(?: với)?)\s+)\s*/iu;

/**
 * The units the cell names, two or more and each of the list as written, in the cell's order; undefined when it
 * names fewer. A part is never completed ("Hội Nông dân" + "huyện", "xã An Bình" for its party committee): "Đảng bộ
 * xã An Bình - Hội Nông dân" is the commune's own chapter, one body.
 */
export function coProposers<U extends UnitRef>(resolver: UnitResolver<U>, text: string): U[] | undefined {
  const parts = text
    .split(PARTS)
    .map((p) => p.replace(/[()\s.]+$/u, '').trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const units: U[] = [];
  for (const p of parts) {
    // A commune named alone beside a body ("Trường THCS An Bình - xã An Bình") is where the body is, no proposer.
    if (PLACE_ALONE.test(asciiKey(p))) return undefined;
    const u = resolver.resolve(p);
    if (!u) return undefined;
    if (!units.includes(u)) units.push(u);
  }
  return units.length >= 2 ? units : undefined;
}

/** The units of the list a unit column's cell names, as the check reads it: its one unit, else those it names together. */
export function unitsOfCell<U extends UnitRef>(resolver: UnitResolver<U>, text: string): U[] {
  const u = resolveWritten(resolver, text);
  return u ? [u] : (coProposers(resolver, text) ?? []);
}
