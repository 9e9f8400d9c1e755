/**
 * The ceremony list as a Word document (.docx), through the `docx` package: the same heading, table, total,
 * "Nơi nhận" and signature block as the sheet, on A4 landscape with the margins of Hướng dẫn 36-HD/VPTW, the header
 * row repeated on every page, no row split across pages, and "Trang x/y" in the footer. Works in Node and in a
 * browser or worker.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ITableCellBorders,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { CeremonyDocument, CeremonyRow } from '../../domain/ceremony/ceremony-document';
import { rowParts } from '../../domain/ceremony/ceremony-sheet';
import { MADE_BY, OUTPUT_KEYWORD } from '../made-by';

const FONT = 'Times New Roman';
const TWIPS_PER_MM = 1440 / 25.4;
const A4 = { width: 11906, height: 16838 };
/**
 * "ĐẢNG CỘNG SẢN VIỆT NAM" in 14 pt bold Times is about 196 pt (3 930 twips) wide: the rule under it is about as
 * long (HD 36), with a little room so that the name never wraps.
 */
const PARTY_RULE_TWIPS = 4150;
/** Empty lines left for the signature. */
const SIGNING_LINES = 4;

const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const halfPoints = (pt: number) => pt * 2;

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

function run(text: string, s: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: halfPoints(s.size ?? 12),
    ...(s.bold ? { bold: true } : {}),
    ...(s.italics ? { italics: true } : {}),
    ...(s.underline ? { underline: {} } : {}),
  });
}

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function para(text: string, s: RunStyle & { align?: Align; before?: number; after?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: s.align ?? AlignmentType.LEFT,
    spacing: { before: (s.before ?? 0) * 20, after: (s.after ?? 0) * 20 },
    ...(s.keepNext ? { keepNext: true, keepLines: true } : {}),
    children: [run(text, s)],
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const BOXED: ITableCellBorders = { top: LINE, bottom: LINE, left: LINE, right: LINE };
const OPEN: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const CELL_MARGINS = { top: 40, bottom: 40, left: 70, right: 70 };

function cell(children: Paragraph[], width: number, extra: { span?: number; borders?: ITableCellBorders; middle?: boolean } = {}): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: extra.borders ?? BOXED,
    margins: CELL_MARGINS,
    verticalAlign: extra.middle ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    ...(extra.span && extra.span > 1 ? { columnSpan: extra.span } : {}),
  });
}

/** Column widths in twips, in the proportions of the sheet's, filling the printable width. */
function columnWidths(doc: CeremonyDocument, printable: number): number[] {
  const total = doc.widths.reduce((a, b) => a + b, 0);
  return doc.widths.map((w) => Math.floor((w * printable) / total));
}

function heading(doc: CeremonyDocument, leftWidth: number, rightWidth: number): Table {
  const inset = Math.max(0, Math.round((rightWidth - 2 * CELL_MARGINS.left - PARTY_RULE_TWIPS) / 2));
  const party = new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: inset, right: inset },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run(doc.party, { size: 14, bold: true })],
  });
  const left = [
    para(doc.superiorBody, { size: 13, align: AlignmentType.CENTER }),
    para(doc.issuingBody, { size: 13, bold: true, align: AlignmentType.CENTER }),
    para('*', { size: 13, align: AlignmentType.CENTER }),
  ];
  const right = [party, para(doc.dateLine, { size: 13, italics: true, align: AlignmentType.CENTER, before: 6 })];
  return sideBySide(left, right, leftWidth, rightWidth);
}

/** Two borderless columns on one unsplittable row: the letterhead, and "Nơi nhận" beside the signature. */
function sideBySide(left: Paragraph[], right: Paragraph[], leftWidth: number, rightWidth: number): Table {
  return new Table({
    width: { size: leftWidth + rightWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [new TableRow({ cantSplit: true, children: [cell(left, leftWidth, { borders: OPEN }), cell(right, rightWidth, { borders: OPEN })] })],
  });
}

/**
 * An entry's cell: its borders and margins are the list table's, its font, size and spacing the document's defaults,
 * so that no cell, paragraph or run of a list of thousands of entries repeats them (each one did: some 220 KB of
 * memory an entry while the document was made). Word shows it as before. One paragraph per line of the text (a
 * merged entry's texts are on separate lines).
 */
function bodyCell(text: string, width: number, centred: boolean): TableCell {
  return new TableCell({
    children: text.split('\n').map((t) => new Paragraph({ ...(centred ? { alignment: AlignmentType.CENTER } : {}), children: [new TextRun(t)] })),
    width: { size: width, type: WidthType.DXA },
  });
}

function bodyRow(r: CeremonyRow, widths: number[], tall: boolean): TableRow {
  const centred = new Set([0, 2]);
  return new TableRow({
    // A row taller than a page (a very long summary) may go on over the next page rather than be cut.
    cantSplit: !tall,
    children: r.map((v, i) => bodyCell(String(v), widths[i] ?? 0, centred.has(i))),
  });
}

function listTable(doc: CeremonyDocument, widths: number[]): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: doc.columns.map((c, i) => cell([para(c, { bold: true, align: AlignmentType.CENTER })], widths[i] ?? 0, { middle: true })),
  });
  const rows: TableRow[] = [header];
  for (const g of doc.groups) {
    // A group row never ends a page: it keeps with its first entry.
    rows.push(new TableRow({ cantSplit: true, children: [cell([para(g.label, { bold: true, keepNext: true })], total, { span: widths.length })] }));
    for (const r of g.rows) rows.push(bodyRow(r, widths, r.some((v, i) => typeof v === 'string' && rowParts(v, doc.widths[i] ?? 10).length > 1)));
  }
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    margins: { ...CELL_MARGINS, marginUnitType: WidthType.DXA },
    rows,
  });
}

function signature(doc: CeremonyDocument, leftWidth: number, rightWidth: number): Table {
  const left = [para(doc.recipientsLabel, { bold: true, italics: true, underline: true }), ...doc.recipients.map((t) => para(t))];
  const signer = (t: string) => para(t, { size: 13, bold: true, align: AlignmentType.CENTER });
  const right = [
    ...(doc.authority ? [signer(doc.authority)] : []),
    signer(doc.signerTitle),
    ...Array.from({ length: SIGNING_LINES }, () => para('', { size: 13 })),
    signer(doc.signerName),
  ];
  return sideBySide(left, right, leftWidth, rightWidth);
}

/** "Trang &P/&N" (Excel's codes) as Word fields. */
function footerRuns(footer: string): ParagraphChild[] {
  const children: (string | (typeof PageNumber)[keyof typeof PageNumber])[] = [];
  for (const part of footer.split(/(&P|&N)/)) {
    if (part === '&P') children.push(PageNumber.CURRENT);
    else if (part === '&N') children.push(PageNumber.TOTAL_PAGES);
    else if (part) children.push(part);
  }
  return [new TextRun({ children, font: FONT, size: halfPoints(12) })];
}

export function ceremonyDocx(doc: CeremonyDocument): Document {
  const m = doc.margins;
  const printable = twips(297 - m.left - m.right);
  const widths = columnWidths(doc, printable);
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  // The heading's halves follow the table: the left block over the first four columns.
  const leftWidth = widths.slice(0, 4).reduce((a, b) => a + b, 0);
  const rightWidth = tableWidth - leftWidth;
  return new Document({
    creator: MADE_BY,
    keywords: OUTPUT_KEYWORD,
    title: `${doc.title} ${doc.description}`.slice(0, 250),
    styles: { default: { document: { run: { font: FONT, size: halfPoints(12) }, paragraph: { spacing: { before: 0, after: 0 } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4, orientation: PageOrientation.LANDSCAPE },
            margin: { top: twips(m.top), bottom: twips(m.bottom), left: twips(m.left), right: twips(m.right), footer: twips(8) },
          },
        },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: footerRuns(doc.footer) })] }) },
        children: [
          heading(doc, leftWidth, rightWidth),
          para(doc.title, { size: 14, bold: true, align: AlignmentType.CENTER, before: 12 }),
          // The last line above the table keeps a little space under it.
          para(doc.description, { size: 13, bold: true, align: AlignmentType.CENTER, after: doc.decision ? 0 : 8 }),
          ...(doc.decision ? [para(doc.decision, { size: 13, italics: true, align: AlignmentType.CENTER, after: 8 })] : []),
          listTable(doc, widths),
          para(doc.total, { size: 13, bold: true, before: 6, after: 6, keepNext: true }),
          signature(doc, leftWidth, rightWidth),
        ],
      },
    ],
  });
}

/** The .docx bytes of the list. */
export async function writeDocx(doc: CeremonyDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(ceremonyDocx(doc)));
}
