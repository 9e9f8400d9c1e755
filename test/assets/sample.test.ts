/**
 * The bundled sample district: every planted problem is reported once, with the right code, sheet, row and unit,
 * and nothing else is; the same workbook laid out messily gives the same findings.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Finding } from '../../src/domain/findings/finding';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { readXlsx } from '../fixtures/workbooks';
import { MASTER_FILE, NEAR_MISSES, PLANTED, RESOLVED_BY_UNIT_FILES, UNIT_FILES } from '../../scripts/sample-district';
import { messify, ROW_SHIFT } from './messify';

const ASSETS = path.join(__dirname, '..', '..', 'assets');
const AS_OF = { y: 2023, m: 3, d: 1 };

async function check(files: { name: string; bytes: Uint8Array }[]) {
  const grids = await Promise.all(files.map((f) => readXlsx(f.bytes, f.name)));
  return buildReport(readWorkbooks(grids, { profile: defaultProfile() }), AS_OF, files.length);
}

const sample = async () => ({ name: MASTER_FILE, bytes: new Uint8Array(await fs.readFile(path.join(ASSETS, MASTER_FILE))) });

const key = (code: string, sheet: string | undefined, row: number | undefined, unitCode: string | undefined) =>
  `${code} ${sheet ?? ''}!${row ?? ''} ${unitCode ?? '-'}`;

describe('the sample district workbook', () => {
  it('reports each planted problem once, at its place and unit, and nothing else', async () => {
    const report = await check([await sample()]);
    const found = report.findings.filter((f) => f.code !== 'DUPLICATE').map((f) => key(f.code, f.sheet, f.row, f.unitCode));
    const planted = PLANTED.filter((p) => p.code !== 'DUPLICATE');
    expect(found.sort()).toEqual(planted.map((p) => key(p.code, p.sheet, p.row, p.unitCode)).sort());
    // One DUPLICATE finding per planted group, whose rows are exactly the group's rows.
    const groups = new Map<string, number[]>();
    for (const p of PLANTED.filter((x) => x.code === 'DUPLICATE')) groups.set(p.group ?? '', [...(groups.get(p.group ?? '') ?? []), p.row]);
    const dups = report.findings.filter((f) => f.code === 'DUPLICATE').map((f) => (f.rows ?? []).map((r) => r.row).sort((a, b) => a - b));
    expect(dups.sort()).toEqual([...groups.values()].map((rows) => rows.sort((a, b) => a - b)).sort());
  });

  it('stays silent on the near-misses', async () => {
    const report = await check([await sample()]);
    for (const n of NEAR_MISSES) {
      expect(report.findings.filter((f) => f.sheet === n.sheet && f.row === n.row && f.code === n.code)).toEqual([]);
    }
  });

  it('gives the same findings when laid out messily', async () => {
    const s = await sample();
    const messy = await check([{ name: MASTER_FILE, bytes: await messify(s.bytes) }]);
    const canonical = await check([s]);
    const norm = (f: Finding, shift: number) =>
      key(f.code, f.sheet?.replace(' (bản gửi)', ''), f.row === undefined ? undefined : f.row - shift, f.unitCode);
    expect(messy.findings.map((f) => norm(f, ROW_SHIFT)).sort()).toEqual(canonical.findings.map((f) => norm(f, 0)).sort());
    expect(messy.quota).toEqual(canonical.quota);
  });

  it('with the units’ own files, the units that sent them meet their quota', async () => {
    const files = [await sample()];
    for (const u of UNIT_FILES) files.push({ name: u.fileName, bytes: new Uint8Array(await fs.readFile(path.join(ASSETS, 'don-vi', u.fileName))) });
    const report = await check(files);
    for (const r of RESOLVED_BY_UNIT_FILES) {
      expect(report.findings.filter((f) => f.code === r.code && f.unitCode === r.unitCode)).toEqual([]);
    }
    const fromFiles = report.findings.filter((f) => f.file !== MASTER_FILE);
    expect(new Set(fromFiles.map((f) => f.code))).toEqual(new Set(['LEGACY_ENCODING']));
  });
});
