/**
 * The bench's generated province, checked whole: each code with rows (or units) planted for it — kinds, two people in
 * one row, a missing name, an unknown unit code, late, missing and impossible dates — is found exactly there, no more.
 * (A trade union, "Công đoàn cơ sở", was once taken for a person on a thousand rows, and no test looked.)
 */
import * as path from 'path';
import { generateBenchWorkbook, GenerateStats } from '../../../bench/generate';
import { analyze } from '../../../src/domain/analysis/analyze';
import { defaultProfile } from '../../../src/domain/profile';
import { readViewedBooks, viewBooks } from '../../../src/domain/reading/read-workbooks';
import { reportOf } from '../../../src/domain/report/report';
import { readWorkbookFile } from '../../../src/workbook/exceljs/read-file';
import { tempDir } from '../../cli/run-cli';

describe('the bench province, seeded as the bench seeds it', () => {
  let stats: GenerateStats;
  const found = new Map<string, number>();
  beforeAll(async () => {
    const file = path.join(await tempDir(), 'tinh.xlsx');
    stats = await generateBenchWorkbook({ rows: 12_000, units: 400, seed: 20230225, path: file });
    const read = readViewedBooks(viewBooks([await readWorkbookFile(file)]), { profile: defaultProfile() });
    // Checked once every planted date has passed: a date after the as-of date is no sending date (trial17b #11).
    for (const f of reportOf(analyze(read, { y: 2023, m: 3, d: 10 }), 1).findings) found.set(f.code, (found.get(f.code) ?? 0) + 1);
  }, 60_000);

  it('has a finding for every planted row of each code, and none for the rows nobody planted', () => {
    const planted = Object.entries(stats.planted);
    expect(planted.every(([, n]) => n > 5)).toBe(true);
    for (const [code, n] of planted) expect([code, found.get(code) ?? 0]).toEqual([code, n]);
  });
});
