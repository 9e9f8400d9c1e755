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

export const DECISION_SHEET_NAME = 'Quyết định trùng lặp';

export const DECISION_COLUMNS = ['Mã nhóm', 'Nội dung nhóm', 'Mức độ', 'Quyết định', 'Ngày quyết định', 'Ghi chú'] as const;

/** How a decision is written in the sheet, and the spellings read back as it. */
export const DECISION_TEXTS: Record<DuplicateDecision, { written: string; read: string[] }> = {
  'not-duplicate': {
    written: 'Không trùng',
    read: ['Không trùng', 'Không trùng lặp', 'Không phải trùng', 'Không phải trùng lặp', 'Khác nhau', 'Không'],
  },
  duplicate: {
    written: 'Trùng',
    read: ['Trùng', 'Trùng lặp', 'Là trùng', 'Đúng trùng', 'Cùng một', 'Gộp'],
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
