/**
 * Lines typed under a unit's table (issue 14 trial): a total ("Tổng cộng: 01 tập thể, 01 cá nhân", "Số lượng: 02")
 * ends the table, so a signer's name under it is no row; near misses: a master grouped by unit that closes each unit
 * with such a total, and a note between numbered rows, go on to the rows below them.
 */
import { checkShape, withUnits } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';

const HEAD: Row = ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ'];
const DATA: Row[] = [
  [1, 'X01', 'Lê Văn Tư', 1970, 'Trưởng ấp'],
  [2, 'X01', 'Chi bộ ấp 3', undefined, undefined],
];
const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('a total under the table ends it', () => {
  it.each([
    ['Tổng cộng: 01 tập thể, 01 cá nhân'],
    ['Tổng cộng: 02'],
    ['Số lượng: 02'],
    ['Tổng số'],
    ['Tổng số: 02 điển hình.'],
    ['Cộng: 01 tập thể và 01 cá nhân'],
    ['Tổng số: 2 đơn vị'],
  ])('%s, with the signer\'s name typed in the position column under it', async (total) => {
    const { read, report } = await checkShape(withUnits([HEAD, ...DATA, [], [total], [], [undefined, undefined, undefined, undefined, 'Nguyễn Văn Tám']]));
    expect(names(read.registrations)).toEqual(['Lê Văn Tư', 'Chi bộ ấp 3']);
    expect(report.findings.filter((f) => f.code === 'MISSING_VALUE')).toEqual([]);
  });
});

describe('near misses: the table goes on', () => {
  it('a master grouped by unit, each unit closed by its count in words', async () => {
    const { read } = await checkShape(
      withUnits([
        HEAD,
        ['1. Đảng bộ xã An Bình'],
        [1, 'X01', 'Lê Văn Tư', 1970, 'Trưởng ấp'],
        ['Tổng số: 01 cá nhân'],
        ['2. Đảng bộ xã Tân Lập'],
        [1, 'X02', 'Trần Thị Năm', 1980, 'Hội viên'],
        [2, 'X02', 'Chi bộ ấp 1', undefined, undefined],
        ['Tổng số: 01 tập thể, 01 cá nhân'],
      ]),
    );
    expect(names(read.registrations)).toEqual(['Lê Văn Tư', 'Trần Thị Năm', 'Chi bộ ấp 1']);
  });

  it('a note between rows, with named rows under it', async () => {
    const { read } = await checkShape(
      withUnits([HEAD, ...DATA, ['Ghi chú: các dòng sau do đơn vị bổ sung'], [3, 'X01', 'Võ Văn Sáu', 1966, 'Nông dân'], [], ['Danh sách có 03 điển hình./.']]),
    );
    expect(names(read.registrations)).toEqual(['Lê Văn Tư', 'Chi bộ ấp 3', 'Võ Văn Sáu']);
  });

  it('a subtotal of numbers is no note: "Tổng số tập thể: 1" between groups is skipped, the table goes on', async () => {
    const { read } = await checkShape(
      withUnits([HEAD, ['I. TẬP THỂ'], [1, 'X01', 'Chi bộ ấp 3'], ['Tổng số tập thể: 1'], ['II. CÁ NHÂN'], [1, 'X01', 'Lê Văn Tư', 1970]]),
    );
    expect(names(read.registrations)).toEqual(['Chi bộ ấp 3', 'Lê Văn Tư']);
  });
});
