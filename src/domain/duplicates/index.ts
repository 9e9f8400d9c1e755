/** The matcher as the bench drives it. */
export { matchRead } from './duplicate-groups';
export { matchRegistrations } from './match';
export type { MatchResult } from './match';
