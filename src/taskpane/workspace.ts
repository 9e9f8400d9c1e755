/**
 * What the task pane asks of where it runs. Two implementations: the open workbook in Excel (Office.js) and files in
 * a plain browser. The UI only ever talks to this interface.
 */
import type { Finding } from '../domain/findings/finding';
import type { Profile } from '../domain/profile/schema';
import type { ProfileSetting, TableInfo } from '../domain/records';
import type { UnitsView } from '../domain/report/by-unit';
import type { RowFacts } from '../domain/report/duplicate-rows';
import type { Report } from '../domain/report/report';
import type { CeremonyDocument } from '../domain/ceremony/ceremony-document';

/** A step of long work, in Vietnamese, with an optional fraction done. */
export type Progress = (step: string, fraction?: number) => void;

export interface SourceFile {
  name: string;
  /** Why the file could not be used, if it could not. */
  error?: string;
  /** The name it was picked under, when another file chosen has that name: it is kept beside it under `name`. */
  pickedAs?: string;
}

export interface CheckOutcome {
  report: Report;
  tables: TableInfo[];
  profile: Profile;
  /** Names of the workbooks checked. */
  sources: string[];
  /** The check unit by unit; its finding indexes point into report.findings. */
  view: UnitsView;
  /** rowKey → what each member row of a duplicate group says. */
  duplicateRows: Record<string, RowFacts>;
  /** Picked files that could not be read, each with its sentence (the others were checked). */
  unreadable: { file: string; message: string }[];
  /**
   * What the pane must say beside the result (Vietnamese): rows it counted though Excel shows them hidden; merged
   * files the DIENHINH functions do not count; rows the duplicate matcher could not compare.
   */
  notes?: string[];
}

export interface FeedbackOutcome {
  /** How many units get a phiếu (one sheet each). */
  units: number;
  /** Browser: the workbook to download. Excel: opened as a new workbook, nothing to download. */
  download?: { fileName: string; bytes: ArrayBuffer };
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

export type DuplicateVerdict = 'duplicate' | 'not-duplicate';

/** A decision on a DUPLICATE finding ("Trùng" / "Không trùng"; kept in the workbook in Excel, on this machine in a browser). */
export interface DuplicateDecisions {
  record(finding: Finding, verdict: DuplicateVerdict): Promise<void>;
  /**
   * Outside Excel: the decisions kept on this machine, newest last (in Excel they are the workbook's own sheet, in
   * view), and taking one back; the next check no longer applies it.
   */
  stored?(): StoredDecision[];
  forget?(key: string): void;
}

/** A decision as kept: the group's key, what the group was, the verdict and its date as written. */
export interface StoredDecision {
  key: string;
  group: string;
  verdict: DuplicateVerdict;
  date: string;
}

export interface ProfileStore {
  /** The partial profile saved (in the workbook in Excel; in this browser's local storage outside Excel). */
  load(): Promise<Record<string, unknown> | undefined>;
  /** The profile in force: in Excel the open workbook's «Cấu hình» sheet; in a browser the default with the saved changes over it. */
  effective(): Promise<Profile>;
  /**
   * Validates, saves and returns the effective profile; rejects with a Vietnamese message when invalid. `shown`: the
   * profile the tab showed before the edit, so that only the settings the user changed are saved (Excel).
   */
  save(override: Record<string, unknown> | undefined, shown?: Profile): Promise<Profile>;
  /**
   * Browser: the settings the picked workbooks' «Cấu hình» sheets decide (over the ones saved here), by sheet label.
   * Excel edits the open workbook's own sheet, which decides nothing over itself.
   */
  setInFiles?(): Promise<ProfileSetting[]>;
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
  /** The phiếu góp ý of every unit with findings, one sheet per unit. */
  feedback(asOf: string, progress: Progress): Promise<FeedbackOutcome>;
  decisions: DuplicateDecisions;
  profile: ProfileStore;
  /** Excel only: go to a finding's cell; resolves with a sentence to show when the place may have moved since the check. */
  select?(place: { file: string; sheet: string; row: number; column?: string }): Promise<string | undefined>;
  /** Excel only: a sheet the last check read has changed since (its results and places may be out of date). */
  isStale?(): boolean;
  /** Excel only: told whenever that changes; returns the way to stop listening. */
  onStale?(listener: (stale: boolean) => void): () => void;
  /** Excel only: whether a file's cells can be selected (the open workbook's can, a merged unit file's cannot). */
  canSelect?(file: string): boolean;
  /** Excel only: highlight findings in the user's sheets (over their fills, never in them), and remove the highlights again. */
  highlight?(findings: Report['findings']): Promise<{ ranges: number; rowsLeft: number }>;
  /** `kept`: ranges an earlier version highlighted whose old fill could not be given back (they changed since). */
  clearHighlights?(): Promise<{ ranges: number; kept: string[] }>;
}

/** An error whose message is meant for the user (Vietnamese). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
