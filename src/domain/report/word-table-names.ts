/**
 * A Word list's table as the unit sees it (trial12 #16): the reader numbers every table of the document, the
 * borderless letterhead and signature tables too, which the unit does not see as tables; the phiếu names the list's
 * table as the list («bảng danh sách», or «bảng danh sách thứ 2» where the list is in several tables).
 */
import type { Finding } from '../findings/finding';
import { isWordFile } from '../grid';
import type { ReadResult } from '../records';

/** The name of a Word file's table in a phiếu, or undefined where the reader's own name stays. */
export type TableNamer = (file: string, sheet: string) => string | undefined;

// fix12-outputs: how the phiếu names a Word list's tables.
export const wordTableText = {
  list: 'bảng danh sách',
  listNth: (n: number) => `bảng danh sách thứ ${n}`,
};

const tableNumber = (sheet: string) => Number(/\d+$/.exec(sheet)?.[0] ?? 0);

export function wordTableNamer(read: Pick<ReadResult, 'tables'>): TableNamer {
  const lists = new Map<string, string[]>();
  for (const t of read.tables) {
    if (t.kind !== 'registrations' || !isWordFile(t.file)) continue;
    const sheets = lists.get(t.file) ?? [];
    if (!sheets.includes(t.sheet)) sheets.push(t.sheet);
    lists.set(t.file, sheets);
  }
  for (const sheets of lists.values()) sheets.sort((a, b) => tableNumber(a) - tableNumber(b));
  return (file, sheet) => {
    const sheets = lists.get(file);
    const k = sheets ? sheets.indexOf(sheet) : -1;
    if (!sheets || k < 0) return undefined;
    return sheets.length === 1 ? wordTableText.list : wordTableText.listNth(k + 1);
  };
}

/**
 * Where a finding is, as its reader finds it: a workbook's sheet and cell ("trang «Đăng ký», ô D5"); a Word table by
 * what it holds where that is known («bảng danh sách»), its row by number and its first cells' text.
 */
export function placeText(f: Pick<Finding, 'file' | 'sheet' | 'row' | 'column' | 'rowText'>, tableName?: TableNamer): string {
  const parts = [f.file];
  const word = isWordFile(f.file);
  if (f.sheet) parts.push(word ? (tableName?.(f.file, f.sheet) ?? f.sheet.toLocaleLowerCase('vi')) : `trang «${f.sheet}»`);
  if (f.row) parts.push(f.column && !word ? `ô ${f.column}${f.row}` : `dòng ${f.row}`);
  if (f.rowText) parts.push(`«${f.rowText}»`);
  return parts.join(', ');
}
