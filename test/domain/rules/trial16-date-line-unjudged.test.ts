/**
 * Trial 16b #9: where the units list gives no list dates, a unit's date line is the only evidence for R4. A date line
 * that dates nothing is said (INVALID_DATE in its cell, naming the unit): a day that does not exist («ngày 30 tháng 02
 * năm 2023») always; a day, or a day and month, left blank only where R4 is then left unjudged. Near misses: a whole
 * date line, a blank day in a month wholly on time or wholly late (judged as before), a units-list date that settles
 * it, a sentence citing another document's date.
 */
import type { WorkbookGrid } from '../../../src/domain/grid';
import { Book, checkBooks, oneSheet, wordList } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function units(listDate?: Date): Book {
  const head: Row = ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', ...(listDate ? ['Ngày gửi danh sách'] : [])];
  return oneSheet('don-vi.xlsx', [head, ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã', ...(listDate ? [listDate] : [])], ['DT', 'Huyện đoàn', 'Đoàn thể huyện']], 'Đơn vị');
}

const TITLE: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN']];
const HEAD: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'];
const ROWS: Row[] = [
  [1, 'Nguyễn Văn An', 1970, 'Trưởng ấp 1'],
  [2, 'Lê Văn Bình', 1971, 'Trưởng ấp 2'],
];

/** An Bình's list with `line` under it (row 7, column D), or `above` in its title block. */
const list = (line: string | undefined, above: Row[] = []): Book =>
  oneSheet('an-binh.xlsx', [...TITLE, ...above, HEAD, ...ROWS, [], ...(line ? [['', '', '', line] as Row] : [])], 'DS');

async function findings(books: (Book | WorkbookGrid)[]) {
  const { report } = await checkBooks(books);
  return report.findings.filter((f) => f.unit === 'Đảng bộ xã An Bình' && f.code !== 'QUOTA_SHORT');
}

describe('a date line that dates nothing, the units list giving no date', () => {
  it.each([
    ['An Bình, ngày 30 tháng 02 năm 2023', 'ghi một ngày không có thật'],
    ['An Bình, ngày 31/4/2023', 'ghi một ngày không có thật'],
    ['An Bình, ngày      tháng 02 năm 2023', 'để trống ngày, nên'],
    ['An Bình, ngày …… tháng 02 năm 2023', 'để trống ngày, nên'],
    ['An Bình, ngày … tháng … năm 2023', 'để trống ngày và tháng'],
    ['ngày    tháng    năm 2023', 'để trống ngày và tháng'],
  ])('%p: INVALID_DATE in its cell, saying R4 could not be judged', async (line, says) => {
    const got = await findings([units(), list(line)]);
    expect(got.map((f) => [f.code, f.file, f.sheet, f.row, f.column])).toEqual([['INVALID_DATE', 'an-binh.xlsx', 'DS', 7, 'D']]);
    expect(got[0]?.message).toContain(says);
    expect(got[0]?.message).toContain('chưa xét được');
    expect(got[0]?.message).toContain(`«${line.replace(/\s+/g, ' ')}»`);
  });

  it('in a Word list: INVALID_DATE on the file', async () => {
    const word = await wordList('an-binh.docx', ['ĐẢNG ỦY XÃ AN BÌNH', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [HEAD, ...ROWS], ['An Bình, ngày 30 tháng 02 năm 2023']);
    const got = await findings([units(), word]);
    expect(got.map((f) => [f.code, f.file])).toEqual([['INVALID_DATE', 'an-binh.docx']]);
  });

  it('an impossible day is said even where the units list dates the list, without «chưa xét được»', async () => {
    const got = await findings([units(D(2023, 2, 20)), list('An Bình, ngày 30 tháng 02 năm 2023')]);
    expect(got.map((f) => f.code)).toEqual(['INVALID_DATE']);
    expect(got[0]?.message).not.toContain('chưa xét được');
  });
});

describe('near misses: nothing new', () => {
  it.each([
    ['a whole date line, on time', 'An Bình, ngày 20 tháng 02 năm 2023', []],
    ['a whole date line, late', 'An Bình, ngày 27 tháng 02 năm 2023', ['REGISTRATION_LATE']],
    ['a blank day in a month wholly on time', 'An Bình, ngày      tháng 01 năm 2023', []],
    ['a blank day in a month wholly late', 'An Bình, ngày      tháng 03 năm 2023', ['REGISTRATION_LATE']],
    ['no date line at all', undefined, []],
  ])('%s', async (_, line, codes) => {
    expect((await findings([units(), list(line)])).map((f) => f.code)).toEqual(codes);
  });

  it('a blank day the units list settles', async () => {
    expect((await findings([units(D(2023, 2, 20)), list('An Bình, ngày      tháng 02 năm 2023')])).map((f) => f.code)).toEqual([]);
  });

  it('a sentence citing another document’s date is no date line', async () => {
    const got = await findings([units(), list(undefined, [['Thực hiện Kế hoạch số 39-KH/HU, ngày 30/02/2021 của Ban Thường vụ Huyện ủy']])]);
    expect(got.map((f) => f.code)).toEqual([]);
  });
});
