/**
 * The ceremony list laid out as a Party document appendix (Hướng dẫn 36-HD/VPTW): heading blocks, title,
 * description, the eight-column table grouped "I. TẬP THỂ" / "II. CÁ NHÂN", totals and signature; print-ready.
 */
import type { Ceremony, Profile } from '../profile';
import { CellModel, CellStyle, fitRowHeights, SheetModel, textCell } from '../sheet-model';
import { ceremonyText } from './ceremony-texts';
import type { CeremonyEntry, Selection } from './select-entries';

const FONT = 'Times New Roman';
const base = (size: number, extra: Partial<NonNullable<CellStyle['font']>> = {}): CellStyle['font'] => ({ name: FONT, size, ...extra });
const BOX: CellStyle['border'] = ['top', 'bottom', 'left', 'right'];
const COLS = 8;
const WIDTHS = [6, 28, 9, 30, 24, 44, 20, 16];

export const CEREMONY_HEADER_ROW = 8;

export function ceremonySheet(profile: Profile, ceremony: Ceremony, selection: Selection, name = ceremonyText.sheetName(ceremony)): SheetModel {
  const cells: CellModel[] = [];
  const merges: SheetModel['merges'] = [];
  const heights: Record<number, number> = {};
  const merge = (top: number, left: number, bottom: number, right: number) => merges.push({ top, left, bottom, right });
  const text = (row: number, col: number, value: string, style: CellStyle) => cells.push(textCell(row, col, value, style));

  // Heading: superior body over issuing body over "*" on the left; the Party's name and the date line on the right.
  text(1, 1, ceremonyText.superiorBody(profile), { font: base(13), horizontal: 'center', vertical: 'middle' });
  merge(1, 1, 1, 3);
  text(2, 1, ceremonyText.issuingBody(profile), { font: base(13, { bold: true }), horizontal: 'center' });
  merge(2, 1, 2, 3);
  text(3, 1, '*', { font: base(13), horizontal: 'center' });
  merge(3, 1, 3, 3);
  // One column wide, so that the rule under the Party's name stays about as long as the name.
  text(1, 6, ceremonyText.party, { font: base(14, { bold: true }), horizontal: 'center', border: ['bottom'] });
  text(2, 6, ceremonyText.dateLine(profile, ceremony), { font: base(13, { italic: true }), horizontal: 'center' });

  text(5, 1, ceremonyText.title, { font: base(14, { bold: true }), horizontal: 'center' });
  merge(5, 1, 5, COLS);
  text(6, 1, ceremonyText.description(ceremony), { font: base(13, { bold: true }), horizontal: 'center', vertical: 'middle', wrap: true });
  merge(6, 1, 6, COLS);
  heights[6] = 48;

  const head: CellStyle = { font: base(12, { bold: true }), horizontal: 'center', vertical: 'middle', wrap: true, border: BOX };
  ceremonyText.columns.forEach((c, i) => text(CEREMONY_HEADER_ROW, i + 1, c, head));
  heights[CEREMONY_HEADER_ROW] = 34;

  let row = CEREMONY_HEADER_ROW + 1;
  const body = (h: CellStyle['horizontal'] = 'left'): CellStyle => ({ font: base(12), horizontal: h, vertical: 'top', wrap: true, border: BOX });
  const group = (label: string, entries: CeremonyEntry[]) => {
    text(row, 1, label, { font: base(12, { bold: true }), horizontal: 'left', vertical: 'middle', border: BOX });
    for (let c = 2; c <= COLS; c++) text(row, c, '', { border: BOX });
    merge(row, 1, row, COLS);
    row++;
    entries.forEach((e, i) => {
      cells.push({ row, col: 1, value: i + 1, style: body('center') });
      text(row, 2, e.name, body());
      if (e.birthYear !== undefined) cells.push({ row, col: 3, value: e.birthYear, style: body('center') });
      else text(row, 3, '', body('center'));
      text(row, 4, e.position ?? '', body());
      text(row, 5, e.units.join('; '), body());
      text(row, 6, e.achievements ?? '', body());
      text(row, 7, e.award ?? '', body());
      text(row, 8, e.note ?? '', body());
      row++;
    });
  };
  group(ceremonyText.collectives, selection.collectives);
  group(ceremonyText.individuals, selection.individuals);
  const bodyEnd = row;

  row++;
  text(row, 1, ceremonyText.total(selection.collectives.length, selection.individuals.length), { font: base(13, { bold: true }) });
  merge(row, 1, row, 4);

  // Signature block: recipients on the left, the signer on the right.
  row += 2;
  const sig = row;
  ceremonyText.recipients.forEach((t, i) => text(sig + i, 1, t, { font: i === 0 ? base(12, { bold: true, italic: true }) : base(11) }));
  ceremonyText.recipients.forEach((_, i) => merge(sig + i, 1, sig + i, 3));
  // The Board's head signs in his own title (as the guideline itself was signed), not "T/M" a collective body.
  text(sig, 6, ceremonyText.signerTitle, { font: base(13, { bold: true }), horizontal: 'center' });

  const model: SheetModel = {
    name,
    widths: WIDTHS,
    rowHeights: heights,
    cells,
    merges,
    page: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      repeatRows: { from: CEREMONY_HEADER_ROW, to: CEREMONY_HEADER_ROW },
    },
  };
  const bodyRows = Array.from({ length: bodyEnd - CEREMONY_HEADER_ROW - 1 }, (_, i) => CEREMONY_HEADER_ROW + 1 + i);
  Object.assign(heights, fitRowHeights(model, bodyRows, 12));
  return model;
}
