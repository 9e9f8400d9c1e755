/**
 * Trial 17b minor (e23): a row its unit withdrew («Rút tên», struck through, a note that it duplicates another list)
 * proposes no one: the DUPLICATE finding neither names its unit as a proposer nor lists its row, and with only one
 * row left there is no DUPLICATE. Near misses: the same rows with no withdrawal (every proposer named), a phase-2 row
 * (still a proposer), the ceremony list (unchanged: one entry).
 */
import type ExcelJS from 'exceljs';
import { consolidate } from '../../../src/domain/ceremony/consolidate';
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const HEADER: Row = ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Tóm tắt thành tích', 'Giai đoạn', 'Ghi chú'];
const POS = 'Chi hội trưởng Phụ nữ ấp 1, xã Tân Lập';
const thuy = (unit: string, note = '', phase = 1): Row => [unit, 'Cá nhân', 'Trần Thị Thủy', 1979, POS, 'Tiết kiệm', phase, note];

async function checked(rows: Row[], edit?: (ws: ExcelJS.Worksheet) => void) {
  const { read, report } = await checkBooks([unitsBook(), oneSheet('ds.xlsx', [HEADER, ...rows.map((r, i) => [i + 1, ...r])], 'Đăng ký', edit)]);
  const dup = report.findings.filter((f) => f.code === 'DUPLICATE');
  const list = consolidate(read, report, '2023').document.groups.flatMap((g) => g.rows).map((r) => [r[1], r[4]]);
  return { dup, list };
}

const proposers = (message: string) => /đề xuất bởi ([^.]*)\./.exec(message)?.[1] ?? '';

describe('a withdrawn row in a duplicate', () => {
  it.each(['Rút tên', 'Xin rút', 'Trùng với danh sách Hội LHPN huyện'])('«%s»: its unit is no proposer, its row no member', async (note) => {
    const { dup, list } = await checked([thuy('Đảng bộ xã Tân Lập', note), thuy('Hội LHPN huyện'), thuy('Huyện đoàn')]);
    expect(dup).toHaveLength(1);
    expect(dup[0]?.rows?.map((r) => r.row)).toEqual([3, 4]);
    expect(dup[0]?.units).toEqual(['Hội LHPN huyện', 'Huyện đoàn']);
    expect(proposers(dup[0]?.message ?? '')).not.toContain('Tân Lập');
    expect(dup[0]?.row).toBe(3);
    expect(list).toEqual([['Trần Thị Thủy', 'Huyện đoàn; Hội LHPN huyện']]);
  });

  it('struck through: the same', async () => {
    const { dup } = await checked([thuy('Đảng bộ xã Tân Lập'), thuy('Hội LHPN huyện'), thuy('Huyện đoàn')], (ws) => {
      ws.getCell('D2').font = { strike: true };
    });
    expect(dup.map((f) => f.units)).toEqual([['Hội LHPN huyện', 'Huyện đoàn']]);
  });

  it('one row left beside the withdrawn one: no DUPLICATE', async () => {
    const { dup, list } = await checked([thuy('Đảng bộ xã Tân Lập', 'Rút tên'), thuy('Hội LHPN huyện')]);
    expect(dup).toEqual([]);
    expect(list).toEqual([['Trần Thị Thủy', 'Hội LHPN huyện']]);
  });

  it('near misses: no withdrawal names every proposer; a phase-2 row is still one', async () => {
    const all = await checked([thuy('Đảng bộ xã Tân Lập'), thuy('Hội LHPN huyện'), thuy('Huyện đoàn', '', 2)]);
    expect(all.dup.map((f) => f.units)).toEqual([['Đảng bộ xã Tân Lập', 'Hội LHPN huyện', 'Huyện đoàn']]);
    expect(proposers(all.dup[0]?.message ?? '')).toContain('Đảng bộ xã Tân Lập');
    expect(all.list).toEqual([['Trần Thị Thủy', 'Đảng bộ xã Tân Lập; Hội LHPN huyện']]);
  });
});
