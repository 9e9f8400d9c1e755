/** State shared by all custom function calls of the runtime: the workbook feed and the profile. */
import type { Profile } from '../domain/profile/schema';
import { createQuotaFeed } from './quota-feed';
import { services } from './services';

export const feed = createQuotaFeed(() => services());

/**
 * The profile the functions judge by: the open workbook's (its "Cấu hình" sheet and the task pane's settings),
 * or, when the workbook has no tables to read, the default profile with the task pane's settings.
 */
export async function currentProfile(): Promise<Profile> {
  try {
    return (await feed.current()).profile;
  } catch {
    const s = await services();
    return s.engine.validateProfile(s.profileOverride() ?? {});
  }
}
