/**
 * What the task pane asks of where it runs. Two implementations: the open workbook in Excel (Office.js) and files in
 * a plain browser. The UI only ever talks to this interface.
 */
import type { Finding } from '../domain/findings/finding';
import type { Profile } from '../domain/profile/schema';
import type { TableInfo } from '../domain/records';
import type { Report } from '../domain/report/report';
import type { CeremonyDocument } from '../domain/ceremony/ceremony-document';

/** A step of long work, in Vietnamese, with an optional fraction done. */
export type Progress = (step: string, fraction?: number) => void;

export interface SourceFile {
  name: string;
  /** Why the file could not be used, if it could not. */
  error?: string;
}

export interface CheckOutcome {
  report: Report;
  tables: TableInfo[];
  profile: Profile;
  /** Names of the workbooks checked. */
  sources: string[];
}

export interface ConsolidateOutcome {
  status: 'written' | 'downloaded' | 'cancelled';
  sheetNames: string[];
  collectives: number;
  individuals: number;
  excluded: number;
  /** The consolidated workbook, in the browser. */
  download?: { fileName: string; bytes: ArrayBuffer };
  /** The list itself, for "Tải bản Word". */
  document?: CeremonyDocument;
  /** What to know before signing (Vietnamese). */
  notices?: { level: 'warning' | 'info'; message: string }[];
}

/** The "không trùng" decision on a DUPLICATE finding (kept in the workbook in Excel, for the session in a browser). */
export interface DuplicateDecisions {
  markNotDuplicate(finding: Finding): Promise<void>;
}

export interface ProfileStore {
  /** The partial profile saved (in the workbook in Excel; in memory in the browser). */
  load(): Promise<Record<string, unknown> | undefined>;
  /** The profile in force: the default with the saved changes over it. */
  effective(): Promise<Profile>;
  /** Validates, saves and returns the effective profile; rejects with a Vietnamese message when invalid. */
  save(override: Record<string, unknown> | undefined): Promise<Profile>;
}

export interface Workspace {
  readonly insideExcel: boolean;
  /** Browser: the workbooks picked. Excel: the unit files merged with the open workbook. */
  files(): SourceFile[];
  addFiles(files: File[], progress: Progress): Promise<SourceFile[]>;
  removeFile(name: string): void;
  check(asOf: string, progress: Progress): Promise<CheckOutcome>;
  /** `confirmReplace` is asked before a sheet made by an earlier run is replaced. */
  consolidate(ceremonyId: string, asOf: string, confirmReplace: (sheetNames: string[]) => Promise<boolean>, progress: Progress): Promise<ConsolidateOutcome>;
  /** The list of a consolidation as a Word document, to download. */
  wordFile(ceremonyId: string, document: CeremonyDocument): Promise<{ fileName: string; bytes: ArrayBuffer }>;
  decisions: DuplicateDecisions;
  profile: ProfileStore;
  /** Excel only: go to a finding's cell. */
  select?(place: { file: string; sheet: string; row: number; column?: string }): Promise<void>;
  /** Excel only: highlight findings in the user's sheets, and remove the highlights again. */
  highlight?(findings: Report['findings']): Promise<number>;
  clearHighlights?(): Promise<number>;
}

/** An error whose message is meant for the user (Vietnamese). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
