/**
 * Review 17 (found in both builds): a master whose «Tổng hợp» sheet counts each unit's exemplars («STT | Đơn vị | Tập
 * thể | Cá nhân» holding 1, 2) beside its units list was read as a second units list: every unit twice and every row of
 * an unknown unit. It is a summary, skipped with a word. Near miss: the same table alone is the units list.
 */
import type { Row } from '../../fixtures/workbooks';
import { Book, checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình'], [2, 'Đảng bộ xã Tân Lập']];
const REGS: Row[] = [
  ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
  [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn An', 1970, 'Bí thư'],
  [2, 'Đảng bộ xã Tân Lập', 'Trần Thị Bé', 1980, 'Hội viên'],
];
const summary = (labels: string[]): Row[] => [['STT', 'Đơn vị', ...labels], [1, 'Đảng bộ xã An Bình', ...labels.map(() => 1)], [2, 'Đảng bộ xã Tân Lập', ...labels.map(() => 1)]];

const master = (sheets: Book['sheets']): Book => ({ fileName: 'tong-hop-huyen.xlsx', sheets });

describe('a summary of counts beside the units list', () => {
  it.each([[['Tập thể', 'Cá nhân']], [['Số tập thể', 'Số cá nhân', 'Tổng số']], [['Số lượng']]])('«%j» is skipped', async (labels) => {
    for (const first of [true, false]) {
      const sum = { name: 'Tổng hợp', rows: summary(labels) };
      const sheets = [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows: REGS }];
      const { read, report } = await checkBooks([master(first ? [sum, ...sheets] : [...sheets, sum])]);
      expect(read.units.map((u) => u.name)).toEqual(['Đảng bộ xã An Bình', 'Đảng bộ xã Tân Lập']);
      expect(codes(report, 'UNKNOWN_UNIT')).toEqual([]);
      expect(report.findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => f.sheet)).toEqual(['Tổng hợp']);
    }
  });

  it('near miss: alone, the table is the units list', async () => {
    const { read } = await checkBooks([master([{ name: 'Tổng hợp', rows: summary(['Tập thể', 'Cá nhân']) }, { name: 'Đăng ký', rows: REGS }])]);
    expect(read.units.map((u) => u.name)).toEqual(['Đảng bộ xã An Bình', 'Đảng bộ xã Tân Lập']);
  });
});
