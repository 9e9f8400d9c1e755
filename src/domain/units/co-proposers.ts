/**
 * One unit cell naming the units that propose an exemplar together: «Đảng bộ xã An Bình; Hội Nông dân huyện», «ĐU xã
 * An Bình và Hội ND huyện», two lines, «… (phối hợp Hội Nông dân huyện)». Each counts it (rules.md: "an exemplar
 * co-proposed by several units counts for each of them").
 */
import { resolveWritten, UnitRef, UnitResolver } from './resolve-unit';

/** Where a cell parts its units: a semicolon, a line, "và", a comma, a dash or a slash between spaces, "phối hợp (với)", "cùng". */
const PARTS = /\s*(?:;|\n|\/|\+|,|\s[-–]\s|\s(?:và|cùng với|phối hợp với|phối hợp|cùng)\s|\(\s*(?:phối hợp(?: với)?|cùng(?: với)?)\s+)\s*/iu;

/** The units the cell names, two or more and each of the list, in the cell's order; undefined when it names fewer. */
export function coProposers<U extends UnitRef>(resolver: UnitResolver<U>, text: string): U[] | undefined {
  const parts = text
    .split(PARTS)
    .map((p) => p.replace(/[()\s.]+$/u, '').trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const units: U[] = [];
  for (const p of parts) {
    const u = resolveWritten(resolver, p);
    if (!u) return undefined;
    if (!units.includes(u)) units.push(u);
  }
  return units.length >= 2 ? units : undefined;
}
