/**
 * Trial 9 #12: one exemplar written twice for ONE unit with a typo (the district's master beside the unit's own file)
 * must not complete the unit's quota. Rows the duplicate matcher finds to be the same exemplar count once: "certain"
 * as a repeat, "probable" as a possible repeat the message names, until the user marks "Không trùng". Near misses:
 * two different people count twice; one person proposed by two units counts for each; an exact repeat stays a
 * repeat.
 */
import type { Row } from '../../fixtures/workbooks';
import { Book, checkBooks, codes, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import { matchRead } from '../../../src/domain/duplicates/duplicate-groups';
import { buildReport } from '../../../src/domain/report/report';

const UNITS = unitsBook([
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
  [2, 'Hội Nông dân huyện', 'Hội đoàn thể huyện'],
]);
const MASTER_HEADER: Row = ['STT', 'Đơn vị đề xuất', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'];

const master = (...rows: Row[]): Book => ({ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Tổng hợp', rows: [MASTER_HEADER, ...rows] }] });

async function anBinh(...rows: Row[]) {
  const { read, report } = await checkBooks([UNITS, master(...rows)]);
  const quota = report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình');
  const short = report.findings.find((f) => f.code === 'QUOTA_SHORT' && f.message.startsWith('Đảng bộ xã An Bình'));
  return { read, report, registered: quota?.registered, short };
}

const hung = (name: string, year: number | string, post: string): Row => [1, 'Đảng bộ xã An Bình', name, year, post];

describe('the same exemplar written twice by one unit, with a typo', () => {
  it.each([
    ['a year one digit off', hung('Nguyễn Văn Hùng', 1971, 'Bí thư chi bộ ấp 3')],
    ['a tone mark off in the given name', hung('Nguyễn Văn Hưng', 1970, 'Bí thư chi bộ ấp 3')],
    ['an initial for the middle name', hung('Nguyễn V. Hùng', 1970, 'BT chi bộ ấp 3')],
  ])('%s: counts once, and the shortfall says why', async (_, typo) => {
    const { registered, short, report } = await anBinh(hung('Nguyễn Văn Hùng', 1970, 'Bí thư Chi bộ ấp 3, xã An Bình'), typo);
    expect(registered).toBe(1);
    expect(short?.message).toContain('1 dòng có thể ghi lại điển hình đã tính');
    expect(short?.message).toContain('«Không trùng»');
    const duplicate = report.findings.filter((f) => f.code === 'DUPLICATE');
    expect(duplicate.map((f) => f.message.includes('được tính một lần vào chỉ tiêu của đơn vị'))).toEqual([true]);
  });

  it('the user’s «Không trùng» on the group counts both again', async () => {
    const { read, registered } = await anBinh(hung('Nguyễn Văn Hùng', 1970, 'Bí thư chi bộ ấp 3'), hung('Nguyễn Văn Hùng', 1971, 'Bí thư chi bộ ấp 3'));
    expect(registered).toBe(1);
    const key = matchRead(read).groups[0]?.key ?? '';
    expect(key).not.toBe('');
    const decided = buildReport({ ...read, duplicateDecisions: [{ key, decision: 'not-duplicate' }] }, { y: 2023, m: 3, d: 1 }, 1);
    expect(decided.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered).toBe(2);
    expect(decided.findings.filter((f) => f.code === 'DUPLICATE' || f.message.startsWith('Đảng bộ xã An Bình'))).toEqual([]);
  });
});

describe('near misses', () => {
  it('two different people of one unit count twice', async () => {
    const { registered, short } = await anBinh(hung('Nguyễn Văn Hùng', 1970, 'Bí thư chi bộ ấp 3'), hung('Trần Thị Mai', 1982, 'Chi hội trưởng phụ nữ ấp 1'));
    expect(registered).toBe(2);
    expect(short).toBeUndefined();
  });

  it('an exact repeat is a repeat, not a possible one', async () => {
    const { registered, short } = await anBinh(hung('Nguyễn Văn Hùng', 1970, 'Bí thư chi bộ ấp 3'), hung('Nguyễn Văn Hùng', 1970, 'Bí thư chi bộ ấp 3'));
    expect(registered).toBe(1);
    expect(short?.message).toContain('1 dòng ghi lại điển hình đã tính');
    expect(short?.message).not.toContain('có thể ghi lại');
  });

  it('one person proposed by two units counts for each', async () => {
    const { report } = await checkBooks([
      UNITS,
      master(hung('Nguyễn Văn Hùng', 1970, 'Bí thư chi bộ ấp 3, xã An Bình'), [2, 'Hội Nông dân huyện', 'Nguyễn Văn Hùng', 1971, 'Bí thư chi bộ ấp 3, xã An Bình']),
    ]);
    expect(report.quota.map((q) => [q.unit, q.registered])).toEqual([
      ['Đảng bộ xã An Bình', 1],
      ['Hội Nông dân huyện', 1],
    ]);
    expect(codes(report, 'DUPLICATE')).toEqual(['DUPLICATE']);
  });
});

describe('one name and year, two genders (trial 12 #8)', () => {
  async function counted(genders: string[]) {
    const rows: Row[] = [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ'], ...genders.map((g, i): Row => [i + 1, 'Đảng bộ xã An Bình', 'Nguyễn Thanh Bình', 1968, g, `Chức vụ ${i + 1}`])];
    const { report } = await checkBooks([UNITS, { fileName: 'an-binh.xlsx', sheets: [{ name: 'DS', rows }] }]);
    return report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered;
  }

  it('a man and a woman are two exemplars, as the list and the duplicate rule keep them', async () => {
    expect(await counted(['Nam', 'Nữ'])).toBe(2);
  });

  it('near misses: a gender left out joins the row that gives one; the same gender is one exemplar', async () => {
    expect(await counted(['Nam', ''])).toBe(1);
    expect(await counted(['Nữ', 'Nữ'])).toBe(1);
  });
});
