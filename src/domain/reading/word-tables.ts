/**
 * What a Word table adds to its recognised table: the paragraphs above it as its title block, the date line below
 * it, and for each row the text of its first cells, so that a finding points into the document as a person looks.
 */
import type { Cell } from '../grid';
import type { Finding } from '../findings/finding';
import type { SheetView } from '../recognition/sheet-view';
import type { Registration } from '../records';
import { firstDateLine, paragraphTexts } from './date-line';
import type { RecognizedTable } from './recognize';

export function withParagraphs(table: RecognizedTable, around: { above: Cell[]; below: Cell[] }): void {
  const above = paragraphTexts(around.above);
  table.titleTexts = [...above, ...table.titleTexts];
  table.paragraphsAbove = above;
  const dateLine = table.dateLine ?? firstDateLine(paragraphTexts(around.below)) ?? firstDateLine(above);
  if (dateLine) table.dateLine = dateLine;
}

const ROW_TEXT_CELLS = 3;
const ROW_TEXT_MAX = 80;

/** The first few distinct texts of a row ("3 | Nguyễn Văn Hùng | 1975"). */
function rowTextOf(view: SheetView, r: number): string {
  const texts: string[] = [];
  for (let c = 1; c <= view.colCount && texts.length < ROW_TEXT_CELLS; c++) {
    const t = view.text(r, c).replace(/\s+/g, ' ');
    if (t && !texts.includes(t)) texts.push(t);
  }
  const text = texts.join(' | ');
  return text.length > ROW_TEXT_MAX ? `${text.slice(0, ROW_TEXT_MAX - 1)}…` : text;
}

/** Row texts on the registrations and the reading's findings of Word tables (views by file, then sheet). */
export function withRowTexts(wordViews: Map<string, Map<string, SheetView>>, registrations: Registration[], findings: Finding[]): void {
  if (!wordViews.size) return;
  const textOf = (file: string, sheet: string | undefined, row: number | undefined): string | undefined => {
    if (sheet === undefined || row === undefined) return undefined;
    const view = wordViews.get(file)?.get(sheet);
    return view ? rowTextOf(view, row) || undefined : undefined;
  };
  for (const reg of registrations) {
    const t = textOf(reg.source.file, reg.source.sheet, reg.source.row);
    if (t) reg.source.rowText = t;
  }
  for (const f of findings) {
    const t = textOf(f.file, f.sheet, f.row);
    if (t) f.rowText = t;
  }
}
