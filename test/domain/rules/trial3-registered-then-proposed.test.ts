/**
 * Trial 3 (R5, R10): a unit's 2023 registration list and its 2025 proposal list read together name each exemplar once
 * in each list: not a duplicate. Near misses: twice in one list, or by another unit, still are.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import { groupsOf } from '../../../src/domain/ceremony/consolidate';

const UNITS: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng ủy xã An Bình'], [2, 'Đảng ủy xã Tân Lập']];
const REG_HEADER: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'];
const PROP_HEADER: Row = [...REG_HEADER, 'Hình thức đề nghị'];
const list = (file: string, unit: string, header: Row, rows: Row[]) =>
  oneSheet(file, [['ĐẢNG BỘ HUYỆN AN PHÚ'], [unit], [header.includes('Hình thức đề nghị') ? 'DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG, KHEN THƯỞNG ĐIỂN HÌNH TIÊN TIẾN' : 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], header, ...rows]);

const registered = list('ab-2023.xlsx', 'ĐẢNG ỦY XÃ AN BÌNH', REG_HEADER, [[1, 'Trần Văn Hùng', 1970, 'Trưởng ấp'], [2, 'Lê Thị Hoa', 1980, 'Giáo viên']]);

describe('registered in 2023, proposed in 2025 by the same unit', () => {
  it('is no duplicate', async () => {
    const proposed = list('ab-2025.xlsx', 'ĐẢNG ỦY XÃ AN BÌNH', PROP_HEADER, [[1, 'Trần Văn Hùng', 1970, 'Trưởng ấp', 'Giấy khen']]);
    const { report } = await checkBooks([unitsBook(UNITS), registered, proposed]);
    expect(codes(report, 'DUPLICATE')).toEqual([]);
  });

  it('near miss: twice in the proposal list is a duplicate', async () => {
    const proposed = list('ab-2025.xlsx', 'ĐẢNG ỦY XÃ AN BÌNH', PROP_HEADER, [[1, 'Trần Văn Hùng', 1970, 'Trưởng ấp', 'Giấy khen'], [2, 'Trần Văn Hùng', 1970, 'Trưởng ấp', 'Giấy khen']]);
    const { report } = await checkBooks([unitsBook(UNITS), registered, proposed]);
    expect(codes(report, 'DUPLICATE')).toEqual(['DUPLICATE']);
  });

  it('near miss: another unit proposing the same person is a duplicate', async () => {
    const other = list('tl-2025.xlsx', 'ĐẢNG ỦY XÃ TÂN LẬP', PROP_HEADER, [[1, 'Trần Văn Hùng', 1970, 'Trưởng ấp, xã An Bình', 'Giấy khen']]);
    const { report } = await checkBooks([unitsBook(UNITS), registered, other]);
    expect(codes(report, 'DUPLICATE')).toEqual(['DUPLICATE']);
  });
});

describe("a unit's 2023 registration list and its later proposal list read together", () => {
  const proposal = list('ab-2025.xlsx', 'ĐẢNG ỦY XÃ AN BÌNH', PROP_HEADER, [
    [1, 'Trần Văn Hùng', 1970, 'Trưởng ấp', 'Giấy khen'],
    [2, 'Phạm Văn Tư', 1975, 'Nông dân', 'Giấy khen'],
    [],
    [undefined, undefined, 'An Bình, ngày 10 tháng 03 năm 2025'],
  ]);

  const lists = async (books: Parameters<typeof checkBooks>[0]) => {
    const { read, report } = await checkBooks(books);
    const [first, final] = read.profile.ceremonies;
    const names = (c: typeof first) => selectEntries(read, report.findings, groupsOf(report), c!).individuals.map((e) => e.name);
    return { quota: report.quota.find((q) => q.unit === 'Đảng ủy xã An Bình')?.registered, late: codes(report, 'REGISTRATION_LATE'), first: names(first), final: names(final) };
  };

  it.each<[string, boolean]>([
    ['registration first', true],
    ['proposal first', false],
  ])('%s: counts and lists each exemplar once, in its own list', async (_, registrationFirst) => {
    const books = registrationFirst ? [unitsBook(UNITS), registered, proposal] : [unitsBook(UNITS), proposal, registered];
    expect(await lists(books)).toEqual({ quota: 2, late: [], first: ['Trần Văn Hùng', 'Lê Thị Hoa'], final: ['Trần Văn Hùng', 'Phạm Văn Tư'] });
  });

  it('near miss: a registration list with a proposal column (a form proposed in 2023) is no later proposal list', async () => {
    const withForms = oneSheet('ab-dk.xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], PROP_HEADER, [1, 'Võ Văn Bảy', 1972, 'Nông dân', 'Giấy khen']]);
    const r = await lists([unitsBook(UNITS), registered, withForms]);
    expect(r.quota).toBe(3);
    expect(r.first).toEqual(['Trần Văn Hùng', 'Lê Thị Hoa', 'Võ Văn Bảy']);
  });

  it('a proposal list alone, dated after the first ceremony, is no registration: on the final list only, not late', async () => {
    const r = await lists([unitsBook(UNITS), proposal]);
    expect(r).toEqual({ quota: 0, late: [], first: [], final: ['Trần Văn Hùng', 'Phạm Văn Tư'] });
  });

  it.each<[string, Row[]]>([
    ['undated', []],
    ['dated before the first ceremony', [[undefined, undefined, 'An Bình, ngày 20 tháng 02 năm 2023']]],
  ])("near miss: a proposal list alone, %s, is the unit's list for both ceremonies", async (_, dateLine) => {
    const alone = list('ab-de-nghi.xlsx', 'ĐẢNG ỦY XÃ AN BÌNH', PROP_HEADER, [
      [1, 'Trần Văn Hùng', 1970, 'Trưởng ấp', 'Giấy khen'],
      [2, 'Phạm Văn Tư', 1975, 'Nông dân', 'Giấy khen'],
      [],
      ...dateLine,
    ]);
    const r = await lists([unitsBook(UNITS), alone]);
    expect(r.quota).toBe(2);
    expect(r.first).toEqual(['Trần Văn Hùng', 'Phạm Văn Tư']);
  });
});
