export { duplicatesRule, duplicateFinding } from './duplicates-rule';
export { duplicateGroups, matchRead, decisionsOf } from './duplicate-groups';
export { matchRegistrations } from './match';
export type { DuplicateGroup, DuplicateMember, MatchResult, MatchOptions } from './match';
export {
  applyDecisions,
  decisionRow,
  DECISION_COLUMNS,
  DECISION_SHEET_NAME,
  isDecisionSheet,
  parseDecision,
  readDuplicateDecisions,
} from './decisions';
export type { DecisionEntry, DuplicateDecision } from './decisions';
export { ABBREVIATIONS } from './abbreviations';
export type { Abbreviation } from './abbreviations';
export { MAX_BLOCK_SIZE } from './blocking';
export type { BlockingStats, SkippedBlock } from './blocking';
