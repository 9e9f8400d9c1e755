/**
 * Trial 13, class 7: a master's phase column headed otherwise than «Giai đoạn», «GĐ» or «Đợt» — «Thời gian đăng ký»
 * (2021-2023 / 2023-2025, or the registration's date), «Đăng ký lần» (1 / 2), «Loại đăng ký» (Chính thức / Bổ sung),
 * «Đăng ký bổ sung» (a mark for the additions). Near misses: a master without such a column, a «Đăng ký bổ sung»
 * column left empty, and a column headed «Thời gian» alone, which says nothing of the phase.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const NAMES = ['Nguyễn Văn An', 'Trần Thị Bé', 'Lê Văn Cường', 'Phạm Thị Dung'];

const master = (header: string, values: Row[number][]): Row[] => [
  ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', header],
  ...NAMES.map((n, i): Row => [i + 1, 'Đảng bộ xã Phú Hữu', 'Cá nhân', n, 1970 + i, values[i]]),
];

const phasesOf = async (rows: Row[]) => {
  const { read, report } = await checkBooks([unitsBook(), oneSheet('tong-hop.xlsx', rows, 'Đăng ký')]);
  return { phases: read.registrations.map((r) => r.phase), codes: report.findings.map((f) => f.code) };
};

describe('a phase column under another header', () => {
  it.each<[string, Row[number][]]>([
    ['Thời gian đăng ký', ['2021-2023', '2021-2023', '2023-2025', '2023 - 2025']],
    ['Thời gian đăng ký', [new Date(Date.UTC(2023, 1, 20)), '20/02/2023', '15/03/2024', new Date(Date.UTC(2025, 0, 10))]],
    ['Đăng ký lần', [1, 1, 2, 2]],
    ['Lần đăng ký', ['Lần 1', 'Lần 1', 'Lần 2', 'Lần 2']],
    ['Đăng ký bổ sung', ['', '', 'x', 'X']],
    ['Đăng ký bổ sung (đánh dấu x)', ['Không', '', '✓', 'x']],
    ['Loại đăng ký', ['Chính thức', 'Chính thức', 'Bổ sung', 'Bổ sung']],
    ['Hình thức đăng ký', ['Đăng ký chính thức', 'Chính thức', 'Đăng ký bổ sung', 'Bổ sung 2024']],
  ])('«%s» %j: the last two are phase 2', async (header, values) => {
    const { phases, codes } = await phasesOf(master(header, values));
    expect(phases).toEqual([1, 1, 2, 2]);
    expect(codes).not.toContain('PHASE_UNREADABLE');
  });

  it('near miss: a «Đăng ký bổ sung» column left empty keeps every row in phase 1', async () => {
    expect((await phasesOf(master('Đăng ký bổ sung', ['', '', '', '']))).phases).toEqual([1, 1, 1, 1]);
  });

  it('near miss: a column headed «Thời gian» alone is no phase', async () => {
    expect((await phasesOf(master('Thời gian', ['2021-2023', '2021-2023', '2023-2025', '2023-2025']))).phases).toEqual([1, 1, 1, 1]);
  });

  it('near miss: «Loại đăng ký» holding the kind is the kind, not the phase', async () => {
    // Without a «Đối tượng» column: «Loại đăng ký» is the only kind there is.
    const rows = master('Loại đăng ký', ['Cá nhân', 'Cá nhân', 'Tập thể', 'Cá nhân']).map((r) => [...r.slice(0, 2), ...r.slice(3)]);
    rows[3] = [3, 'Đảng bộ xã Phú Hữu', 'Chi bộ ấp Phú Thạnh', '', 'Tập thể'];
    const { read, report } = await checkBooks([unitsBook(), oneSheet('tong-hop.xlsx', rows, 'Đăng ký')]);
    expect(read.registrations.map((r) => [r.phase, r.kind])).toEqual([
      [1, 'individual'],
      [1, 'individual'],
      [1, 'collective'],
      [1, 'individual'],
    ]);
    expect(report.findings.map((f) => f.code)).not.toContain('PHASE_UNREADABLE');
  });

  it('near miss: «Hình thức đăng ký» holding no phase is left unread', async () => {
    const { phases, codes } = await phasesOf(master('Hình thức đăng ký', ['Điển hình tiên tiến', 'Gương người tốt việc tốt', 'Điển hình tiên tiến', '']));
    expect(phases).toEqual([1, 1, 1, 1]);
    expect(codes).not.toContain('PHASE_UNREADABLE');
  });

  it('near miss: a value neither phase under «Loại đăng ký» is still reported', async () => {
    const { phases, codes } = await phasesOf(master('Loại đăng ký', ['Chính thức', 'Chính thức', 'Bổ sung', 'Khác']));
    expect(phases).toEqual([1, 1, 2, undefined]);
    expect(codes).toContain('PHASE_UNREADABLE');
  });
});
