/**
 * Trial 18b #3: the quota under-counted — probable pairs collapsed along a chain (six «Nguyễn Văn Hùng» of six
 * hamlets born 1970…1975, each only "probable" with the next, counted as one), and rows of one name and year
 * counted once whatever the matcher said of them. A row is now left uncounted only when it is the same exemplar as
 * a row already counted: a certain group's member, or a probable group's member with that very row. Near misses:
 * the same person twice (certain) counts once; a probable pair in one unit counts once, said as before; a row
 * without a year beside the same name with one counts once.
 */
import type { Finding } from '../../../src/domain/findings/finding';
import type { QuotaRow } from '../../../src/domain/records';
import { checkBooks, oneSheet } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Ngày nộp danh sách đăng ký'],
  ['X1', 'Đảng bộ xã An Hà', 'Đảng bộ xã', '20/02/2023'],
];
const HEADER: Row = ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'];
const HAMLETS = ['Ấp Phú Thạnh', 'Ấp Phú Hiệp', 'Ấp Phú Lợi', 'Ấp Phú An', 'Ấp Phú Quới', 'Ấp Phú Hòa'];

/** One commune's list: [name, birth year or '', position] per row. */
async function quotaOf(rows: [string, number | '', string][]): Promise<{ row: QuotaRow; short?: Finding; duplicates: string[] }> {
  const body: Row[] = rows.map(([name, year, post], k) => [k + 1, 'Đảng bộ xã An Hà', 'Cá nhân', name, year, 'Nam', post, `Thành tích số ${k + 1}`]);
  const { report } = await checkBooks([oneSheet('tong-hop.xlsx', UNITS, 'Đơn vị'), oneSheet('dang-ky.xlsx', [HEADER, ...body], 'Đăng ký')]);
  const duplicates = report.findings.filter((f) => f.code === 'DUPLICATE').map((f) => `${f.confidence} ${(f.rows ?? []).map((r) => r.row).join(',')}`);
  return { row: report.quota[0] as QuotaRow, short: report.findings.find((f) => f.code === 'QUOTA_SHORT'), duplicates };
}

const hung = (k: number, year = (i: number) => 1970 + i): [string, number, string][] =>
  Array.from({ length: k }, (_, i) => ['Nguyễn Văn Hùng', year(i), `Trưởng ${HAMLETS[i]}, xã An Hà`]);

describe('the quota counts each exemplar once, and different people apart', () => {
  it('six namesakes born a year apart are no chain: only the pairs found probable count once (1970/71, 72/73, 74/75)', async () => {
    const { row, duplicates } = await quotaOf(hung(6));
    // The matcher's own verdict: each year only near the next.
    expect(duplicates).toEqual(['probable 2,3', 'probable 3,4', 'probable 4,5', 'probable 5,6', 'probable 6,7']);
    expect(row.registered).toBe(3);
  });

  it.each([
    [3, 2],
    [4, 2],
    [5, 3],
  ])('%i namesakes born a year apart count as %i', async (k, registered) => {
    expect((await quotaOf(hung(k))).row.registered).toBe(registered);
  });

  it('six namesakes of years far apart are six exemplars', async () => {
    const { row, short } = await quotaOf(hung(6, (i) => 1950 + 5 * i));
    expect(row.registered).toBe(6);
    expect(short).toBeUndefined();
  });

  it('namesakes of one year the matcher keeps apart count for two (a name and a year are no proof)', async () => {
    const { row, duplicates } = await quotaOf([
      ['Nguyễn Văn Hùng', 1970, 'Giáo viên Trường THCS An Hà'],
      ['Nguyễn Văn Hùng', 1970, 'Công an viên xã Tân Phú, huyện Châu Thành'],
    ]);
    expect(duplicates).toEqual([]);
    expect(row.registered).toBe(2);
  });

  it('the same person twice counts once (certain, near miss)', async () => {
    const { row, duplicates } = await quotaOf([
      ['Lê Thị Hoa', 1980, 'Chi hội trưởng Phụ nữ Ấp Phú An'],
      ['Lê Thị Hoa', 1980, 'Chi hội trưởng Phụ nữ Ấp Phú An'],
    ]);
    expect(duplicates).toEqual(['certain 2,3']);
    expect(row.registered).toBe(1);
  });

  it('a probable pair in one unit counts once, and QUOTA_SHORT still says so (near miss)', async () => {
    const { row, short } = await quotaOf(hung(2));
    expect(row.registered).toBe(1);
    expect(short?.message).toContain('Không tính: 1 dòng có thể');
  });

  it('a row without a year beside the same name with one counts once (near miss)', async () => {
    const { row } = await quotaOf([
      ['Nguyễn Văn A', '', 'Trưởng Ấp Phú An'],
      ['Nguyễn Văn A', 1975, 'Trưởng Ấp Phú An'],
      ['Trần Thị Bé', 1980, 'Hội viên'],
    ]);
    expect(row.registered).toBe(2);
  });
});
