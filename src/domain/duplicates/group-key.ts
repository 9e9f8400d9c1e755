/**
 * A group's stable key, for decisions kept in the workbook: derived from what its members are (kind, folded name,
 * birth year, commune of a collective, proposing unit), never from row numbers, which shift when rows are added.
 * The same members written again with other tone placement or spacing give the same key; a new member, another
 * unit or another birth year give a new key, so the group is looked at again.
 */
import type { MatchRecord } from './normalize';

function memberIdentity(r: MatchRecord): string {
  const name = r.collective ? `${r.collective.keyFold}|${r.place?.fold ?? ''}` : (r.person?.keyFold ?? r.nameFold);
  return [r.kind === 'individual' ? 'CN' : 'TT', name, r.birthYear ?? '', r.unitKey].join('|');
}

/** cyrb53: a fast 53-bit string hash, well spread; enough to tell a workbook's groups apart. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** "TL-" and 14 hexadecimal digits, the same for the same members in any order. */
export function groupKey(members: readonly MatchRecord[]): string {
  const ids = members.map(memberIdentity).sort();
  return `TL-${hash53(ids.join('\n')).toString(16).toUpperCase().padStart(14, '0')}`;
}
