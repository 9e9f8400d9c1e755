/**
 * Trial 21a, the browser page's workspace:
 * #3 a workbook that opens but holds no table the check recognises (an empty book, a stationery list) was listed as
 *    read while the check counted it unreadable: after a check it is listed as the damaged ones are, with its sentence.
 * #4 a setting the picked workbook's «Cấu hình» sheet decides was editable, «saved», then silently ignored: the
 *    workspace says which settings the files decide, shows their values, and never keeps the file's value as the
 *    machine's own.
 * #5 the list's warning about an unread file says so in words, with no bare finding code.
 */
import ExcelJS from 'exceljs';
import { standaloneWorkspace } from '../../src/taskpane/standalone-workspace';
import { localStore } from '../../src/taskpane/local-store';
import { localEngine } from '../../src/worker/engine';
import { settingsWritten } from '../../src/domain/profile/sheet-profile';
import { defaultProfile } from '../../src/domain/profile/default-profile';
import { districtWorkbook } from '../e2e/sample';
import { sheetWith, toBytes } from '../fixtures/workbooks';
import { fileOf, memoryStorage } from '../fixtures/pane-inputs';

const ASOF = '2023-03-01';
const quiet = () => undefined;

const workspace = (storage = memoryStorage()) => standaloneWorkspace(localEngine(), () => ASOF, localStore(storage));

function emptyBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  return wb;
}

function stationery(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Bảng kê', [['BẢNG KÊ VĂN PHÒNG PHẨM QUÝ I'], [], ['STT', 'Tên hàng', 'Đơn vị tính', 'Số lượng'], [1, 'Giấy A4', 'ram', 20], [2, 'Bút bi', 'hộp', 5]]);
  return wb;
}

/** The district workbook with a «Cấu hình» sheet of these rows. */
function withSettings(rows: (string | number)[][]): ExcelJS.Workbook {
  const wb = districtWorkbook();
  wb.addWorksheet('Cấu hình').addRows([['Khóa', 'Giá trị'], ...rows]);
  return wb;
}

describe('#3 a file the check cannot read is listed as unreadable', () => {
  it.each([
    ['so-trong.xlsx', emptyBook],
    ['bang-ke-van-phong-pham.xlsx', stationery],
  ])('%s: read on picking, then listed with the check’s sentence', async (name, make) => {
    const ws = workspace();
    const picked = await ws.addFiles([fileOf('huyen.xlsx', await toBytes(districtWorkbook())), fileOf(name, await toBytes(make()))], quiet);
    expect(picked.map((f) => Boolean(f.error))).toEqual([false, false]);
    const o = await ws.check(ASOF, quiet);
    const finding = o.report.findings.find((f) => f.code === 'FILE_UNREADABLE' && f.file === name);
    expect(finding).toBeDefined();
    expect(ws.files()).toEqual([{ name: 'huyen.xlsx' }, { name, error: finding?.message }]);
    // Checked again, it is still one unreadable file, not two (the list's mark is no picker error).
    const again = await ws.check(ASOF, quiet);
    expect(again.report.findings.filter((f) => f.code === 'FILE_UNREADABLE')).toHaveLength(1);
    expect(again.report.summary.errors).toBe(o.report.summary.errors);
  });

  it('near miss: a file the check reads stays plain, and a damaged file keeps the picker’s sentence', async () => {
    const ws = workspace();
    const damaged = new TextEncoder().encode('không phải Excel');
    const picked = await ws.addFiles([fileOf('huyen.xlsx', await toBytes(districtWorkbook())), fileOf('hong.xlsx', damaged)], quiet);
    await ws.check(ASOF, quiet);
    expect(ws.files()).toEqual(picked);
  });
});

describe('#4 settings a picked workbook’s «Cấu hình» sheet decides', () => {
  it('are named with their sheet, and shown with the file’s values', async () => {
    const ws = workspace();
    await ws.addFiles([fileOf('huyen.xlsx', await toBytes(withSettings([['Hạn gửi danh sách đăng ký', '28/02/2023'], ['Chỉ tiêu: Đảng bộ xã', 3]])))], quiet);
    await expect(ws.profile.setInFiles?.()).resolves.toEqual([
      { label: 'Hạn gửi danh sách đăng ký', source: 'Tệp huyen.xlsx, trang «Cấu hình»' },
      { label: 'Chỉ tiêu: Đảng bộ xã', source: 'Tệp huyen.xlsx, trang «Cấu hình»' },
    ]);
    const shown = await ws.profile.effective();
    expect(shown.deadlines.list).toBe('2023-02-28');
    expect(shown.unitTypes.find((t) => t.name === 'Đảng bộ xã')?.quota).toBe(3);
  });

  it('are not kept as the machine’s own when the other settings are saved; the others are', async () => {
    const storage = memoryStorage();
    const ws = workspace(storage);
    await ws.profile.save({ deadlines: { plan: '2022-01-25', list: '2023-02-20' } });
    await ws.addFiles([fileOf('huyen.xlsx', await toBytes(withSettings([['Hạn gửi danh sách đăng ký', '28/02/2023']])))], quiet);
    const shown = await ws.profile.effective();
    expect(shown.deadlines.list).toBe('2023-02-28');
    // The tab saves every key it shows: the file's deadline among them, and a district name typed.
    const saved = await ws.profile.save({ district: 'An Phú', deadlines: shown.deadlines });
    expect(saved.deadlines.list).toBe('2023-02-28');
    expect(saved.district).toBe('An Phú');
    expect(JSON.parse(storage.data.get('dienhinh.profile') ?? '{}')).toEqual({ district: 'An Phú', deadlines: { plan: '2022-01-25', list: '2023-02-20' } });
    // Without the file, the machine's deadline is in force again.
    ws.removeFile('huyen.xlsx');
    expect((await ws.profile.effective()).deadlines.list).toBe('2023-02-20');
  });

  it('near miss: with no «Cấu hình» sheet, nothing is the file’s and everything saved is kept', async () => {
    const storage = memoryStorage();
    const ws = workspace(storage);
    await ws.addFiles([fileOf('huyen.xlsx', await toBytes(districtWorkbook()))], quiet);
    await expect(ws.profile.setInFiles?.()).resolves.toEqual([]);
    await ws.profile.save({ deadlines: { plan: '2022-01-25', list: '2023-02-20' } });
    expect((await ws.profile.effective()).deadlines.list).toBe('2023-02-20');
    expect(JSON.parse(storage.data.get('dienhinh.profile') ?? '{}')).toEqual({ deadlines: { plan: '2022-01-25', list: '2023-02-20' } });
  });

  it('the sheet’s rows give their settings by label, whatever their spelling; a blank value gives none', () => {
    const cell = (v: string | number) => (typeof v === 'number' ? { t: 'n' as const, v } : { t: 's' as const, v });
    const entries = [
      { key: 'han gui danh sach dang ky', value: cell('28/02/2023'), row: 2 },
      { key: 'deadlines.plan', value: cell('20/01/2022'), row: 3 },
      { key: 'Tên huyện', value: cell(' '), row: 4 },
      { key: 'Chỉ tiêu: Đảng bộ xã', value: cell(3), row: 5 },
    ];
    expect(settingsWritten(entries, defaultProfile())).toEqual(['Hạn gửi danh sách đăng ký', 'Hạn gửi kế hoạch triển khai', 'Chỉ tiêu: Đảng bộ xã']);
  });
});

describe('#5 the list’s warning about an unread file', () => {
  it('says it in words: no bare finding code', async () => {
    const ws = workspace();
    await ws.addFiles([fileOf('huyen.xlsx', await toBytes(districtWorkbook())), fileOf('hong.xlsx', new TextEncoder().encode('không phải Excel'))], quiet);
    const r = await ws.consolidate('2023', ASOF, () => Promise.resolve(true), quiet);
    const warning = r.notices?.find((n) => n.message.includes('hong.xlsx'));
    expect(warning?.message).toMatch(/^Danh sách được lập khi thiếu tệp hong\.xlsx.*, tệp không đọc được: /);
    expect(warning?.message).not.toMatch(/[A-Z]+_[A-Z_]+/);
  });
});
