/**
 * The duplicate groups of what was read, with the user's "không trùng" decisions applied: what the DUPLICATE rule
 * reports and what the ceremony list merges ("certain") or notes ("probable"). Computed once per read.
 */
import type { ReadResult } from '../reading/read-workbooks';
import { applyDecisions, DecisionEntry } from './decisions';
import { DuplicateGroup, matchRegistrations, MatchResult } from './match';

/** The decisions read from the workbook's "Quyết định trùng lặp" sheet. */
export function decisionsOf(read: ReadResult): DecisionEntry[] {
  return read.duplicateDecisions;
}

const cache = new WeakMap<ReadResult, { registrations: unknown; result: MatchResult }>();

/** Every group the matcher finds in the read, decisions not yet applied, with the blocking statistics. */
export function matchRead(read: ReadResult): MatchResult {
  const hit = cache.get(read);
  if (hit && hit.registrations === read.registrations) return hit.result;
  const result = matchRegistrations(read.registrations, read.units);
  cache.set(read, { registrations: read.registrations, result });
  return result;
}

/** Duplicate groups of the read, without those the user marked "không trùng". */
export function duplicateGroups(read: ReadResult): DuplicateGroup[] {
  return applyDecisions(matchRead(read).groups, decisionsOf(read));
}
