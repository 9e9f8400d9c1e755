/**
 * The sample unit list sent as a Word document (assets/don-vi/dang-uy-xa-nhon-hoi-bo-sung.docx): written by its
 * script byte for byte, and read with the sample district it brings Đảng ủy xã Nhơn Hội to its quota, with nothing to
 * report of its own but the .VnTime text it decoded.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { readXlsx } from '../fixtures/workbooks';
import { readInputBytes } from '../../src/workbook/read-input';
import { DOCX_SAMPLE, docxSampleBytes } from '../../scripts/make-docx-sample';
import { MASTER_FILE } from '../../scripts/sample-district';

const ASSETS = path.join(__dirname, '..', '..', 'assets');
const AS_OF = { y: 2023, m: 3, d: 1 };

async function check(names: string[]) {
  const grids = [];
  for (const n of names) grids.push(await readInputBytes(new Uint8Array(await fs.readFile(path.join(ASSETS, n))), path.basename(n), readXlsx));
  const read = readWorkbooks(grids, { profile: defaultProfile() });
  return { read, report: buildReport(read, AS_OF, names.length) };
}

describe('the Word list of the sample set', () => {
  it('is what its script writes', async () => {
    expect(Buffer.compare(await fs.readFile(path.join(ASSETS, 'don-vi', DOCX_SAMPLE)), await docxSampleBytes())).toBe(0);
  });

  it('brings its unit to the quota and reports nothing else of its own', async () => {
    const alone = await check([MASTER_FILE]);
    const both = await check([MASTER_FILE, path.join('don-vi', DOCX_SAMPLE)]);
    const short = (r: typeof alone) => r.report.findings.filter((f) => f.code === 'QUOTA_SHORT' && f.unitCode === 'DBX07');
    expect(short(alone)).toHaveLength(1);
    expect(short(both)).toEqual([]);
    const added = both.read.registrations.filter((r) => r.source.file === DOCX_SAMPLE);
    expect(added.map((r) => [r.name, r.kind, r.unitId, r.unitSource])).toEqual([
      ['Chi hội Nông dân ấp Hà Bao', 'collective', both.read.units.find((u) => u.code === 'DBX07')?.id, 'title'],
      ['Nguyễn Thị Kim Loan', 'individual', both.read.units.find((u) => u.code === 'DBX07')?.id, 'title'],
    ]);
    expect(added.map((r) => r.source.rowText)).toEqual([expect.stringContaining('Chi hội Nông dân ấp Hà Bao'), expect.stringContaining('Nguyễn Thị Kim Loan')]);
    const own = both.report.findings.filter((f) => f.file === DOCX_SAMPLE);
    expect(new Set(own.map((f) => f.code))).toEqual(new Set(['LEGACY_ENCODING']));
  });
});
