/**
 * Review 5 #5 and #7: a note declines the proposal only by the verb of proposing ("Không đề nghị …"), never by a fact
 * about past awards ("Chưa khen thưởng lần nào"); "BS" alone is "bác sĩ", not an addition, unless a year or the phase
 * follows it.
 */
import { checkShape, withUnits } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';
import { noteDeclinesProposal } from '../../../src/domain/reading/note-proposal';
import { notePhase } from '../../../src/domain/reading/note-phase';

const HEAD: Row = ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Ghi chú'];
const twoRows = (note: string): Row[] => [
  [...HEAD],
  [1, 'X01', 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1', ''],
  [2, 'X01', 'Đỗ Thị Lan', 1970, 'Bác sĩ trạm y tế', note],
];
const listed = (sel: { individuals: { name: string }[] } | undefined) => (sel?.individuals ?? []).map((e) => e.name);
const anBinh = (report: { quota: { unit: string; registered: number }[] }) => report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered;

describe('a note declines the proposal only by proposing (#5)', () => {
  it.each([
    'Không đề nghị',
    'Chưa đề nghị khen',
    'Không đề nghị khen thưởng năm 2025',
    'Không ĐN khen',
    'Ko đề xuất biểu dương',
    'Không đề nghị tuyên dương lần này',
    'Không đề nghị 2025.',
  ])('«%s» declines', (note) => {
    expect(noteDeclinesProposal(note)).toBe(true);
  });

  it.each([
    'Chưa khen thưởng lần nào',
    'Chưa khen',
    'Không khen thưởng cấp tỉnh',
    'Chưa biểu dương',
    'Không đề nghị khen cấp tỉnh',
    'Chưa đề nghị khen thưởng lần nào trước đây',
    'Không',
  ])('near miss «%s» does not', (note) => {
    expect(noteDeclinesProposal(note)).toBe(false);
  });

  it.each(['Chưa khen thưởng lần nào', 'Chưa khen', 'Không khen thưởng cấp tỉnh'])('«%s»: stays on the 2025 list', async (note) => {
    const { lists } = await checkShape(withUnits(twoRows(note)));
    expect(listed(lists['2025'])).toEqual(['Nguyễn Văn Tâm', 'Đỗ Thị Lan']);
    expect(lists['2025']?.excluded ?? []).toEqual([]);
  });

  it('«Chưa đề nghị khen»: still off the 2025 list', async () => {
    const { lists } = await checkShape(withUnits(twoRows('Chưa đề nghị khen')));
    expect(listed(lists['2025'])).toEqual(['Nguyễn Văn Tâm']);
  });
});

describe('«BS» alone is no phase (#7)', () => {
  const read = (t: string) => (/\b(2024|2025|2|ii)\b/.test(t) ? 2 : /\b(2021|2022|2023|1|i)\b/.test(t) ? 1 : null);

  it.each(['BS 2024', 'BS năm 2024', 'BS GĐ 2', 'Bổ sung 2024'])('«%s»: phase 2', (note) => {
    expect(notePhase(note, read)).toBe(2);
  });

  it.each(['BS', 'bs', 'BS.', 'BS CKI', 'BS nội trú', 'Bs Nguyễn Văn A'])('near miss «%s»: none', (note) => {
    expect(notePhase(note, read)).toBeUndefined();
  });

  it.each([
    ['BS', [1, 1], 2],
    ['BS 2024', [1, 2], 1],
    ['Bổ sung', [1, 2], 1],
  ])('in a file, «%s»', async (note, phases, counted) => {
    const { read: got, report, lists } = await checkShape(withUnits(twoRows(note)));
    expect(got.registrations.map((r) => r.phase)).toEqual(phases);
    expect(anBinh(report)).toBe(counted);
    expect(listed(lists['2023'])).toHaveLength(counted);
  });
});
