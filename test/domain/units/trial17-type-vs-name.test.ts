/**
 * trial17b #10: a type cell contradicting the unit's name. A commune's or township's party committee keeps its type
 * and quota 02 whatever its type cell (rules.md: "Riêng đảng bộ các xã, thị trấn…" is specific and wins); a cell
 * giving that type to a unit whose name is of another type gives way to the name (the guideline's 01); every
 * contradiction that changes the quota or the bloc is warned alike (UNKNOWN_UNIT_TYPE), saying what was counted.
 * Near misses: a cell refining the name, a name revealing no type, the same quota in one bloc, an unknown type.
 */
import { checkUnits, codes, quotaOf, regRows } from '../../fixtures/trial5-fixc-shapes';
import type { Row } from '../../fixtures/workbooks';

const HEAD: Row = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'];

async function one(name: string, cell: string, rows = 1) {
  const { read, report } = await checkUnits([HEAD, [1, 'U1', name, cell]], regRows(Array.from({ length: rows }, () => name)));
  const [u] = read.units;
  return { type: u?.type, bloc: u?.bloc, quota: u?.quota, quotaRow: quotaOf(report)[0], told: codes(report, 'UNKNOWN_UNIT_TYPE'), short: codes(report, 'QUOTA_SHORT') };
}

describe('a commune’s or township’s party committee keeps 02 whatever its type cell', () => {
  it.each([
    ['Đảng bộ thị trấn An Phú', 'Đoàn thể huyện', 'Đảng bộ thị trấn'],
    ['Đảng bộ thị trấn An Phú', 'Chi bộ cơ sở', 'Đảng bộ thị trấn'],
    ['Đảng bộ thị trấn An Phú', 'UBND huyện', 'Đảng bộ thị trấn'],
    ['Đảng ủy xã An Bình', 'MTTQ huyện', 'Đảng bộ xã'],
    ['ĐU xã Tân Lập', 'Đoàn thể huyện', 'Đảng bộ xã'],
    ['Xã Phú Hữu', 'Chi bộ cơ sở', 'Đảng bộ xã'],
  ])('%s typed «%s»: %s, 02, told what was counted', async (name, cell, type) => {
    const r = await one(name, cell);
    expect([r.type, r.bloc, r.quota]).toEqual([type, 'Đảng', 2]);
    expect(r.quotaRow).toEqual([name, type, 2, 1]);
    expect(r.told).toHaveLength(1);
    expect(r.told[0]?.message).toContain(`Cột loại đơn vị ghi «${cell}»`);
    expect(r.told[0]?.message).toContain(`Đã tính theo tên đơn vị: loại «${type}», chỉ tiêu ít nhất 02`);
    expect(r.short.map((f) => f.message)).toEqual([expect.stringContaining('1/2')]);
  });

  it.each([
    ['Đảng bộ xã An Bình', 'Đảng bộ cơ sở', 'Đảng bộ xã'],
    ['Đảng bộ xã An Bình', 'Xã', 'Đảng bộ xã'],
    ['Đảng ủy Phú Mỹ', 'Thị trấn', 'Đảng bộ thị trấn'],
    ['Đảng bộ thị trấn Phú Mỹ', 'Đảng bộ thị trấn', 'Đảng bộ thị trấn'],
  ])('near miss: %s typed «%s» (a refinement) is %s, 02, told nothing', async (name, cell, type) => {
    const r = await one(name, cell, 2);
    expect([r.type, r.quota]).toEqual([type, 2]);
    expect(r.told).toEqual([]);
    expect(r.short).toEqual([]);
  });
});

describe('a cell typing another unit as a commune’s or township’s committee gives way to the name', () => {
  it.each([
    ['Chi bộ Trường THPT An Phú', 'Đảng bộ xã', 'Chi bộ cơ sở', 'Đảng'],
    ['Chi bộ Kho bạc Nhà nước huyện', 'Đảng bộ thị trấn', 'Chi bộ cơ sở', 'Đảng'],
    ['Hội Nông dân huyện', 'Đảng bộ thị trấn', 'Đoàn thể huyện', 'Mặt trận – đoàn thể'],
    ['Ủy ban nhân dân huyện', 'Xã', 'UBND huyện', 'Chính quyền'],
  ])('%s typed «%s»: %s, 01, told what was counted, no QUOTA_SHORT for one exemplar', async (name, cell, type, bloc) => {
    const r = await one(name, cell);
    expect([r.type, r.bloc, r.quota]).toEqual([type, bloc, 1]);
    expect(r.quotaRow).toEqual([name, type, 1, 1]);
    expect(r.short).toEqual([]);
    expect(r.told).toHaveLength(1);
    expect(r.told[0]?.message).toContain(`Cột loại đơn vị ghi «${cell}»`);
    expect(r.told[0]?.message).toContain(`Đã tính theo tên đơn vị: loại «${type}», chỉ tiêu ít nhất 01`);
  });

  it.each([
    ['An Bình', 'Đảng bộ xã', 'Đảng bộ xã', 2],
    ['Trường THCS An Bình', 'Chi bộ cơ sở', 'Chi bộ cơ sở', 1],
    ['Khối Dân vận huyện', 'Đảng bộ thị trấn', 'Đảng bộ thị trấn', 2],
  ])('near miss: %s (a name giving no type) typed «%s» is the cell’s, told nothing', async (name, cell, type, quota) => {
    const r = await one(name, cell);
    expect([r.type, r.quota]).toEqual([type, quota]);
    expect(r.told).toEqual([]);
  });
});

describe('other contradictions, as before, and said alike', () => {
  it('across blocs (not a commune’s quota): the cell is applied, told what was counted', async () => {
    const r = await one('Hội Nông dân huyện', 'Chi bộ cơ sở');
    expect([r.type, r.bloc, r.quota]).toEqual(['Chi bộ cơ sở', 'Đảng', 1]);
    expect(r.told[0]?.message).toContain('Đã tính theo cột loại đơn vị, chỉ tiêu ít nhất 01');
  });

  it.each([
    ['Hội Nông dân huyện', 'MTTQ huyện', 'MTTQ huyện'],
    ['Chi bộ Trường THPT An Phú', 'Đảng bộ cơ sở', 'Chi bộ cơ sở'],
    ['Đảng bộ Công an huyện', 'Chi bộ cơ sở', 'Chi bộ cơ sở'],
  ])('near miss: %s typed «%s» (one bloc, one quota) is told nothing', async (name, cell, type) => {
    const r = await one(name, cell);
    expect([r.type, r.quota]).toEqual([type, 1]);
    expect(r.told).toEqual([]);
  });

  it('near miss: a type neither the cell nor the name gives keeps quota "?" (UNKNOWN_UNIT_TYPE as rules.md has it)', async () => {
    const r = await one('Hội Chữ thập đỏ huyện', 'Hội đặc thù');
    expect(r.type).toBeUndefined();
    expect(r.quotaRow).toEqual(['Hội Chữ thập đỏ huyện', undefined, null, 1]);
    expect(r.told[0]?.message).toContain('Không xác định được loại');
    expect(r.short).toEqual([]);
  });
});
