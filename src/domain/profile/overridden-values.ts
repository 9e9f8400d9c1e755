/**
 * Trial 19 #5: settings written in two places that disagree (a «Cấu hình» sheet and --config or the pane's settings; a
 * separate settings workbook and the district's own sheet): the later one wins, and the profile's notes say which value
 * it replaced, where, so that the user who typed 28/02 in the workbook knows why 20/02 was applied.
 */
import { formatDate, parseIsoDate } from '../dates';
import { msg } from '../findings/messages';
import { profileKeyLabel } from './load-profile';
import type { Profile } from './schema';

type Leaves = Map<string, { path: (string | number)[]; value: string }>;

function leavesOf(value: unknown, path: (string | number)[] = [], into: Leaves = new Map()): Leaves {
  if (Array.isArray(value)) value.forEach((v, i) => leavesOf(v, [...path, i], into));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) leavesOf(v, [...path, k], into);
  else into.set(path.join('.'), { path, value: shown(value) });
  return into;
}

/** A value as the «Cấu hình» sheet writes it: a date day first, a switch «Có»/«Không». */
function shown(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  const date = typeof value === 'string' ? parseIsoDate(value) : undefined;
  return date ? formatDate(date) : String(value);
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** Which source set each value, as the profile's sources are laid over one another in turn. */
export class ProfileSources {
  private readonly setBy = new Map<string, string>();
  private leaves: Leaves;

  constructor(start: Profile) {
    this.leaves = leavesOf(start);
  }

  /** `next` is the profile once `source` is laid over; a value it changes that an earlier source set is noted. */
  laid(next: Profile, source: string, notes: string[]): void {
    const after = leavesOf(next);
    for (const [key, leaf] of after) {
      const before = this.leaves.get(key);
      if (before?.value === leaf.value) continue;
      const earlier = this.setBy.get(key);
      if (earlier !== undefined && before) notes.push(msg.profileValueReplaced(profileKeyLabel(leaf.path, next) ?? key, before.value, lowerFirst(earlier), leaf.value, source));
      this.setBy.set(key, source);
    }
    this.leaves = after;
  }
}
