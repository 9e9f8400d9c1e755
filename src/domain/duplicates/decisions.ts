/** Decisions on duplicate groups (the sheet's layout: decision-sheet.ts): applied to groups, written as rows. */
import { CalendarDate, formatDate } from '../dates';
import { DECISION_TEXTS } from '../decision-sheet';
import type { RowRef } from '../findings/finding';
import { msg } from '../findings/messages';
import type { DecisionEntry, DuplicateDecision, Registration } from '../records';

/**
 * The groups left once those the user marked "không trùng" are taken out (the matcher applies decisions itself,
 * links included: match.ts; this is for groups already made).
 */
export function applyDecisions<G extends { key: string }>(groups: readonly G[], entries: readonly DecisionEntry[]): G[] {
  const notDuplicate = new Set(entries.filter((e) => e.decision === 'not-duplicate').map((e) => e.key.toUpperCase()));
  if (!notDuplicate.size) return [...groups];
  return groups.filter((g) => !notDuplicate.has(g.key.toUpperCase()));
}

/** What a decision row says of a group (a DuplicateGroup: match.ts). */
export interface DecidedGroup {
  key: string;
  confidence: 'certain' | 'probable';
  members: readonly { registration: Registration; unit?: string; source: RowRef }[];
}

/** The cells of the row that records a decision on a group, in `DECISION_COLUMNS` order (all text). */
export function decisionRow(
  group: DecidedGroup,
  date: CalendarDate,
  decision: DuplicateDecision = 'not-duplicate',
  note = '',
): string[] {
  return [
    group.key,
    group.members
      .map((m) => msg.duplicateMember(m.registration.name, m.registration.birthYear, m.unit ?? m.registration.unitText, m.source))
      .join('; '),
    msg.duplicateConfidence(group.confidence),
    DECISION_TEXTS[decision].written,
    formatDate(date),
    note,
  ];
}
