/**
 * The fonts of an .xls's text cells, read from its records, so that .VnTime text and .VnTimeH headings are decoded as
 * in .xlsx. SheetJS writes every cell in one font: the test files are given their fonts by adding FONT and XF records
 * to the workbook stream and pointing each text cell at its format, as Excel writes them.
 */
import * as XLSX from '@e965/xlsx';
import type { WorkbookGrid } from '../../src/domain/grid';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import type { Registration } from '../../src/domain/records';
import { fontKey, xlsTextFonts } from '../../src/workbook/sheetjs/read-xls-fonts';
import { readXls } from '../../src/workbook/sheetjs/read-xls';
import { messyUnitFile, messyUnits } from '../fixtures/layouts';
import { roundTrip } from '../fixtures/workbooks';

interface Rec {
  type: number;
  data: Uint8Array;
}

function records(stream: Uint8Array): Rec[] {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const out: Rec[] = [];
  for (let p = 0; p + 4 <= stream.length; ) {
    const size = view.getUint16(p + 2, true);
    out.push({ type: view.getUint16(p, true), data: stream.slice(p + 4, p + 4 + size) });
    p += 4 + size;
  }
  return out;
}

function fontRecord(name: string): Rec {
  const data = new Uint8Array(16 + name.length * 2);
  data[0] = 240; // height in twips (12 pt)
  data[14] = name.length;
  data[15] = 1; // UTF-16
  for (let i = 0; i < name.length; i++) new DataView(data.buffer).setUint16(16 + i * 2, name.charCodeAt(i), true);
  return { type: 0x0031, data };
}

/** The grid written by SheetJS as .xls, then each text cell given its font as the grid has it. */
function xlsWithFonts(grid: WorkbookGrid): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const sheet of grid.sheets) {
    const ws = XLSX.utils.aoa_to_sheet(sheet.rows.map((row) => Array.from(row, (c) => (!c || c.t === 'd' || c.t === 'e' ? null : c.v))));
    ws['!merges'] = sheet.merges.map((m) => ({ s: { r: m.top - 1, c: m.left - 1 }, e: { r: m.bottom - 1, c: m.right - 1 } }));
    XLSX.utils.book_append_sheet(wb, ws, sheet.name);
  }
  const cfbApi = XLSX.CFB as { read(d: Uint8Array, o: object): unknown; find(c: unknown, p: string): { content: Uint8Array; size: number }; write(c: unknown, o: object): Uint8Array };
  const cfb = cfbApi.read(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer), { type: 'array' });
  const entry = cfbApi.find(cfb, 'Workbook');
  const recs = records(Uint8Array.from(entry.content));
  const names = [...new Set(grid.sheets.flatMap((s) => s.rows.flat().flatMap((c) => (c && c.t === 's' && c.font ? [c.font] : []))))];
  const fontCount = recs.filter((r) => r.type === 0x0031).length;
  const xfs = recs.filter((r) => r.type === 0x00e0);
  // New fonts follow the file's own; index 4 is never stored, so stored position p is font index p < 4 ? p : p + 1.
  const ifnt = (name: string) => {
    const p = fontCount + names.indexOf(name);
    return p < 4 ? p : p + 1;
  };
  const added = new Map<string, number>(); // "xf font" → new XF index
  const newXfs: Rec[] = [];
  const sheetRecs: Rec[][] = [];
  let sheet = -1;
  for (const r of recs) {
    if (r.type === 0x0809 && new DataView(r.data.buffer).getUint16(2, true) === 0x0010) sheetRecs[++sheet] = [];
    if (sheet < 0 || ![0x00fd, 0x0204, 0x00d6].includes(r.type)) continue;
    const v = new DataView(r.data.buffer);
    const cell = grid.sheets[sheet]?.rows[v.getUint16(0, true)]?.[v.getUint16(2, true)];
    if (!cell || cell.t !== 's' || !cell.font) continue;
    const key = `${v.getUint16(4, true)} ${cell.font}`;
    if (!added.has(key)) {
      const xf = (xfs[v.getUint16(4, true)] as Rec).data.slice();
      new DataView(xf.buffer).setUint16(0, ifnt(cell.font), true);
      added.set(key, xfs.length + newXfs.length);
      newXfs.push({ type: 0x00e0, data: xf });
    }
    v.setUint16(4, added.get(key) as number, true);
  }
  const lastFont = recs.map((r) => r.type).lastIndexOf(0x0031);
  const lastXf = recs.map((r) => r.type).lastIndexOf(0x00e0);
  const out = [...recs.slice(0, lastFont + 1), ...names.map(fontRecord), ...recs.slice(lastFont + 1, lastXf + 1), ...newXfs, ...recs.slice(lastXf + 1)];
  const delta = [...names.map(fontRecord), ...newXfs].reduce((n, r) => n + 4 + r.data.length, 0);
  for (const r of out) if (r.type === 0x0085) new DataView(r.data.buffer).setUint32(0, new DataView(r.data.buffer).getUint32(0, true) + delta, true);
  const bytes = new Uint8Array(out.reduce((n, r) => n + 4 + r.data.length, 0));
  let p = 0;
  for (const r of out) {
    new DataView(bytes.buffer).setUint16(p, r.type, true);
    new DataView(bytes.buffer).setUint16(p + 2, r.data.length, true);
    bytes.set(r.data, p + 4);
    p += 4 + r.data.length;
  }
  entry.content = bytes;
  entry.size = bytes.length;
  return Uint8Array.from(cfbApi.write(cfb, { type: 'array' }));
}

function facts(r: Registration) {
  return { unitId: r.unitId, kind: r.kind, name: r.name, honorific: r.honorific, birthYear: r.birthYear, gender: r.gender, position: r.position, achievements: r.achievements, phase: r.phase };
}
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

describe('fonts of an .xls', () => {
  it('gives each text cell the font of its format', async () => {
    const grid = await roundTrip(messyUnitFile('X01', 'tcvn3'), 'X01.xlsx');
    const bytes = xlsWithFonts(grid);
    const fonts = xlsTextFonts(bytes);
    expect(fonts).toHaveLength(1);
    const first = grid.sheets[0];
    let checked = 0;
    first?.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c?.t !== 's' || !c.font) return;
        expect([r, col, fonts?.[0]?.get(fontKey(r, col))]).toEqual([r, col, c.font]);
        checked++;
      }),
    );
    expect(checked).toBeGreaterThan(10);
    expect(new Set(fonts?.[0]?.values())).toEqual(new Set(['.VnTime', '.VnTimeH']));
  });

  it('reads a .VnTime unit list with .VnTimeH headings as its .xlsx is read', async () => {
    const units = await roundTrip(messyUnits(), 'don-vi.xlsx');
    for (const encoding of ['tcvn3', 'vni'] as const) {
      const grid = await roundTrip(messyUnitFile('X01', encoding), 'X01.xlsx');
      const xls = readXls(xlsWithFonts(grid), 'X01.xls');
      const [a, b] = [readWorkbooks([units, grid], { profile: defaultProfile() }), readWorkbooks([units, xls], { profile: defaultProfile() })];
      expect(b.registrations.map(facts).sort(byName)).toEqual(a.registrations.map(facts).sort(byName));
      expect(b.registrations.map((r) => r.kind).sort()).toEqual(['collective', 'individual', 'individual']);
    }
  });

  it('gives no fonts, and no error, for what is not an .xls', () => {
    expect(xlsTextFonts(new Uint8Array([1, 2, 3]))).toBeUndefined();
    expect(xlsTextFonts(new Uint8Array(0))).toBeUndefined();
  });
});
