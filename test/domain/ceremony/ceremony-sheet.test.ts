/** The ceremony workbook, written by the ExcelJS adapter and read back as a user's Excel would. */
import ExcelJS from 'exceljs';
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import JSZip from 'jszip';
import { CEREMONY_HEADER_ROW, pageBreaks } from '../../../src/domain/ceremony/ceremony-sheet';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import { printedWidthMm, textCell, wrappedLines } from '../../../src/domain/sheet-model';
import { writeXlsx } from '../../../src/workbook/exceljs/write-xlsx';
import { REGISTRATIONS, UNITS } from '../../fixtures/district';
import { canonicalMaster } from '../../fixtures/layouts';
import { roundTrip } from '../../fixtures/workbooks';

async function build(ceremony: string, edit?: (wb: ExcelJS.Workbook) => void) {
  const wb = canonicalMaster();
  edit?.(wb);
  const read = readWorkbooks([await roundTrip(wb, 'tong-hop.xlsx')], { profile: { ...defaultProfile(), district: 'An Phú' } });
  const report = buildReport(read, { y: 2023, m: 3, d: 1 }, 1);
  const book = consolidate(read, report, ceremony);
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await writeXlsx(book.sheets)) as unknown as ArrayBuffer);
  return { book, out };
}

function texts(ws: ExcelJS.Worksheet, col: number, from: number, to: number): string[] {
  const out: string[] = [];
  for (let r = from; r <= to; r++) out.push(String(ws.getCell(r, col).value ?? ''));
  return out;
}

describe('the ceremony sheet', () => {
  it('has the document heading, title and the description of the 2023 ceremony', async () => {
    const { out } = await build('2023');
    const ws = out.worksheets[0]!;
    expect(ws.name).toBe('Lễ tuyên dương 2023');
    expect(ws.getCell('A1').value).toBe('HUYỆN ỦY AN PHÚ');
    expect(ws.getCell('A2').value).toBe('BAN TUYÊN GIÁO');
    expect(ws.getCell('A2').font.bold).toBe(true);
    expect(ws.getCell('A3').value).toBe('*');
    expect(ws.getCell('F1').value).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(ws.getCell('F1').font.bold).toBe(true);
    expect(ws.getCell('F1').border.bottom?.style).toBe('thin');
    expect(ws.getCell('E2').value).toBe('An Phú, ngày 19 tháng 5 năm 2023');
    expect(ws.getCell('E2').font.italic).toBe(true);
    expect(ws.getCell('A5').value).toBe('DANH SÁCH');
    expect(String(ws.getCell('A6').value)).toContain('133 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2023)');
    expect(String(ws.getCell('A6').value)).toContain('giai đoạn 2021 – 2023');
  });

  it('lists phase-1 exemplars for 2023, grouped and numbered from 1 in each group', async () => {
    const { out, book } = await build('2023');
    const ws = out.worksheets[0]!;
    expect(texts(ws, 1, CEREMONY_HEADER_ROW, CEREMONY_HEADER_ROW)).toEqual(['STT']);
    const header = [1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getCell(CEREMONY_HEADER_ROW, c).value);
    expect(header).toEqual(['STT', 'Tên tập thể / Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Đơn vị đề xuất', 'Tóm tắt thành tích', 'Hình thức', 'Ghi chú']);

    const phase1 = REGISTRATIONS.filter((r) => r.phase === 1);
    const collectives = phase1.filter((r) => r.kind === 'Tập thể');
    const individuals = phase1.filter((r) => r.kind === 'Cá nhân');
    const g1 = CEREMONY_HEADER_ROW + 1;
    const g2 = g1 + collectives.length + 1;
    expect(ws.getCell(g1, 1).value).toBe('I. TẬP THỂ');
    expect(ws.getCell(g2, 1).value).toBe('II. CÁ NHÂN');
    expect(texts(ws, 1, g1 + 1, g1 + collectives.length)).toEqual(collectives.map((_, i) => String(i + 1)));
    expect(texts(ws, 1, g2 + 1, g2 + individuals.length)).toEqual(individuals.map((_, i) => String(i + 1)));
    // Ordered by bloc, then by unit as in the units list.
    const unitOrder = UNITS.map((u) => u.name);
    const listed = texts(ws, 5, g2 + 1, g2 + individuals.length).map((u) => unitOrder.indexOf(u));
    expect(listed).toEqual([...listed].sort((a, b) => a - b));
    expect(texts(ws, 2, g2 + 1, g2 + individuals.length).sort()).toEqual(individuals.map((r) => r.name).sort());
    expect(book.selection.excluded.map((x) => x.name)).toEqual(['Trần Thị Thủy']);
    const total = g2 + individuals.length + 2;
    expect(ws.getCell(total, 1).value).toBe(`Tổng cộng: ${collectives.length} tập thể, ${individuals.length} cá nhân`);
  });

  it('lists phase 1 and phase 2 for 2025', async () => {
    const { book } = await build('2025');
    expect(book.selection.collectives.length + book.selection.individuals.length).toBe(REGISTRATIONS.length);
    expect(book.selection.excluded).toEqual([]);
  });

  it('is print-ready at 100 %: A4 landscape, columns inside the printable width, repeated header, page numbers, margins, fonts', async () => {
    const { out, book } = await build('2023');
    const ws = out.worksheets[0]!;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
    // No shrinking to fit: the columns are sized for the page.
    expect(ws.pageSetup.fitToPage).toBe(false);
    expect(ws.pageSetup.scale).toBe(100);
    expect(ws.pageSetup.printTitlesRow).toBe(`${CEREMONY_HEADER_ROW}:${CEREMONY_HEADER_ROW}`);
    const m = ws.pageSetup.margins!;
    expect([m.top, m.bottom, m.left, m.right].map((x) => Math.round(x * 25.4))).toEqual([20, 20, 30, 15]);
    const widths = [1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getColumn(c).width ?? 0);
    expect(printedWidthMm(widths)).toBeLessThanOrEqual(297 - 30 - 15);
    expect(printedWidthMm(widths)).toBeGreaterThan(220);
    expect(ws.headerFooter.oddFooter).toMatch(/Trang &P\/&N$/);
    const cell = ws.getCell(CEREMONY_HEADER_ROW + 2, 6);
    expect(cell.font.name).toBe('Times New Roman');
    expect(cell.font.size).toBe(12);
    expect(cell.alignment.wrapText).toBe(true);
    expect(cell.border.left?.style).toBe('thin');
    expect(cell.numFmt).toBe('@');
    expect(ws.getCell('A5').font.size).toBe(14);
    expect(ws.getCell('A6').font.size).toBe(13);
    // Every written cell is 12–14 pt: nothing small enough to strain the eye.
    const sizes = new Set<number>();
    ws.eachRow((row) => row.eachCell((c) => c.font?.size && sizes.add(c.font.size)));
    expect([...sizes].every((s) => s >= 12 && s <= 14)).toBe(true);
    expect(book.sheets.every((s) => s.page && !s.page.fitToWidth)).toBe(true);
  });

  it('sizes every row for its wrapped text: a longer achievement gets a taller row, the header fits its two lines', async () => {
    const long = 'Vận động nhân dân hiến đất làm đường; '.repeat(6).trim();
    const { out } = await build('2023', (wb) => {
      wb.getWorksheet('Đăng ký')!.getCell('H3').value = long;
    });
    const ws = out.worksheets[0]!;
    const rowOf = (name: string) => {
      let at = 0;
      ws.eachRow((row, n) => row.getCell(2).value === name && (at = n));
      return at;
    };
    const longRow = ws.getRow(rowOf('Nguyễn Văn Hùng'));
    const shortRow = ws.getRow(rowOf('Lê Văn Hoà'));
    expect(longRow.height).toBeGreaterThanOrEqual(wrappedLines(long, ws.getColumn(6).width!, 12) * 12);
    expect(longRow.height).toBeGreaterThan((shortRow.height ?? 0) + 2 * 12);
    expect(ws.getRow(CEREMONY_HEADER_ROW).height).toBeGreaterThanOrEqual(2 * 12);
    // No row is left at the program's default height, which would squash or cut its text.
    for (let r = 1; r <= ws.rowCount; r++) expect(ws.getRow(r).height).toBeGreaterThan(0);
  });

  it('puts the rule under "ĐẢNG CỘNG SẢN VIỆT NAM" in one unmerged column about as wide as the name, not across the block', async () => {
    const { out, book } = await build('2023');
    const ws = out.worksheets[0]!;
    const party = ws.getCell('F1');
    expect(party.value).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(party.border.bottom?.style).toBe('thin');
    expect(ws.getCell('E1').border?.bottom).toBeUndefined();
    expect(ws.getCell('G1').border?.bottom).toBeUndefined();
    expect(book.sheets[0]!.merges.some((m) => m.top === 1 && m.left <= 6 && m.right >= 6)).toBe(false);
    // 14 pt bold capitals: about 0.68 em × 1.08 a letter; the column is within a fifth of the name's width.
    const nameUnits = ('ĐẢNG CỘNG SẢN VIỆT NAM'.length * 14 * (96 / 72) * 0.68 * 1.08) / 7;
    expect(Math.abs((ws.getColumn(6).width ?? 0) - nameUnits) / nameUnits).toBeLessThan(0.2);
  });

  it('writes a name that begins with "=", "+", "-" or "@" as text, never as a formula', async () => {
    const { out } = await build('2023', (wb) => {
      const ws = wb.getWorksheet('Đăng ký')!;
      ws.getCell('D6').value = '=HYPERLINK("http://x","Lê Văn Hoà")';
      // A leading "=" before a name is a stray mark (trial 5), read off it; a position keeps its text as written.
      ws.getCell('G6').value = '=HYPERLINK("http://x","Chủ tịch")';
      ws.getCell('H6').value = '+84 thành tích';
    });
    const ws = out.worksheets[0]!;
    let found = false;
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === 'string' && c.value.startsWith('=HYPERLINK')) found = true;
        expect(c.formula).toBeUndefined();
      }),
    );
    expect(found).toBe(true);
  });

  it('keeps rows with a row-level error off the list, with the reason beside it', async () => {
    const { book, out } = await build('2023', (wb) => {
      // A unit code the list does not have (UNKNOWN_UNIT, a row-level error). An unreadable birth year ("19a2") is the
      // cell's error only (INVALID_DATE): that row stays listed (trial5-cell-values.test.ts).
      wb.getWorksheet('Đăng ký')!.getCell('B8').value = 'ZZ9';
    });
    expect(book.selection.excluded.map((x) => x.name)).toContain('Đỗ Quang Vinh');
    expect(book.selection.excluded.find((x) => x.name === 'Đỗ Quang Vinh')?.reason).toMatch(/ZZ9/);
    const ex = out.getWorksheet('Không đưa vào danh sách')!;
    expect(ex.getRow(1).values).toEqual([undefined, 'Tệp', 'Trang', 'Dòng', 'Đơn vị đề xuất', 'Tên tập thể / Họ và tên', 'Lý do không đưa vào danh sách']);
    expect(ex.rowCount).toBe(1 + book.selection.excluded.length);
  });

  it('picks sheet names that do not replace sheets the workbook already has', async () => {
    const wb = canonicalMaster();
    const read = readWorkbooks([await roundTrip(wb)], { profile: defaultProfile() });
    const report = buildReport(read, { y: 2023, m: 3, d: 1 }, 1);
    const book = consolidate(read, report, '2023', ['Lễ tuyên dương 2023', 'Đăng ký']);
    expect(book.sheets.map((s) => s.name)).toEqual(['Lễ tuyên dương 2023 (2)', 'Không đưa vào danh sách', 'Chỉ tiêu đăng ký']);
  });
});

describe('a list built from several files', () => {
  it('names each exemplar once, legacy-encoded copies included, with every proposing unit', async () => {
    const { messyUnitFile } = await import('../../fixtures/layouts');
    const grids = [
      await roundTrip(canonicalMaster(), 'tong-hop.xlsx'),
      await roundTrip(messyUnitFile('X01', 'tcvn3'), 'X01-tcvn3.xlsx'),
      await roundTrip(messyUnitFile('X02', 'vni'), 'X02-vni.xlsx'),
    ];
    const read = readWorkbooks(grids, { profile: defaultProfile() });
    const report = buildReport(read, { y: 2023, m: 3, d: 1 }, grids.length);
    const { selection } = consolidate(read, report, '2025');
    const names = [...selection.collectives, ...selection.individuals].map((e) => e.name);
    expect(names.sort()).toEqual(REGISTRATIONS.map((r) => r.name).sort());
    const hung = selection.individuals.find((e) => e.name === 'Nguyễn Văn Hùng');
    expect(hung?.rows.map((r) => r.file).sort()).toEqual(['X01-tcvn3.xlsx', 'tong-hop.xlsx']);
    expect(hung?.units).toEqual(['Đảng bộ xã An Bình']);
  });
});

describe('keeping the signature block with the list', () => {
  const margins = { top: 20, bottom: 20, left: 30, right: 15 };
  /** Heading rows 1–9 of 20 pt, then `entries` rows of 50 pt, a blank, the total, a blank and the signature. */
  function heights(entries: number, signature = 100): { h: Record<number, number>; last: number; sig: number } {
    const h: Record<number, number> = {};
    for (let r = 1; r <= CEREMONY_HEADER_ROW; r++) h[r] = 20;
    const last = CEREMONY_HEADER_ROW + entries;
    for (let r = CEREMONY_HEADER_ROW + 1; r <= last; r++) h[r] = 50;
    Object.assign(h, { [last + 1]: 18, [last + 2]: 20, [last + 3]: 18, [last + 4]: signature });
    return { h, last, sig: last + 4 };
  }

  it('breaks the page before the last entry when the signature would stand alone on the next page', () => {
    // 180 pt of heading and 6 × 50 pt of entries fill the 482 pt page: the signature would go over alone.
    const { h, last, sig } = heights(6);
    expect(pageBreaks(h, new Set(), { from: last, to: sig }, margins)).toEqual([last]);
  });

  it('also when it would only just fit, since another program may fit a little less on a page', () => {
    const { h, last, sig } = heights(2, 250);
    // 180 + 100 + 56 + 250 = 586 > 482: apart.
    expect(pageBreaks(h, new Set(), { from: last, to: sig }, margins)).toEqual([last]);
    const near = heights(2, 130);
    // 180 + 100 + 56 + 130 = 466: fits the 482 pt page, but not one 24 pt shorter.
    expect(pageBreaks(near.h, new Set(), { from: near.last, to: near.sig }, margins)).toEqual([near.last]);
  });

  it('leaves the pages alone when the signature ends the page the last entry is on', () => {
    const { h, last, sig } = heights(2);
    expect(pageBreaks(h, new Set(), { from: last, to: sig }, margins)).toEqual([]);
    // Over two pages, the second of which has room: 20 + 4 × 50 + 56 + 100 = 376 pt.
    const many = heights(10);
    expect(pageBreaks(many.h, new Set(), { from: many.last, to: many.sig }, margins)).toEqual([]);
  });

  it('never ends a page with a group row: "II. CÁ NHÂN" goes over with its first entry', () => {
    const { h, last, sig } = heights(10);
    // Row 15 (the sixth 50 pt row) is a group row ending page 1 at 480 pt: it must start page 2 instead.
    expect(pageBreaks(h, new Set([15]), { from: last, to: sig }, margins)).toEqual([15]);
    // A group row with room for its first entry stays where it is.
    expect(pageBreaks(h, new Set([12]), { from: last, to: sig }, margins)).toEqual([]);
  });

  it('writes the break into the .xlsx as a manual page break above that row', async () => {
    const model = { name: 'x', widths: [10], cells: [textCell(1, 1, 'a'), textCell(50, 1, 'b')], merges: [], page: { orientation: 'landscape' as const, paper: 'A4' as const, fitToWidth: false, margins, breaksBefore: [30] } };
    const zip = await JSZip.loadAsync(await writeXlsx([model]));
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(sheet).toMatch(/<rowBreaks[^>]*><brk id="29"[^>]*man="1"/);
  });
});
