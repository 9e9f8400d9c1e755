/**
 * Trial 3: a unit's date line as staff really write it — a real Excel date whose number format shows the whole line,
 * a bare date, "Long Bình, ngày" with the date in the next cell, "Vĩnh Hậu, 27/02/2023" — dates its list (R4) and is
 * no exemplar; and of a unit's several lists, the phase-1 list's date line counts, the first made, in any file order.
 */
import type ExcelJS from 'exceljs';
import type { Row } from '../../fixtures/workbooks';
import { Book, checkBooks, codes, oneSheet, person, PERSON_HEADER, unitsBook, wordList } from '../../fixtures/trial2-fixgroups-shapes';
import { dateLineDate, firstDateLine } from '../../../src/domain/reading/date-line';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Đảng bộ xã An Bình'],
  [2, 'Đảng bộ xã Tân Lập'],
];

const LATE = new Date(Date.UTC(2023, 1, 27));
const ON_TIME = new Date(Date.UTC(2023, 1, 20));

const unitRows = (below: Row[] = []): Row[] => [
  ['ĐẢNG BỘ HUYỆN AN PHÚ'],
  ['ĐẢNG ỦY XÃ AN BÌNH'],
  ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
  PERSON_HEADER,
  person(1, 'Kiều Văn Một'),
  person(2, 'Kiều Thị Hai', 1971),
  [],
  ...below,
];

const dateCell = (address: string, date: Date, numFmt: string) => (ws: ExcelJS.Worksheet) => {
  ws.getCell(address).value = date;
  ws.getCell(address).numFmt = numFmt;
};

async function checkUnit(book: Book) {
  const { read, report } = await checkBooks([unitsBook(UNITS), book]);
  return {
    names: read.registrations.map((r) => r.name),
    dates: read.dateLines?.map((d) => d.date),
    codes: codes(report, 'REGISTRATION_LATE', 'INVALID_DATE', 'MISSING_VALUE'),
  };
}

const LATE_BY_LINE = { names: ['Kiều Văn Một', 'Kiều Thị Hai'], dates: [{ y: 2023, m: 2, d: 27 }], codes: ['REGISTRATION_LATE'] };

describe('a date line written as staff write it', () => {
  it.each<[string, Book]>([
    ['a real date shown as the whole line by its number format, under the table', oneSheet('a.xlsx', unitRows(), 'DS', dateCell('C8', LATE, '"An Bình, ngày "dd" tháng "mm" năm "yyyy'))],
    ['the same beside the letterhead, above the table', oneSheet('a.xlsx', unitRows(), 'DS', dateCell('D2', LATE, '"An Bình, ngày "dd" tháng "mm" năm "yyyy'))],
    ['a real date alone under the table', oneSheet('a.xlsx', unitRows(), 'DS', dateCell('C8', LATE, 'dd/mm/yyyy'))],
    ['a typed date alone under the table', oneSheet('a.xlsx', unitRows([[undefined, undefined, '27-2-2023']]))],
    ['"An Bình, ngày" with a real date in the next cell', oneSheet('a.xlsx', unitRows([[undefined, 'An Bình, ngày']]), 'DS', dateCell('C8', LATE, 'dd "tháng" mm "năm" yyyy'))],
    ['"An Bình, ngày:" with a typed date in the next cell', oneSheet('a.xlsx', unitRows([[undefined, 'An Bình, ngày:', '27/02/2023']]))],
    ['the place and the date without "ngày"', oneSheet('a.xlsx', unitRows([[undefined, undefined, 'An Bình, 27/02/2023']]))],
    ['the same with dots', oneSheet('a.xlsx', unitRows([['An Bình, 27.02.2023']]))],
    ['the month and the year as «2/2023»', oneSheet('a.xlsx', unitRows([[undefined, undefined, 'An Bình, ngày 27 tháng 2/2023']]))],
    ['the month in words', oneSheet('a.xlsx', unitRows([[undefined, undefined, 'An Bình, ngày 27 tháng Hai năm 2023']]))],
    [
      'a labelled «Ngày gửi:» under the title, the date line left blank',
      oneSheet('a.xlsx', [...unitRows([[undefined, undefined, 'An Bình, ngày … tháng … năm 2023']]).slice(0, 3), ['Ngày gửi: 27/02/2023'], ...unitRows().slice(3)]),
    ],
  ])('%s', async (_, book) => {
    expect(await checkUnit(book)).toEqual(LATE_BY_LINE);
  });

  it('reads the date itself: a list dated before the deadline is on time', async () => {
    const r = await checkUnit(oneSheet('a.xlsx', unitRows(), 'DS', dateCell('C8', ON_TIME, '"An Bình, ngày "dd" tháng "mm" năm "yyyy')));
    expect(r).toEqual({ names: ['Kiều Văn Một', 'Kiều Thị Hai'], dates: [{ y: 2023, m: 2, d: 20 }], codes: [] });
  });

  it('near miss: a row holding only a date among numbered rows is a row of the table, and the table goes on', async () => {
    const rows: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], [], PERSON_HEADER, person(1, 'Kiều Văn Một'), [undefined, undefined, '27/02/2023'], person(3, 'Kiều Thị Ba', 1972)];
    const r = await checkUnit(oneSheet('a.xlsx', rows));
    expect(r.names).toEqual(['Kiều Văn Một', '', 'Kiều Thị Ba']);
    // Its date in the birth year's column is a birth in 2023 (trial 13 #17).
    expect(r.codes.sort()).toEqual(['INVALID_DATE', 'MISSING_VALUE']);
    expect(r.dates).toEqual([]);
  });

  it('near miss: the same in a table without numbers goes on to the named rows under it', async () => {
    const rows: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], [], ['Họ và tên', 'Năm sinh', 'Chức vụ'], ['Kiều Văn Một', 1970, 'Hội viên'], [undefined, '27/02/2023'], ['Kiều Thị Ba', 1972, 'Hội viên']];
    const r = await checkUnit(oneSheet('a.xlsx', rows));
    expect(r.names).toEqual(['Kiều Văn Một', '', 'Kiều Thị Ba']);
    expect(r.dates).toEqual([]);
  });

  it('near miss: a name cell holding a birth date, in a table without numbers, does not end the table', async () => {
    const rows: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], [], ['Họ và tên', 'Chức vụ'], ['Kiều Văn Một', 'Hội viên'], ['Kiều Văn Hai, 12/05/1975', 'Hội viên'], ['Kiều Thị Ba', 'Hội viên']];
    const r = await checkUnit(oneSheet('a.xlsx', rows));
    expect(r.names).toHaveLength(3);
    expect(r.dates).toEqual([]);
  });

  it('near miss: a position that begins with a place and holds a date stays a position', async () => {
    const rows: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], [], PERSON_HEADER, person(1, 'Kiều Văn Một'), [2, 'Kiều Thị Hai', 1971, 'Ấp 3, 27/02/2023']];
    const r = await checkUnit(oneSheet('a.xlsx', rows));
    expect(r.names).toEqual(['Kiều Văn Một', 'Kiều Thị Hai']);
    expect(r.dates).toEqual([]);
  });
});

describe("a unit's several lists: the phase-1 list's date line, the first made", () => {
  const list = (fileName: string, title: string, line: string, rows: Row[], sheet = 'DS'): Book =>
    oneSheet(fileName, [['ĐẢNG BỘ HUYỆN AN PHÚ'], ['ĐẢNG ỦY XÃ AN BÌNH'], [title], PERSON_HEADER, ...rows, [], [undefined, undefined, line]], sheet);
  const phase1 = list('an-binh-2023.xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', 'An Bình, ngày 20 tháng 02 năm 2023', [person(1, 'Kiều Văn Một'), person(2, 'Kiều Thị Hai', 1971)]);
  const phase2 = list(
    'an-binh-2024.xlsx',
    'DANH SÁCH ĐĂNG KÝ BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2023 - 2025',
    'An Bình, ngày 15 tháng 03 năm 2024',
    [person(1, 'Kiều Văn Ba', 1975)],
  );
  const corrected = list('an-binh-sua.xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', 'An Bình, ngày 27 tháng 02 năm 2023', [person(1, 'Kiều Văn Một'), person(2, 'Kiều Thị Hai', 1971)]);

  it.each<[string, Book[]]>([
    ['the phase-1 list first', [phase1, phase2]],
    ['the phase-2 supplement first', [phase2, phase1]],
    ['a later correction of the phase-1 list first', [corrected, phase1]],
    ['a later correction of the phase-1 list second', [phase1, corrected]],
  ])('%s: on time by the phase-1 list of 20/02/2023', async (_, books) => {
    const { read, report } = await checkBooks([unitsBook(UNITS), ...books]);
    expect(read.dateLines?.map((d) => d.date)).toEqual([{ y: 2023, m: 2, d: 20 }]);
    expect(codes(report, 'REGISTRATION_LATE')).toEqual([]);
  });

  it('near miss: only the phase-2 supplement dates nothing of the phase-1 list', async () => {
    const { read } = await checkBooks([unitsBook(UNITS), phase2]);
    expect(read.registrations.map((r) => r.phase)).toEqual([2]);
    expect(read.dateLines).toEqual([]);
  });

  it('near miss: a late phase-1 list alone is still late', async () => {
    const { report } = await checkBooks([unitsBook(UNITS), corrected]);
    expect(codes(report, 'REGISTRATION_LATE')).toEqual(['REGISTRATION_LATE']);
  });
});

describe('a note that mentions a date, above the date line', () => {
  const NOTES = [
    'Ghi chú: Danh sách được Ban Thường vụ Đảng ủy thông qua tại cuộc họp ngày 10/02/2023.',
    '(Danh sách này thay thế danh sách gửi ngày 15/02/2023)',
    'Danh sách đã được Ban Chấp hành Đảng bộ xã thống nhất thông qua ngày 10 tháng 02 năm 2023./.',
    'Danh sách được Ban Thường vụ thông qua ngày 10/02/2023',
  ];
  it.each(NOTES)('«%s»: the date line dates the list', async (note) => {
    const r = await checkUnit(oneSheet('a.xlsx', unitRows([[note], [undefined, undefined, 'An Bình, ngày 27 tháng 02 năm 2023']])));
    expect(r).toEqual(LATE_BY_LINE);
  });

  it('in a Word list too', async () => {
    const word = await wordList(
      'an-binh.docx',
      ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
      [PERSON_HEADER, person(1, 'Kiều Văn Một'), person(2, 'Kiều Thị Hai', 1971)],
      [NOTES[0] as string, 'An Bình, ngày 27 tháng 02 năm 2023'],
    );
    const { read, report } = await checkBooks([unitsBook(UNITS), word]);
    expect(read.dateLines?.map((d) => d.date)).toEqual([{ y: 2023, m: 2, d: 27 }]);
    expect(codes(report, 'REGISTRATION_LATE')).toEqual(['REGISTRATION_LATE']);
  });

  it('near miss: a long place before the date is still a date line of its own', () => {
    expect(firstDateLine(['(Kèm theo Công văn số 12 ngày 10/01/2023)', 'Xã An Bình, huyện An Phú, tỉnh An Giang, ngày 27 tháng 02 năm 2023'])).toEqual({ y: 2023, m: 2, d: 27 });
    expect(firstDateLine(['Danh sách được Ban Thường vụ thông qua ngày 10/02/2023', 'An Bình ngày 27 tháng 02 năm 2023'])).toEqual({ y: 2023, m: 2, d: 27 });
  });

  it("near miss: with no line of its own, the note's date is still taken", () => {
    expect(firstDateLine([NOTES[0] as string])).toEqual({ y: 2023, m: 2, d: 10 });
    expect(dateLineDate(NOTES[1] as string)).toEqual({ y: 2023, m: 2, d: 15 });
  });
});

describe("the rows' own registration dates, where nothing else dates the list", () => {
  const rows = (dates: (string | Date)[]): Row[] => [
    ['ĐẢNG ỦY XÃ AN BÌNH'],
    ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Ngày đăng ký'],
    ...dates.map((d, i): Row => [i + 1, `Kiều Văn ${['Một', 'Hai', 'Ba'][i]}`, 1970 + i, 'Hội viên', d]),
  ];

  it.each<[string, (string | Date)[], { y: number; m: number; d: number }]>([
    ['typed dates', ['20/02/2023', '27/02/2023'], { y: 2023, m: 2, d: 27 }],
    ['real dates', [new Date(Date.UTC(2023, 1, 27)), new Date(Date.UTC(2023, 1, 28))], { y: 2023, m: 2, d: 28 }],
  ])('%s: the latest dates the list, and it is late', async (_, dates, latest) => {
    const { read, report } = await checkBooks([unitsBook(UNITS), oneSheet('a.xlsx', rows(dates))]);
    expect(read.dateLines).toEqual([expect.objectContaining({ date: latest, from: 'rows' })]);
    const late = report.findings.filter((f) => f.code === 'REGISTRATION_LATE');
    expect(late.map((f) => f.message)).toEqual([expect.stringContaining('ngày đăng ký muộn nhất ghi ở các dòng của tệp a.xlsx')]);
  });

  it('near miss: rows registered before the deadline are on time', async () => {
    const { report } = await checkBooks([unitsBook(UNITS), oneSheet('a.xlsx', rows(['15/02/2023', '20/02/2023']))]);
    expect(codes(report, 'REGISTRATION_LATE')).toEqual([]);
  });

  it('near miss: a date line wins over the rows', async () => {
    const { read, report } = await checkBooks([unitsBook(UNITS), oneSheet('a.xlsx', [...rows(['27/02/2023']), [], [undefined, undefined, 'An Bình, ngày 20 tháng 02 năm 2023']])]);
    expect(read.dateLines?.map((d) => [d.date, d.from])).toEqual([[{ y: 2023, m: 2, d: 20 }, undefined]]);
    expect(codes(report, 'REGISTRATION_LATE')).toEqual([]);
  });
});

describe('a date line whose day is left blank, to be written by hand', () => {
  const withLine = (line: string) => oneSheet('a.xlsx', unitRows([[undefined, undefined, line]]));

  it.each(['An Bình, ngày      tháng 03 năm 2023', 'An Bình, ngày ... tháng 3 năm 2023', 'An Bình, ngày …… tháng 03 năm 2023'])(
    '«%s»: late whatever the day',
    async (line) => {
      const { read, report } = await checkBooks([unitsBook(UNITS), withLine(line)]);
      expect(read.dateLines?.map((d) => d.dayBlank)).toEqual([true]);
      expect(report.findings.filter((f) => f.code === 'REGISTRATION_LATE').map((f) => f.message)).toEqual([expect.stringContaining('dù là ngày nào')]);
    },
  );

  it('near miss: the deadline\'s own month says neither, and nothing is said', async () => {
    const { read, report } = await checkBooks([unitsBook(UNITS), withLine('An Bình, ngày      tháng 02 năm 2023')]);
    expect(read.dateLines).toEqual([]);
    expect(codes(report, 'REGISTRATION_LATE')).toEqual([]);
  });

  it('near miss: a month before the deadline is on time', async () => {
    const { report } = await checkBooks([unitsBook(UNITS), withLine('An Bình, ngày      tháng 01 năm 2023')]);
    expect(codes(report, 'REGISTRATION_LATE')).toEqual([]);
  });

  it('in a Word list too', async () => {
    const word = await wordList('an-binh.docx', ['ĐẢNG ỦY XÃ AN BÌNH', 'DANH SÁCH'], [PERSON_HEADER, person(1, 'Kiều Văn Một')], ['An Bình, ngày      tháng 03 năm 2023']);
    const { report } = await checkBooks([unitsBook(UNITS), word]);
    expect(codes(report, 'REGISTRATION_LATE')).toEqual(['REGISTRATION_LATE']);
  });
});

describe('the month written in words', () => {
  it.each([
    ['An Bình, ngày 27 tháng Hai năm 2023', { y: 2023, m: 2, d: 27 }],
    ['An Bình, ngày 05 tháng Năm năm 2023', { y: 2023, m: 5, d: 5 }],
    ['An Bình, ngày 10 tháng Mười một năm 2022', { y: 2022, m: 11, d: 10 }],
    ['An Bình, ngày 10 tháng Chạp năm 2022', { y: 2022, m: 12, d: 10 }],
    ['An Bình, ngày 27 tháng II năm 2023', { y: 2023, m: 2, d: 27 }],
    ['An Bình, ngày 10 tháng XI năm 2022', { y: 2022, m: 11, d: 10 }],
  ])('%s', (text, date) => {
    expect(dateLineDate(text)).toEqual(date);
  });

  it('near miss: a month that is no month, and a day that is no day, give no date', () => {
    expect(dateLineDate('An Bình, ngày 27 tháng Tư mươi năm 2023')).toBeUndefined();
    expect(dateLineDate('An Bình, ngày 31 tháng Hai năm 2023')).toBeUndefined();
    expect(dateLineDate('An Bình, ngày 27 tháng XIV năm 2023')).toBeUndefined();
  });
});
