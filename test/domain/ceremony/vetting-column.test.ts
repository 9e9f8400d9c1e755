/**
 * Trial 10, item 15: the district's own vetting of its master («Kết quả thẩm định», «Ý kiến của Ban Tuyên giáo»)
 * takes the rows it did not accept («Không đạt», «Loại», «Không đồng ý», «Đề nghị rút») off the signed list, to the
 * sheet of rows left off with that reason; a note saying only «Không đạt» does too, and is never printed as the note
 * of a commended person. Near misses: «Đạt», «Đồng ý», an empty verdict, a note stating a fact («Không đạt chuẩn …»).
 */
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const NAMES = ['Nguyễn Văn Hùng', 'Lê Thị Mai', 'Trần Văn Tư', 'Võ Thị Sáu'];

async function listed(header: string, verdicts: string[]) {
  const rows: Row[] = [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', header]];
  verdicts.forEach((v, i) => rows.push([i + 1, 'Đảng bộ xã An Bình', NAMES[i] as string, 1970 + i, v]));
  const { read, report } = await checkBooks([unitsBook(), oneSheet('tong hop.xlsx', rows)]);
  const book = consolidate(read, report, '2023');
  return {
    names: book.selection.individuals.map((e) => e.name),
    notes: book.selection.individuals.map((e) => e.note ?? ''),
    reasons: book.selection.excluded.map((x) => x.reason),
    registered: report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered,
  };
}

describe('rows the district did not accept leave the signed list', () => {
  it.each<[string, string[]]>([
    ['Kết quả thẩm định', ['Đạt', 'Không đạt', 'Loại', 'Đạt']],
    ['Ý kiến của Ban Tuyên giáo', ['Đồng ý', 'Không đồng ý', 'Đề nghị rút', 'Đồng ý']],
    ['Thẩm định', ['', 'Chưa đạt', 'Bị loại', '']],
    ['Ghi chú', ['', 'Không đạt', 'Loại', '']],
  ])('%s', async (header, verdicts) => {
    const r = await listed(header, verdicts);
    expect(r.names).toEqual(['Nguyễn Văn Hùng', 'Võ Thị Sáu']);
    expect(r.reasons).toEqual([`Ý kiến thẩm định ghi «${verdicts[1]}»: không đưa vào danh sách.`, `Ý kiến thẩm định ghi «${verdicts[2]}»: không đưa vào danh sách.`]);
    expect(r.notes.join('')).not.toMatch(/Không đạt|Loại/);
    // The unit registered them: its registration count stands.
    expect(r.registered).toBe(4);
  });

  it('near misses: accepted, empty and a note stating a fact stay on the list', async () => {
    const r = await listed('Ghi chú', ['Đạt', 'Không đạt chuẩn nông thôn mới nhưng vận động hiến đất', '', 'Đồng ý']);
    expect(r.names).toEqual(NAMES);
    expect(r.reasons).toEqual([]);
    // A verdict still to come is none.
    expect((await listed('Kết quả thẩm định', ['Chưa xét', 'Chưa duyệt', 'Đạt', ''])).names).toEqual(NAMES);
    // Review 14: a grade, a lesson drawn, a form changed are no rejection.
    expect((await listed('Kết quả thẩm định', ['Loại A', 'Loại B', 'Loại 1', 'Đạt'])).names).toEqual(NAMES);
    expect((await listed('Kết quả xét chọn', ['Loại 1', 'Loại 2', 'Loại 1', 'Loại 1'])).names).toEqual(NAMES);
    expect((await listed('Ý kiến của Ban Thường vụ', ['Rút kinh nghiệm thành tích, đồng ý', 'Đề nghị rút gọn thành tích', 'Không xét tặng Bằng khen, đề nghị Giấy khen', ''])).names).toEqual(NAMES);
    expect((await listed('Ghi chú', ['Rút kinh nghiệm', 'Không đạt chuẩn', '', ''])).names).toEqual(NAMES);
  });
});
