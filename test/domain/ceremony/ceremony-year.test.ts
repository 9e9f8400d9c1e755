/**
 * A «Cấu hình» sheet for another period re-dates the ceremonies keyed "2023" and "2025": the lists, their sheets and
 * their reasons are named by the year each ceremony is held, and a user may name it by that year or by its key.
 */
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { deadlineSerial } from '../../../src/functions/deadlines';
import { InputError } from '../../../src/domain/errors';
import { defaultProfile, profileFromEntries } from '../../../src/domain/profile';
import { checkShape, UNITS_ROWS } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';

const entry = (key: string, value: string | number, row = 2) => ({
  key,
  value: typeof value === 'number' ? { t: 'n' as const, v: value } : { t: 's' as const, v: value },
  row,
});

/** The period 2026–2030 written in the «Cấu hình» sheet, over the default keys. */
const PROFILE = profileFromEntries(
  [
    entry('Giai đoạn từ năm', 2026),
    entry('Giai đoạn đến năm', 2030),
    entry('Hạn gửi kế hoạch triển khai', '25/01/2027'),
    entry('Hạn gửi danh sách đăng ký', '25/02/2028'),
    entry('Lễ tuyên dương 2023: ngày', '19/05/2028'),
    entry('Lễ tuyên dương 2023: từ năm', 2026),
    entry('Lễ tuyên dương 2023: đến năm', 2028),
    entry('Lễ tuyên dương 2023: kỷ niệm năm ngày sinh', 138),
    entry('Lễ tuyên dương 2025: ngày', '19/05/2030'),
    entry('Lễ tuyên dương 2025: từ năm', 2026),
    entry('Lễ tuyên dương 2025: đến năm', 2030),
    entry('Lễ tuyên dương 2025: kỷ niệm năm ngày sinh', 140),
  ],
  defaultProfile(),
  'Cấu hình',
);

const ROWS: Row[] = [
  ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Giai đoạn'],
  [1, 'X01', 'Nguyễn Văn Tâm', 1968, '1'],
  [2, 'X01', 'Lê Thị Hoa', 1975, '2'],
];

async function book(named: string) {
  const { read, report } = await checkShape({ sheets: [{ name: 'Đơn vị', rows: UNITS_ROWS }, { name: 'Đăng ký', rows: ROWS }], profile: PROFILE });
  return consolidate(read, report, named);
}

describe('a ceremony re-dated for another period', () => {
  it.each(['2028', '2023'])('named %p: its list is the 2028 list', async (named) => {
    const b = await book(named);
    expect(b.sheets[0]?.name).toBe('Lễ tuyên dương 2028');
    expect(b.selection.individuals.map((e) => e.name)).toEqual(['Nguyễn Văn Tâm']);
    expect(b.selection.excluded.map((x) => x.reason)).toEqual(['Đăng ký bổ sung ở giai đoạn 2: không thuộc danh sách lễ tuyên dương 2028.']);
  });

  it('named by the template\'s key «2023», the list made is said to be the 2028 one; by its year, nothing is said (trial 19 #7)', async () => {
    expect((await book('2023')).notices.map((n) => n.message)).toContain(
      'Lễ «2023» trong cấu hình là lễ tuyên dương năm 2028: danh sách được lập cho lễ năm 2028 (có thể gọi lễ này bằng chính năm 2028).',
    );
    expect((await book('2028')).notices.filter((n) => n.message.startsWith('Lễ «'))).toEqual([]);
  });

  it('named by a year it is not held in: refused, naming the years it is', async () => {
    await expect(book('2027')).rejects.toThrow(InputError);
    await expect(book('2027')).rejects.toThrow(/«2027».*2028 hoặc 2030/);
  });

  it('near miss: the default profile names its ceremonies as before', async () => {
    const { read, report } = await checkShape({ sheets: [{ name: 'Đơn vị', rows: UNITS_ROWS }, { name: 'Đăng ký', rows: ROWS }] });
    const b = consolidate(read, report, '2025');
    expect(b.sheets[0]?.name).toBe('Lễ tuyên dương 2025');
    expect(b.notices.filter((n) => n.message.startsWith('Lễ «'))).toEqual([]);
  });
});

describe('=DIENHINH.DEADLINE() of a re-dated ceremony', () => {
  it.each(['2028', 'lễ 2028', '2023'])('%p is the ceremony held on 19/05/2028', (which) => {
    expect(deadlineSerial(PROFILE, which)).toBe(deadlineSerial(defaultProfile(), '2025') + 1096);
  });
});
