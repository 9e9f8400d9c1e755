/**
 * Trial 17a, class 6: a profile saved in the pane overrode the workbook's «Cấu hình» sheet for good: the tab opened
 * before a check showed the defaults, and saving one field replaced the sheet's quota and deadline; saved after a
 * check, it froze the sheet's values. The sheet is the district's profile: the tab now shows what applies (the
 * sheet's values), and saving writes only the settings the user changed, into the sheet itself (a row of that key
 * gets its value, else a row is added; a workbook without one gets a «Cấu hình» sheet), so that the pane, the
 * DIENHINH functions and the command line read the same. A profile an earlier version kept in the settings no longer
 * masks the sheet. Near misses: a save that changes nothing writes nothing; a user's own «Cấu hình» sheet is never
 * written.
 */
import ExcelJS from 'exceljs';
import type { Profile } from '../../src/domain/profile/schema';
import { officeWorkspace } from '../../src/taskpane/office-workspace';
import { readOpenWorkbook } from '../../src/workbook/office/read-workbook';
import { analyze, localEngine } from '../../src/worker/engine';
import { install } from '../e2e/fake-office';
import { Row, sheetWith } from '../fixtures/workbooks';
import { seedFromWorkbook } from './seed';

const ASOF = '2023-03-01';
const quiet = () => undefined;

/** Two communes; Tân Lập with 2 rows; their lists dated 20/02/2023 (late against 15/02, on time against 25/02). */
function district(config?: Row[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Ngày gửi'],
    ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã', '20/02/2023'],
    ['X02', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã', '20/02/2023'],
  ]);
  sheetWith(wb, 'Đăng ký', [
    ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh'],
    [1, 'X01', 'Cá nhân', 'Nguyễn Văn Hùng', 1975],
    [2, 'X01', 'Cá nhân', 'Lê Thị Mai', 1980],
    [3, 'X01', 'Cá nhân', 'Phạm Văn Tư', 1972],
    [4, 'X02', 'Cá nhân', 'Trần Văn Ba', 1970],
    [5, 'X02', 'Cá nhân', 'Võ Thị Lan', 1985],
  ]);
  if (config) sheetWith(wb, 'Cấu hình', config);
  return wb;
}
const SHEET: Row[] = [
  ['Khóa', 'Giá trị'],
  ['Chỉ tiêu: Đảng bộ xã', 3],
  ['Hạn gửi danh sách đăng ký', '15/02/2023'],
];

/** The tab's save: every field it edits, from what it shows, with `edit` laid over. */
function tabOverride(shown: Profile, edit: Partial<Profile>): Record<string, unknown> {
  const p = { ...shown, ...edit };
  return {
    unitAbbreviations: {},
    ceremonyList: { ...p.ceremonyList },
    district: p.district,
    superiorBody: p.superiorBody,
    issuingBody: p.issuingBody,
    place: p.place,
    deadlines: p.deadlines,
    deadlineDayIsOnTime: p.deadlineDayIsOnTime,
    unitTypes: p.unitTypes,
  };
}

const codes = (findings: { code: string; severity: string; unit?: string }[]) => findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.unit ?? ''}`).sort();

/** What the pane says, and what the command line says of the same cells (the sheet alone, no settings). */
async function doors(ws: ReturnType<typeof officeWorkspace>) {
  const pane = await ws.check(ASOF, quiet);
  const { grid } = await readOpenWorkbook();
  const cli = analyze({ grids: [grid], asOf: ASOF });
  return { pane: codes(pane.report.findings), cli: codes(cli.report.findings), profile: pane.profile };
}

const rows = (fake: ReturnType<typeof install>, n = 8) =>
  Array.from({ length: n }, (_, i) => [fake.state.cell('Cấu hình', i + 1, 1)?.value ?? null, fake.state.cell('Cấu hình', i + 1, 2)?.value ?? null]).filter(([k]) => k !== null && k !== '');

describe('the pane’s «Cấu hình» tab and the workbook’s «Cấu hình» sheet', () => {
  it('opened before any check, the tab shows the sheet’s values, not the defaults', async () => {
    install(seedFromWorkbook(district(SHEET), 'Huyện.xlsx'));
    const p = await officeWorkspace(localEngine(), () => ASOF).profile.effective();
    expect(p.unitTypes.find((t) => t.name === 'Đảng bộ xã')?.quota).toBe(3);
    expect(p.deadlines.list).toBe('2023-02-15');
  });

  it('saving one field writes that field alone into the sheet; the quota and deadline stay the sheet’s, and the doors agree', async () => {
    const fake = install(seedFromWorkbook(district(SHEET), 'Huyện.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const shown = await ws.profile.effective();
    const saved = await ws.profile.save(tabOverride(shown, { district: 'An Phú' }), shown);
    expect(saved.district).toBe('An Phú');
    expect(rows(fake)).toEqual([...SHEET, ['Tên huyện', 'An Phú']]);
    expect(fake.state.settings['dienhinh.profile']).toBeUndefined();
    const d = await doors(ws);
    expect(d.pane).toEqual(d.cli);
    // Both lists are late against the sheet's 15/02, and Tân Lập short of the sheet's 3.
    expect(d.pane.filter((c) => c.startsWith('REGISTRATION_LATE'))).toHaveLength(2);
    expect(d.pane).toContain('QUOTA_SHORT Đảng bộ xã Tân Lập');
  });

  it('a value changed in the pane is set in the sheet’s own row; a later edit of the sheet is followed, not frozen', async () => {
    const fake = install(seedFromWorkbook(district(SHEET), 'Huyện.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    await ws.check(ASOF, quiet);
    const shown = await ws.profile.effective();
    await ws.profile.save(tabOverride(shown, { deadlines: { ...shown.deadlines, list: '2023-02-25' } }), shown);
    expect(rows(fake)).toEqual([SHEET[0], SHEET[1], ['Hạn gửi danh sách đăng ký', '25/02/2023']]);
    expect(fake.state.cell('Cấu hình', 3, 2)?.format).toBe('@');
    // The district corrects the quota in the sheet: the pane and the command line follow it.
    fake.state.edit('Cấu hình', 2, 2, 2);
    const d = await doors(ws);
    expect(d.pane).toEqual(d.cli);
    expect(d.pane).toEqual([]);
    expect(d.profile.unitTypes.find((t) => t.name === 'Đảng bộ xã')?.quota).toBe(2);
  });

  it('a workbook without the sheet gets a «Cấu hình» sheet holding only the changed settings', async () => {
    const fake = install(seedFromWorkbook(district(), 'Huyện.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const shown = await ws.profile.effective();
    const types = shown.unitTypes.map((t) => (t.name === 'Đảng bộ xã' ? { ...t, quota: 3 } : t));
    await ws.profile.save(tabOverride(shown, { unitTypes: types, district: '=An Phú' }), shown);
    expect(fake.state.sheetNames()).toContain('Cấu hình');
    expect(rows(fake)).toEqual([
      ['Khóa', 'Giá trị'],
      ['Tên huyện', '=An Phú'],
      ['Chỉ tiêu: Đảng bộ xã', 3],
    ]);
    expect(fake.state.cell('Cấu hình', 2, 2)?.formula).toBe(false);
    const d = await doors(ws);
    expect(d.pane).toEqual(d.cli);
    expect(d.pane).toContain('QUOTA_SHORT Đảng bộ xã Tân Lập');
  });

  it('a profile an earlier version kept in the settings no longer masks the sheet; where the sheet is silent it is written', async () => {
    const wb = district([SHEET[0] as Row, ['Chỉ tiêu: Đảng bộ xã', 2]]);
    // Saved by an earlier version: the whole tab, with the quota 3 the sheet had then and a «Nơi nhận» of its own.
    const legacy = { district: 'An Phú', unitTypes: [{ name: 'Đảng bộ xã', quota: 3 }], ceremonyList: { recipients: ['Như trên', 'Lưu VP'] } };
    const fake = install({ ...seedFromWorkbook(wb, 'Huyện.xlsx'), settings: { 'dienhinh.profile': legacy } });
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const shown = await ws.profile.effective();
    expect(shown.unitTypes.find((t) => t.name === 'Đảng bộ xã')?.quota).toBe(3);
    const saved = await ws.profile.save(tabOverride(shown, { place: 'An Phú' }), shown);
    expect(fake.state.settings['dienhinh.profile']).toBeUndefined();
    expect(saved.unitTypes.find((t) => t.name === 'Đảng bộ xã')?.quota).toBe(2);
    expect(saved.district).toBe('An Phú');
    expect(saved.ceremonyList.recipients).toEqual(['Như trên', 'Lưu VP']);
    expect(rows(fake)).toEqual([
      ['Khóa', 'Giá trị'],
      ['Chỉ tiêu: Đảng bộ xã', 2],
      ['Địa danh ghi ngày tháng', 'An Phú'],
      ['Tên huyện', 'An Phú'],
      ['Nơi nhận', 'Như trên; Lưu VP'],
    ]);
    const d = await doors(ws);
    expect(d.pane).toEqual(d.cli);
  });

  it('near miss: a save that changes nothing writes no row', async () => {
    const fake = install(seedFromWorkbook(district(SHEET), 'Huyện.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const shown = await ws.profile.effective();
    await ws.profile.save(tabOverride(shown, {}), shown);
    expect(rows(fake)).toEqual(SHEET);
  });

  it('near miss: a save that changes nothing adds no «Cấu hình» sheet to a workbook without one (review 25)', async () => {
    const fake = install(seedFromWorkbook(district(), 'Huyện.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const shown = await ws.profile.effective();
    await ws.profile.save(tabOverride(shown, {}), shown);
    expect(fake.state.sheetNames()).toEqual(['Đơn vị', 'Đăng ký']);
  });

  it('near miss: a user’s own sheet named «Cấu hình» is never written', async () => {
    const wb = district();
    sheetWith(wb, 'Cấu hình', [['Việc cần làm', 'Người phụ trách'], ['Gọi xã An Bình', 'Lan']]);
    const fake = install(seedFromWorkbook(wb, 'Huyện.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    await expect(ws.profile.save({ district: 'An Phú' })).rejects.toThrow();
    expect(rows(fake)).toEqual([
      ['Việc cần làm', 'Người phụ trách'],
      ['Gọi xã An Bình', 'Lan'],
    ]);
  });
});

describe('a «Cấu hình» sheet the engine refuses', () => {
  it('the tab still opens (with the defaults); saving says the sheet’s row', async () => {
    install(seedFromWorkbook(district([['Khóa', 'Giá trị'], ['Hạn gửi danh sách đăng ký', 'ngày mai']]), 'Huyện.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    await expect(ws.profile.effective()).resolves.toMatchObject({ deadlines: { list: '2023-02-25' } });
    await expect(ws.profile.save({ district: 'An Phú' })).rejects.toThrow(/dòng 2/);
  });
});
