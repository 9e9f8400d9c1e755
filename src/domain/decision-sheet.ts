/**
 * Decisions on duplicate groups, kept in the workbook in a sheet the product manages ("Quyết định trùng lặp"),
 * one row per decision:
 *
 *   Mã nhóm | Nội dung nhóm | Mức độ | Quyết định | Ngày quyết định | Ghi chú
 *
 * "Mã nhóm" is the group's stable key (group-key.ts); "Nội dung nhóm" lists the members so a person reading the
 * sheet knows what was decided; "Quyết định" is "Không trùng" or "Trùng". A group whose key is "Không trùng" is
 * not reported again; one whose key is "Trùng" is merged as certain. Keys of groups of two are the keys of their
 * link: a decision taken on a pair still holds, as a cut or a certain link, once that pair is part of a larger group. The header names avoid every registration/units header, so the sheet is never read as a table of exemplars.
 */
import type { DuplicateDecision } from './records';
import { asciiKey } from './text';

// The sheet's name is a text the user reads: kept with the messages, which name it too.
export { DECISION_SHEET_NAME } from './findings/messages';

export const DECISION_COLUMNS = ['Mã nhóm', 'Nội dung nhóm', 'Mức độ', 'Quyết định', 'Ngày quyết định', 'Ghi chú'] as const;

/** How a decision is written in the sheet, and the spellings read back as it. */
export const DECISION_TEXTS: Record<DuplicateDecision, { written: string; read: string[] }> = {
  'not-duplicate': {
    written: 'Không trùng',
    read: [
      'Không trùng', 'Không trùng lặp', 'Không trùng nhau', 'Không phải trùng', 'Không phải trùng lặp', 'Khác nhau', 'Không',
      // How staff write it (trial 22a #6).
      'Không phải một người', 'Không phải là một người', 'Không phải cùng một người', 'Không cùng một người',
      'Hai người khác nhau', 'Hai người', 'Khác người', 'Người khác', 'Không phải một tập thể', 'Hai tập thể khác nhau',
      'Khác tập thể', 'Không phải một', 'Hai điển hình khác nhau', 'Khác',
    ],
  },
  duplicate: {
    written: 'Trùng',
    read: [
      'Trùng', 'Trùng lặp', 'Là trùng', 'Đúng trùng', 'Cùng một', 'Gộp',
      // How staff write it (trial 22a #6).
      'Có trùng', 'Trùng nhau', 'Có trùng lặp', 'Bị trùng', 'Là một người', 'Cùng một người', 'Một người',
      'Là một', 'Cùng người', 'Là một tập thể', 'Cùng một tập thể', 'Gộp làm một', 'Gộp lại',
    ],
  },
};

/** Each spelling's key → the decision it reads as: a constant table. */
function decisionsByText(): ReadonlyMap<string, DuplicateDecision> {
  return new Map(
    (Object.entries(DECISION_TEXTS) as [DuplicateDecision, { read: string[] }][]).flatMap(([d, t]) =>
      t.read.map((s) => [asciiKey(s), d] as const),
    ),
  );
}

const DECISION_BY_TEXT = decisionsByText();

export function parseDecision(text: string): DuplicateDecision | undefined {
  return DECISION_BY_TEXT.get(asciiKey(text));
}

/** Words that leave a group undecided on purpose: read as no decision, and nothing to say. */
const PENDING = new Set(['De sau', 'Chua', 'Chua quyet dinh', 'Chua ro', 'Xem lai', 'Dang xem', 'Dang xem xet', 'Cho'].map(asciiKey));

/**
 * A decision cell read: the decision, 'none' for an empty cell or a word that postpones («Để sau»), 'unread' for a
 * text that says neither (said to the user with its row, never ignored silently: trial 22a #6).
 */
export function readDecisionCell(text: string): DuplicateDecision | 'none' | 'unread' {
  const key = asciiKey(text);
  if (!text.trim() || PENDING.has(key)) return 'none';
  return DECISION_BY_TEXT.get(key) ?? 'unread';
}

/** Rows searched for the decisions header, from the top of a sheet. */
export const DECISION_HEADER_ROWS = 10;
/** Columns searched for it: a header far to the right is no decisions sheet (and stray cells there cost nothing). */
export const DECISION_HEADER_COLUMNS = 100;

/**
 * The decisions sheet is known by its header, never by its name (a user renames sheets, and may have a sheet of that
 * name of their own): a row naming the "Mã nhóm" and "Quyết định" columns, whatever the case, diacritics or order.
 * Returns each decision column's position in the row (0-based), or undefined when the row is no decisions header.
 * Every door (the command line, the browser, the add-in's reader and its writer) decides with this.
 */
export function decisionHeaderColumns(labels: readonly string[]): Map<DecisionColumn, number> | undefined {
  const keys = new Map(DECISION_COLUMNS.map((c) => [asciiKey(c), c] as const));
  const out = new Map<DecisionColumn, number>();
  labels.slice(0, DECISION_HEADER_COLUMNS).forEach((l, i) => {
    const c = keys.get(asciiKey(l));
    if (c && !out.has(c)) out.set(c, i);
  });
  return out.has(DECISION_COLUMNS[0]) && out.has(DECISION_COLUMNS[3]) ? out : undefined;
}

export type DecisionColumn = (typeof DECISION_COLUMNS)[number];
