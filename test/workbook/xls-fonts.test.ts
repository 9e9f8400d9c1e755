/**
 * The fonts of an .xls's text cells, read from its records, so that .VnTime text and .VnTimeH headings are decoded as
 * in .xlsx. SheetJS writes every cell in one font: the test files are given their fonts by adding FONT and XF records
 * to the workbook stream and pointing each text cell at its format, as Excel writes them.
 */
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import type { Registration } from '../../src/domain/records';
import { fontKey, xlsTextFonts } from '../../src/workbook/sheetjs/read-xls-fonts';
import { readXls } from '../../src/workbook/sheetjs/read-xls';
import { messyUnitFile, messyUnits } from '../fixtures/layouts';
import { roundTrip } from '../fixtures/workbooks';
import { xlsWithFonts } from '../fixtures/xls-with-fonts';

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
        expect([r, col, fonts?.[0]?.get(fontKey(r, col))?.name]).toEqual([r, col, c.font]);
        checked++;
      }),
    );
    expect(checked).toBeGreaterThan(10);
    expect(new Set([...(fonts?.[0]?.values() ?? [])].map((f) => f.name))).toEqual(new Set(['.VnTime', '.VnTimeH']));
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
