/**
 * Trial 16 (b #3, R10, R11): a unit's 2025 proposal list made on its old registration template (title «DANH SÁCH ĐĂNG
 * KÝ … Giai đoạn 2021 – 2023», date line in 2025, «Hình thức đề nghị» filled) is its proposal list, as one titled
 * «ĐỀ NGHỊ …» is: only the rows it proposes go on the 2025 list, its rows are no second registration, and a person it
 * adds counts for no phase-1 quota. Near misses: a 2023 registration list with the column pre-filled, a 2025 list
 * with the column empty, a 2025 addition («ĐĂNG KÝ BỔ SUNG») stay what they were.
 */
import { ceremonyLists, HEADER, registered2023, unitList } from '../../fixtures/trial13-proposals';
import type { Row } from '../../fixtures/workbooks';

const OLD_TITLES = ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN', 'Giai đoạn 2021 – 2023'];
const FORM_HEADER: Row = [...HEADER, 'Hình thức đề nghị'];

const list2025 = (titles: string[], header: Row, rows: Row[], date = 'Phú Hữu, ngày 10 tháng 03 năm 2025') =>
  unitList('phu-huu-2025.xlsx', titles, [header], rows, date);

describe('a 2025 proposal list on the old registration template', () => {
  it.each<[string, Row[]]>([
    ['the form named', [[1, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường 2025', 'Giấy khen của Ban Thường vụ Huyện ủy']]],
    ['a mark', [[1, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường 2025', 'x']]],
    ['one proposed, one declined', [[1, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường 2025', 'Giấy khen'], [2, 'Trần Thị Bé', 1985, 'Giáo viên', 'Dạy học', 'Không']]],
  ])('%s: only An goes on the 2025 list, the registration stands', async (_, rows) => {
    const got = await ceremonyLists([registered2023(), list2025(OLD_TITLES, FORM_HEADER, rows)]);
    expect(got.final.map((e) => e.split(' | ')[0])).toEqual(['Nguyễn Văn An 1970']);
    expect(got.duplicates).toEqual([]);
    expect(got.quota).toBe(3);
    expect(got.first).toHaveLength(3);
    expect(new Set(got.excluded.map((x) => x.split(':')[0]))).toEqual(new Set(['Nguyễn Văn An', 'Trần Thị Bé', 'Lê Văn Cường']));
  });

  it('a person it adds (no phase column) is no 2023 exemplar and counts for no phase-1 quota', async () => {
    const rows: Row[] = [
      [1, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường 2025', 'Giấy khen'],
      [2, 'Phạm Văn Dũng', 1985, 'Công an viên', 'Giữ an ninh', 'Giấy khen'],
    ];
    const got = await ceremonyLists([registered2023(), list2025(OLD_TITLES, FORM_HEADER, rows)]);
    expect(got.first.map((e) => e.split(' | ')[0])).toEqual(['Nguyễn Văn An 1970', 'Trần Thị Bé 1985', 'Lê Văn Cường 1975']);
    expect(got.quota).toBe(3);
    expect(got.final.map((e) => e.split(' | ')[0])).toEqual(['Nguyễn Văn An 1970', 'Phạm Văn Dũng 1985']);
  });
});

describe('near misses stay as they were', () => {
  it('a 2023 registration list with the column pre-filled is the registration', async () => {
    const rows: Row[] = [
      [1, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường', 'Giấy khen'],
      [2, 'Trần Thị Bé', 1985, 'Giáo viên', 'Dạy học', 'Giấy khen'],
      [3, 'Lê Văn Cường', 1975, 'Nông dân', 'SXKD', 'Giấy khen'],
    ];
    const got = await ceremonyLists([unitList('phu-huu-2023.xlsx', OLD_TITLES, [FORM_HEADER], rows, 'Phú Hữu, ngày 20 tháng 02 năm 2023')]);
    expect(got.quota).toBe(3);
    expect(got.first).toHaveLength(3);
    expect(got.final).toHaveLength(3);
  });

  it('a 2025 list on the old template with the column empty is read as before (no proposal list)', async () => {
    const rows: Row[] = [[1, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường 2025', '']];
    const got = await ceremonyLists([registered2023(), list2025(OLD_TITLES, FORM_HEADER, rows)]);
    expect(got.excluded.some((x) => x.includes('danh sách ấy không có tên này'))).toBe(false);
  });

  it('a 2025 addition («ĐĂNG KÝ BỔ SUNG») with the column filled is no proposal list', async () => {
    const rows: Row[] = [[1, 'Phạm Văn Dũng', 1985, 'Công an viên', 'Giữ an ninh', 'Giấy khen']];
    const got = await ceremonyLists([registered2023(), list2025(['DANH SÁCH ĐĂNG KÝ BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN'], FORM_HEADER, rows)]);
    expect(got.excluded.some((x) => x.includes('danh sách ấy không có tên này'))).toBe(false);
  });
});
