/**
 * Trial 17a classes 4 and 5: the decisions sheet is known by its header (and the add-in's sheet id), never by its
 * name. A user's own sheet named «Quyết định trùng lặp» with another header is never written, nor read as decisions:
 * the add-in makes «Quyết định trùng lặp (2)» and the next check reads its decisions from there. A decisions sheet the
 * user renamed keeps its decisions, in the pane and on the command line (same engine), and a «Trùng» merge holds.
 */
import ExcelJS from 'exceljs';
import { DECISION_COLUMNS, DECISION_SHEET_NAME } from '../../src/domain/decision-sheet';
import type { Finding } from '../../src/domain/findings/finding';
import { defaultProfile } from '../../src/domain/profile';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { officeWorkspace } from '../../src/taskpane/office-workspace';
import { freeDecisionSheetName } from '../../src/workbook/office/decisions-sheet';
import { localEngine } from '../../src/worker/engine';
import { install } from '../e2e/fake-office';
import { districtWorkbook } from '../e2e/sample';
import { canonicalMaster } from '../fixtures/layouts';
import { readXlsx, sheetWith, toBytes } from '../fixtures/workbooks';
import { seedFromWorkbook } from './seed';

const ASOF = '2023-03-01';
const quiet = () => undefined;
const dups = (fs: Finding[]) => fs.filter((f) => f.code === 'DUPLICATE');

/** The canonical master with one person proposed by two units (a probable duplicate, «Trùng» merges it). */
function hoaTwice(): ExcelJS.Workbook {
  const wb = canonicalMaster();
  const ws = wb.getWorksheet('Đăng ký') as ExcelJS.Worksheet;
  ws.addRow([20, 'PN', 'Cá nhân', 'Nguyễn Thị Hoa', 1980, 'Nữ', 'Chi hội trưởng phụ nữ ấp 2', 'Tiết kiệm', 1]);
  ws.addRow([21, 'UB', 'Cá nhân', 'Nguyễn Thị Hoa', 1980, 'Nữ', 'Cán bộ văn phòng UBND huyện', 'Cải cách hành chính', 1]);
  return wb;
}

describe('the add-in writes decisions only into a decisions sheet (class 4)', () => {
  it("a user's own sheet of the name is left alone; the decision goes to «… (2)» and is respected", async () => {
    const wb = districtWorkbook();
    sheetWith(wb, DECISION_SHEET_NAME, [['Việc cần làm', 'Người phụ trách'], ['Hỏi lại xã An Bình về ông Hùng', 'Chị Hoa']]);
    const fake = install(seedFromWorkbook(wb, 'An Phú.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const o = await ws.check(ASOF, quiet);
    const dup = dups(o.report.findings)[0];
    expect(dup).toBeDefined();
    await ws.decisions.record(dup as Finding, 'not-duplicate');
    // The user's sheet: as it was.
    expect(fake.state.textOf(DECISION_SHEET_NAME)).toEqual(['Việc cần làm', 'Người phụ trách', 'Hỏi lại xã An Bình về ông Hùng', 'Chị Hoa']);
    const made = `${DECISION_SHEET_NAME} (2)`;
    expect(fake.state.cell(made, 1, 1)?.value).toBe('Mã nhóm');
    expect(fake.state.cell(made, 2, 1)?.value).toBe(dup?.groupKey);
    const again = await ws.check(ASOF, quiet);
    expect(dups(again.report.findings).map((f) => f.groupKey)).not.toContain(dup?.groupKey);
    // The user's sheet is not the add-in's: a second decision goes to the same new sheet.
    await ws.decisions.record({ ...(dup as Finding), groupKey: 'TL-0000000000ABCD' }, 'not-duplicate');
    expect(fake.state.cell(made, 3, 1)?.value).toBe('TL-0000000000ABCD');
    expect(fake.state.textOf(DECISION_SHEET_NAME)).toHaveLength(4);
    const ids = (fake.state.settings['dienhinh.madeSheets'] as { id: string }[]).map((m) => m.id);
    expect(ids).toEqual([fake.state.sheetInfo(made)?.id]);
  });

  it('a decisions sheet kept by hand, columns in another order, gets each value under its header', async () => {
    const wb = districtWorkbook();
    sheetWith(wb, 'QĐ', [['Quyết định', 'Ghi chú', 'Mã nhóm']]);
    const fake = install(seedFromWorkbook(wb, 'An Phú.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const o = await ws.check(ASOF, quiet);
    const dup = dups(o.report.findings)[0] as Finding;
    await ws.decisions.record(dup, 'not-duplicate');
    expect(fake.state.sheetNames()).not.toContain(DECISION_SHEET_NAME);
    expect([fake.state.cell('QĐ', 2, 1)?.value, fake.state.cell('QĐ', 2, 3)?.value]).toEqual(['Không trùng', dup.groupKey]);
    expect(dups((await ws.check(ASOF, quiet)).report.findings).map((f) => f.groupKey)).not.toContain(dup.groupKey);
  });

  it('free names skip every taken one, whatever the case', () => {
    expect(freeDecisionSheetName(['Đăng ký'])).toBe(DECISION_SHEET_NAME);
    expect(freeDecisionSheetName(['QUYẾT ĐỊNH TRÙNG LẶP', `${DECISION_SHEET_NAME} (2)`])).toBe(`${DECISION_SHEET_NAME} (3)`);
  });
});

describe('a renamed decisions sheet keeps its decisions (class 5)', () => {
  it('«Không trùng» holds after a rename, and the next decision goes into the renamed sheet', async () => {
    const fake = install(seedFromWorkbook(districtWorkbook(), 'An Phú.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const o = await ws.check(ASOF, quiet);
    const [dup] = dups(o.report.findings);
    await ws.decisions.record(dup as Finding, 'not-duplicate');
    fake.state.renameSheet(DECISION_SHEET_NAME, 'QĐ trùng lặp (đã duyệt)');
    const again = await ws.check(ASOF, quiet);
    expect(dups(again.report.findings).map((f) => f.groupKey)).not.toContain(dup?.groupKey);
    // The renamed sheet is read as decisions, not reported as a sheet left unread.
    expect(again.report.findings.filter((f) => f.sheet === 'QĐ trùng lặp (đã duyệt)')).toEqual([]);
    await ws.decisions.record({ ...(dup as Finding), groupKey: 'TL-0000000000ABCD' }, 'not-duplicate');
    expect(fake.state.sheetNames()).not.toContain(DECISION_SHEET_NAME);
    expect(fake.state.cell('QĐ trùng lặp (đã duyệt)', 3, 1)?.value).toBe('TL-0000000000ABCD');
  });

  it('with the settings lost, the renamed sheet is still found by its header', async () => {
    const fake = install(seedFromWorkbook(districtWorkbook(), 'An Phú.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const [dup] = dups((await ws.check(ASOF, quiet)).report.findings);
    await ws.decisions.record(dup as Finding, 'not-duplicate');
    fake.state.renameSheet(DECISION_SHEET_NAME, 'Đã xem');
    delete fake.state.settings['dienhinh.madeSheets'];
    await ws.decisions.record({ ...(dup as Finding), groupKey: 'TL-0000000000ABCD' }, 'not-duplicate');
    expect(fake.state.sheetNames()).not.toContain(DECISION_SHEET_NAME);
    expect(fake.state.cell('Đã xem', 3, 1)?.value).toBe('TL-0000000000ABCD');
  });

  it('a «Trùng» merge holds on the list after the rename; the list sheets stay out of the data', async () => {
    const fake = install(seedFromWorkbook(hoaTwice(), 'An Phú.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const o = await ws.check(ASOF, quiet);
    const hoa = dups(o.report.findings).find((f) => f.message.includes('Nguyễn Thị Hoa'));
    expect(hoa).toBeDefined();
    const before = await ws.consolidate('2023', ASOF, async () => true, quiet);
    await ws.decisions.record(hoa as Finding, 'duplicate');
    const merged = await ws.consolidate('2023', ASOF, async () => true, quiet);
    expect(merged.individuals).toBe(before.individuals - 1);
    fake.state.renameSheet(DECISION_SHEET_NAME, 'QĐ trùng (đã duyệt)');
    const after = await ws.consolidate('2023', ASOF, async () => true, quiet);
    expect(after.individuals).toBe(merged.individuals);
    expect((await ws.check(ASOF, quiet)).report.summary.registrations).toBe(o.report.summary.registrations);
  });
});

describe('the command line reads the same decisions sheet from a saved .xlsx (class 5, all doors)', () => {
  async function report(wb: ExcelJS.Workbook) {
    const grid = await readXlsx(await toBytes(wb), 'huyen.xlsx');
    return buildReport(readWorkbooks([grid], { profile: defaultProfile() }), { y: 2023, m: 3, d: 1 }, 1);
  }

  it('a renamed decisions sheet is read; a user sheet of the name with another header is not', async () => {
    const first = await report(districtWorkbook());
    const [dup] = dups(first.findings);
    expect(dup?.groupKey).toBeDefined();
    const decided = (name: string) => {
      const wb = districtWorkbook();
      sheetWith(wb, name, [[...DECISION_COLUMNS], [dup?.groupKey, '', '', 'Không trùng', '01/03/2023', '']]);
      return wb;
    };
    for (const name of [DECISION_SHEET_NAME, 'QĐ trùng lặp (đã duyệt)', 'Sheet9']) {
      const r = await report(decided(name));
      expect(dups(r.findings).map((f) => f.groupKey)).not.toContain(dup?.groupKey);
      expect(r.findings.filter((f) => f.sheet === name)).toEqual([]);
    }
    // Near miss: the name alone, with a to-do header, is no decisions sheet; the report is the one without it.
    const own = districtWorkbook();
    sheetWith(own, DECISION_SHEET_NAME, [['Việc cần làm', 'Người phụ trách'], [dup?.groupKey, 'Không trùng']]);
    const r = await report(own);
    expect(dups(r.findings).map((f) => f.groupKey)).toEqual(dups(first.findings).map((f) => f.groupKey));
    expect(r.summary.registrations).toBe(first.summary.registrations);
  });
});
