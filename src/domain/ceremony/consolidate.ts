/** The consolidated ceremony workbook as data: the list, the rows left off it, and the quota table. */
import { InputError } from '../errors';
import { Ceremony, ceremonyYear, findCeremony, Profile } from '../profile';
import type { ReadResult } from '../records';
import type { Report } from '../report/report';
import { freeSheetName, SheetModel } from '../sheet-model';
import { CeremonyDocument, ceremonyDocument } from './ceremony-document';
import { documentSheet, splitEntries } from './ceremony-sheet';
import { ceremonyText } from './ceremony-texts';
import { withFoundDistrict } from '../units/district';
import { unreadLists } from '../units/unread-lists';
import { unreadListsSaid } from '../findings/messages';
import { MatchGroup, selectEntries, Selection } from './select-entries';
import { excludedSheet, quotaSheet } from './side-sheets';

function ceremonyOf(read: ReadResult, id: string): Ceremony {
  const c = findCeremony(read.profile, id);
  if (!c) throw new InputError(ceremonyText.unknownCeremony(id, read.profile.ceremonies.map(ceremonyYear)));
  return c;
}

/** Duplicate groups as the check reported them (groups the user marked "không trùng" are not there). */
export function groupsOf(report: Report): MatchGroup[] {
  return report.findings
    .filter((f) => f.code === 'DUPLICATE' && f.rows && f.rows.length > 1)
    .map((f) => ({ confidence: f.confidence === 'certain' ? 'certain' : 'probable', members: f.rows ?? [], ...(f.decidedApart ? { apart: f.decidedApart } : {}) }));
}

export interface CeremonyBook {
  selection: Selection;
  sheets: SheetModel[];
  /** The list itself, for the Word version. */
  document: CeremonyDocument;
  /**
   * What the user must know before the list is signed (Vietnamese sentences): files that could not be read, Word
   * tables of numbered rows that were not, units whose list the units list records as sent with no row of it read,
   * the district taken from the files' title blocks or still unknown and left blank, entries printed on several rows.
   */
  notices: { level: 'warning' | 'info'; message: string; /** The points to check, which the Word list does not hold. */ about?: 'checks' }[];
}

/** The profile as the list needs it: the district taken from the files' title blocks when the profile has none. */
function documentProfile(read: ReadResult): { profile: Profile; notices: CeremonyBook['notices'] } {
  const { profile, found } = withFoundDistrict(read.profile, read.titles ?? []);
  if (read.profile.district.trim()) return { profile, notices: [] };
  if (found) return { profile, notices: [{ level: 'info', message: ceremonyText.noticeDistrictFound(found.name, found.files) }] };
  return { profile, notices: [{ level: 'warning', message: ceremonyText.noticeDistrictUnknown }] };
}

/**
 * Builds the three sheets; their names avoid `taken` (the sheets a workbook already has). A file that could not be
 * read among the others does not stop the list (a real inbox nearly always holds one): the list is made from the
 * rest, and every door shows a warning naming that file, since its unit's exemplars are missing from the list.
 */
/** Entries printed on several rows that the notice names; it counts the others. */
const SPLIT_SHOWN = 5;

export function consolidate(read: ReadResult, report: Report, ceremonyId: string, taken: string[] = []): CeremonyBook {
  const ceremony = ceremonyOf(read, ceremonyId);
  const selection = selectEntries(read, report.findings, groupsOf(report), ceremony);
  // A duplicate decision unread or met by no group: the list may print one person twice, or two as one (trial 22a #4).
  for (const d of report.summary.decisionNotes ?? []) selection.checks.push({ row: { file: d.file, sheet: d.sheet, row: d.row }, unit: '', name: d.key, what: d.message });
  const district = documentProfile(read);
  const { profile } = district;
  const missing = report.findings
    .filter((f) => f.code === 'FILE_UNREADABLE')
    .map((f) => ({ level: 'warning' as const, message: ceremonyText.noticeFileMissing(f.file, f.unit, f.message) }));
  // Units recorded as having sent their list, with no row read: as a file that could not be read, their exemplars
  // are missing from the list (trial20b #2).
  const unreadUnits = unreadLists(read);
  if (unreadUnits.length) missing.push({ level: 'warning', message: ceremonyText.noticeListsUnread(unreadListsSaid(unreadUnits), unreadUnits.length) });
  const unread = (read.unreadTables ?? []).map((t) => ({ level: 'warning' as const, message: ceremonyText.noticeTableUnread(t.file, t.sheet, t.unit) }));
  const notices = [...missing, ...unread, ...district.notices];
  // «--ceremony 2025» names the template's key; a profile for another period holds that ceremony in another year
  // (trial 19 #7): the list made is said to be that year's.
  const year = ceremonyYear(ceremony);
  if (ceremonyId.trim() !== year) notices.push({ level: 'info', message: ceremonyText.noticeCeremonyByKey(ceremonyId.trim(), year) });
  // Rows the duplicate matcher could not compare (too many namesakes with nothing to tell them apart): the list may
  // print one of them twice, and the clerk must know before signing, as the report says.
  const uncompared = report.summary.duplicatesUncompared;
  if (uncompared) notices.push({ level: 'warning', message: uncompared.message });
  const document = ceremonyDocument(profile, ceremony, selection);
  // An entry printed on several rows of the sheet: said, so that the clerk checks it before signing.
  const split = splitEntries(document);
  const [one] = split;
  if (split.length === 1 && one) notices.push({ level: 'info', message: ceremonyText.noticeEntrySplit(one.group, one.stt, one.name, one.rows) });
  else if (split.length > 1) notices.push({ level: 'info', message: ceremonyText.noticeEntriesSplit(split.slice(0, SPLIT_SHOWN), Math.max(0, split.length - SPLIT_SHOWN)) });
  const names: string[] = [...taken];
  const name = (wanted: string) => {
    const n = freeSheetName(wanted, names);
    names.push(n);
    return n;
  };
  const listSheet = documentSheet(document, name(ceremonyText.sheetName(ceremony)));
  const notesName = name(ceremonyText.excludedSheetName);
  if (selection.checks.length) notices.push({ level: 'warning', message: ceremonyText.noticeChecks(selection.checks.length, notesName), about: 'checks' });
  return {
    selection,
    document,
    notices,
    sheets: [listSheet, excludedSheet(selection.excluded, notesName, selection.moved, selection.checks), quotaSheet(report.quota, name(ceremonyText.quotaSheetName))],
  };
}
