/** Resolving the unit a registration names (a code or a name, as written) to a unit of the list. */
import { asciiKey } from '../text';
import { unitAsciiKey, unitKey } from './unit-key';

export interface UnitRef {
  id: string;
  code?: string;
  name: string;
}

export interface UnitResolver<U extends UnitRef> {
  /** Code, exact key, or a diacritic-free spelling that only one unit has. */
  resolve(text: string): U | undefined;
  /** For title rows and file names: the unit whose name the text contains (longest, and only if unique). */
  resolveLoose(text: string): U | undefined;
}

export function unitResolver<U extends UnitRef>(units: readonly U[], district: string): UnitResolver<U> {
  const byCode = new Map<string, U>();
  const byKey = new Map<string, U>();
  const byAscii = new Map<string, U[]>();
  for (const u of units) {
    if (u.code) byCode.set(asciiKey(u.code), u);
    const k = unitKey(u.name, district);
    if (!byKey.has(k)) byKey.set(k, u);
    const a = unitAsciiKey(u.name, district);
    byAscii.set(a, [...(byAscii.get(a) ?? []), u]);
  }
  const unique = (list: U[] | undefined) => (list && new Set(list.map((u) => u.id)).size === 1 ? list[0] : undefined);

  // Registrations repeat their unit's spelling row after row.
  const memo = new Map<string, U | undefined>();
  const resolve = (text: string): U | undefined => {
    if (memo.has(text)) return memo.get(text);
    const u = resolveOnce(text);
    memo.set(text, u);
    return u;
  };
  const resolveOnce = (text: string): U | undefined => {
    const t = text.trim();
    if (!t) return undefined;
    const code = byCode.get(asciiKey(t));
    if (code) return code;
    return byKey.get(unitKey(t, district)) ?? unique(byAscii.get(unitAsciiKey(t, district)));
  };

  const resolveLoose = (text: string): U | undefined => {
    const direct = resolve(text);
    if (direct) return direct;
    const hay = ` ${unitAsciiKey(text, district)} `;
    let best: { len: number; units: U[] } | undefined;
    for (const [a, list] of byAscii) {
      if (a.split(' ').length < 3 || !hay.includes(` ${a} `)) continue;
      if (!best || a.length > best.len) best = { len: a.length, units: list };
      else if (a.length === best.len) best.units.push(...list);
    }
    return best ? unique(best.units) : undefined;
  };

  return { resolve, resolveLoose };
}
