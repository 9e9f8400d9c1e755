/**
 * Trial 18b #4: `consolidate` aborted («Đã xảy ra lỗi ngoài dự kiến», RangeError: Maximum call stack size exceeded)
 * once the notes sheet held more than ~20k entries: its cells were spread into a call (`Math.max(0, ...cells)`,
 * `cells.push(...table)`). Long lists are now added and measured by loops: 30k entries in each part of the notes
 * sheet, a 30k-unit quota sheet, a text report of 200k findings of one unit. Near miss: a short notes sheet keeps its
 * layout (each part where it was).
 */
import { ceremonyText } from '../../../src/domain/ceremony/ceremony-texts';
import type { CheckedRow, ExcludedRow, MovedRow } from '../../../src/domain/ceremony/select-entries';
import { decisionsSheet, excludedSheet, quotaSheet } from '../../../src/domain/ceremony/side-sheets';
import { finding } from '../../../src/domain/findings/finding';
import type { QuotaRow } from '../../../src/domain/records';
import { renderText } from '../../../src/domain/report/render-text';
import type { SheetModel } from '../../../src/domain/sheet-model';

const ref = (i: number) => ({ file: 'tong-hop.xlsx', sheet: 'Đăng ký', row: i + 2 });
const excluded = (n: number): ExcludedRow[] => Array.from({ length: n }, (_, i) => ({ row: ref(i), unit: 'Xã An Hà', name: `Người ${i}`, reason: 'Thiếu năm sinh' }));
const moved = (n: number): MovedRow[] => Array.from({ length: n }, (_, i) => ({ row: ref(i), unit: 'Xã An Hà', name: `Chi bộ ${i}`, stated: 'individual', listed: 'collective' }));
const checks = (n: number): CheckedRow[] => Array.from({ length: n }, (_, i) => ({ row: ref(i), unit: 'Xã An Hà', name: `Người ${i}`, what: 'Có thể trùng' }));

/** The row of each cell whose text is `text`. */
const rowsOf = (s: SheetModel, text: string) => s.cells.filter((c) => c.value === text).map((c) => c.row);
const lastRow = (s: SheetModel) => s.cells.reduce((n, c) => Math.max(n, c.row), 0);

describe('a notes sheet of many entries', () => {
  it.each([
    ['rows left off', 30000, 0, 0],
    ['rows to check', 0, 0, 30000],
    ['all three parts', 30000, 30000, 30000],
  ])('%s: written, each part after the previous', (_, e, m, c) => {
    const s = excludedSheet(excluded(e), undefined, moved(m), checks(c));
    let last = 1 + e;
    if (m) {
      expect(rowsOf(s, ceremonyText.movedTitle)).toEqual([e + 3]);
      last = e + 4 + m;
    }
    if (c) {
      expect(rowsOf(s, ceremonyText.checksTitle)).toEqual([last + 2]);
      last += 3 + c;
    }
    expect(lastRow(s)).toBe(last);
  });

  it('a quota sheet of 30k units and a decisions sheet of 30k rows are written', () => {
    const quota: QuotaRow[] = Array.from({ length: 30000 }, (_, i) => ({ unit: `Xã ${i}`, required: 1, registered: 1, shortfall: 0, status: 'ok' as const }));
    expect(lastRow(quotaSheet(quota))).toBe(30001);
    expect(lastRow(decisionsSheet(Array.from({ length: 30000 }, (_, i) => [`k${i}`, 'a', 'b', 'c', 'd', 'e'])))).toBe(30001);
  });

  it('a text report of 200k findings of one unit is written', () => {
    const findings = Array.from({ length: 200000 }, (_, i) => finding('MISSING_VALUE', { ...ref(i), unit: 'Xã An Hà' }, 'Thiếu năm sinh.'));
    const text = renderText({ version: 1, asOf: '2023-03-01', summary: { files: 1, units: 1, registrations: 200000, errors: 200000, warnings: 0, infos: 0 }, findings, quota: [] });
    expect(text.split('\n').filter((l) => l.includes('Thiếu năm sinh.'))).toHaveLength(200000);
  });
});

describe('near miss: a short notes sheet', () => {
  it('keeps its layout', () => {
    const s = excludedSheet(excluded(2), undefined, moved(1), checks(3));
    expect(rowsOf(s, ceremonyText.excludedColumns[0]!)).toEqual([1, 6, 10]);
    expect(rowsOf(s, ceremonyText.movedTitle)).toEqual([5]);
    expect(rowsOf(s, ceremonyText.checksTitle)).toEqual([9]);
    expect(rowsOf(s, 'Chi bộ 0')).toEqual([7]);
    expect(rowsOf(s, 'Người 2')).toEqual([13]);
    expect(lastRow(s)).toBe(13);
    expect(s.merges).toEqual([
      { top: 5, left: 1, bottom: 5, right: ceremonyText.movedColumns.length },
      { top: 9, left: 1, bottom: 9, right: ceremonyText.checksColumns.length },
    ]);
  });
});
