/** The matcher as the bench drives it. */
export { matchRegistrations } from './match';
export type { MatchResult } from './match';
