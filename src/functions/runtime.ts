/** State shared by all custom function calls of the runtime: the workbook feed and the profile. */
import type { Profile } from '../domain/profile/schema';
import { createQuotaFeed } from './quota-feed';
import { services } from './services';

export const feed = createQuotaFeed(() => services());

/**
 * The profile the functions judge by: the open workbook's (its "Cấu hình" sheet and the task pane's settings), with
 * or without tables. A «Cấu hình» sheet that cannot be read is the functions' error, never the default profile.
 */
export async function currentProfile(): Promise<Profile> {
  return (await feed.current()).profile;
}

/** The open workbook's date system: its dates are serials counted from 1900 or from 1904. */
export async function currentDate1904(): Promise<boolean> {
  return (await feed.current()).date1904;
}
