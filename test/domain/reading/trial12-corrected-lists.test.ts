/**
 * Trial 12 #3: a corrected list marked in the words units use — «(sửa)», «lần 2», «lần thứ 2», «gửi lại», «đính
 * chính», «bổ sung, sửa đổi» — in its file name or its title replaces the unit's earlier list, as «(thay thế)» does:
 * the person whose birth year was corrected is on the list once. Near misses: «lần 1», a phase-2 «bổ sung» list,
 * «sửa chữa» in a title, a unit's second file with no mark (both read, as before).
 */
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import { groupsOf } from '../../../src/domain/ceremony/consolidate';
import { marksCorrection } from '../../../src/domain/reading/correction-marks';
import type { Book } from '../../fixtures/trial2-fixgroups-shapes';
import { anBinh, anBinhWord, check, TITLE } from '../../fixtures/trial12-fix12-lists';
import type { WorkbookGrid } from '../../../src/domain/grid';

const first = anBinh('An Bình.xlsx', TITLE, [[1, 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', 'NTM'], [2, 'Lê Thị Hoa', 1957, 'Hội viên phụ nữ', 'TK']]);
const corrected = (file: string, title = TITLE) =>
  anBinh(file, title, [[1, 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', 'NTM'], [2, 'Lê Thị Hoa', 1975, 'Hội viên phụ nữ', 'TK']], 'An Bình, ngày 20 tháng 02 năm 2023');

async function outcome(books: (Book | WorkbookGrid)[]) {
  const { read, report } = await check(books);
  const list = selectEntries(read, report.findings, groupsOf(report), read.profile.ceremonies[0]!);
  return {
    registered: report.quota[0]?.registered,
    listed: list.individuals.map((e) => `${e.name} ${e.birthYear ?? ''}`).sort(),
    duplicates: report.findings.filter((f) => f.code === 'DUPLICATE').length,
  };
}

const ONCE = { registered: 2, listed: ['Lê Thị Hoa 1975', 'Nguyễn Văn Tâm 1968'], duplicates: 0 };

describe('a corrected list replaces the one sent before', () => {
  it.each<[string, string]>([
    ['An Bình (sửa).xlsx', TITLE],
    ['An Binh (sua).xlsx', TITLE],
    ['An Bình sửa.xlsx', TITLE],
    ['an_binh_sua_2.xlsx', TITLE],
    ['An Bình lần 2.xlsx', TITLE],
    ['An Binh lan 2.xlsx', TITLE],
    ['An Bình (gửi lần thứ 2).xlsx', TITLE],
    ['An Bình - gửi lại.xlsx', TITLE],
    ['An Binh - gui lai.xlsx', TITLE],
    ['An Bình đính chính.xlsx', TITLE],
    ['an-binh-2.xlsx', `${TITLE} (SỬA)`],
    ['an-binh-2.xlsx', `${TITLE} (ĐÍNH CHÍNH)`],
    ['an-binh-2.xlsx', `${TITLE} (LẦN 2)`],
    ['an-binh-2.xlsx', `${TITLE} (gửi lại)`],
    ['an-binh-2.xlsx', `${TITLE} (BỔ SUNG, SỬA ĐỔI)`],
    ['an-binh-2.xlsx', `${TITLE} (CHỈNH SỬA)`],
    ['an-binh-2.xlsx', `DANH SACH DANG KY DIEN HINH TIEN TIEN (SUA)`],
  ])('%s «%s»: it alone counts, whatever the order', async (file, title) => {
    const second = corrected(file, title);
    expect(await outcome([first, second])).toEqual(ONCE);
    expect(await outcome([second, first])).toEqual(ONCE);
  });

  it('a corrected Word list replaces a workbook sent before', async () => {
    const word = await anBinhWord('An Bình (sửa).docx', 'đăng ký điển hình tiên tiến', [[1, 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', 'NTM'], [2, 'Lê Thị Hoa', 1975, 'Hội viên phụ nữ', 'TK']]);
    expect(await outcome([first, word])).toEqual(ONCE);
  });
});

describe('two corrections of one list: the later replaces the earlier too', () => {
  const third = (file: string, title: string, date?: string) =>
    anBinh(file, title, [[1, 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', 'NTM'], [2, 'Lê Thị Hoa', 1976, 'Hội viên phụ nữ', 'TK']], date);
  const LAST = { registered: 2, listed: ['Lê Thị Hoa 1976', 'Nguyễn Văn Tâm 1968'], duplicates: 0 };

  it('by their date lines: «(sửa)» of 20/02, «(sửa lần 2)» of 24/02, in any order', async () => {
    const books = [first, corrected('An Bình (sửa).xlsx'), third('An Bình (sửa lần 2).xlsx', TITLE, 'An Bình, ngày 24 tháng 02 năm 2023')];
    for (const order of [books, [...books].reverse(), [books[2]!, books[0]!, books[1]!]]) expect(await outcome(order)).toEqual(LAST);
  });

  it('by the rounds they say, undated: «lần 2» then «lần 3»', async () => {
    const a = anBinh('An Bình lần 2.xlsx', TITLE, [[1, 'Nguyễn Văn Tâm', 1968, 'Bí thư', 'NTM'], [2, 'Lê Thị Hoa', 1975, 'Hội viên', 'TK']], '');
    const b = third('An Bình lần 3.xlsx', TITLE, '');
    expect(await outcome([first, b, a])).toEqual(LAST);
    expect(await outcome([a, first, b])).toEqual(LAST);
  });

  it('the same correction sent as a workbook and a Word document counts once', async () => {
    const rows = [[1, 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', 'NTM'], [2, 'Lê Thị Hoa', 1975, 'Hội viên phụ nữ', 'TK']];
    const word = await anBinhWord('An Bình (sửa).docx', 'đăng ký điển hình tiên tiến', rows, 'An Bình, ngày 20 tháng 02 năm 2023');
    expect(await outcome([first, corrected('An Bình (sửa).xlsx'), word])).toEqual(ONCE);
    expect(await outcome([word, first, corrected('An Bình (sửa).xlsx')])).toEqual(ONCE);
  });

  it('near miss: two replacements of one date and no round both stand, as two unmarked lists do', async () => {
    const a = anBinh('An Bình (thay thế).xlsx', TITLE, [[1, 'Nguyễn Văn Tâm', 1968, 'Bí thư', 'NTM']], 'An Bình, ngày 20 tháng 02 năm 2023');
    const b = anBinh('An Bình (sửa).xlsx', TITLE, [[1, 'Trần Văn Ba', 1960, 'Nông dân', 'SXKD']], 'An Bình, ngày 20 tháng 02 năm 2023');
    expect(await outcome([first, a, b])).toEqual({ registered: 2, listed: ['Nguyễn Văn Tâm 1968', 'Trần Văn Ba 1960'], duplicates: 0 });
  });
});

describe('near misses: read as before, both lists counted', () => {
  const BOTH = { registered: 3, listed: ['Lê Thị Hoa 1957', 'Lê Thị Hoa 1975', 'Nguyễn Văn Tâm 1968'], duplicates: 1 };
  it.each<[string, string]>([
    ['An Bình lần 1.xlsx', TITLE],
    ['An Bình 2.xlsx', TITLE],
    ['an-binh-2.xlsx', `${TITLE} (LẦN THỨ NHẤT)`],
    ['an-binh-2.xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN TỔ SỬA CHỮA'],
  ])('%s «%s»', async (file, title) => {
    expect(await outcome([first, corrected(file, title)])).toEqual(BOTH);
  });
});

describe('near miss: a phase-2 addition replaces no phase-1 list', () => {
  it.each(['DANH SÁCH ĐĂNG KÝ BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN', 'DANH SÁCH BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN (LẦN 2)'])('«%s»', async (title) => {
    const added = anBinh('An Bình bổ sung.xlsx', title, [[1, 'Trần Văn Ba', 1960, 'Nông dân', 'SXKD']], 'An Bình, ngày 15 tháng 4 năm 2024');
    const { read, report } = await check([first, added]);
    expect(report.quota[0]?.registered).toBe(2);
    expect(read.registrations.map((r) => [r.name, r.phase, Boolean(r.replacedBy)])).toEqual([
      ['Nguyễn Văn Tâm', 1, false],
      ['Lê Thị Hoa', 1, false],
      ['Trần Văn Ba', 2, false],
    ]);
  });
});

describe('the marks themselves', () => {
  it.each([
    'An Bình (sửa).xlsx', 'AN BINH (SUA).XLSX', 'An Bình sửa.docx', 'DS An Bình sửa 20.02.xlsx', 'An Bình [sửa] ĐHTT.xlsx',
    'An Bình lần 2.xlsx', 'An Bình lần thứ hai.xlsx', 'An Bình lần II.xlsx', 'An Bình sửa lần 3.xlsx',
    'An Bình - gửi lại.xlsx', 'DANH SÁCH (ĐÍNH CHÍNH)', 'DANH SÁCH BỔ SUNG, SỬA ĐỔI', 'DANH SÁCH ĐIỀU CHỈNH', 'An Binh (thay the).xlsx',
    'An Bình (chỉnh sửa).xlsx', 'Danh sách (hiệu chỉnh)',
  ])('«%s» marks a correction', (text) => expect(marksCorrection(text)).toBe(true));

  it.each([
    'An Bình.xlsx', 'An Bình lần 1.xlsx', 'An Bình (lần thứ nhất).xlsx', 'DANH SÁCH BỔ SUNG', 'DANH SÁCH BỔ SUNG LẦN 2',
    'Danh sách sửa chữa nhà tình thương', 'Chi bộ Nhà máy Sữa.xlsx', 'Chi bộ Công ty Sữa An Phú.xlsx', 'Tổ sửa chữa điện',
    'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', 'ĐẢNG ỦY XÃ AN BÌNH', 'An Binh 2.xlsx',
  ])('«%s» does not', (text) => expect(marksCorrection(text)).toBe(false));
});
