/**
 * Review 21: an entry in several probable groups (each a clique of rows that may be one person) gets one «Có thể trùng
 * với …» note naming each other entry once, not one note per group repeating the same rows.
 */
import { groupsOf } from '../../../src/domain/ceremony/consolidate';
import { checksFor, selectEntries } from '../../../src/domain/ceremony/select-entries';
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

async function notes(rows: Row[]) {
  const { read, report } = await checkBooks([unitsBook(), oneSheet('tong-hop.xlsx', [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ'], ...rows], 'Đăng ký')]);
  const ceremony = read.profile.ceremonies[0];
  if (!ceremony) throw new Error('no ceremony');
  const s = selectEntries(read, report.findings, groupsOf(report), ceremony);
  return s.individuals.map((e): [string, string] => [e.units.join('; '), checksFor(s, e).join(' ')]);
}

describe('probable notes on the ceremony list', () => {
  it('one person of four proposers, two of them communes: each entry names each other once', async () => {
    const TU = (n: number, unit: string): Row => [n, unit, 'Phan Văn Tư', 1960, 'Nông dân'];
    const got = await notes([TU(1, 'Đảng bộ xã An Bình'), TU(2, 'Đảng bộ xã Tân Lập'), TU(3, 'Huyện đoàn'), TU(4, 'Hội LHPN huyện')]);
    expect(got.length).toBeGreaterThan(1);
    for (const [units, note] of got) {
      const named = [...note.matchAll(/«Phan Văn Tư» \(([^,]+),/g)].map((m) => m[1]);
      expect(named.length).toBeGreaterThan(0);
      expect(new Set(named).size).toBe(named.length);
      expect(named).not.toContain(units);
      expect(note.match(/Có thể trùng với/g)).toHaveLength(1);
    }
  });
});
