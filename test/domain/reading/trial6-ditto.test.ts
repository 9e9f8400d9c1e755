/**
 * Trial 6 #7: ditto marks ("nt", "Như trên", '"', "-nt-", "//") repeat the cell above. In the unit column the unit
 * is carried down as a blank cell is; in the position, workplace, field and achievement columns the value above is
 * meant, and printed. Near misses: a real value holding these letters, a unit of the list whose code is "NT", a
 * ditto with nothing above it.
 */
import { isDitto } from '../../../src/domain/reading/ditto';
import { checkShape, Shape, withUnits } from '../../fixtures/column-shapes';

const MARKS = ['nt', 'NT', 'Nt', 'n.t', '-nt-', '- nt -', '(nt)', 'Như trên', 'như trên', 'NHƯ TRÊN', 'Như trên.', '"', '“', '”', '〃', '//', '-//-', "''"];
const NOT_MARKS = ['Trường NT', 'Nt Hoa', 'Như Trên Hà', 'Nông dân', 'NTM', 'n', '-', '/', 'Như', '"Dân vận khéo"', 'x'];

describe('what a ditto mark is', () => {
  it.each(MARKS)('«%s» is one', (t) => expect(isDitto(t)).toBe(true));
  it.each(NOT_MARKS)('«%s» is none', (t) => expect(isDitto(t)).toBe(false));
});

const MASTER_HEADER = ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ'];

function master(mark: string): Shape {
  return withUnits([
    MASTER_HEADER,
    [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Tâm', 1968, 'Bí thư Chi bộ ấp 1'],
    [2, mark, 'Đỗ Thị Lan', 1970, 'Nông dân'],
    [3, 'Đảng bộ xã Tân Lập', 'Phan Văn Minh', 1980, 'Giáo viên'],
    [4, mark, 'Lý Thị Sen', 1983, mark],
    [5, mark, 'Trần Thị Cúc', 1984, mark],
  ]);
}

describe('a ditto mark in the unit column carries the unit down', () => {
  it.each(['nt', 'Như trên', '"', '-nt-', '//', 'NT'])('«%s»', async (mark) => {
    const { read, report } = await checkShape(master(mark));
    expect(read.registrations.map((r) => r.unitId)).toEqual(['code:x01', 'code:x01', 'code:x02', 'code:x02', 'code:x02']);
    expect(report.findings.filter((f) => f.code === 'UNKNOWN_UNIT' || f.code === 'QUOTA_SHORT')).toEqual([]);
    // The ditto in the position column is the position above, never printed as the mark.
    expect(read.registrations.map((r) => r.position)).toEqual(['Bí thư Chi bộ ấp 1', 'Nông dân', 'Giáo viên', 'Giáo viên', 'Giáo viên']);
  });

  it('in a one-unit table too: the cell above, not the title (a blank cell there is the title’s unit)', async () => {
    const { read } = await checkShape(
      withUnits([
        ['DANH SÁCH ĐĂNG KÝ CỦA ĐẢNG BỘ XÃ TÂN LẬP'],
        [],
        MASTER_HEADER,
        [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Tâm', 1968, 'Nông dân'],
        [2, 'nt', 'Đỗ Thị Lan', 1970, 'Nông dân'],
      ]),
    );
    expect(read.registrations.map((r) => [r.unitId, r.unitText])).toEqual([
      ['code:x01', 'Đảng bộ xã An Bình'],
      ['code:x01', 'Đảng bộ xã An Bình'],
    ]);
  });

  it('a ditto on the first row, with nothing above, is a blank cell: the table’s unit', async () => {
    const { read, report } = await checkShape(
      withUnits([['DANH SÁCH ĐĂNG KÝ CỦA ĐẢNG BỘ XÃ TÂN LẬP'], [], MASTER_HEADER, [1, 'nt', 'Nguyễn Văn Tâm', 1968, 'nt']]),
    );
    expect(read.registrations.map((r) => [r.unitId, r.position])).toEqual([['code:x02', undefined]]);
    expect(report.findings.filter((f) => f.code === 'UNKNOWN_UNIT')).toEqual([]);
  });
});

describe('a ditto mark in the position, workplace and achievement columns is the value above', () => {
  it.each(['nt', 'Như trên', '"', '-nt-', '//'])('«%s»', async (mark) => {
    const { read, lists } = await checkShape(
      withUnits([
        ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Đơn vị công tác', 'Thành tích'],
        [1, 'X01', 'Nguyễn Văn Tâm', 1968, 'Giáo viên', 'Trường Tiểu học An Bình A', 'Giáo viên dạy giỏi cấp tỉnh'],
        [2, 'X01', 'Đỗ Thị Lan', 1970, mark, mark, mark],
        [3, 'X01', 'Phan Văn Minh', 1980, mark, 'Như trên', '"'],
      ]),
    );
    expect(read.registrations.map((r) => [r.position, r.workplace, r.achievements])).toEqual(
      Array.from({ length: 3 }, () => ['Giáo viên', 'Trường Tiểu học An Bình A', 'Giáo viên dạy giỏi cấp tỉnh']),
    );
    const printed = (lists['2023']?.individuals ?? []).map((e) => e.position ?? '');
    expect(printed).toHaveLength(3);
    for (const p of printed) expect(p).not.toMatch(/\bnt\b|Như trên|"|\/\//i);
  });

  it('a ditto under a blank cell is the last value written above', async () => {
    const { read } = await checkShape(
      withUnits([
        ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
        [1, 'X01', 'Nguyễn Văn Tâm', 1968, 'Giáo viên'],
        [2, 'X01', 'Đỗ Thị Lan', 1970, ''],
        [3, 'X01', 'Phan Văn Minh', 1980, 'nt'],
      ]),
    );
    expect(read.registrations.map((r) => r.position)).toEqual(['Giáo viên', undefined, 'Giáo viên']);
  });
});

describe('near misses: real values stay as written', () => {
  it('values that hold the letters of a mark', async () => {
    const { read } = await checkShape(
      withUnits([
        ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Đơn vị công tác'],
        [1, 'X01', 'Nguyễn Văn Tâm', 1968, 'Giáo viên', 'Trường Tiểu học An Bình A'],
        [2, 'X01', 'Đỗ Thị Lan', 1970, 'Nhân viên NT', 'Trường NT'],
        [3, 'X01', 'Phan Văn Minh', 1980, 'Như trên, kiêm thủ quỹ', 'Nhà trẻ'],
      ]),
    );
    expect(read.registrations.map((r) => [r.position, r.workplace])).toEqual([
      ['Giáo viên', 'Trường Tiểu học An Bình A'],
      ['Nhân viên NT', 'Trường NT'],
      ['Như trên, kiêm thủ quỹ', 'Nhà trẻ'],
    ]);
  });

  it('a unit of the list whose code is "NT" is that unit, not the one above', async () => {
    const shape: Shape = {
      sheets: [
        {
          name: 'Đơn vị',
          rows: [
            ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
            ['X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
            ['NT', 'Đảng bộ xã Nhơn Trạch', 'Đảng bộ xã'],
          ],
        },
        {
          name: 'Tổng hợp',
          rows: [MASTER_HEADER, [1, 'Đảng bộ xã An Bình', 'Nguyễn Văn Tâm', 1968, 'Nông dân'], [2, 'NT', 'Đỗ Thị Lan', 1970, 'Nông dân']],
        },
      ],
    };
    const { read } = await checkShape(shape);
    expect(read.registrations.map((r) => r.unitId)).toEqual(['code:x01', 'code:nt']);
  });

  it('a unit cell naming no unit, not a mark, is still UNKNOWN_UNIT', async () => {
    const { report } = await checkShape(master('Chi bộ Bưu điện'));
    expect(report.findings.filter((f) => f.code === 'UNKNOWN_UNIT')).toHaveLength(3);
  });
});
