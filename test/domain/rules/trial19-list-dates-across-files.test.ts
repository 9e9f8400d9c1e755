/**
 * Trial 19 #4: two dates for one unit's list across files, the later (late) one dropped without a word.
 * - The units list dates An Bình's list 20/02 (on time; it wins and is judged), An Bình's own list is dated 27/02: a
 *   list cannot come before it was made, so one of the two is wrong: an INVALID_DATE names both (as one list's two
 *   dates are named, trial17b #8).
 * - No date in the units list, two lists of An Bình with different exemplars dated 20/02 and 27/02: its registration
 *   was complete only with the second, so R4 judges the last (REGISTRATION_LATE) and names the earlier one sent in time.
 * Near misses: the units list late and the file on time (judged on the units list, as before); both on time; a
 * correction or the same list sent again later (the first list stands, as before); lists of one date.
 */
import type { WorkbookGrid } from '../../../src/domain/grid';
import type { Finding } from '../../../src/domain/findings/finding';
import { anBinh, anBinhWord, TITLE } from '../../fixtures/trial12-fix12-lists';
import { Book, checkBooks, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const D = (d: number, m = 2) => new Date(Date.UTC(2023, m - 1, d));
const line = (d: number | string, m = '02') => `An Bình, ngày ${d} tháng ${m} năm 2023`;

const units = (anBinhDate?: Date): Book =>
  unitsBook([
    ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Ngày gửi danh sách'],
    [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã', anBinhDate ?? ''],
    [2, 'Hội Nông dân huyện', 'Đoàn thể huyện', D(13)],
  ]);

const FIRST: Row[] = [
  [1, 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', 'NTM'],
  [2, 'Lê Thị Hoa', 1957, 'Hội viên phụ nữ', 'TK'],
];
const SECOND: Row[] = [
  [1, 'Trần Văn Khá', 1972, 'Trưởng ấp 2', 'NTM'],
  [2, 'Phạm Thị Lệ', 1980, 'Chi hội trưởng phụ nữ', 'TK'],
];

async function anBinhFindings(books: (Book | WorkbookGrid)[]): Promise<Finding[]> {
  const { report } = await checkBooks(books);
  return report.findings.filter((f) => f.unit === 'Đảng bộ xã An Bình' && ['REGISTRATION_LATE', 'REGISTRATION_MISSING', 'INVALID_DATE'].includes(f.code));
}

describe('trial 19 #4: the units list dates the list on time, the unit\'s own list is dated late', () => {
  it.each([
    ['a workbook', () => anBinh('An Bình.xlsx', TITLE, FIRST, line(27))],
    ['a Word document', () => anBinhWord('An Bình.docx', TITLE, FIRST, line(27))],
  ])('%s dated 27/02: INVALID_DATE naming both dates, never late nor silent', async (_, make) => {
    const got = await anBinhFindings([units(D(20)), await make()]);
    expect(got.map((f) => f.code)).toEqual(['INVALID_DATE']);
    expect(got[0]?.message).toContain('danh sách đơn vị ghi ngày 20/02/2023');
    expect(got[0]?.message).toContain('ghi ngày 27/02/2023');
    expect(got[0]?.message).toMatch(/An Bình\.(xlsx|docx)/);
    expect(got[0]?.row).toBe(2);
  });

  it('a date line of a late month, its day blank, is named by its month', async () => {
    const got = await anBinhFindings([units(D(20)), anBinh('An Bình.xlsx', TITLE, FIRST, 'An Bình, ngày    tháng 03 năm 2023')]);
    expect(got.map((f) => f.code)).toEqual(['INVALID_DATE']);
    expect(got[0]?.message).toContain('ghi tháng 03/2023');
  });

  it('of two lists of the unit, the late one is named', async () => {
    const got = await anBinhFindings([units(D(20)), anBinh('An Bình 1.xlsx', TITLE, FIRST, line(20)), anBinh('An Bình 2.xlsx', TITLE, SECOND, line(27))]);
    expect(got.map((f) => f.code)).toEqual(['INVALID_DATE']);
    expect(got[0]?.message).toContain('An Bình 2.xlsx');
    expect(got[0]?.message).not.toContain('An Bình 1.xlsx');
  });
});

describe('trial 19 #4: two lists of one unit, no date in the units list', () => {
  const a = () => anBinh('An Bình 1.xlsx', TITLE, FIRST, line(20));
  const b = () => anBinh('An Bình 2.xlsx', TITLE, SECOND, line(27));

  it.each([
    ['in order', () => [a(), b()]],
    ['the other way round', () => [b(), a()]],
  ])('20/02 and 27/02, %s: late on the last list, the first named', async (_, lists) => {
    const got = await anBinhFindings([units(), ...lists()]);
    expect(got.map((f) => f.code)).toEqual(['REGISTRATION_LATE']);
    expect(got[0]?.message).toContain('ngày 27/02/2023, trễ hạn 2 ngày');
    expect(got[0]?.message).toContain('An Bình 2.xlsx');
    expect(got[0]?.message).toContain('Đơn vị còn gửi danh sách lập ngày 20/02/2023 (tệp An Bình 1.xlsx, «DS»)');
  });

  it('a Word list beside a workbook, three lists: every earlier one on time is named', async () => {
    const c = await anBinhWord('An Bình 3.docx', TITLE, [[1, 'Đỗ Văn Mười', 1979, 'Trưởng ấp 3', 'NTM']], line(28));
    const got = await anBinhFindings([units(), anBinh('An Bình 0.xlsx', TITLE, [[1, 'Võ Văn Năm', 1969, 'Trưởng ấp 4', 'NTM']], line(10)), a(), c]);
    expect(got.map((f) => f.code)).toEqual(['REGISTRATION_LATE']);
    expect(got[0]?.message).toContain('ngày 28/02/2023, trễ hạn 3 ngày');
    expect(got[0]?.message).toContain('các danh sách lập ngày 10/02/2023 (tệp An Bình 0.xlsx, «DS»), lập ngày 20/02/2023 (tệp An Bình 1.xlsx, «DS»)');
  });

  it('both late: the last dates the registration, no on-time list named', async () => {
    const got = await anBinhFindings([units(), anBinh('An Bình 1.xlsx', TITLE, FIRST, line(26)), b()]);
    expect(got.map((f) => f.code)).toEqual(['REGISTRATION_LATE']);
    expect(got[0]?.message).toContain('ngày 27/02/2023, trễ hạn 2 ngày');
    expect(got[0]?.message).not.toContain('Đơn vị còn gửi');
  });
});

describe('near misses', () => {
  it('the units list late, the own list on time: late on the units list\'s date, as before', async () => {
    const got = await anBinhFindings([units(D(27)), anBinh('An Bình.xlsx', TITLE, FIRST, line(15))]);
    expect(got.map((f) => f.code)).toEqual(['REGISTRATION_LATE']);
    expect(got[0]?.message).toContain('gửi danh sách đăng ký điển hình tiên tiến ngày 27/02/2023');
    expect(got[0]?.message).not.toContain('dòng ngày tháng');
  });

  it.each([
    ['the units list and the own list on time', units(D(20)), [line(15)]],
    ['two lists on time, no date in the units list', units(), [line(10), line(20)]],
    ['two lists of one day', units(), [line(20), line(20)]],
  ])('%s: nothing', async (_, u, lines) => {
    const lists = lines.map((l, i) => anBinh(`An Bình ${i}.xlsx`, TITLE, i ? SECOND : FIRST, l));
    expect(await anBinhFindings([u, ...lists])).toEqual([]);
  });

  it('a correction made after the deadline: the first list stands, on time', async () => {
    const fixed: Row[] = [FIRST[0] as Row, [2, 'Lê Thị Hoa', 1975, 'Hội viên phụ nữ', 'TK']];
    expect(await anBinhFindings([units(), anBinh('An Bình.xlsx', TITLE, FIRST, line(20)), anBinh('An Bình (sửa).xlsx', TITLE, fixed, line(27))])).toEqual([]);
  });

  it('the same list sent again later, as a Word document: the first stands, on time', async () => {
    const word = await anBinhWord('An Bình.docx', TITLE, FIRST, line(27));
    expect(await anBinhFindings([units(), anBinh('An Bình.xlsx', TITLE, FIRST, line(20)), word])).toEqual([]);
  });
});
