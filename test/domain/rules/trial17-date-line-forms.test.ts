/**
 * Trial 17b #7: date lines as staff type them in haste are read as date lines (R4's evidence where the units list has
 * no date), in a workbook and in a Word list: no "ngày" after the place, a comma before the year, spaces left out, a
 * two-digit year, a place and a date in numbers with a two-digit year, the month alone. In a workbook such a line is
 * never a nameless registration row. Near misses: an achievements cell that mentions a month, a title «NĂM 2023», a
 * name with a birth date, a bare date in a row's date column.
 */
import type { WorkbookGrid } from '../../../src/domain/grid';
import { Book, checkBooks, oneSheet, wordList } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const units = (): Book =>
  oneSheet('don-vi.xlsx', [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã'], ['DT', 'Huyện đoàn', 'Đoàn thể huyện']], 'Đơn vị');

const TITLE: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN']];
const HEAD: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'];
const ROWS: Row[] = [
  [1, 'Nguyễn Văn An', 1970, 'Trưởng ấp 1'],
  [2, 'Lê Văn Bình', 1971, 'Trưởng ấp 2'],
];

/** An Bình's list with `line` under it (row 7, in column `col`: A as typed at the left, D under the signature). */
const list = (line: string | undefined, col = 4, rows: Row[] = ROWS, title: Row[] = TITLE): Book => {
  const at: Row = Array.from({ length: col }, (_, i) => (i === col - 1 ? (line ?? '') : ''));
  return oneSheet('an-binh.xlsx', [...title, HEAD, ...rows, [], ...(line ? [at] : [])], 'DS');
};

const word = (line: string): Promise<WorkbookGrid> =>
  wordList('an-binh.docx', ['ĐẢNG ỦY XÃ AN BÌNH', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [HEAD, ...ROWS], [line, 'T/M ĐẢNG ỦY', 'BÍ THƯ']);

async function check(books: (Book | WorkbookGrid)[]) {
  const { read, report } = await checkBooks(books);
  const mine = report.findings.filter((f) => f.unit === 'Đảng bộ xã An Bình' && f.code !== 'QUOTA_SHORT');
  return { read, mine, all: report.findings };
}

// The as-of date of checkBooks is 01/03/2023; the deadline 25/02/2023.
const LATE: [string, string][] = [
  ['An Bình, 27 tháng 02 năm 2023', 'ngày 27/02/2023'],
  ['An Bình, ngày 27 tháng 02, năm 2023', 'ngày 27/02/2023'],
  ['An Bình, ngày 27tháng 02năm 2023', 'ngày 27/02/2023'],
  ['An Bình, ngày 27 tháng 2 năm 23', 'ngày 27/02/2023'],
  ['An Bình, 28-02-23', 'ngày 28/02/2023'],
  ['An Bình, 27 tháng 02, năm 2023.', 'ngày 27/02/2023'],
  ['Xã An Bình, huyện An Phú, 27 tháng 02 năm 2023', 'ngày 27/02/2023'],
  ['An Bình, tháng 3 năm 2023', 'trong tháng 03/2023'],
];

describe('date lines typed in haste date the list', () => {
  it.each(LATE)('workbook %p: REGISTRATION_LATE, no nameless row', async (line, says) => {
    for (const col of [1, 4]) {
      const { read, mine, all } = await check([units(), list(line, col)]);
      expect(mine.map((f) => f.code)).toEqual(['REGISTRATION_LATE']);
      expect(mine[0]?.message).toContain(says);
      expect(all.filter((f) => f.code === 'MISSING_VALUE')).toEqual([]);
      expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Lê Văn Bình']);
    }
  });

  it.each(LATE)('Word %p: REGISTRATION_LATE', async (line, says) => {
    const { mine } = await check([units(), await word(line)]);
    expect(mine.map((f) => f.code)).toEqual(['REGISTRATION_LATE']);
    expect(mine[0]?.message).toContain(says);
  });

  it.each([
    ['An Bình, 20 tháng 02 năm 2023'],
    ['An Bình, ngày 20tháng 02năm 2023'],
    ['An Bình, 20-02-23'],
    ['An Bình, tháng 01 năm 2023'],
  ])('%p on time: nothing, no nameless row', async (line) => {
    const { read, mine, all } = await check([units(), list(line)]);
    expect(mine.map((f) => f.code)).toEqual([]);
    expect(all.filter((f) => f.code === 'MISSING_VALUE')).toEqual([]);
    expect(read.registrations).toHaveLength(2);
  });

  it.each([
    ['workbook', false],
    ['Word', true],
  ])('%s: the month alone holding the deadline leaves R4 unjudged: INVALID_DATE saying so', async (_, isWord) => {
    const line = 'An Bình, tháng 02 năm 2023';
    const { mine, all } = await check([units(), isWord ? await word(line) : list(line)]);
    expect(mine.map((f) => f.code)).toEqual(['INVALID_DATE']);
    expect(mine[0]?.message).toContain('chỉ ghi tháng, không ghi ngày');
    expect(mine[0]?.message).toContain('chưa xét được');
    expect(all.filter((f) => f.code === 'MISSING_VALUE')).toEqual([]);
  });
});

describe('near misses: as before', () => {
  it('an achievements cell that mentions a month and a year is a row’s text, no date line', async () => {
    const rows: Row[] = [
      [1, 'Nguyễn Văn An', 1970, 'Trưởng ấp 1, được khen tháng 3 năm 2023'],
      [2, 'Lê Văn Bình', 1971, 'Trưởng ấp 2, 27 tháng 02 năm 2023 nhận giấy khen'],
    ];
    const { read, mine } = await check([units(), list(undefined, 4, rows)]);
    expect(mine.map((f) => f.code)).toEqual([]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Lê Văn Bình']);
  });

  it('a title «… NĂM 2023» dates nothing', async () => {
    const title: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN NĂM 2023']];
    const { mine } = await check([units(), list(undefined, 4, ROWS, title)]);
    expect(mine.map((f) => f.code)).toEqual([]);
  });

  it('a sentence under the table mentioning a month is no date line', async () => {
    const { mine } = await check([units(), list('Danh sách được thông qua tại cuộc họp tháng 3 năm 2023')]);
    expect(mine.filter((f) => f.code === 'REGISTRATION_LATE' || f.code === 'INVALID_DATE')).toEqual([]);
  });

  it('a name with a birth date of two digits is not a date line', async () => {
    const rows: Row[] = [...ROWS, [3, 'Trần Thị Hoa, 15/5/03', '', 'Đoàn viên']];
    const { read, mine } = await check([units(), list(undefined, 4, rows)]);
    expect(mine.map((f) => f.code)).toEqual([]);
    expect(read.registrations).toHaveLength(3);
  });

  it('the whole date line with «ngày» reads as before', async () => {
    const { mine } = await check([units(), list('An Bình, ngày 27 tháng 02 năm 2023')]);
    expect(mine.map((f) => f.code)).toEqual(['REGISTRATION_LATE']);
  });
});

// Review 26: an achievement's second line on a row of its own reads like a hasty date line; the rows below still count.
describe('an achievement line ending in a month and year inside the table', () => {
  it.each(['Bằng khen của UBND tỉnh, tháng 3 năm 2022', 'Bằng khen của UBND tỉnh, 15 tháng 3 năm 2022', 'Giấy khen của Huyện ủy, tháng 12 năm 2021'])(
    '%p on a continuation row: every exemplar below it is read',
    async (line) => {
      const rows: Row[] = [[1, 'Nguyễn Văn An', 1970, 'Trưởng ấp 1'], ['', '', '', line], [2, 'Lê Văn Bình', 1971, 'Trưởng ấp 2'], [3, 'Trần Văn Tư', 1960, 'Nông dân']];
      const { read, mine } = await check([units(), list('An Bình, ngày 20 tháng 02 năm 2023', 4, rows)]);
      expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Lê Văn Bình', 'Trần Văn Tư']);
      expect(mine).toEqual([]);
    },
  );
});
