/** The phase column (R8, R9, issue 14): every usual spelling, the profile's years, and PHASE_UNREADABLE. */
import { defaultProfile } from '../../../src/domain/profile';
import { phaseReader, phaseYears } from '../../../src/domain/reading/phase';
import { checkShape, phaseRows, profile2026, readShape, withUnits } from '../../fixtures/column-shapes';

describe('phase spellings (default profile, 2021–2025)', () => {
  const read = phaseReader(phaseYears(defaultProfile()));

  it('derives the phase years from the ceremonies', () => {
    expect(phaseYears(defaultProfile())).toEqual({ first: { from: 2021, to: 2023 }, second: { from: 2023, to: 2025 } });
  });

  it.each([
    '2',
    'II',
    'Giai đoạn 2',
    'GIAI ĐOẠN II',
    'GĐ II',
    'GĐ 2',
    'gđ2',
    'Giai đoạn II (2023 - 2025)',
    'Giai đoạn 2 (2023–2025)',
    '2023-2025',
    '2023 - 2025',
    '2023 đến 2025',
    'bổ sung',
    'Bổ sung',
    'Đăng ký bổ sung',
    'Bổ sung năm 2024',
    'Giai đoạn 2, năm 2024',
    'Đợt 2',
    'Năm 2024',
    '2025',
  ])('%p is phase 2', (text) => {
    expect(read(text)).toBe(2);
  });

  it.each(['1', 'I', 'i', 'Giai đoạn 1', 'Giai đoạn I', 'GĐ I', '2021-2023', '2021 – 2023', 'Giai đoạn I (2021-2023)', 'Đợt 1', '2022', '', '-'])(
    '%p is phase 1',
    (text) => {
      expect(read(text)).toBe(1);
    },
  );

  it.each([
    '3',
    'III',
    'Giai đoạn 3',
    'x',
    'Giai đoạn',
    'Đã đăng ký',
    '2021-2025',
    '2023',
    'Giai đoạn 1 (2023 - 2025)',
    'Giai đoạn 1, bổ sung',
    '2019',
    '2024-2026',
    '?',
  ])('%p is unreadable', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('phase years of another period (2026–2030)', () => {
  const read = phaseReader(phaseYears(profile2026()));

  it.each([
    ['2028-2030', 2],
    ['Giai đoạn II (2028 - 2030)', 2],
    ['Bổ sung năm 2029', 2],
    ['2026-2028', 1],
    ['Giai đoạn 1', 1],
    ['2027', 1],
  ] as const)('%p is phase %p', (text, phase) => {
    expect(read(text)).toBe(phase);
  });

  it.each(['2023-2025', '2021-2023', 'Năm 2024'])('%p, the years of the old period, is unreadable', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('reading the phase column', () => {
  it('reads each row and reports PHASE_UNREADABLE on the phase cell, quoting it', async () => {
    const read = await readShape(withUnits(phaseRows(['Giai đoạn 2', 'GĐ II', 'Giai đoạn 3', undefined, 'I', '??'])));
    expect(read.registrations.map((r) => r.phase)).toEqual([2, 2, undefined, 1, 1, undefined]);
    expect(read.findings.map((f) => [f.code, f.severity, f.row, f.column, f.unit])).toEqual([
      ['PHASE_UNREADABLE', 'warning', 4, 'F', 'Đảng bộ xã An Bình'],
      ['PHASE_UNREADABLE', 'warning', 7, 'F', 'Đảng bộ xã An Bình'],
    ]);
    expect(read.findings[0]?.message).toContain('«Giai đoạn 3»');
    expect(read.findings[0]?.message).toContain('2021 – 2023');
  });

  it('reads the years of the profile in the workbook (a "Cấu hình" sheet is not needed: the profile given is used)', async () => {
    const read = await readShape({ ...withUnits(phaseRows(['2028-2030', '2023-2025'])), profile: profile2026() });
    expect(read.registrations.map((r) => r.phase)).toEqual([2, undefined]);
  });
});

describe('an unreadable phase counts toward neither list', () => {
  // X01 (quota 2) with two phase-1 rows, one phase-2 row and one unreadable row.
  const shape = () => withUnits(phaseRows([1, 'Giai đoạn 1', 'Giai đoạn 2', 'Giai đoạn ba']));

  it('is not counted in the quota, and the quota message says why', async () => {
    const { report } = await checkShape(withUnits(phaseRows(['Giai đoạn 1', 'Giai đoạn ba'])));
    const row = report.quota.find((q) => q.unitCode === 'X01');
    expect(row).toMatchObject({ required: 2, registered: 1, status: 'short' });
    const short = report.findings.find((f) => f.code === 'QUOTA_SHORT' && f.unitCode === 'X01');
    expect(short?.message).toContain('1 dòng chưa rõ giai đoạn');
  });

  it('is on neither ceremony list, and the excluded list says why', async () => {
    const { lists } = await checkShape(shape());
    const names = (id: string) => lists[id]?.individuals.map((e) => e.name);
    expect(names('2023')).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Bình']);
    expect(names('2025')).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Bình', 'Nguyễn Văn Cường']);
    for (const id of ['2023', '2025']) {
      const out = lists[id]?.excluded.find((e) => e.name === 'Nguyễn Văn Dũng');
      expect(out?.reason).toContain('Chưa rõ giai đoạn');
    }
  });

  it('a readable phase-1 row is counted and listed (near miss)', async () => {
    const { report, lists } = await checkShape(withUnits(phaseRows(['Giai đoạn I (2021-2023)', '2021 - 2023'])));
    expect(report.quota.find((q) => q.unitCode === 'X01')).toMatchObject({ registered: 2, status: 'ok' });
    expect(report.findings.filter((f) => f.code === 'PHASE_UNREADABLE')).toEqual([]);
    expect(lists['2023']?.individuals).toHaveLength(2);
  });
});

describe('an exemplar newly found (trial 12): the guideline’s words for phase 2’s additions', () => {
  const read = phaseReader(phaseYears(defaultProfile()));

  it.each(['Mới', 'Phát hiện mới', 'ĐK mới 2024', 'Đăng ký mới năm 2024', 'Mới (2023 - 2025)', 'mới'])('«%s» is phase 2', (text) => {
    expect(read(text)).toBe(2);
  });

  it.each([
    ['ĐK mới 2022', 1],
    ['Mới (2021 - 2023)', 1],
    ['Cũ', null],
    ['Mới nhất', null],
    ['Đăng ký mới', null],
  ])('near miss «%s»: its years decide, or it says nothing', (text, phase) => {
    expect(read(text)).toBe(phase);
  });
});
