/** Records: what the workbooks say, decoded, cleaned and typed. Rules read these, never cells. */
import type { CalendarDate } from './dates';
import type { RowRef } from './findings/finding';
import type { SubjectKind } from './subjects/subject-kind';

export type { RowRef };

export interface UnitRecord {
  /** Stable identity: the code when there is one, else the unit's key. */
  id: string;
  source: RowRef;
  code?: string;
  name: string;
  /** Canonical unit type of the profile ("Đảng bộ xã"), declared or inferred from the name. */
  type?: string;
  typeSource: 'column' | 'name' | 'none';
  /** The type cell as written, when it named no type of the profile (for UNKNOWN_UNIT_TYPE). */
  typeText?: string;
  bloc?: string;
  quota?: number;
  planDate?: CalendarDate;
  listDate?: CalendarDate;
  /** A date cell was there but could not be read (INVALID_DATE already reported). */
  planDateInvalid?: boolean;
  listDateInvalid?: boolean;
}

export type UnitSource = 'column' | 'code' | 'group' | 'title' | 'sheet' | 'file';

export interface Registration {
  source: RowRef;
  /** The proposing unit as written, and where that came from. */
  unitText?: string;
  unitSource?: UnitSource;
  /** The unit of the list it resolves to, when it does. */
  unitId?: string;
  /** The unit-code column's text, when the table has one beside the name column. */
  unitCodeText?: string;
  kind?: SubjectKind;
  kindSource?: 'column' | 'group' | 'name';
  household: boolean;
  /** Clean Unicode, honorific removed. */
  name: string;
  honorific?: string;
  birthYear?: number;
  gender?: 'male' | 'female';
  position?: string;
  workplace?: string;
  field?: string;
  achievements?: string;
  /**
   * 1 or 2 (R8, R9); undefined when the phase cell could be read as neither (PHASE_UNREADABLE): such a row counts
   * toward neither the quota nor either ceremony list until the cell is fixed.
   */
  phase: 1 | 2 | undefined;
  date?: CalendarDate;
  proposal?: string;
  note?: string;
  /** A row-level reading error (MISSING_VALUE, INVALID_DATE) was reported for this row. */
  readError?: boolean;
}

export interface NurturePlan {
  source: RowRef;
  unitText?: string;
  unitId?: string;
  date?: CalendarDate;
  /** Content key (profile.nurtureContents) → present. */
  contents: Record<string, boolean>;
}

export interface TableInfo {
  file: string;
  sheet: string;
  kind: 'units' | 'registrations' | 'plans' | 'profile';
  headerRow: number;
  /** Fields recognised, in column order. */
  fields: string[];
}
