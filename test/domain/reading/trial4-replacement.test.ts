/**
 * Trial 4: a unit's list sent to replace its earlier one ("(thay thế)", "(điều chỉnh)", in the title or the file
 * name) replaces it: the earlier list's rows count for no quota, stay off the ceremony list (which says why), and are
 * no duplicates of the new one. Near misses: a list that replaces nothing, and two lists of one unit neither of which
 * says so, are read as before.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes, oneSheet, person, PERSON_HEADER, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import { groupsOf } from '../../../src/domain/ceremony/consolidate';

const UNITS: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng ủy xã An Bình']];
const list = (file: string, title: string, rows: Row[]) => oneSheet(file, [['ĐẢNG ỦY XÃ AN BÌNH'], [title], PERSON_HEADER, ...rows]);
const first = list('an-binh.xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', [person(1, 'Nguyễn Văn Tâm', 1968), person(2, 'Lê Thị Hoa', 1975)]);

async function outcome(books: Parameters<typeof checkBooks>[0]) {
  const { read, report } = await checkBooks(books);
  const list = selectEntries(read, report.findings, groupsOf(report), read.profile.ceremonies[0]!);
  return { registered: report.quota[0]?.registered, listed: list.individuals.map((e) => e.name), duplicates: codes(report, 'DUPLICATE').length };
}

describe('a list that replaces the one sent before', () => {
  it.each<[string, string, string]>([
    ['"(thay thế)" in the title', 'an-binh-2.xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN (THAY THẾ)'],
    ['"điều chỉnh" in the title', 'an-binh-2.xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN (ĐIỀU CHỈNH)'],
    ['"(thay thế)" in the file name', 'An Bình (thay thế).xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    ['"(bản sửa)" in the file name', 'An Binh (ban sua).xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    ['"v2" in the file name', 'An Binh v2.xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    ['"(đã sửa)" in the title', 'an-binh-2.xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN (ĐÃ SỬA)'],
    ['"cập nhật" in the title', 'an-binh-2.xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN (CẬP NHẬT)'],
  ])('%s: it alone counts, whatever the order', async (_, file, title) => {
    const second = list(file, title, [person(1, 'Nguyễn Văn Tâm', 1968), person(2, 'Trần Văn Ba', 1960)]);
    for (const books of [[unitsBook(UNITS), first, second], [unitsBook(UNITS), second, first]])
      expect(await outcome(books)).toEqual({ registered: 2, listed: ['Nguyễn Văn Tâm', 'Trần Văn Ba'], duplicates: 0 });
  });

  it('a replacement of one row leaves the unit short', async () => {
    const second = list('an-binh-2.xlsx', 'DANH SÁCH THAY THẾ', [person(1, 'Nguyễn Văn Tâm', 1968)]);
    expect((await outcome([unitsBook(UNITS), first, second])).registered).toBe(1);
  });

  it('near miss: two lists of one unit, neither a replacement, are both read', async () => {
    const second = list('an-binh-2.xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', [person(1, 'Trần Văn Ba', 1960)]);
    const r = await outcome([unitsBook(UNITS), first, second]);
    expect([r.registered, [...r.listed].sort(), r.duplicates]).toEqual([3, ['Lê Thị Hoa', 'Nguyễn Văn Tâm', 'Trần Văn Ba'], 0]);
  });

  it('near miss: a replacement alone is the list', async () => {
    const second = list('an-binh-2.xlsx', 'DANH SÁCH (THAY THẾ)', [person(1, 'Trần Văn Ba', 1960)]);
    expect((await outcome([unitsBook(UNITS), second])).listed).toEqual(['Trần Văn Ba']);
  });
});

describe('the same list sent twice (a Word document and a workbook)', () => {
  it('counts once and raises no duplicates', async () => {
    const copy = list('an-binh-ban-sao.xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', [person(1, 'Lê Thị Hoa', 1975), person(2, 'Nguyễn Văn Tâm', 1968)]);
    expect(await outcome([unitsBook(UNITS), first, copy])).toEqual({ registered: 2, listed: ['Nguyễn Văn Tâm', 'Lê Thị Hoa'], duplicates: 0 });
  });

  it('near miss: two lists of one unit that differ by one row are both read, their common row a duplicate', async () => {
    const other = list('an-binh-2.xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', [person(1, 'Nguyễn Văn Tâm', 1968), person(2, 'Trần Văn Ba', 1960)]);
    const r = await outcome([unitsBook(UNITS), first, other]);
    expect([r.registered, r.duplicates]).toEqual([3, 1]);
  });
});

describe('review: lists of one unit that look alike', () => {
  it('a replacement with the same people (corrected details) replaces, in either order', async () => {
    const second = list('an-binh (thay thế).xlsx', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', [person(1, 'Nguyễn Văn Tâm', 1968, 'Trưởng ấp'), person(2, 'Lê Thị Hoa', 1975, 'Giáo viên')]);
    for (const books of [[unitsBook(UNITS), first, second], [unitsBook(UNITS), second, first]]) {
      const r = await outcome(books);
      expect([r.registered, r.listed.length, r.duplicates]).toEqual([2, 2, 0]);
    }
  });

  it('a proposal list naming the same people is no copy of the registration list', async () => {
    const proposal = oneSheet('an-binh-bieu-duong.xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG'], [...PERSON_HEADER, 'Hình thức đề nghị'], [...person(1, 'Nguyễn Văn Tâm', 1968), 'Giấy khen'], [...person(2, 'Lê Thị Hoa', 1975), 'Giấy khen']]);
    const r = await outcome([unitsBook(UNITS), proposal, first]);
    expect([r.registered, r.listed]).toEqual([2, ['Nguyễn Văn Tâm', 'Lê Thị Hoa']]);
  });
});
