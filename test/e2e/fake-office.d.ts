/** Types of the fake Office/Excel host (fake-office.js), for the tests that drive it from TypeScript. */
export interface FakeCellSeed {
  v: string | number | boolean;
  /** Office value type: String, Double, Boolean, Error, Empty. */
  t?: string;
  /** Number format. */
  f?: string;
  font?: string;
  fill?: string;
}

export interface FakeSheetSeed {
  name: string;
  rows?: (FakeCellSeed | string | number | null | undefined)[][];
  merges?: { top: number; left: number; bottom: number; right: number }[];
  /** 1-based columns the workbook hides. */
  hiddenColumns?: number[];
  hiddenRows?: number[];
  autoFilter?: boolean;
  /** How many Excel tables the sheet holds. */
  tables?: number;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface FakeSeed {
  name?: string;
  date1904?: boolean;
  /** Highest ExcelApi requirement set the fake claims (default 1.20). */
  api?: string;
  sheets?: FakeSheetSeed[];
  settings?: Record<string, unknown>;
  /** Fail a sync that reads more cells than this with RequestPayloadSizeLimitExceeded. */
  payloadLimitCells?: number;
}

export interface FakeCellView {
  value: unknown;
  type: string;
  format: string;
  formula: boolean;
  fill: string | null;
  /** The fill pattern ('None', 'Solid', 'Gray50'…). */
  pattern: string;
  /** The fill a user sees: the top conditional format's over the cell's own. */
  shown: string | null;
  style: Record<string, unknown>;
}

export interface FakeState {
  fileName: string;
  syncs: number;
  runs: { options: Record<string, unknown>; syncs?: number }[];
  settings: Record<string, unknown>;
  functions: Record<string, (...args: unknown[]) => unknown>;
  payloadErrors: number;
  /** Base64 .xlsx of each workbook opened with Excel.createWorkbook. */
  createdWorkbooks: string[];
  /** The type of each application.calculate request. */
  calculations: string[];
  activeSheet?: string;
  selected?: string;
  edit(sheet: string, row: number, col: number, value: string | number): void;
  sheetNames(): string[];
  cell(sheet: string, row: number, col: number): FakeCellView | null;
  sheetInfo(sheet: string): { id: string; name: string; merges: number; widths: number; frozenRows: number; page: Record<string, unknown>; printTitles?: string; pageBreaks: string[]; heights: Record<number, number>; cells: number } | null;
  textOf(sheet: string): string[];
  /** What a user does in Excel (rows are 1-based); row moves shift cells, merges and conditional formats as Excel does. */
  insertRows(sheet: string, row: number, count?: number): void;
  deleteRows(sheet: string, row: number, count?: number): void;
  sortRows(sheet: string, first: number, last: number, col: number, descending?: boolean): void;
  setFill(sheet: string, row: number, col: number, color: string | null, pattern?: string): void;
  /** The user renames a sheet: Excel raises onNameChanged (ExcelApi 1.17). */
  renameSheet(oldName: string, newName: string): void;
  hideSheet(sheet: string): void;
  /** The user hides (or shows) 1-based rows: Excel raises onRowHiddenChanged (ExcelApi 1.11). */
  hideRows(sheet: string, rows: number[], hidden?: boolean): void;
  addSheet(name: string, rows?: (string | number | null)[][]): string;
  deleteSheet(name: string): void;
  conditionalFormats(sheet: string): { id: string; type: string; formula?: string; fill?: string; addresses: string[] }[];
}

export interface FakeOffice {
  Office: unknown;
  Excel: unknown;
  CustomFunctions: unknown;
  state: FakeState;
}

export function createFakeExcel(seed?: FakeSeed): FakeOffice;
export function install(seed?: FakeSeed): FakeOffice;
