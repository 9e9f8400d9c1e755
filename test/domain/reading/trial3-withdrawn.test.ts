/**
 * Trial 3: a row whose unit's note takes it back ("Rút tên (đã chuyển công tác)", "Xin rút", "Dự phòng") is no
 * exemplar of its list: it counts for no quota and stays off the ceremony list, which says why. Near misses: a row
 * replacing another ("Thay cho đ/c …"), a note about the person ("Rút kinh nghiệm …") stay. A death proposed for a posthumous award
 * stays ("Đã từ trần năm 2024, đề nghị truy tặng"); a death alone withdraws the row since trial 15 (trial15-note-withdrawn).
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';
import { selectEntries } from '../../../src/domain/ceremony/select-entries';
import { groupsOf } from '../../../src/domain/ceremony/consolidate';

const UNITS: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng ủy xã An Bình']];
const HEADER: Row = ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Ghi chú'];
const row = (n: number, name: string, note: string): Row => [n, 'Đảng ủy xã An Bình', name, 1960 + n, 'Hội viên', note];

async function checked(notes: string[]) {
  const rows: Row[] = [HEADER, ...notes.map((note, i) => row(i + 1, `Kiều Văn ${['Một', 'Hai', 'Ba', 'Bốn'][i]}`, note))];
  const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows }] }]);
  const ceremony = read.profile.ceremonies[0]!;
  const list = selectEntries(read, report.findings, groupsOf(report), ceremony);
  return { registered: report.quota[0]?.registered, listed: list.individuals.map((e) => e.name), off: list.excluded.map((e) => e.reason) };
}

describe('a row its unit takes back', () => {
  it.each(['Rút tên (đã chuyển công tác)', 'Xin rút', 'RÚT TÊN', 'Dự phòng', 'Đã rút khỏi danh sách', 'Không đề nghị nữa', 'Đơn vị xin rút'])('«%s»: not counted, not listed', async (note) => {
    const r = await checked([note, '']);
    expect(r.registered).toBe(1);
    expect(r.listed).toEqual(['Kiều Văn Hai']);
    expect(r.off).toEqual([expect.stringContaining(`«${note}»`)]);
  });

  it.each(['Thay cho đ/c Nguyễn Văn Tâm', 'Đã từ trần năm 2024, đề nghị truy tặng', 'Rút kinh nghiệm từ mô hình cũ', 'Dự bị đảng viên'])('near miss «%s»: counted and listed', async (note) => {
    const r = await checked([note, '']);
    expect(r.registered).toBe(2);
    expect(r.listed).toEqual(['Kiều Văn Một', 'Kiều Văn Hai']);
  });
});
