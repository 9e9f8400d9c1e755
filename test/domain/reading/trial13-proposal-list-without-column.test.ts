/**
 * Trial 13 #9 (R2, R10): a list titled as a proposal for commendation and dated after the first ceremony, with no
 * proposal column (its requests in «Ghi chú», or none), is the unit's 2025 proposal list, not a phase-1 registration:
 * its rows count for no quota and are off the 2023 list, and on the 2025 list. Near misses: the same list dated in
 * the first phase is a registration list; a registration title dated 2025 is still read as before.
 */
import { ceremonyLists, HEADER, registered2023, unitList } from '../../fixtures/trial13-proposals';

const ROWS = [
  [1, 'Nguyễn Văn An', 1970, 'Bí thư', 'Làm đường'],
  [2, 'Trần Thị Bé', 1985, 'Giáo viên', 'Dạy học'],
];
const withNotes = (notes: string[]) => ROWS.map((r, i) => [...r, notes[i] ?? '']);

const list = (title: string, date: string, note: boolean) =>
  unitList('phu-huu-de-nghi.xlsx', [title, 'giai đoạn 2021 - 2025'], [note ? [...HEADER, 'Ghi chú'] : HEADER], note ? withNotes(['Đề nghị tặng Giấy khen', '']) : ROWS, date);

describe('a proposal list without a proposal column', () => {
  it.each([
    ['no column', false],
    ['requests in «Ghi chú»', true],
  ])('dated 2025, %s: no phase-1 registration, on the 2025 list', async (_, note) => {
    const got = await ceremonyLists([list('DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN', 'Phú Hữu, ngày 10 tháng 02 năm 2025', note)]);
    expect(got.quota).toBe(0);
    expect(got.first).toEqual([]);
    expect(got.final.map((e) => e.split(' | ')[0])).toEqual(['Nguyễn Văn An 1970', 'Trần Thị Bé 1985']);
  });

  it('dated 2025 beside the 2023 registration list: only its rows go on the 2025 list', async () => {
    const got = await ceremonyLists([registered2023(), list('DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN', 'Phú Hữu, ngày 10 tháng 02 năm 2025', false)]);
    expect(got.quota).toBe(3);
    expect(got.duplicates).toEqual([]);
    expect(got.first).toHaveLength(3);
    expect(got.final.map((e) => e.split(' | ')[0])).toEqual(['Nguyễn Văn An 1970', 'Trần Thị Bé 1985']);
  });

  it('near miss: dated in 2023, it is the unit’s registration list', async () => {
    const got = await ceremonyLists([list('DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN', 'Phú Hữu, ngày 20 tháng 02 năm 2023', false)]);
    expect(got.quota).toBe(2);
    expect(got.first).toHaveLength(2);
  });

  it.each([
    ['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN', 'Phú Hữu, ngày 12 tháng 4 năm 2024'],
    ['DANH SÁCH BỔ SUNG ĐỀ NGHỊ BIỂU DƯƠNG ĐIỂN HÌNH TIÊN TIẾN', 'Phú Hữu, ngày 10 tháng 02 năm 2025'],
  ])('near miss: «%s» dated «%s» (an addition) leaves the 2023 rows on the 2025 list', async (title, date) => {
    const got = await ceremonyLists([registered2023(), list(title, date, false)]);
    expect(got.final.map((e) => e.split(' | ')[0])).toContain('Lê Văn Cường 1975');
  });

  it('near miss: a registration title dated 2025 is not taken for a proposal list', async () => {
    const got = await ceremonyLists([registered2023(), list('DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN', 'Phú Hữu, ngày 10 tháng 02 năm 2025', false)]);
    expect(got.final.map((e) => e.split(' | ')[0])).toContain('Lê Văn Cường 1975');
  });
});
