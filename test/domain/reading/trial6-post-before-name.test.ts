/**
 * Trial 6 #3 and #6: a post typed before a person's name in the name cell ("Bí thư chi bộ Nguyễn Văn Tư", "Chi hội
 * trưởng Lê Văn Sáu", "Tổ trưởng Lê Thị Tám") is the position, the rest the name: the row stays a person (never
 * under "I. TẬP THỂ"), its birth year kept, and the same person written without the post is a duplicate. Near
 * misses: a body's name ("Chi hội Phụ nữ ấp 3", "Tổ dân phố 5", a school named after a person), a post alone, a
 * plain name, a row stated a collective.
 */
import { readNameCell } from '../../../src/domain/reading/name-cell';
import { checkShape, withUnits } from '../../fixtures/column-shapes';

describe('a post before a person’s name is the position', () => {
  it.each([
    ['Bí thư chi bộ Nguyễn Văn Tư', 'Nguyễn Văn Tư', 'Bí thư chi bộ'],
    ['Chi hội trưởng Lê Văn Sáu', 'Lê Văn Sáu', 'Chi hội trưởng'],
    ['Tổ trưởng Lê Thị Tám', 'Lê Thị Tám', 'Tổ trưởng'],
    ['Trưởng ấp Trần Văn Bảy', 'Trần Văn Bảy', 'Trưởng ấp'],
    ['Phó Chủ tịch UBND xã Trần Minh Tâm', 'Trần Minh Tâm', 'Phó Chủ tịch UBND xã'],
    ['Bí thư Chi bộ ấp 3 Nguyễn Văn Tư', 'Nguyễn Văn Tư', 'Bí thư Chi bộ ấp 3'],
    ['Bí thư Chi bộ ấp Long Hà Nguyễn Văn Tư', 'Nguyễn Văn Tư', 'Bí thư Chi bộ ấp Long Hà'],
    ['Chi hội trưởng Phụ nữ ấp 2 Lê Thị Hồng', 'Lê Thị Hồng', 'Chi hội trưởng Phụ nữ ấp 2'],
    ['Ấp đội trưởng Phan Văn Út', 'Phan Văn Út', 'Ấp đội trưởng'],
    ['CHI HỘI TRƯỞNG LÊ VĂN SÁU', 'LÊ VĂN SÁU', 'CHI HỘI TRƯỞNG'],
    ['Đ/c Bí thư chi bộ Nguyễn Văn Tư', 'Nguyễn Văn Tư', 'Bí thư chi bộ'],
    ['Giáo viên Trường TH An Bình A Lê Thị Hoa', 'Lê Thị Hoa', 'Giáo viên Trường TH An Bình A'],
  ])('«%s»', (cell, name, position) => {
    const read = readNameCell([cell], 'individual');
    expect([read.name, read.position]).toEqual([name, position]);
    // No kind stated: the same.
    expect([readNameCell([cell], undefined).name, readNameCell([cell], undefined).position]).toEqual([name, position]);
  });

  it('what follows the name is still read: «Tổ trưởng Lê Thị Tám (1953)», «Bí thư chi bộ Nguyễn Văn Tư, SN 1961»', () => {
    expect(readNameCell(['Tổ trưởng Lê Thị Tám (1953)'], undefined)).toEqual({ name: 'Lê Thị Tám', position: 'Tổ trưởng', birthYear: 1953 });
    expect(readNameCell(['Bí thư chi bộ Nguyễn Văn Tư, SN 1961'], undefined)).toEqual({ name: 'Nguyễn Văn Tư', position: 'Bí thư chi bộ', birthYear: 1961 });
  });
});

describe('near misses: the cell stays as written', () => {
  it.each([
    ['Chi hội Phụ nữ ấp 3', undefined],
    ['Tổ dân phố 5', undefined],
    ['Chi hội Nông dân ấp Bình Hòa', undefined],
    ['Trường Tiểu học Lê Văn Tám', undefined],
    ['Liên đội Trường THCS Nguyễn Văn Trỗi', undefined],
    ['Tổ trưởng tổ dân phố 5', 'individual'],
    ['Chủ tịch Hội Nông dân xã An Bình', 'individual'],
    ['Trương Văn Hai', undefined],
    ['Phó Đức An', undefined],
    ['Trưởng ấp Nguyễn Trãi', 'individual'],
  ] as const)('«%s»', (cell, kind) => {
    expect(readNameCell([cell], kind)).toEqual({ name: cell });
  });

  it('a row stated a collective keeps its cell whole', () => {
    expect(readNameCell(['Chi hội trưởng Lê Văn Sáu'], 'collective')).toEqual({ name: 'Chi hội trưởng Lê Văn Sáu' });
  });
});

describe('in a list', () => {
  const NAMES = ['Chi hội trưởng Lê Văn Sáu', 'Bí thư chi bộ Nguyễn Văn Tư', 'Tổ trưởng Lê Thị Tám', 'Trưởng ấp Trần Văn Bảy'];

  it.each([
    ['a kind column «Cá nhân»', [['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên', 'Năm sinh'], ...NAMES.map((n, i) => [i + 1, 'X01', 'Cá nhân', n, 1950 + i])]],
    ['a group row «II. CÁ NHÂN»', [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh'], ['II. CÁ NHÂN'], ...NAMES.map((n, i) => [i + 1, 'X01', n, 1950 + i])]],
    ['no kind stated', [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh'], ...NAMES.map((n, i) => [i + 1, 'X01', n, 1950 + i])]],
  ])('persons under II. CÁ NHÂN with their birth year and post, under %s', async (_, rows) => {
    const { report, lists } = await checkShape(withUnits(rows));
    expect(report.findings.filter((f) => f.code === 'SUBJECT_KIND_MISMATCH')).toEqual([]);
    const list = lists['2023'];
    expect(list?.collectives).toEqual([]);
    expect(list?.individuals.map((e) => [e.name, e.birthYear, e.position])).toEqual([
      ['Lê Văn Sáu', 1950, 'Chi hội trưởng'],
      ['Nguyễn Văn Tư', 1951, 'Bí thư chi bộ'],
      ['Lê Thị Tám', 1952, 'Tổ trưởng'],
      ['Trần Văn Bảy', 1953, 'Trưởng ấp'],
    ]);
  });

  it('the same person written without the post is a duplicate', async () => {
    const { report, lists } = await checkShape(
      withUnits([
        ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
        [1, 'X01', 'Bí thư chi bộ Nguyễn Văn Tư', 1961, ''],
        [2, 'X02', 'Nguyễn Văn Tư', 1961, 'Bí thư chi bộ ấp Bình Hòa, xã An Bình'],
      ]),
    );
    expect(report.findings.filter((f) => f.code === 'DUPLICATE')).toHaveLength(1);
    expect(lists['2023']?.individuals.map((e) => e.name)).toEqual(['Nguyễn Văn Tư']);
  });

  it('bodies stay bodies under I. TẬP THỂ', async () => {
    const { lists } = await checkShape(
      withUnits([
        ['STT', 'Đơn vị', 'Tên tập thể / cá nhân', 'Năm sinh'],
        [1, 'X01', 'Chi hội Phụ nữ ấp 3', ''],
        [2, 'X01', 'Tổ dân phố 5', ''],
        [3, 'X01', 'Trường Tiểu học Lê Văn Tám', ''],
      ]),
    );
    expect(lists['2023']?.collectives.map((e) => e.name)).toEqual(['Chi hội Phụ nữ ấp 3', 'Tổ dân phố 5', 'Trường Tiểu học Lê Văn Tám']);
    expect(lists['2023']?.individuals).toEqual([]);
  });
});
