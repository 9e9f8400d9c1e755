/** What a duplicate's Vietnamese message says, gathered from its group (the wording itself is in messages.ts). */
import type { DuplicateMessageParts } from '../findings/messages';
import { toneKey } from '../text';
import type { DuplicateGroup } from './match';

export function messageParts(g: DuplicateGroup): DuplicateMessageParts {
  const proposers: DuplicateMessageParts['proposers'] = [];
  for (const m of g.members) {
    const unit = m.unit ?? m.registration.unitText;
    const seen = proposers.find((p) => p.unit === unit);
    if (seen) seen.count++;
    else proposers.push({ unit, bloc: m.bloc, count: 1 });
  }
  const distinct = <T>(xs: T[]) => [...new Set(xs)];
  // One spelling per name: "Thủy" and "Thuỷ" are shown once.
  const names = new Map<string, string>();
  for (const m of g.members) if (!names.has(toneKey(m.registration.name))) names.set(toneKey(m.registration.name), m.registration.name);
  return {
    confidence: g.confidence,
    kind: g.kind,
    levels: g.levels,
    names: [...names.values()],
    birthYears: distinct(g.members.map((m) => m.registration.birthYear).filter((y): y is number => y !== undefined)).sort(),
    missingYears: g.members.filter((m) => m.registration.birthYear === undefined).length,
    place: g.place,
    places: g.places,
    proposers,
    crossBloc: g.crossBloc,
    rows: g.members.map((m) => m.source),
  };
}
