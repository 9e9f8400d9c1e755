/**
 * The duplicate groups of what was read, with the user's decisions applied ("Không trùng" leaves a group or a link
 * out, "Trùng" merges a group): what the DUPLICATE rule reports and what the ceremony list merges ("certain") or
 * notes ("probable"). Computed once per read, and forgotten with it.
 */
import type { ReadResult } from '../reading/read-workbooks';
import type { DecisionEntry } from './decisions';
import { DuplicateGroup, matchRegistrations, MatchResult } from './match';

/** The decisions read from the workbook's "Quyết định trùng lặp" sheet. */
export function decisionsOf(read: ReadResult): DecisionEntry[] {
  return read.duplicateDecisions;
}

// Keyed by the read (a WeakMap: the entry goes when the read does), checked against the very lists it was made of.
const cache = new WeakMap<ReadResult, { registrations: unknown; decisions: unknown; result: MatchResult }>();

/** Every group the matcher finds in the read, the decisions stored on it applied, with the blocking statistics. */
export function matchRead(read: ReadResult): MatchResult {
  const hit = cache.get(read);
  if (hit && hit.registrations === read.registrations && hit.decisions === read.duplicateDecisions) return hit.result;
  const result = matchRegistrations(read.registrations, read.units, { decisions: decisionsOf(read) });
  cache.set(read, { registrations: read.registrations, decisions: read.duplicateDecisions, result });
  return result;
}

/** Duplicate groups of the read, the user's decisions applied. */
export function duplicateGroups(read: ReadResult): DuplicateGroup[] {
  return matchRead(read).groups;
}
