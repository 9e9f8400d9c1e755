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
import { CalendarDate, formatDate } from '../dates';
import { msg } from '../findings/messages';
import type { SheetView } from '../recognition/sheet-view';
import { asciiKey } from '../text';
import type { RowRef } from '../findings/finding';
import type { Registration } from '../records';

export const DECISION_SHEET_NAME = 'Quyết định trùng lặp';

export const DECISION_COLUMNS = ['Mã nhóm', 'Nội dung nhóm', 'Mức độ', 'Quyết định', 'Ngày quyết định', 'Ghi chú'] as const;

/** "Không trùng": two exemplars, never report the group again; "Trùng": one exemplar, merge the group. */
export type DuplicateDecision = 'not-duplicate' | 'duplicate';

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

export interface DecisionEntry {
  key: string;
  decision: DuplicateDecision;
  /** Where it was read (the sheet's row), for messages. */
  row?: number;
  date?: string;
  note?: string;
}

const DECISION_BY_TEXT = new Map<string, DuplicateDecision>(
  (Object.entries(DECISION_TEXTS) as [DuplicateDecision, { read: string[] }][]).flatMap(([d, t]) =>
    t.read.map((s) => [asciiKey(s), d] as const),
  ),
);

export function parseDecision(text: string): DuplicateDecision | undefined {
  return DECISION_BY_TEXT.get(asciiKey(text));
}

/** Is this the sheet the product keeps decisions in? (Its name, whatever the case or diacritics.) */
export function isDecisionSheet(sheetName: string): boolean {
  return asciiKey(sheetName) === asciiKey(DECISION_SHEET_NAME);
}

const KEY_HEADER = asciiKey(DECISION_COLUMNS[0]);
const DECISION_HEADER = asciiKey(DECISION_COLUMNS[3]);
const DATE_HEADER = asciiKey(DECISION_COLUMNS[4]);
const NOTE_HEADER = asciiKey(DECISION_COLUMNS[5]);
const HEADER_SEARCH_ROWS = 10;

/**
 * Reads the decisions of a "Quyết định trùng lặp" sheet: the header row (within the first rows) locates the
 * "Mã nhóm" and "Quyết định" columns, whatever their order; rows without a key or a recognised decision are
 * ignored.
 */
export function readDuplicateDecisions(view: SheetView): DecisionEntry[] {
  for (let h = 1; h <= Math.min(HEADER_SEARCH_ROWS, view.rowCount); h++) {
    const cols = new Map<string, number>();
    for (let c = 1; c <= view.colCount; c++) {
      const k = asciiKey(view.text(h, c));
      if (k && !cols.has(k)) cols.set(k, c);
    }
    const keyCol = cols.get(KEY_HEADER);
    const decisionCol = cols.get(DECISION_HEADER);
    if (keyCol === undefined || decisionCol === undefined) continue;
    const dateCol = cols.get(DATE_HEADER);
    const noteCol = cols.get(NOTE_HEADER);
    const out: DecisionEntry[] = [];
    for (let r = h + 1; r <= view.rowCount; r++) {
      const key = view.text(r, keyCol).replace(/\s+/g, '').toUpperCase();
      const decision = parseDecision(view.text(r, decisionCol));
      if (!key || !decision) continue;
      const entry: DecisionEntry = { key, decision, row: r };
      const date = dateCol !== undefined ? view.text(r, dateCol) : '';
      const note = noteCol !== undefined ? view.text(r, noteCol) : '';
      if (date) entry.date = date;
      if (note) entry.note = note;
      out.push(entry);
    }
    return out;
  }
  return [];
}

/**
 * The groups left once those the user marked "không trùng" are taken out (the matcher applies decisions itself,
 * links included: match.ts; this is for groups already made).
 */
export function applyDecisions<G extends { key: string }>(groups: readonly G[], entries: readonly DecisionEntry[]): G[] {
  const notDuplicate = new Set(entries.filter((e) => e.decision === 'not-duplicate').map((e) => e.key.toUpperCase()));
  if (!notDuplicate.size) return [...groups];
  return groups.filter((g) => !notDuplicate.has(g.key.toUpperCase()));
}

/** What a decision row says of a group (a DuplicateGroup: match.ts). */
export interface DecidedGroup {
  key: string;
  confidence: 'certain' | 'probable';
  members: readonly { registration: Registration; unit?: string; source: RowRef }[];
}

/** The cells of the row that records a decision on a group, in `DECISION_COLUMNS` order (all text). */
export function decisionRow(
  group: DecidedGroup,
  date: CalendarDate,
  decision: DuplicateDecision = 'not-duplicate',
  note = '',
): string[] {
  return [
    group.key,
    group.members
      .map((m) => msg.duplicateMember(m.registration.name, m.registration.birthYear, m.unit ?? m.registration.unitText, m.source))
      .join('; '),
    msg.duplicateConfidence(group.confidence),
    DECISION_TEXTS[decision].written,
    formatDate(date),
    note,
  ];
}
