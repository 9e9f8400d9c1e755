/**
 * Trial 16 (b #6): a unit's own note that its row does not qualify («Không đủ tiêu chuẩn», «Bị kỷ luật khiển trách năm
 * 2022», «Trùng với danh sách Huyện đoàn») takes the row out as a withdrawal does: counted for no quota, on no list to
 * be signed, and on the left-off sheet with the note. Near misses: «Không vi phạm kỷ luật», «Chưa từng bị kỷ luật»,
 * «Đủ tiêu chuẩn», a lifted discipline, a name shared by two people, achievements that mention «kỷ luật».
 */
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { disqualifies } from '../../../src/domain/reading/note-withdrawal';
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const NAMES = ['Nguyễn Văn Hùng', 'Lê Thị Mai', 'Trần Văn Tư', 'Võ Thị Sáu'];

async function listed(notes: string[], achievements: string[] = []) {
  const rows: Row[] = [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Tóm tắt thành tích', 'Ghi chú']];
  notes.forEach((v, i) => rows.push([i + 1, 'Đảng bộ xã An Bình', NAMES[i] as string, 1970 + i, achievements[i] ?? 'Hoàn thành tốt nhiệm vụ', v]));
  const { read, report } = await checkBooks([unitsBook(), oneSheet('ds.xlsx', rows)]);
  const book = consolidate(read, report, '2023');
  return {
    names: book.selection.individuals.map((e) => e.name),
    reasons: book.selection.excluded.map((x) => x.reason),
    registered: report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered,
  };
}

const DISQUALIFYING = [
  'Không đủ tiêu chuẩn',
  'Chưa đủ điều kiện xét',
  'Không đạt tiêu chuẩn',
  'Bị kỷ luật khiển trách năm 2022',
  'Đang thi hành kỷ luật',
  'Kỷ luật cảnh cáo (2023)',
  'Đang trong thời gian bị kỷ luật',
  'Vi phạm kỷ luật, đề nghị không xét',
  'Trùng với danh sách Huyện đoàn',
  'Trùng DS Hội Nông dân huyện',
  'Đã trùng với Hội Nông dân xã',
  'Trùng lặp với danh sách của Đoàn xã',
];

const NOT_DISQUALIFYING = [
  'Không vi phạm kỷ luật',
  'Chưa từng bị kỷ luật',
  'Không bị kỷ luật',
  'Đủ tiêu chuẩn',
  'Đạt tiêu chuẩn',
  'Chấp hành tốt kỷ luật lao động',
  'Bị kỷ luật năm 2015, đã hết thời hạn',
  // Review 23: a discipline in the past, or made good since.
  'Từng bị kỷ luật năm 2010, nay phấn đấu vươn lên',
  'Đã từng bị kỷ luật khiển trách năm 2012',
  'Bị kỷ luật năm 2009, nay đã tiến bộ',
  'Trùng tên với ông Nguyễn Văn Hùng ấp 2 (khác người)',
  'Trùng họ tên, khác năm sinh',
  'Không đủ tiêu chuẩn khen cấp tỉnh, đề nghị Giấy khen',
  '',
];

describe('a unit’s own note that the row does not qualify', () => {
  it.each(DISQUALIFYING)('«%s» disqualifies', (note) => expect(disqualifies(note)).toBe(true));
  it.each(NOT_DISQUALIFYING)('near miss: «%s» does not', (note) => expect(disqualifies(note)).toBe(false));

  it('in a list: such rows count for no quota and are left off with the note, as a withdrawal is', async () => {
    const r = await listed(['', 'Không đủ tiêu chuẩn', 'Bị kỷ luật khiển trách năm 2022', 'Trùng với danh sách Huyện đoàn']);
    expect(r.names).toEqual(['Nguyễn Văn Hùng']);
    expect(r.registered).toBe(1);
    expect(r.reasons).toEqual([
      expect.stringContaining('«Không đủ tiêu chuẩn»'),
      expect.stringContaining('«Bị kỷ luật khiển trách năm 2022»'),
      expect.stringContaining('«Trùng với danh sách Huyện đoàn»'),
    ]);
    expect(r.reasons.every((x) => x.includes('không tính vào chỉ tiêu'))).toBe(true);
  });

  it('near misses in a list: the rows stay and count; «Xin rút» keeps its own reason', async () => {
    const r = await listed(['Không vi phạm kỷ luật', 'Chưa từng bị kỷ luật', 'Đủ tiêu chuẩn', ''], ['', '', '', 'Không để cán bộ bị kỷ luật']);
    expect(r.names).toEqual(NAMES);
    expect(r.registered).toBe(4);
    const w = await listed(['Xin rút', '', '', '']);
    expect(w.reasons).toEqual(['Đơn vị ghi chú «Xin rút»: đơn vị không còn đề nghị dòng này, nên không đưa vào danh sách.']);
  });
});
