/**
 * The duplicate groups of what was read, with the user's decisions applied ("Không trùng" leaves a group or a link
 * out, "Trùng" merges a group): what the DUPLICATE rule reports and what the ceremony list merges ("certain") or
 * notes ("probable"). The analysis (analysis/analyze.ts) matches once per check and keeps the result.
 */
import type { ReadResult } from '../records';
import type { KindTests } from '../subjects/listed-kind';
import { districtExpander } from './district-abbreviations';
import { matchRegistrations, MatchResult } from './match';

/** Every group the matcher finds in the read, the decisions stored on it applied, with the blocking statistics. */
export function matchRead(read: ReadResult, kinds?: KindTests): MatchResult {
  return matchRegistrations(read.registrations, read.units, {
    decisions: read.duplicateDecisions,
    expand: districtExpander(read.profile?.unitAbbreviations),
    ...(kinds ? { kinds } : {}),
  });
}

