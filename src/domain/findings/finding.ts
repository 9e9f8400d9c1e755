/** Findings are data: a stable code, its level, severity and rule, where it is, and a Vietnamese message. */

export type Severity = 'error' | 'warning' | 'info';

/**
 * The catalogue (../shared/spec/rules.md): each code's severity, rule, level and the short Vietnamese label that
 * views show in place of the code.
 */
export const FINDING_CODES = {
  QUOTA_SHORT: { severity: 'error', rule: 'R2, R3', level: 'unit', label: 'Chưa đủ chỉ tiêu' },
  REGISTRATION_LATE: { severity: 'error', rule: 'R4', level: 'unit', label: 'Gửi danh sách trễ hạn' },
  REGISTRATION_MISSING: { severity: 'warning', rule: 'R4', level: 'unit', label: 'Chưa gửi danh sách' },
  PLAN_LATE: { severity: 'error', rule: 'R12', level: 'unit', label: 'Gửi kế hoạch trễ hạn' },
  PLAN_MISSING: { severity: 'error', rule: 'R12', level: 'unit', label: 'Chưa gửi kế hoạch' },
  NURTURE_PLAN_MISSING: { severity: 'warning', rule: 'R6', level: 'unit', label: 'Chưa có kế hoạch bồi dưỡng' },
  NURTURE_PLAN_INCOMPLETE: { severity: 'warning', rule: 'R6', level: 'unit', label: 'Kế hoạch bồi dưỡng thiếu nội dung' },
  INVALID_DATE: { severity: 'error', rule: null, level: 'cell', label: 'Ngày không đọc được' },
  MISSING_VALUE: { severity: 'error', rule: null, level: 'row', label: 'Thiếu thông tin' },
  NOT_SINGLE_SUBJECT: { severity: 'error', rule: 'R1', level: 'row', label: 'Một dòng ghi nhiều điển hình' },
  SUBJECT_KIND_MISMATCH: { severity: 'warning', rule: 'R1', level: 'row', label: 'Sai đối tượng (tập thể/cá nhân)' },
  UNKNOWN_UNIT: { severity: 'error', rule: 'R2', level: 'row', label: 'Đơn vị không có trong danh sách' },
  DUPLICATE: { severity: 'warning', rule: 'R5', level: 'rows', label: 'Trùng lặp' },
  LEGACY_ENCODING: { severity: 'info', rule: null, level: 'cell', label: 'Đã chuyển phông chữ cũ' },
  HIDDEN_CHARACTERS: { severity: 'info', rule: null, level: 'cell', label: 'Đã bỏ ký tự ẩn' },
  UNIT_CONFLICT: { severity: 'warning', rule: 'R2', level: 'row', label: 'Mã và tên đơn vị không khớp' },
  UNKNOWN_UNIT_TYPE: { severity: 'warning', rule: 'R2, R3', level: 'unit', label: 'Chưa rõ loại đơn vị' },
  PHASE_UNREADABLE: { severity: 'warning', rule: 'R9', level: 'row', label: 'Giai đoạn không đọc được' },
  SHEET_SKIPPED: { severity: 'info', rule: null, level: 'sheet', label: 'Trang không đọc' },
  FILE_UNREADABLE: { severity: 'error', rule: null, level: 'file', label: 'Tệp không đọc được' },
} as const;

export type FindingCode = keyof typeof FINDING_CODES;

export interface RowRef {
  file: string;
  sheet: string;
  row: number;
  /** A Word table's row: the text of its first cells, as a person finds the row in the document. */
  rowText?: string;
  /**
   * The first column of a table set beside another on the same rows (tables side by side): its rows are not the
   * other table's rows of the same number.
   */
  block?: number;
}

/** One string per row of one table of one sheet of one file, for maps keyed by row. */
export function rowKey(ref: { file: string; sheet?: string; row?: number; block?: number }): string {
  return `${ref.file}\u0000${ref.sheet ?? ''}\u0000${ref.row ?? ''}${ref.block ? `\u0000${ref.block}` : ''}`;
}

/** One signed term of a duplicate's score: a field compared, the level it reached, the points that level is worth. */
export interface DuplicateEvidence {
  field: string;
  level: string;
  points: number;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  rule: string | null;
  file: string;
  sheet?: string;
  row?: number;
  column?: string;
  unit?: string;
  unitCode?: string;
  /**
   * DUPLICATE proposed by several units: every proposing unit's name (as `unit` is written), `unit` first. A
   * per-unit view shows the finding under each of them, as each gets it in its phiếu.
   */
  units?: string[];
  rows?: RowRef[];
  /** DUPLICATE: "certain" groups are one exemplar; "probable" pairs need a person's look. */
  confidence?: 'certain' | 'probable';
  /** DUPLICATE: the sum of the evidence's points. */
  score?: number;
  /** DUPLICATE: the proposing units are in different blocs. */
  crossBloc?: boolean;
  evidence?: DuplicateEvidence[];
  /** DUPLICATE: the group's stable key, under which a "không trùng" decision is kept in the workbook. */
  groupKey?: string;
  /** DUPLICATE: pairs of its rows decided «Không trùng» (trial 22a #5): never merged, never asked again. */
  decidedApart?: [RowRef, RowRef][];
  message: string;
  /** Cells a LEGACY_ENCODING finding converted ("C12"). */
  cells?: string[];
  /** A Word table's row (sheet "Bảng N"): the text of its first cells. */
  rowText?: string;
  /** The row's table, when tables stand side by side on the sheet (RowRef.block). */
  block?: number;
}

type Place = Omit<Finding, 'code' | 'severity' | 'rule' | 'message'>;

export function finding(code: FindingCode, place: Place, message: string): Finding {
  const def = FINDING_CODES[code];
  // Built key by key so that JSON shows the fields in the catalogue's order and omits absent ones.
  const f: Record<string, unknown> = { code, severity: def.severity, rule: def.rule, file: place.file };
  for (const k of ['sheet', 'row', 'block', 'column', 'unit', 'unitCode', 'units', 'rows', 'confidence', 'score', 'crossBloc', 'evidence', 'groupKey', 'decidedApart', 'cells', 'rowText'] as const) {
    if (place[k] !== undefined) f[k] = place[k];
  }
  f.message = message;
  return f as unknown as Finding;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by file, sheet and row: the order every door shows. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.file.localeCompare(b.file) ||
    (a.sheet ?? '').localeCompare(b.sheet ?? '') ||
    (a.row ?? 0) - (b.row ?? 0) ||
    a.code.localeCompare(b.code)
  );
}
