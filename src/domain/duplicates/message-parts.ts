/** What a duplicate's Vietnamese message says, gathered from its group (the wording itself is in messages.ts). */
import { DECISION_SHEET_NAME } from '../decision-sheet';
import type { DuplicateMessageParts } from '../findings/messages';
import { toneKey } from '../text';
import type { DuplicateGroup } from './match';
import { yearTypo } from './year-typo';

/**
 * How the group's birth years differ, from the years themselves when they are several: the link explaining the group
 * joins two of its rows only, and may be two of one year while others are a year or a digit away.
 */
function birthYearLevel(years: readonly number[], linked: string | undefined): string | undefined {
  if (years.length < 2) return linked;
  const first = years[0] as number;
  const last = years[years.length - 1] as number;
  if (last - first === 1) return 'near';
  return years.length === 2 && yearTypo(first, last) ? 'typo' : 'different';
}

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
  const birthYears = distinct(g.members.map((m) => m.registration.birthYear).filter((y): y is number => y !== undefined)).sort((a, b) => a - b);
  const birthYear = g.kind === 'individual' ? birthYearLevel(birthYears, g.levels.birthYear) : g.levels.birthYear;
  return {
    confidence: g.confidence,
    kind: g.kind,
    levels: birthYear === g.levels.birthYear ? g.levels : { ...g.levels, birthYear: birthYear ?? '' },
    names: [...names.values()],
    birthYears,
    missingYears: g.members.filter((m) => m.registration.birthYear === undefined).length,
    place: g.place,
    places: g.places,
    proposers,
    crossBloc: g.crossBloc,
    rows: g.members.map((m) => m.source),
    ...(g.decided ? { decidedIn: DECISION_SHEET_NAME } : {}),
    ...(g.heldBack ? { heldBack: true } : {}),
  };
}
