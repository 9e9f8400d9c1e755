/**
 * Trial 12 #12: a unit's list of names alone («STT | Họ và tên», «TT | Họ và tên / Tên tập thể | Ghi chú», «STT | Tên
 * tập thể, cá nhân») under a title that says it lists exemplars is that unit's registrations, kinds from the names.
 * Near misses: the same header under another list's title (a steering committee, a working group) is no list of
 * exemplars; a units list of names alone stays one.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, unitsBook, wordList } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS = unitsBook([
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
]);
const NAMES = ['Nguyễn Văn Tâm', 'Lê Thị Hoa', 'Chi bộ ấp Phú Hòa'];

async function names(header: string[], title: string[], word: boolean) {
  const rows: Row[] = [header, ...NAMES.map((n, i): Row => [i + 1, n, ...header.slice(2).map(() => '')])];
  const file = word
    ? await wordList('an-binh.docx', ['ĐẢNG ỦY XÃ AN BÌNH', ...title], rows, [])
    : { fileName: 'an-binh.xlsx', sheets: [{ name: 'DS', rows: [['ĐẢNG ỦY XÃ AN BÌNH'], ...title.map((t): Row => [t]), ...rows] }] };
  const { read, report } = await checkBooks([UNITS, file]);
  return { rows: read.registrations.map((r) => [r.name, r.kind, r.unitId !== undefined]), codes: report.findings.map((f) => f.code) };
}

const HEADERS = [['STT', 'Họ và tên'], ['TT', 'Họ và tên / Tên tập thể', 'Ghi chú'], ['STT', 'Tên tập thể, cá nhân']];

describe('a list of names alone under its title', () => {
  it.each(HEADERS.flatMap((h) => [[h, false] as const, [h, true] as const]))('%j (Word: %s) is the unit’s registrations', async (header, word) => {
    const { rows, codes } = await names([...header], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2023'], word);
    expect(rows).toEqual([
      ['Nguyễn Văn Tâm', 'individual', true],
      ['Lê Thị Hoa', 'individual', true],
      ['Chi bộ ấp Phú Hòa', 'collective', true],
    ]);
    expect(codes.filter((c) => c === 'FILE_UNREADABLE' || c === 'QUOTA_SHORT')).toEqual([]);
  });

  it('the title over two lines, as Word documents write it', async () => {
    const { rows } = await names(['STT', 'Họ và tên'], ['DANH SÁCH', 'đề nghị biểu dương điển hình tiên tiến năm 2023'], true);
    expect(rows.length).toBe(3);
  });
});

describe('near misses', () => {
  it.each([
    ['DANH SÁCH BAN CHỈ ĐẠO PHONG TRÀO THI ĐUA'],
    ['DANH SÁCH THÀNH VIÊN TỔ GIÚP VIỆC'],
    // Review 16: other people in a title that names exemplars.
    ['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN XÃ AN BÌNH'],
    ['DANH SÁCH THÀNH VIÊN TỔ BÌNH XÉT ĐIỂN HÌNH TIÊN TIẾN'],
    ['DANH SÁCH CÁN BỘ THEO DÕI, GIÚP ĐỠ ĐIỂN HÌNH'],
  ])('under «%s» names alone are no exemplars', async (title) => {
    const { rows, codes } = await names(['STT', 'Họ và tên'], [title], false);
    expect(rows).toEqual([]);
    expect(codes).toContain('FILE_UNREADABLE');
  });

  it('a units list of names alone stays a units list', async () => {
    const { read } = await checkBooks([
      { fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: [['DANH SÁCH ĐƠN VỊ ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình'], [2, 'Hội Nông dân huyện']] }] },
      { fileName: 'an-binh.xlsx', sheets: [{ name: 'DS', rows: [['ĐẢNG ỦY XÃ AN BÌNH'], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Nguyễn Văn Tâm', 1968]] }] },
    ]);
    expect(read.units.map((u) => u.name)).toEqual(['Đảng bộ xã An Bình', 'Hội Nông dân huyện']);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm']);
  });
});
