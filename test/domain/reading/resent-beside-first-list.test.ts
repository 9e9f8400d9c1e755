/**
 * A unit's list sent again in 2024 or 2025 with its additions, its rows undated, read beside the unit's first list
 * of 2023: the rows the first list holds are that registration repeated (counted and listed once, from the first
 * list, no DUPLICATE "đề xuất 2 lần"); the others are the additions of phase 2. Near misses: a list titled as an
 * addition that names a registered person again, another unit's namesake, a namesake of another birth year, and the
 * later list read alone.
 */
import { groupsOf } from '../../../src/domain/ceremony/consolidate';
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import { buildReport } from '../../../src/domain/report/report';
import type { Row } from '../../fixtures/workbooks';
import { Book, checkBooks, codes, oneSheet, unitsBook, wordList } from '../../fixtures/trial2-fixgroups-shapes';

const LETTERHEAD = (unit = 'ĐẢNG ỦY XÃ PHÚ HỮU'): Row[] => [['ĐẢNG BỘ HUYỆN PHÚ TÂN'], [unit], []];
const H: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích'];
const AN: Row = [1, 'Nguyễn Văn An', 1970, 'Bí thư chi bộ ấp 1', 'Làm đường'];
const BE: Row = [2, 'Trần Thị Bé', 1985, 'Giáo viên', 'Dạy học'];
const CUONG: Row = [3, 'Lê Văn Cường', 1975, 'Nông dân', 'Sản xuất giỏi'];

const list = (file: string, title: string, rows: Row[], date: string, unit?: string): Book =>
  oneSheet(file, [...LETTERHEAD(unit), [title], [], H, ...rows, [], [null, null, null, date]]);
const FIRST = list('phu-huu-2023.xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', [AN, BE], 'Phú Hữu, ngày 15 tháng 02 năm 2023');
const AGAIN = (rows: Row[] = [AN, BE, CUONG], title = 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', date = 'Phú Hữu, ngày 10 tháng 01 năm 2025') =>
  list('phu-huu-2025.xlsx', title, rows, date);

async function check(books: Parameters<typeof checkBooks>[0]) {
  const { read } = await checkBooks([unitsBook(), ...books]);
  const report = buildReport(read, { y: 2025, m: 3, d: 1 }, 1);
  const listed = (id: string) => {
    const c = read.profile.ceremonies.find((x) => x.id === id);
    return c ? selectEntries(read, report.findings, groupsOf(report), c).individuals.map((e) => e.name) : [];
  };
  const quota = report.quota.find((q) => q.unit === 'Đảng bộ xã Phú Hữu')?.registered;
  const repeated = read.registrations.filter((r) => r.copyOf).map((r) => `${r.name} (${r.source.file} → ${r.copyOf})`);
  return { read, report, listed, quota, repeated };
}

describe('a cumulative list of 2025 beside the unit\'s list of 2023', () => {
  it.each<[string, string]>([
    ['dated January 2025', 'Phú Hữu, ngày 10 tháng 01 năm 2025'],
    ['dated June 2024', 'Phú Hữu, ngày 30 tháng 6 năm 2024'],
  ])('%s: the first registrations are repeated, the new row is the addition', async (_, date) => {
    const c = await check([FIRST, AGAIN(undefined, undefined, date)]);
    expect(c.repeated).toEqual(['Nguyễn Văn An (phu-huu-2025.xlsx → phu-huu-2023.xlsx)', 'Trần Thị Bé (phu-huu-2025.xlsx → phu-huu-2023.xlsx)']);
    expect(codes(c.report, 'DUPLICATE')).toEqual([]);
    expect(c.quota).toBe(2);
    expect(c.listed('2023')).toEqual(['Nguyễn Văn An', 'Trần Thị Bé']);
    expect(c.listed('2025')).toEqual(['Nguyễn Văn An', 'Trần Thị Bé', 'Lê Văn Cường']);
    const info = c.report.findings.find((f) => f.code === 'SHEET_SKIPPED' && f.file === 'phu-huu-2025.xlsx');
    expect(info?.message).toContain('2 dòng của danh sách trong tệp phu-huu-2025.xlsx');
    expect(info?.message).toContain('nhắc lại các điển hình Đảng bộ xã Phú Hữu đã đăng ký trong tệp phu-huu-2023.xlsx');
  });

  it('in another order, a birth year left out on one side, the first list sent as a Word document', async () => {
    const word = await wordList('phu-huu-2023.docx', ['ĐẢNG BỘ HUYỆN PHÚ TÂN', 'ĐẢNG ỦY XÃ PHÚ HỮU', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [H, AN, BE], ['Phú Hữu, ngày 15 tháng 02 năm 2023']);
    const c = await check([word, AGAIN([[1, 'Lê Văn Cường', 1975, 'Nông dân', 'x'], [2, 'Trần Thị Bé', '', 'Giáo viên', 'x'], [3, 'Nguyễn Văn An', 1970, 'Bí thư', 'x']])]);
    expect(c.repeated).toEqual(['Trần Thị Bé (phu-huu-2025.xlsx → phu-huu-2023.docx)', 'Nguyễn Văn An (phu-huu-2025.xlsx → phu-huu-2023.docx)']);
    expect(c.quota).toBe(2);
    expect(c.listed('2025')).toEqual(['Nguyễn Văn An', 'Trần Thị Bé', 'Lê Văn Cường']);
  });

  it('the same list sent again whole in 2025: every row is a repeat, nothing is added', async () => {
    const c = await check([FIRST, AGAIN([AN, BE])]);
    expect(c.repeated).toHaveLength(2);
    expect(c.listed('2025')).toEqual(['Nguyễn Văn An', 'Trần Thị Bé']);
    expect(c.report.findings.find((f) => f.code === 'SHEET_SKIPPED' && f.file === 'phu-huu-2025.xlsx')?.message).toContain('là bản thứ hai của danh sách');
  });
});

describe('near misses', () => {
  it('a list titled as an addition naming a registered person again: still a duplicate to look at', async () => {
    const c = await check([FIRST, AGAIN([AN, CUONG], 'DANH SÁCH ĐĂNG KÝ BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN')]);
    expect(c.repeated).toEqual([]);
    expect(codes(c.report, 'DUPLICATE')).toEqual(['DUPLICATE']);
  });

  it('a namesake of another birth year is an addition', async () => {
    const c = await check([FIRST, AGAIN([[1, 'Nguyễn Văn An', 1992, 'Đoàn viên', 'Tình nguyện'], CUONG])]);
    expect(c.repeated).toEqual([]);
    expect(c.listed('2025')).toEqual(['Nguyễn Văn An', 'Trần Thị Bé', 'Nguyễn Văn An', 'Lê Văn Cường']);
  });

  it("another unit's list of 2025 naming the same person is no repeat of Phú Hữu's", async () => {
    const other = list('an-binh-2025.xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', [AN], 'An Bình, ngày 10 tháng 01 năm 2025', 'ĐẢNG ỦY XÃ AN BÌNH');
    const c = await check([FIRST, other]);
    expect(c.repeated).toEqual([]);
    expect(codes(c.report, 'DUPLICATE')).toEqual(['DUPLICATE']);
  });

  it('the list of 2025 read alone: its rows stay additions of phase 2', async () => {
    const c = await check([AGAIN()]);
    expect(c.repeated).toEqual([]);
    expect(c.read.registrations.map((r) => r.phase)).toEqual([2, 2, 2]);
  });
});
