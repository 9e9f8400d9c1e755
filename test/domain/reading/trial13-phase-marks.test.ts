/**
 * Trial 13, class 8: phase-2 additions appended to a list without a phase column and marked as staff mark them — in
 * «Ghi chú» («ĐK bổ sung T3/2024», «Đăng ký năm 2024», «Mới đăng ký (2025)», «ĐKBS», «Mới»), in the number («BS1»,
 * «6*» with the footnote «(*) Bổ sung năm 2024»), or after the name («Hồ Văn Em (bổ sung 2024)», whose mark is no
 * position). Near misses: a real phase-1 list, «Mới» or «BS» on every row or in a list made before phase 2, notes
 * about something else, a star without a footnote about the phase.
 */
import { notePhase } from '../../../src/domain/reading/note-phase';
import { phaseReader, phaseYears } from '../../../src/domain/reading/phase';
import { defaultProfile } from '../../../src/domain/profile';
import type { Row } from '../../fixtures/workbooks';
import { byName, checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const read = phaseReader(phaseYears(defaultProfile()));

describe('a note that says the phase', () => {
  it.each([
    ['ĐK bổ sung T3/2024', 2],
    ['Bổ sung T3/2024', 2],
    ['Bổ sung tháng 3/2024', 2],
    ['Đăng ký năm 2024', 2],
    ['ĐK năm 2025', 2],
    ['Mới đăng ký (2025)', 2],
    ['Phát hiện mới năm 2024', 2],
    ['Điển hình mới năm 2024', 2],
    ['ĐKBS', 2],
    ['ĐKBS 2024', 2],
    ['Bổ sung năm 2024', 2],
    ['Đăng ký năm 2022', 1],
  ])('«%s» → %s', (note, phase) => expect(notePhase(note, read)).toBe(phase));

  it.each(['Bổ sung hồ sơ sau', 'Đăng ký năm 2023', 'Bí thư chi bộ', 'Mới', 'BS', 'Mới được bầu', 'Bổ sung năm 2022', 'Đăng ký học tập và làm theo'])(
    'near miss: «%s» alone states no phase',
    (note) => expect(notePhase(note, read)).toBeUndefined(),
  );
});

const HEADER: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Thành tích', 'Ghi chú'];
const LETTERHEAD: Row[] = [['ĐẢNG BỘ HUYỆN PHÚ TÂN'], ['ĐẢNG ỦY XÃ PHÚ HỮU'], [], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], []];
const dated = (year: number): Row[] => [[], [null, null, null, `Phú Hữu, ngày 20 tháng 02 năm ${year}`]];

const phasesOf = async (rows: Row[]) => {
  const { read } = await checkBooks([unitsBook(), oneSheet('phu-huu.xlsx', rows)]);
  return Object.fromEntries(read.registrations.map((r) => [r.name, r.phase]));
};

const withNotes = (notes: string[], year = 2023): Row[] => [
  ...LETTERHEAD,
  HEADER,
  ...notes.map((note, i): Row => [i + 1, `Nguyễn Văn ${['An', 'Ba', 'Cư', 'Dũng', 'Em'][i]}`, 1970 + i, 'Nông dân', 'SXKD', note]),
  ...dated(year),
];

describe('additions marked in «Ghi chú»', () => {
  it.each(['ĐK bổ sung T3/2024', 'Đăng ký năm 2024', 'Mới đăng ký (2025)', 'Phát hiện mới năm 2024', 'ĐKBS', 'Bổ sung T3/2024'])(
    '«%s» on the last two rows: phase 2',
    async (note) => {
      expect(Object.values(await phasesOf(withNotes(['', 'Nhiệt tình', '', note, note])))).toEqual([1, 1, 1, 2, 2]);
    },
  );

  // Review 18: bare marks are also said of a new post or a doctor; read as additions they took rows off the 2023 list.
  it.each(['Mới', 'BS', 'bs', 'ĐK mới', 'Điển hình mới', 'Đăng ký mới'])('near miss: a bare «%s» on the last rows is no phase', async (note) => {
    expect(Object.values(await phasesOf(withNotes(['', 'Nhiệt tình', '', note, note])))).toEqual([1, 1, 1, 1, 1]);
  });

  it('near miss: «Mới» on every row sets no row apart', async () => {
    expect(Object.values(await phasesOf(withNotes(['Mới', 'Mới', 'Mới'])))).toEqual([1, 1, 1]);
  });

  it('near miss: «Mới» in a list made in 2022, before phase 2, is no phase', async () => {
    expect(Object.values(await phasesOf(withNotes(['', '', 'Mới'], 2022)))).toEqual([1, 1, 1]);
  });

  it('near miss: «BS» on a doctor\'s row is «bác sĩ»', async () => {
    const rows = withNotes(['', '', 'BS']).map((r) => (r[5] === 'BS' ? [...r.slice(0, 3), 'Trưởng trạm y tế', ...r.slice(4)] : r));
    expect(Object.values(await phasesOf(rows))).toEqual([1, 1, 1]);
  });

  it('near miss: a real phase-1 list with other notes', async () => {
    expect(Object.values(await phasesOf(withNotes(['Bí thư chi bộ', 'Bổ sung hồ sơ sau', 'Mới được bầu', ''])))).toEqual([1, 1, 1, 1]);
  });
});

describe('additions marked in the number or after the name', () => {
  const list = (rows: Row[], below: Row[] = []): Row[] => [...LETTERHEAD, HEADER.slice(0, 5), ...rows, ...below, ...dated(2023)];

  it('«BS1», «BS 2» numbers additions', async () => {
    const phases = await phasesOf(list([[1, 'Nguyễn Văn An', 1970, 'Bí thư', 'x'], ['BS1', 'Lê Văn Cường', 1975, 'Nông dân', 'x'], ['BS 2', 'Phạm Thị Dung', 1980, 'Y sĩ', 'x']]));
    expect(phases).toEqual({ 'Nguyễn Văn An': 1, 'Lê Văn Cường': 2, 'Phạm Thị Dung': 2 });
  });

  it.each(['(*) Bổ sung năm 2024', '* Bổ sung năm 2024.', '(*): Đăng ký bổ sung giai đoạn 2023 - 2025'])('«6*» with the footnote «%s»', async (footnote) => {
    const phases = await phasesOf(list([[1, 'Nguyễn Văn An', 1970, 'Bí thư', 'x'], ['2*', 'Võ Thị Phấn', 1979, 'Chi hội trưởng', 'x']], [[], [footnote]]));
    expect(phases).toEqual({ 'Nguyễn Văn An': 1, 'Võ Thị Phấn': 2 });
  });

  it('near miss: a star whose footnote says something else', async () => {
    const phases = await phasesOf(list([[1, 'Nguyễn Văn An', 1970, 'Bí thư', 'x'], ['2*', 'Võ Thị Phấn', 1979, 'Chi hội trưởng', 'x']], [[], ['(*) Đã được khen năm 2022']]));
    expect(phases).toEqual({ 'Nguyễn Văn An': 1, 'Võ Thị Phấn': 1 });
  });

  it.each(['Hồ Văn Em (bổ sung 2024)', 'Hồ Văn Em (BS 2024)', 'Hồ Văn Em - bổ sung', 'Hồ Văn Em (ĐKBS)'])('the name cell «%s»: phase 2, the mark no position', async (cell) => {
    const { read } = await checkBooks([unitsBook(), oneSheet('phu-huu.xlsx', list([[1, 'Nguyễn Văn An', 1970, 'Bí thư', 'x'], [2, cell, 1966, 'Trưởng ấp', 'x']]))]);
    const em = byName(read, 'Hồ Văn Em');
    expect(em?.phase).toBe(2);
    expect(em?.position).toBe('Trưởng ấp');
    expect(byName(read, 'Nguyễn Văn An')?.phase).toBe(1);
  });

  it('a body\'s name with the mark: «Chi bộ ấp Phú Thạnh (bổ sung 2024)»', async () => {
    const { read } = await checkBooks([
      unitsBook(),
      oneSheet('phu-huu.xlsx', [...LETTERHEAD, ['STT', 'Tên tập thể', 'Thành tích'], [1, 'Chi bộ ấp Phú Lợi', 'x'], [2, 'Chi bộ ấp Phú Thạnh (bổ sung 2024)', 'x'], ...dated(2023)]),
    ]);
    expect(read.registrations.map((r) => [r.name, r.phase])).toEqual([
      ['Chi bộ ấp Phú Lợi', 1],
      ['Chi bộ ấp Phú Thạnh', 2],
    ]);
  });

  it('near miss: a name with a position after it stays phase 1', async () => {
    const { read } = await checkBooks([unitsBook(), oneSheet('phu-huu.xlsx', list([[1, 'Hồ Văn Em (Trưởng ấp)', 1966, '', 'x'], ['2', 'Lê Văn Bổ (BS)', 1966, '', 'x']]))]);
    expect(read.registrations.map((r) => r.phase)).toEqual([1, 1]);
  });
});
