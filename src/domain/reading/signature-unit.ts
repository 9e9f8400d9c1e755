/**
 * The body a list's signature block signs for: «TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN», «T/M BAN CHẤP HÀNH HỘI CCB HUYỆN»
 * (the «T/M» line, on its own or over the body's name on the next line). The signer's title («BÍ THƯ»), «KT.»,
 * «Người lập biểu» name no unit.
 */
import type { RecognizedTable } from './recognize';

/** "T/M", "TM.", "T.M", "TM " at a line's start: on behalf of the body named after it. */
const ON_BEHALF = /^\s*(?:T\s*\/\s*M|T\.\s*M\.?|TM\.?)\s+(\S.*)$/iu;
/** Rows of a sheet looked at under its list: a signature block is a few rows. */
const ROWS_BELOW = 30;

/** The lines under a table: a Word table's paragraphs below it, a sheet's rows under its last data row. */
export function linesBelow(table: RecognizedTable): string[] {
  if (table.paragraphsBelow) return table.paragraphsBelow;
  const view = table.view;
  const last = table.rows[table.rows.length - 1]?.r ?? table.header.row;
  const out: string[] = [];
  for (let r = last + 1; r <= Math.min(view.rowCount, last + ROWS_BELOW); r++) {
    for (let c = 1; c <= view.colCount; c++) {
      // A cell of several lines ("TM. BAN THƯỜNG VỤ⏎BÍ THƯ"): each line.
      if (view.text(r, c)) out.push(...(view.lines?.(r, c) ?? [view.text(r, c)]));
    }
  }
  return out;
}

/**
 * The texts a signature block names its body by, most likely first: the words after «T/M», then those joined with
 * the next line («TM. BAN THƯỜNG VỤ» over «HUYỆN ĐOÀN»).
 */
export function signatureBodies(table: RecognizedTable): string[] {
  const lines = linesBelow(table).map((l) => l.trim()).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const body = ON_BEHALF.exec(lines[i] as string)?.[1]?.trim();
    if (!body) continue;
    out.push(body);
    const next = lines[i + 1];
    if (next) out.push(`${body} ${next}`);
  }
  return out;
}
