/**
 * What the unit-by-unit views ask of both workspaces: the check's unit view and duplicate rows, the phiếu góp ý
 * (a new workbook in Excel, a download in a browser), "Trùng" recorded like "Không trùng", DIENHINH cells following
 * the profile, files that cannot be read listed while the rest is checked, settings kept in the browser.
 */
import ExcelJS from 'exceljs';
import { officeWorkspace } from '../../src/taskpane/office-workspace';
import { profileSheetFollower } from '../../src/workbook/office/recalculate';
import { standaloneWorkspace } from '../../src/taskpane/standalone-workspace';
import { localStore } from '../../src/taskpane/local-store';
import { localEngine } from '../../src/worker/engine';
import { DECISION_SHEET_NAME } from '../../src/domain/decision-sheet';
import type { Finding } from '../../src/domain/findings/finding';
import { districtWorkbook } from '../e2e/sample';
import { install } from '../e2e/fake-office';
import { Row, sheetWith, toBytes } from '../fixtures/workbooks';
import { seedFromWorkbook } from './seed';
import { fileOf, memoryStorage } from '../fixtures/pane-inputs';

const ASOF = '2023-03-01';
const quiet = () => undefined;

async function sheetsOf(base64: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
}

/**
 * 90 units each proposing a «Nguyễn Văn Hùng», half without a year: more namesakes than the matcher compares with
 * one another (trial 18b). With `alike`, one woman with all her facts, whom the matcher compares whole.
 */
function namesakes(alike = false): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const k = 90;
  sheetWith(wb, 'Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ...Array.from({ length: k }, (_, i): Row => [`CB${i}`, `Chi bộ Ấp ${i + 1}`, 'Chi bộ cơ sở'])]);
  const person = (i: number): Row =>
    alike ? ['Cá nhân', 'Trần Thị Thủy', 1979, 'Nữ', 'Chi hội trưởng Phụ nữ ấp Phú Thạnh, xã Tân Lập'] : ['Cá nhân', 'Nguyễn Văn Hùng', i % 2 ? '' : 1930 + i, 'Nam', `Trưởng ấp ${i + 1}`];
  sheetWith(wb, 'Đăng ký', [
    ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác'],
    ...Array.from({ length: k }, (_, i): Row => [i + 1, `Chi bộ Ấp ${i + 1}`, ...person(i)]),
  ]);
  return wb;
}

const UNCOMPARED = /^Lưu ý về kiểm tra trùng: \d+ dòng chưa được so với mọi dòng cùng tên/;

describe('Excel workspace for the views', () => {
  it('gives the unit view and the rows of each duplicate group with the check', async () => {
    install(seedFromWorkbook(districtWorkbook(), 'An Phú.xlsx'));
    const o = await officeWorkspace(localEngine(), () => ASOF).check(ASOF, quiet);
    expect(o.view.units).toHaveLength(6);
    expect(o.view.units[0]?.name).toBe('Đảng bộ xã Tân Lập');
    const dup = o.report.findings.find((f) => f.code === 'DUPLICATE');
    expect(Object.values(o.duplicateRows).map((r) => r.row).sort((a, b) => a - b)).toEqual((dup?.rows ?? []).map((r) => r.row).sort((a, b) => a - b));
    expect(o.unreadable).toEqual([]);
  });

  it('can select cells of the open workbook only, not of a merged unit file', async () => {
    install(seedFromWorkbook(districtWorkbook(), 'An Phú.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    await ws.check(ASOF, quiet);
    expect(ws.canSelect?.('An Phú.xlsx')).toBe(true);
    expect(ws.canSelect?.('03_DangBoThiTranPhuHoa.xlsx')).toBe(false);
  });

  it('opens the phiếu góp ý as a new workbook, one sheet per unit, leaving the open one as it was', async () => {
    const fake = install(seedFromWorkbook(districtWorkbook(), 'An Phú.xlsx'));
    const before = fake.state.sheetNames();
    const r = await officeWorkspace(localEngine(), () => ASOF).feedback(ASOF, quiet);
    expect(r.download).toBeUndefined();
    expect(fake.state.createdWorkbooks).toHaveLength(1);
    const names = await sheetsOf(fake.state.createdWorkbooks[0] as string);
    expect(names).toContain('Đảng bộ xã Tân Lập');
    expect(names).toHaveLength(r.units);
    expect(fake.state.sheetNames()).toEqual(before);
  });

  it('offers the phiếu as a download where Excel cannot open a new workbook (before ExcelApi 1.8)', async () => {
    const fake = install({ ...seedFromWorkbook(districtWorkbook(), 'An Phú.xlsx'), api: '1.7' });
    const r = await officeWorkspace(localEngine(), () => ASOF).feedback(ASOF, quiet);
    expect(fake.state.createdWorkbooks).toEqual([]);
    expect(r.download?.fileName).toBe('phieu-gop-y-2023-03-01.xlsx');
  });

  it('records "Trùng" in the decision sheet', async () => {
    const fake = install(seedFromWorkbook(districtWorkbook(), 'An Phú.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    const o = await ws.check(ASOF, quiet);
    await ws.decisions.record(o.report.findings.find((f) => f.code === 'DUPLICATE') as Finding, 'duplicate');
    expect(fake.state.cell(DECISION_SHEET_NAME, 2, 4)?.value).toBe('Trùng');
  });

  it('asks Excel to recalculate once the profile is saved, so that DIENHINH cells follow it', async () => {
    const fake = install(seedFromWorkbook(districtWorkbook(), 'An Phú.xlsx'));
    const ws = officeWorkspace(localEngine(), () => ASOF);
    await expect(ws.profile.save({ unitTypes: [{ name: 'Đảng bộ xã', bloc: 'Đảng', quota: -3, patterns: ['Đảng bộ xã'] }] })).rejects.toThrow(/không được nhỏ hơn 0/);
    expect(fake.state.calculations).toEqual([]);
    expect(fake.state.settings['dienhinh.profile']).toBeUndefined();
    await ws.profile.save({ district: 'An Phú' });
    expect(fake.state.calculations).toEqual(['Full']);
  });
});

describe('profileSheetFollower', () => {
  it('recalculates after an edit of the "Cấu hình" sheet, once per burst, and never for other sheets', async () => {
    const wb = districtWorkbook();
    wb.addWorksheet('Cấu hình').getCell('A1').value = 'Tên huyện';
    const fake = install(seedFromWorkbook(wb, 'An Phú.xlsx'));
    const follow = profileSheetFollower(5);
    const id = (name: string) => fake.state.sheetInfo(name)?.id;
    follow(id('Đăng ký'));
    await new Promise((r) => setTimeout(r, 40));
    expect(fake.state.calculations).toEqual([]);
    follow(id('Cấu hình'));
    follow(id('Cấu hình'));
    follow(id('Đăng ký'));
    await new Promise((r) => setTimeout(r, 60));
    expect(fake.state.calculations).toEqual(['Full']);
    follow(undefined);
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.state.calculations).toEqual(['Full']);
  });
});

describe('rows the duplicate matcher could not compare are said beside the result, at both doors', () => {
  it('in Excel', async () => {
    install(seedFromWorkbook(namesakes(), 'Tỉnh.xlsx'));
    const o = await officeWorkspace(localEngine(), () => ASOF).check(ASOF, quiet);
    expect(o.report.summary.duplicatesUncompared?.message).toMatch(UNCOMPARED);
    expect(o.notes).toEqual([o.report.summary.duplicatesUncompared?.message]);
  });

  it('in a browser', async () => {
    const ws = standaloneWorkspace(localEngine(), () => ASOF, localStore(memoryStorage()));
    await ws.addFiles([fileOf('tinh.xlsx', await toBytes(namesakes()))], quiet);
    const o = await ws.check(ASOF, quiet);
    expect(o.notes).toHaveLength(1);
    expect(o.notes?.[0]).toMatch(UNCOMPARED);
  });

  it('near miss: 90 rows of one woman, all compared, give no note', async () => {
    const ws = standaloneWorkspace(localEngine(), () => ASOF, localStore(memoryStorage()));
    await ws.addFiles([fileOf('tinh.xlsx', await toBytes(namesakes(true)))], quiet);
    const o = await ws.check(ASOF, quiet);
    expect(o.report.findings.filter((f) => f.code === 'DUPLICATE').map((f) => f.rows?.length)).toEqual([90]);
    expect(o.notes).toBeUndefined();
  });
});

describe('browser workspace for the views', () => {
  it('lists a file it cannot read and checks the others', async () => {
    const ws = standaloneWorkspace(localEngine(), () => ASOF, localStore(memoryStorage()));
    const files = await ws.addFiles([fileOf('huyen.xlsx', await toBytes(districtWorkbook())), fileOf('hong.xlsx', new TextEncoder().encode('không phải Excel'))], quiet);
    expect(files.map((f) => [f.name, Boolean(f.error)])).toEqual([
      ['huyen.xlsx', false],
      ['hong.xlsx', true],
    ]);
    const o = await ws.check(ASOF, quiet);
    expect(o.view.units).toHaveLength(6);
    expect(o.unreadable.map((u) => u.file)).toEqual(['hong.xlsx']);
    ws.removeFile('huyen.xlsx');
    await expect(ws.check(ASOF, quiet)).rejects.toThrow(/Không tệp nào đọc được/);
  });

  it('keeps the profile and the decisions on this machine, refusing an invalid profile unsaved', async () => {
    const storage = memoryStorage();
    const first = standaloneWorkspace(localEngine(), () => ASOF, localStore(storage));
    await expect(first.profile.save({ unitTypes: [{ name: 'Đảng bộ xã', bloc: 'Đảng', quota: -3, patterns: ['Đảng bộ xã'] }] })).rejects.toThrow(/không được nhỏ hơn 0/);
    expect(storage.data.size).toBe(0);
    await first.profile.save({ district: 'An Phú' });
    await first.addFiles([fileOf('huyen.xlsx', await toBytes(districtWorkbook()))], quiet);
    const o = await first.check(ASOF, quiet);
    await first.decisions.record(o.report.findings.find((f) => f.code === 'DUPLICATE') as Finding, 'not-duplicate');

    // After a reload: a new workspace over the same storage.
    const second = standaloneWorkspace(localEngine(), () => ASOF, localStore(storage));
    await expect(second.profile.load()).resolves.toEqual({ district: 'An Phú' });
    await second.addFiles([fileOf('huyen.xlsx', await toBytes(districtWorkbook()))], quiet);
    const again = await second.check(ASOF, quiet);
    expect(again.report.findings.filter((f) => f.code === 'DUPLICATE').length).toBe(o.report.findings.filter((f) => f.code === 'DUPLICATE').length - 1);
  });

  it('lays the settings kept on this machine under a picked workbook’s own «Cấu hình» sheet (trial 11, item 7)', async () => {
    const unitsAndSheet = (settings?: (string | number)[][]) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Đơn vị').addRows([['STT', 'Tên đơn vị', 'Loại đơn vị'], [1, 'Đảng bộ thị trấn Phú Mỹ', 'Đảng bộ thị trấn']]);
      if (settings) wb.addWorksheet('Cấu hình').addRows(settings);
      return wb;
    };
    const list = new ExcelJS.Workbook();
    list.addWorksheet('DS').addRows([['ĐẢNG ỦY THỊ TRẤN PHÚ MỸ'], [], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Nguyễn Thị Lan', 1970], [2, 'Đinh Công Tráng', 1968], [], ['', '', 'Phú Mỹ, ngày 27 tháng 02 năm 2023']]);
    const late = async (units: ExcelJS.Workbook) => {
      const ws = standaloneWorkspace(localEngine(), () => ASOF, localStore(memoryStorage()));
      await ws.profile.save({ deadlines: { list: '2023-02-26' } });
      await ws.addFiles([fileOf('don-vi.xlsx', await toBytes(units)), fileOf('phu-my.xlsx', await toBytes(list))], quiet);
      return (await ws.check('2023-03-02', quiet)).report.findings.filter((f) => f.code === 'REGISTRATION_LATE').length;
    };
    // The workbook's sheet sets the deadline: its 01/03/2023 holds, not the machine's 26/02/2023.
    expect(await late(unitsAndSheet([['Khóa', 'Giá trị'], ['Hạn gửi danh sách đăng ký', '01/03/2023']]))).toBe(0);
    // Near misses: a sheet that sets something else, or no sheet, leaves the machine's deadline in force.
    expect(await late(unitsAndSheet([['Khóa', 'Giá trị'], ['Tên huyện', 'Phú Mỹ']]))).toBe(1);
    expect(await late(unitsAndSheet())).toBe(1);
  });

  it('tolerates storage that holds garbage or refuses to write', () => {
    const storage = memoryStorage();
    storage.data.set('k', '{not json');
    const store = localStore(storage);
    expect(store.get('k', (v): v is object => typeof v === 'object')).toBeUndefined();
    const refusing = localStore({ getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined });
    expect(() => refusing.set('k', { a: 1 })).not.toThrow();
  });
});
