/**
 * What the page asks of the engine and what it gets back. Everything here is structured-clone data, so the same
 * calls run in a Web Worker (the task pane, the browser page) or in-process (tests, the bench).
 */
import type { WorkbookGrid } from '../domain/grid';
import type { Profile } from '../domain/profile/schema';
import type { DateLineEvidence } from '../domain/records';
import type { TableInfo } from '../domain/records';
import type { UnitsView } from '../domain/report/by-unit';
import type { RowFacts } from '../domain/report/duplicate-rows';
import type { ProfileSetting, QuotaRow } from '../domain/records';
import type { Report } from '../domain/report/report';
import type { SheetModel } from '../domain/sheet-model';
import type { CeremonyDocument } from '../domain/ceremony/ceremony-document';

export interface AnalyzeRequest {
  grids: WorkbookGrid[];
  /** ISO date the checks are judged at. */
  asOf: string;
  /** A partial profile (the task pane's Cấu hình) laid over the workbook's own "Cấu hình" sheet. */
  profileOverride?: unknown;
  /**
   * A partial profile kept on this machine (the browser page's Cấu hình), laid under the picked workbooks' own
   * "Cấu hình" sheets: a district's workbook says what it sets, whatever an earlier session left.
   */
  profileBase?: unknown;
  /** Decision rows (decisions.ts) made in this session and not stored in a workbook: the browser's. */
  decisions?: string[][];
  /** Also build the ceremony workbook, with sheet names that avoid `taken`. */
  ceremony?: { id: string; taken: string[] };
  /** Files picked with these that could not be read (readFiles' errors): each becomes a FILE_UNREADABLE finding. */
  unreadable?: { file: string; message: string }[];
  /** Also build the "phiếu góp ý" sheets, one per unit with findings. */
  feedback?: boolean;
}

export interface CeremonyBookData {
  sheets: SheetModel[];
  /** The list alone, for its Word version. */
  document: CeremonyDocument;
  /** What to know before signing (the district taken from the files, or unknown), in Vietnamese. */
  notices: { level: 'warning' | 'info'; message: string }[];
  collectives: number;
  individuals: number;
  excluded: number;
}

export interface AnalyzeResult {
  report: Report;
  profile: Profile;
  tables: TableInfo[];
  /** When each unit's own list was made, by the date line under it (for units whose list is one unit's). */
  dateLines: DateLineEvidence[];
  book?: CeremonyBookData;
  /** The check unit by unit (indexes into report.findings) and the collection state. */
  view: UnitsView;
  /** rowKey → what each row of a duplicate group says, for showing the rows side by side. */
  duplicateRows: Record<string, RowFacts>;
  feedback?: SheetModel[];
}

/**
 * What the functions need of the open workbook: the quota table alone (no other rule runs), the profile in force (its
 * «Cấu hình» sheet read even when it holds no table) and its date system.
 */
export interface QuotaResult {
  quota: QuotaRow[];
  profile: Profile;
  date1904: boolean;
  /** Why the workbook has no quota table (no table recognised): CHECKQUOTA's answer. */
  unusable?: string;
  /** The settings the workbooks' «Cấu hình» sheets give a value: they stand over the profile given with the request. */
  profileSetBy?: ProfileSetting[];
}

export interface FileInput {
  name: string;
  bytes: ArrayBuffer;
}

export interface ReadFilesResult {
  grids: WorkbookGrid[];
  /** One Vietnamese sentence per file that could not be read. */
  errors: { file: string; message: string }[];
}

export type EngineCall =
  | { op: 'analyze'; req: AnalyzeRequest }
  | { op: 'quota'; req: AnalyzeRequest }
  | { op: 'readFiles'; files: FileInput[] }
  | { op: 'writeXlsx'; sheets: SheetModel[] }
  | { op: 'writeDocx'; document: CeremonyDocument }
  | { op: 'validateProfile'; override: unknown };

/** A failure the user can act on carries `message` (Vietnamese); anything else is reported as unexpected. */
export type EngineReply<T> = { ok: true; value: T } | { ok: false; message: string; expected: boolean };

export interface Engine {
  analyze(req: AnalyzeRequest): Promise<AnalyzeResult>;
  quota(req: AnalyzeRequest): Promise<QuotaResult>;
  readFiles(files: FileInput[]): Promise<ReadFilesResult>;
  writeXlsx(sheets: SheetModel[]): Promise<ArrayBuffer>;
  /** The ceremony list as a Word document. */
  writeDocx(document: CeremonyDocument): Promise<ArrayBuffer>;
  /** Validates a partial profile; resolves to the effective profile or rejects with a Vietnamese message. */
  validateProfile(override: unknown): Promise<Profile>;
}

/** A failure with a message fit for the user (Vietnamese). */
export class EngineError extends Error {
  constructor(
    message: string,
    readonly expected: boolean,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
