/** What a duplicate's Vietnamese message says, gathered from its group (the wording itself is in messages.ts). */
import { CalendarDate, compareDates } from '../dates';
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

type ListDate = (file: string, sheet: string) => CalendarDate | undefined;

/**
 * One unit's rows in two of its lists (trial 22b #6, #9): a phase-1 exemplar written again in the unit's «bổ sung»
 * list, or two lists of one phase both counted (an unmarked re-send). Undefined for rows of one list, or of several
 * units.
 */
function listsOf(g: DuplicateGroup, listDate: ListDate): DuplicateMessageParts['lists'] {
  const unit = (m: DuplicateGroup['members'][number]) => m.unit ?? m.registration.unitText;
  const first = g.members[0];
  if (!first || g.members.some((m) => unit(m) !== unit(first))) return undefined;
  const lists = new Map<string, { file: string; date?: CalendarDate; phase: number | undefined }>();
  for (const m of g.members) {
    const k = `${m.source.file}\u0000${m.source.sheet}`;
    const date = m.registration.date ?? listDate(m.source.file, m.source.sheet);
    const seen = lists.get(k);
    if (!seen) lists.set(k, { file: m.source.file, phase: m.registration.phase, ...(date ? { date } : {}) });
    else if (date && (!seen.date || compareDates(date, seen.date) > 0)) seen.date = date;
  }
  if (lists.size < 2) return undefined;
  const all = [...lists.values()];
  const phase1 = all.filter((l) => l.phase === 1);
  const said = (l: (typeof all)[number]) => ({ file: l.file, ...(l.date ? { date: l.date } : {}) });
  if (phase1.length && all.some((l) => l.phase === 2)) return { kind: 'phase2', sent: phase1.slice(0, 1).map(said) };
  if (new Set(all.map((l) => l.phase)).size > 1) return undefined;
  const byDate = [...all].sort((a, b) => (a.date && b.date ? compareDates(a.date, b.date) : 0));
  return { kind: 'twoLists', sent: byDate.map(said) };
}

/** The rows decided apart inside the group, and those a «Trùng» on it did not merge, as the message names them. */
function apartParts(g: DuplicateGroup): Pick<DuplicateMessageParts, 'apart' | 'refused'> {
  const said = (p: number) => {
    const m = g.members.find((x) => x.index === p);
    return m ? { name: m.registration.name, row: m.source.row } : undefined;
  };
  const apart = (g.apart ?? []).flatMap(([i, j]) => {
    const a = said(i);
    const b = said(j);
    return a && b ? [[a, b] as [typeof a, typeof b]] : [];
  });
  const refused = (g.refused ?? []).map((r) => ({ name: r.name, row: r.source.row }));
  return { ...(apart.length ? { apart } : {}), ...(refused.length ? { refused } : {}) };
}

export function messageParts(g: DuplicateGroup, listDate: ListDate = () => undefined): DuplicateMessageParts {
  const lists = listsOf(g, listDate);
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
    ...(lists ? { lists } : {}),
    ...apartParts(g),
    ...(g.decided ? { decidedIn: DECISION_SHEET_NAME } : {}),
    ...(g.heldBack ? { heldBack: true } : {}),
  };
}
