/**
 * Trial 19 #5: settings written in two places that disagree. --config (or the pane's settings) over a «Cấu hình»
 * sheet, and the district's own sheet over a separate settings workbook: the later one still wins, and the profile's
 * notes (the report's text and JSON, the other commands' stderr) say which value it replaced, where. Near misses: the
 * same value in both places, a key only one of them sets, one source alone.
 */
import ExcelJS from 'exceljs';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { buildReport } from '../../../src/domain/report/report';
import type { WorkbookGrid } from '../../../src/domain/grid';
import { profile2026 } from '../../fixtures/column-shapes';
import { roundTrip, Row, sheetWith } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
];

async function book(fileName: string, settings: Row[], units = true): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  if (units) sheetWith(wb, 'Đơn vị', UNITS);
  sheetWith(wb, 'Cấu hình', [['Khóa', 'Giá trị'], ...settings]);
  return roundTrip(wb, fileName);
}

const CONFIG = 'Tệp cấu hình cfg.json';
const notesOf = (grids: WorkbookGrid[], override?: unknown) =>
  readWorkbooks(grids, { profile: defaultProfile(), ...(override ? { override: { data: override, source: CONFIG } } : {}) }).profileNotes ?? [];

describe('a value set in one place and replaced in another is said', () => {
  it.each<[string, Row, unknown, string, string]>([
    ['the list deadline', ['Hạn gửi danh sách đăng ký', '28/02/2023'], { deadlines: { list: '2023-02-20' } }, '«Hạn gửi danh sách đăng ký» ghi «20/02/2023», thay cho «28/02/2023»', '20/02/2023'],
    ['the deadline-day switch', ['Nộp đúng ngày hạn vẫn là đúng hạn', 'Có'], { deadlineDayIsOnTime: false }, '«Nộp đúng ngày hạn vẫn là đúng hạn» ghi «Không», thay cho «Có»', 'Không'],
    ['a quota', ['Chỉ tiêu: Đảng bộ xã', 3], { unitTypes: defaultProfile().unitTypes.map((t) => (t.name === 'Đảng bộ xã' ? { ...t, quota: 4 } : t)) }, '«Chỉ tiêu: Đảng bộ xã» ghi «4», thay cho «3»', '4'],
  ])('--config over the sheet: %s', async (_n, row, override, said, used) => {
    const notes = notesOf([await book('tong-hop.xlsx', [row])], override);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(`${CONFIG}: khóa ${said} ghi ở tệp tong-hop.xlsx, trang «Cấu hình»; chương trình dùng «${used}»`);
  });

  it('the district\'s sheet over a separate settings workbook, in either order given', async () => {
    const separate = await book('cau-hinh.xlsx', [['Hạn gửi danh sách đăng ký', '20/02/2023']], false);
    const district = await book('tong-hop.xlsx', [['Hạn gửi danh sách đăng ký', '28/02/2023']]);
    for (const grids of [[separate, district], [district, separate]]) {
      const notes = notesOf(grids);
      expect(notes).toEqual([expect.stringContaining('Tệp tong-hop.xlsx, trang «Cấu hình»: khóa «Hạn gửi danh sách đăng ký» ghi «28/02/2023», thay cho «20/02/2023» ghi ở tệp cau-hinh.xlsx')]);
    }
  });
});

describe('near misses: nothing said', () => {
  it('the same value in both places; a key only --config sets; a sheet alone; --config alone', async () => {
    const sheet = await book('tong-hop.xlsx', [['Hạn gửi danh sách đăng ký', '28/02/2023']]);
    expect(notesOf([sheet], { deadlines: { list: '2023-02-28' } })).toEqual([]);
    expect(notesOf([sheet], { district: 'An Phú' })).toEqual([]);
    expect(notesOf([sheet])).toEqual([]);
    const bare = await book('tong-hop.xlsx', [['Tên huyện', 'An Phú']]);
    expect(notesOf([bare], { deadlines: { list: '2023-02-20' } })).toEqual([]);
  });
});

describe('trial 19 #7: a deadline the district moved is cited as its setting, not as the guideline\'s', () => {
  const lateUnits: Row[] = [
    ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Ngày gửi danh sách'],
    [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã', new Date(Date.UTC(2023, 1, 28))],
    [2, 'Đảng bộ xã Tân Lập', 'Đảng bộ xã', new Date(Date.UTC(2023, 2, 1))],
  ];
  async function lateMessages(settings: Row[], override?: unknown, years = 0) {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Đơn vị', lateUnits.map((r) => r.map((v) => (v instanceof Date ? new Date(Date.UTC(v.getUTCFullYear() + years, v.getUTCMonth(), v.getUTCDate())) : v))));
    if (settings.length) sheetWith(wb, 'Cấu hình', [['Khóa', 'Giá trị'], ...settings]);
    const read = readWorkbooks([await roundTrip(wb, 'tong-hop.xlsx')], { profile: defaultProfile(), ...(override ? { override: { data: override, source: CONFIG } } : {}) });
    return buildReport(read, { y: 2023 + years, m: 3, d: 5 }, 1).findings.filter((f) => f.code === 'REGISTRATION_LATE').map((f) => f.message);
  }

  it('moved to 28/02/2023: the guideline\'s 25/02 is cited, and the 28/02 applied is the district\'s', async () => {
    const [dayOf, after] = await lateMessages([['Hạn gửi danh sách đăng ký', '28/02/2023']]);
    expect(dayOf).toContain('đúng ngày hạn: Cấu hình của huyện ghi «trước ngày 28/02/2023»');
    expect(dayOf).not.toContain('Hướng dẫn ghi «trước ngày 28/02/2023»');
    expect(after).toContain('hoàn thành trước ngày 25/02/2023; theo Cấu hình của huyện, hạn áp dụng là trước ngày 28/02/2023.');
  });

  it('near misses: the guideline\'s own deadline, and another period\'s (another guideline), are cited as the guideline', async () => {
    const [, after] = await lateMessages([]);
    expect(after).toContain('Hướng dẫn: danh sách đăng ký các điển hình tiên tiến gửi về Ban Tuyên giáo Huyện ủy, hoàn thành trước ngày 25/02/2023.');
    expect(after).not.toContain('Cấu hình của huyện');
    const [, next] = await lateMessages([], profile2026(), 5);
    expect(next).toContain('Hướng dẫn: danh sách đăng ký các điển hình tiên tiến gửi về Ban Tuyên giáo Huyện ủy, hoàn thành trước ngày 25/02/2028.');
    expect(next).not.toContain('Cấu hình của huyện');
  });
});
