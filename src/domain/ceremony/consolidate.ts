/** The consolidated ceremony workbook as data: the list, the rows left off it, and the quota table. */
import { InputError } from '../errors';
import type { Ceremony } from '../profile';
import type { ReadResult } from '../reading/read-workbooks';
import type { Report } from '../report/report';
import { freeSheetName, SheetModel } from '../sheet-model';
import { ceremonySheet } from './ceremony-sheet';
import { ceremonyText } from './ceremony-texts';
import { MatchGroup, selectEntries, Selection } from './select-entries';
import { excludedSheet, quotaSheet } from './side-sheets';

export function ceremonyOf(read: ReadResult, id: string): Ceremony {
  const c = read.profile.ceremonies.find((x) => x.id === id.trim());
  if (!c)
    throw new InputError(
      `Không có lễ tuyên dương «${id}» trong cấu hình: hãy chọn ${read.profile.ceremonies.map((x) => x.id).join(' hoặc ')}.`,
    );
  return c;
}

/** Duplicate groups as the check reported them (groups the user marked "không trùng" are not there). */
export function groupsOf(report: Report): MatchGroup[] {
  return report.findings
    .filter((f) => f.code === 'DUPLICATE' && f.rows && f.rows.length > 1)
    .map((f) => ({ confidence: f.confidence === 'certain' ? 'certain' : 'probable', members: f.rows ?? [] }));
}

export interface CeremonyBook {
  selection: Selection;
  sheets: SheetModel[];
}

/** Builds the three sheets; their names avoid `taken` (the sheets a workbook already has). */
export function consolidate(read: ReadResult, report: Report, ceremonyId: string, taken: string[] = []): CeremonyBook {
  const ceremony = ceremonyOf(read, ceremonyId);
  const selection = selectEntries(read, report.findings, groupsOf(report), ceremony);
  const names: string[] = [...taken];
  const name = (wanted: string) => {
    const n = freeSheetName(wanted, names);
    names.push(n);
    return n;
  };
  return {
    selection,
    sheets: [
      ceremonySheet(read.profile, ceremony, selection, name(ceremonyText.sheetName(ceremony))),
      excludedSheet(selection.excluded, name(ceremonyText.excludedSheetName)),
      quotaSheet(report.quota, name(ceremonyText.quotaSheetName)),
    ],
  };
}
