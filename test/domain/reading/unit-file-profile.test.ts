/**
 * Trial 16: a unit's file built on the product's template carries the template's «Cấu hình» sheet (or one the unit
 * edited). It set the district's deadlines and quotas for the whole run, and which profile won depended on the order
 * the files were given in; its empty «Kế hoạch bồi dưỡng» sheet turned R6 on for every unit. Given the district's
 * workbook, a unit's profile sheet is now said (SHEET_SKIPPED) and not applied, and a unit's empty plans sheet says
 * nothing of the district's plans.
 */
import ExcelJS from 'exceljs';
import { join } from 'path';
import type { WorkbookGrid } from '../../../src/domain/grid';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import { readXlsx, sheetWith, toBytes } from '../../fixtures/workbooks';

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
const ASOF = { y: 2023, m: 3, d: 1 };

/** The district's master: three units, Chi bộ THPT's list sent 27/02; its own profile when given. */
async function master(profile?: [string, string | number][], plans = false): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Ngày nộp danh sách đăng ký'],
    ['DBX01', 'Đảng bộ xã An Bình', 'Đảng bộ xã', d(2023, 2, 20)],
    ['CB01', 'Chi bộ Trường THPT An Phú', 'Chi bộ cơ sở', d(2023, 2, 27)],
    ['DT03', 'Hội Nông dân huyện', 'Đoàn thể huyện', d(2023, 2, 23)],
  ]);
  sheetWith(wb, 'Đăng ký', [
    ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
    [1, 'Đảng bộ xã An Bình', 'Tập thể', 'Chi bộ Thôn Bình Minh', null, ''],
    [2, 'Đảng bộ xã An Bình', 'Cá nhân', 'Nguyễn Văn Hòa', 1970, 'Bí thư Chi bộ Thôn Bình Minh'],
    [3, 'Chi bộ Trường THPT An Phú', 'Cá nhân', 'Lê Thị Ngọc Trâm', 1986, 'Giáo viên'],
  ]);
  if (plans) sheetWith(wb, 'Kế hoạch bồi dưỡng', [['Đơn vị', 'Ngày ban hành', 'Trách nhiệm lãnh đạo', 'Phân công phụ trách', 'Hoạt động bồi dưỡng']]);
  if (profile) sheetWith(wb, 'Cấu hình', [['Khóa', 'Giá trị'], ...profile]);
  return readXlsx(await toBytes(wb), 'tong-hop.xlsx');
}

/** Hội Nông dân huyện's list on the shipped template (its «Đơn vị», «Kế hoạch» and «Cấu hình» sheets untouched). */
async function onTemplate(): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(__dirname, '../../../assets/mau-dien-hinh.xlsx'));
  const row = wb.getWorksheet('Đăng ký')?.getRow(2);
  if (!row) throw new Error('template changed');
  row.getCell(1).value = 1;
  row.getCell(2).value = 'Hội Nông dân huyện';
  row.getCell(3).value = 'Cá nhân';
  row.getCell(4).value = 'Đinh Văn Mới';
  row.getCell(5).value = 1982;
  return readXlsx(await toBytes(wb), 'hoi-nong-dan-huyen.xlsx');
}

/** A unit's own list with a «Cấu hình» sheet it edited. */
async function edited(entries: [string, string | number][]): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Sheet1', [['HỘI NÔNG DÂN HUYỆN'], [], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'], [1, 'Đinh Văn Mới', 1982, 'Nông dân']]);
  sheetWith(wb, 'Cấu hình', [['Khóa', 'Giá trị'], ...entries]);
  return readXlsx(await toBytes(wb), 'hoi-nong-dan-edited.xlsx');
}

function checked(grids: WorkbookGrid[]) {
  const read = readWorkbooks(grids, { profile: defaultProfile() });
  const report = buildReport(read, ASOF, grids.length);
  const codes = (code: string) => report.findings.filter((f) => f.code === code);
  return { read, report, codes };
}

const DEADLINE_28: [string, string][] = [['Hạn gửi danh sách đăng ký', '28/02/2023']];

describe("a unit's «Cấu hình» sheet beside the district's workbook", () => {
  it.each([
    ['master first', true],
    ['unit first', false],
  ])('the template copy does not set the rules (%s)', async (_, masterFirst) => {
    const grids = masterFirst ? [await master(DEADLINE_28), await onTemplate()] : [await onTemplate(), await master(DEADLINE_28)];
    const { codes } = checked(grids);
    expect(codes('REGISTRATION_LATE')).toEqual([]);
    expect(codes('SHEET_SKIPPED').map((f) => [f.file, f.sheet])).toEqual([['hoi-nong-dan-huyen.xlsx', 'Cấu hình']]);
    // Its empty plans sheet says nothing of the district's plans.
    expect(codes('NURTURE_PLAN_MISSING')).toEqual([]);
  });

  it('an edited copy does not move the deadline nor the quotas', async () => {
    const { codes, report } = checked([await master(), await edited([['Hạn gửi danh sách đăng ký', '31/03/2023'], ['Chỉ tiêu: Đảng bộ xã', 5]])]);
    expect(codes('REGISTRATION_LATE').map((f) => f.unit)).toEqual(['Chi bộ Trường THPT An Phú']);
    expect(report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.required).toBe(2);
    expect(codes('SHEET_SKIPPED').map((f) => f.file)).toEqual(['hoi-nong-dan-edited.xlsx']);
  });

  it("near miss: the district's own profile still applies", async () => {
    const { codes } = checked([await master([['Hạn gửi danh sách đăng ký', '26/02/2023']])]);
    expect(codes('REGISTRATION_LATE').map((f) => f.unit)).toEqual(['Chi bộ Trường THPT An Phú']);
    expect(codes('SHEET_SKIPPED')).toEqual([]);
  });

  it('near miss: a workbook holding only a profile, beside the master, applies (the district keeps its rules apart)', async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Cấu hình', [['Khóa', 'Giá trị'], ['Chỉ tiêu: Đảng bộ xã', 3]]);
    const { report, codes } = checked([await master(), await readXlsx(await toBytes(wb), 'cau-hinh.xlsx')]);
    expect(report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.required).toBe(3);
    expect(codes('SHEET_SKIPPED')).toEqual([]);
  });

  it("near miss (review 23): the district's compiled list with its profile, its units list in another file, applies", async () => {
    const units = new ExcelJS.Workbook();
    sheetWith(units, 'Đơn vị', [
      ['Tên đơn vị', 'Loại đơn vị', 'Ngày nộp danh sách đăng ký'],
      ['Đảng bộ xã An Bình', 'Đảng bộ xã', d(2023, 2, 26)],
      ['Hội Nông dân huyện', 'Đoàn thể huyện', d(2023, 2, 20)],
    ]);
    const compiled = new ExcelJS.Workbook();
    sheetWith(compiled, 'Đăng ký', [
      ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'],
      [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Hòa', 1970],
      [2, 'Đảng bộ xã An Bình', 'Trần Thị Mai', 1982],
      [3, 'Hội Nông dân huyện', 'Võ Công Danh', 1978],
    ]);
    sheetWith(compiled, 'Cấu hình', [['Khóa', 'Giá trị'], ['Hạn gửi danh sách đăng ký', '28/02/2023'], ['Chỉ tiêu: Đảng bộ xã', 3]]);
    const { report, codes } = checked([await readXlsx(await toBytes(units), 'don-vi.xlsx'), await readXlsx(await toBytes(compiled), 'tong-hop-dang-ky.xlsx')]);
    expect(codes('SHEET_SKIPPED')).toEqual([]);
    expect(codes('REGISTRATION_LATE')).toEqual([]);
    expect(report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.required).toBe(3);
  });

  it("near miss: a unit's file read alone keeps its profile (no district's to stand over it)", async () => {
    const { read, codes } = checked([await edited([['Hạn gửi danh sách đăng ký', '31/03/2023']])]);
    expect(read.profile.deadlines.list).toBe('2023-03-31');
    expect(codes('SHEET_SKIPPED')).toEqual([]);
  });

  it("near miss: the district's own empty plans sheet still asks every unit for its plan", async () => {
    const { codes } = checked([await master(undefined, true), await onTemplate()]);
    expect(codes('NURTURE_PLAN_MISSING').length).toBeGreaterThan(0);
  });
});
