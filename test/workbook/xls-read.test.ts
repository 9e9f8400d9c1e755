/**
 * Excel 97–2003 (.xls), macro-enabled (.xlsm), binary (.xlsb) and OpenDocument (.ods) workbooks read as the same grid facts as
 * .xlsx: values, merges, dates (1900 and 1904 systems), error values; legacy text decoded by its own evidence where
 * the format gives no fonts.
 */
import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import type { Cell, WorkbookGrid } from '../../src/domain/grid';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import type { Registration } from '../../src/domain/records';
import { webInflate } from '../../src/workbook/xlsx/inflate';
import { readWorkbookBytes } from '../../src/workbook/xlsx/read-workbook';
import { loadWithExcelJS } from '../fixtures/excel-load-oracle';
import { readInputBytes } from '../../src/workbook/read-input';
import { readXls } from '../../src/workbook/sheetjs/read-xls';
import { UNITS } from '../fixtures/district';
import { canonicalMaster, messyUnitFile, messyUnits } from '../fixtures/layouts';
import { readXlsx, roundTrip, toBytes } from '../fixtures/workbooks';

/** A grid written again by SheetJS in another format: the same values, dates as dates, the same merges. */
function rewrite(grid: WorkbookGrid, bookType: 'biff8' | 'ods' | 'xlsb', date1904 = false): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const sheet of grid.sheets) {
    const aoa = sheet.rows.map((row) => Array.from(row, (c: Cell | null | undefined) => (!c ? null : c.t === 'd' ? new Date(Date.UTC(c.v.y, c.v.m - 1, c.v.d)) : c.t === 'e' ? null : c.v)));
    const ws = XLSX.utils.aoa_to_sheet(aoa, { cellDates: true, dateNF: 'dd/mm/yyyy', UTC: true } as XLSX.AOA2SheetOpts);
    ws['!merges'] = sheet.merges.map((m) => ({ s: { r: m.top - 1, c: m.left - 1 }, e: { r: m.bottom - 1, c: m.right - 1 } }));
    XLSX.utils.book_append_sheet(wb, ws, sheet.name);
  }
  if (date1904) wb.Workbook = { WBProps: { date1904: true } };
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

function facts(r: Registration) {
  return { unitId: r.unitId, kind: r.kind, name: r.name, birthYear: r.birthYear, gender: r.gender, position: r.position, achievements: r.achievements, phase: r.phase };
}
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const read = (grids: WorkbookGrid[]) => readWorkbooks(grids, { profile: defaultProfile() });

describe('.xls', () => {
  it('dispatches by its bytes, whatever its name, and reads the same records as the .xlsx', async () => {
    const xlsx = await roundTrip(canonicalMaster(), 'tong-hop.xlsx');
    const bytes = rewrite(xlsx, 'biff8');
    const grid = await readInputBytes(bytes, 'tong-hop.xls', readXlsx);
    expect(grid.sheets.map((s) => s.name)).toEqual(xlsx.sheets.map((s) => s.name));
    const [a, b] = [read([xlsx]), read([grid])];
    expect(b.units).toEqual(a.units.map((u) => ({ ...u, source: { ...u.source, file: 'tong-hop.xls' } })));
    expect(b.registrations.map(facts)).toEqual(a.registrations.map(facts));
    expect(b.findings).toEqual([]);
  });

  it('reads dates by their format in the 1900 and the 1904 date systems', async () => {
    const xlsx = await roundTrip(canonicalMaster(), 'tong-hop.xlsx');
    for (const date1904 of [false, true]) {
      const grid = readXls(rewrite(xlsx, 'biff8', date1904), 'cu.xls');
      expect(grid.date1904).toBe(date1904);
      expect(read([grid]).units.map((u) => u.listDate)).toEqual(UNITS.map((u) => u.listDate));
    }
  });

  it('keeps merges and the two-level header of a unit file; legacy text is decoded from its own evidence', async () => {
    // VNI text carries its case in its own codes; .VnTimeH headings need their font (xls-fonts.test.ts).
    const workbookRead = read([await roundTrip(messyUnits(), 'don-vi.xlsx'), await roundTrip(messyUnitFile('X01', 'vni'), 'X01.xlsx')]);
    const xlsGrid = readXls(rewrite(await roundTrip(messyUnitFile('X01', 'vni'), 'X01.xlsx'), 'biff8'), 'X01.xls');
    expect(xlsGrid.sheets[0]?.merges).toEqual(expect.arrayContaining([{ top: 7, left: 3, bottom: 7, right: 4 }]));
    // SheetJS writes every cell in Arial: nothing tells the reader the text is VNI but the text itself.
    expect(new Set(xlsGrid.sheets[0]?.rows.flat().map((c) => (c && 'font' in c ? c.font : undefined)))).toEqual(new Set([undefined, 'Arial']));
    const xlsRead = read([await roundTrip(messyUnits(), 'don-vi.xlsx'), xlsGrid]);
    expect(xlsRead.registrations.map(facts).sort(byName)).toEqual(workbookRead.registrations.map(facts).sort(byName));
    expect(xlsRead.registrations.map((r) => r.name)).toContain('Nguyễn Văn Hùng');
    expect(xlsRead.findings.filter((f) => f.code === 'LEGACY_ENCODING').length).toBeGreaterThan(0);
  });

  it('gives error values as errors, numbers as numbers', () => {
    const ws = XLSX.utils.aoa_to_sheet([['Họ và tên', 'Năm sinh'], ['Lê Văn A', 1975]]);
    ws['C2'] = { t: 'e', v: 0x2a };
    ws['!ref'] = 'A1:C2';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const grid = readXls(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer), 'e.xls');
    expect(grid.sheets[0]?.rows[1]).toEqual([{ t: 's', v: 'Lê Văn A', font: 'Arial' }, { t: 'n', v: 1975 }, { t: 'e', v: '#N/A' }]);
  });

  it('a damaged .xls gets one Vietnamese sentence', async () => {
    const bytes = rewrite(await roundTrip(canonicalMaster(), 'm.xlsx'), 'biff8').subarray(0, 1500);
    await expect(readInputBytes(bytes, 'hong.xls', readXlsx)).rejects.toThrow(/^Tệp hong\.xls bị hỏng hoặc không đọc được/);
  });
});

describe('.xlsm and .ods', () => {
  it('an .xlsm (macro-enabled) reads as its .xlsx does, with both inflaters and as ExcelJS load reads it', async () => {
    const zip = await JSZip.loadAsync(await toBytes(canonicalMaster()));
    const types = await zip.file('[Content_Types].xml')?.async('string');
    zip.file('[Content_Types].xml', (types ?? '').replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml'));
    zip.file('xl/vbaProject.bin', new Uint8Array([1, 2, 3]));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const fast = await readInputBytes(bytes, 'tong-hop.xlsm', readXlsx);
    expect(await readInputBytes(bytes, 'tong-hop.xlsm', (b, n) => readWorkbookBytes(b, n, webInflate))).toStrictEqual(fast);
    expect(fast).toStrictEqual(await loadWithExcelJS(bytes, 'tong-hop.xlsm'));
    expect(read([fast]).registrations.map(facts)).toEqual(read([await roundTrip(canonicalMaster())]).registrations.map(facts));
  });

  it.each(['ods', 'xlsb'] as const)('an .%s comes free through the same reader as .xls', async (bookType) => {
    const xlsx = await roundTrip(canonicalMaster(), 'tong-hop.xlsx');
    const grid = await readInputBytes(rewrite(xlsx, bookType), `tong-hop.${bookType}`, readXlsx);
    const [a, b] = [read([xlsx]), read([grid])];
    expect(b.registrations.map(facts)).toEqual(a.registrations.map(facts));
    expect(b.units.map((u) => u.listDate)).toEqual(a.units.map((u) => u.listDate));
  });
});
