/**
 * Trial 3: unit codes typed as text with leading zeros in the units list ("01") and as numbers in the rows (1), or
 * padded otherwise ("003"), are one code: the rows count for their unit. Codes with letters keep their zeros.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';
import { unitResolver } from '../../../src/domain/units/resolve-unit';

const UNITS: Row[] = [
  ['STT', 'Mã ĐV', 'Tên đơn vị'],
  [1, '01', 'Đảng ủy xã An Bình'],
  [2, '02', 'Hội Nông dân huyện'],
  [3, '03', 'Huyện đoàn'],
  [4, '10', 'UBND huyện'],
];

describe('unit codes with and without leading zeros', () => {
  it('rows coded 1, "1", 2, "003" and 10 count for units coded "01", "02", "03" and "10"', async () => {
    const rows: Row[] = [
      ['STT', 'Mã đơn vị', 'Họ và tên', 'Năm sinh'],
      [1, 1, 'Nguyễn Văn Tâm', 1968],
      [2, '1', 'Lê Thị Hoa', 1975],
      [3, 2, 'Trần Văn Ba', 1960],
      [4, '003', 'Phạm Thị Tư', 1990],
      [5, 10, 'Võ Văn Năm', 1970],
    ];
    const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows }] }]);
    const nameOf = new Map(read.units.map((u) => [u.id, u.name]));
    expect(read.registrations.map((r) => nameOf.get(r.unitId ?? ''))).toEqual(['Đảng ủy xã An Bình', 'Đảng ủy xã An Bình', 'Hội Nông dân huyện', 'Huyện đoàn', 'UBND huyện']);
    expect(codes(report, 'UNKNOWN_UNIT', 'QUOTA_SHORT')).toEqual([]);
  });

  it('near misses: 1 is not "10", and codes with letters keep their zeros ("X01" is not "X1")', () => {
    const r = unitResolver(
      [
        { id: '10', code: '10', name: 'UBND huyện' },
        { id: 'X01', code: 'X01', name: 'Đảng ủy xã An Bình' },
      ],
      '',
    );
    expect(r.resolveCode('1')).toBeUndefined();
    expect(r.resolveCode('010')?.id).toBe('10');
    expect(r.resolveCode('X1')).toBeUndefined();
    expect(r.resolveCode('x01')?.id).toBe('X01');
  });
});
