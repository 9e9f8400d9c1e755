/** The proposal column (R10): a form of commendation proposed, or one of the ways staff write "none". */
import { asciiKey } from '../text';

const NONE = new Set(['khong', 'khong de nghi', 'khong de xuat', 'khong co', 'chua', 'chua de nghi', 'chua de xuat', 'chua co', 'ko', 'k', '0']);

/** "Không", "Không đề nghị", "Chưa", "-": a cell that says no proposal was made. */
export function isNoProposal(text: string): boolean {
  // Dashes and dots alone ("-", "—", "...") are a crossed-out cell.
  if (/^[\s\-–—.·…/]*$/u.test(text)) return true;
  return NONE.has(asciiKey(text));
}
