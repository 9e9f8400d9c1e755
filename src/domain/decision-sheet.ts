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

/** Is this the sheet the product keeps decisions in? (Its name, whatever the case or diacritics.) */
export function isDecisionSheet(sheetName: string): boolean {
  return asciiKey(sheetName) === asciiKey(DECISION_SHEET_NAME);
}
