/** Name cells holding more than a name (issue 14): positions, labels, bullets and lines around the name. */
import fc from 'fast-check';
import { joinLines, readNameCell, stripLeader } from '../../../src/domain/reading/name-cell';
import { subjectsIn } from '../../../src/domain/subjects/subject-parts';
import { checkShape, readShape, withUnits } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';

describe('bullets and labels before a name are dropped', () => {
  it.each([
    ['- Lê Thị Hạnh', 'Lê Thị Hạnh'],
    ['+ Lê Thị Hạnh', 'Lê Thị Hạnh'],
    ['• Lê Thị Hạnh', 'Lê Thị Hạnh'],
    ['-Lê Thị Hạnh', 'Lê Thị Hạnh'],
    ['1. Lê Thị Hạnh', 'Lê Thị Hạnh'],
    ['2) Lê Thị Hạnh', 'Lê Thị Hạnh'],
    ['a) Lê Thị Hạnh', 'Lê Thị Hạnh'],
    ['b. Lê Thị Hạnh', 'Lê Thị Hạnh'],
    ['Họ tên: Lê Thị Hạnh', 'Lê Thị Hạnh'],
    ['Họ và tên : Lê Thị Hạnh', 'Lê Thị Hạnh'],
    ['- Chi bộ Thôn 3', 'Chi bộ Thôn 3'],
    ['Tên tập thể: Chi bộ Thôn 3', 'Chi bộ Thôn 3'],
  ])('%p → %p', (cell, name) => {
    expect(stripLeader(cell)).toBe(name);
  });

  it.each(['Lê Thị Hạnh', 'Chi bộ Thôn 3', 'Trường Tiểu học 30/4', 'Đội 3', 'An Bình: điểm sáng'])('%p is left as it is', (cell) => {
    expect(stripLeader(cell)).toBe(cell);
  });

  it('an honorific label becomes the honorific', () => {
    expect(readNameCell(['Bà: Lê Thị Hạnh'], 'individual')).toEqual({ name: 'Lê Thị Hạnh', honorific: 'Bà' });
    expect(readNameCell(['Đ/c: Lê Thị Hạnh'], undefined)).toEqual({ name: 'Lê Thị Hạnh', honorific: 'Đ/c' });
  });
});

describe('a position or birth year after a person’s name', () => {
  it.each([
    ['Lê Thị Hạnh (Phó Bí thư Đoàn xã)', 'Phó Bí thư Đoàn xã'],
    ['Lê Thị Hạnh, Chủ tịch Hội ND xã', 'Chủ tịch Hội ND xã'],
    ['Lê Thị Hạnh - Chủ tịch Hội ND xã', 'Chủ tịch Hội ND xã'],
    ['Bà Lê Thị Hạnh, Chủ tịch Hội ND xã', 'Chủ tịch Hội ND xã'],
    ['Lê Thị Hạnh (Bí thư, Trưởng thôn)', 'Bí thư, Trưởng thôn'],
    ['Lê Thị Hạnh, Trường THCS An Bình', 'Trường THCS An Bình'],
    ['Lê Thị Hạnh; Hội viên/Chi hội trưởng', 'Hội viên/Chi hội trưởng'],
  ])('%p: the position is %p', (cell, position) => {
    const read = readNameCell([cell], 'individual');
    expect(read.name).toBe('Lê Thị Hạnh');
    expect(read.position).toBe(position);
  });

  it.each([
    ['Lê Thị Hạnh (1975)', 1975, undefined],
    ['Lê Thị Hạnh, SN 1975', 1975, undefined],
    ['Lê Thị Hạnh, sinh năm 1975, Trưởng thôn', 1975, 'Trưởng thôn'],
  ])('%p: born %p', (cell, year, position) => {
    expect(readNameCell([cell], 'individual')).toEqual({ name: 'Lê Thị Hạnh', birthYear: year, ...(position ? { position } : {}) });
  });

  it('also when the row states no kind: the clean name then gives the kind', () => {
    expect(readNameCell(['Lê Thị Hạnh (Phó Bí thư Đoàn xã)'], undefined)).toEqual({ name: 'Lê Thị Hạnh', position: 'Phó Bí thư Đoàn xã' });
  });

  it('under "Tập thể", a person’s name with a position is split too, so the kind rule sees the name', () => {
    expect(readNameCell(['Lê Thị Hạnh (Phó Bí thư Đoàn xã)'], 'collective')).toEqual({ name: 'Lê Thị Hạnh', position: 'Phó Bí thư Đoàn xã' });
    expect(readNameCell(['Bộ phận Một cửa, UBND xã An Bình'], 'collective')).toEqual({ name: 'Bộ phận Một cửa, UBND xã An Bình' });
    expect(readNameCell(['Bộ phận Một cửa, UBND xã An Bình'], undefined)).toEqual({ name: 'Bộ phận Một cửa, UBND xã An Bình' });
  });

  it.each([
    'Nguyễn Văn A, Lê Thị B',
    'Nguyễn Văn A (Bí thư), Lê Văn B (Trưởng thôn)',
    'Nguyễn Văn A - Trần Văn C',
  ])('%p names two people: the cell is kept whole for NOT_SINGLE_SUBJECT', (cell) => {
    expect(readNameCell([cell], 'individual').name).toBe(cell);
  });

  it.each([
    'Phòng Khám đa khoa, Trung tâm Y tế huyện',
    'Khoa Dược, Trung tâm Y tế huyện',
    'Tổ Tổng hợp - Hành chính, Văn phòng UBND huyện',
    'Chi bộ Thôn 3 (xã An Bình)',
    'Hội Nông dân xã Tân Lập, huyện An Phú',
  ])('a collective %p keeps its whole name', (cell) => {
    expect(readNameCell([cell], 'collective')).toEqual({ name: cell });
    // Without a stated kind too: the part before the comma is no person's name.
    expect(readNameCell([cell], undefined)).toEqual({ name: cell });
  });
});

describe('lines of a name cell', () => {
  it.each([
    [['Nguyễn Văn', 'An'], 'Nguyễn Văn An'],
    [['Nguyễn Thị Minh', 'Khai'], 'Nguyễn Thị Minh Khai'],
    [['Hoàng Văn', 'Lê Minh'], 'Hoàng Văn Lê Minh'],
    [['Nguyễn Văn', 'Hoàng Anh Tuấn'], 'Nguyễn Văn Hoàng Anh Tuấn'],
    [['Trần', 'Thị Bích Ngọc'], 'Trần Thị Bích Ngọc'],
    [['Trường THCS', 'Tân Lập'], 'Trường THCS Tân Lập'],
    [['Hội Nông dân', 'xã Tân Lập'], 'Hội Nông dân xã Tân Lập'],
    [['Chi bộ Thôn 3', '(xã An Bình)'], 'Chi bộ Thôn 3 (xã An Bình)'],
  ])('%p is one name wrapped: %p', (lines, joined) => {
    expect(joinLines(lines)).toBe(joined);
  });

  it.each([
    [['Nguyễn Văn An', 'Trần Minh Tuấn'], 'Nguyễn Văn An, Trần Minh Tuấn'],
    [['- Nguyễn Văn An', '- Lê Thị Bình'], 'Nguyễn Văn An, Lê Thị Bình'],
    [['Ông Nguyễn Văn An', 'Bà Lê Thị Bình'], 'Ông Nguyễn Văn An, Bà Lê Thị Bình'],
    [['Lê Thị Hạnh', 'Phó Bí thư Đoàn xã'], 'Lê Thị Hạnh, Phó Bí thư Đoàn xã'],
    [['Chi bộ Thôn 1', 'Chi bộ Thôn 2'], 'Chi bộ Thôn 1, Chi bộ Thôn 2'],
    [['Phòng Khám đa khoa', 'Trung tâm Y tế huyện'], 'Phòng Khám đa khoa, Trung tâm Y tế huyện'],
    [['Đảng ủy', 'HĐND', 'UBND xã An Bình'], 'Đảng ủy, HĐND, UBND xã An Bình'],
  ])('%p: a line standing on its own is joined by a comma', (lines, joined) => {
    expect(joinLines(lines)).toBe(joined);
  });
});

describe('through the reader', () => {
  const head: Row = ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác'];

  it('moves the position to the position field (appended to the row’s own) and keeps the clean name', async () => {
    const read = await readShape(
      withUnits([
        head,
        [1, 'X01', 'Cá nhân', 'Lê Thị Hạnh (Phó Bí thư Đoàn xã)', 1990, undefined],
        [2, 'X01', 'Cá nhân', 'Phạm Văn Khải, Bí thư Chi bộ', 1972, 'Thôn Đông, xã An Bình'],
        [3, 'X01', 'Cá nhân', 'Võ Thị Ngọc, Giáo viên', 1988, 'Giáo viên Trường Mầm non An Bình'],
        [4, 'X01', 'Cá nhân', '- Bà: Trần Thị Thủy', 1979, undefined],
        [5, 'X01', undefined, 'Lý Văn Tám (SN 1966)', undefined, undefined],
      ]),
    );
    expect(read.registrations.map((r) => [r.name, r.position, r.honorific, r.birthYear, r.kind])).toEqual([
      ['Lê Thị Hạnh', 'Phó Bí thư Đoàn xã', undefined, 1990, 'individual'],
      ['Phạm Văn Khải', 'Bí thư Chi bộ, Thôn Đông, xã An Bình', undefined, 1972, 'individual'],
      ['Võ Thị Ngọc', 'Giáo viên Trường Mầm non An Bình', undefined, 1988, 'individual'],
      ['Trần Thị Thủy', undefined, 'Bà', 1979, 'individual'],
      ['Lý Văn Tám', undefined, undefined, 1966, 'individual'],
    ]);
    expect(read.findings).toEqual([]);
  });

  it('reads a name wrapped onto two lines of its cell as one person', async () => {
    const read = await readShape(withUnits([head, [1, 'X01', 'Cá nhân', 'Nguyễn Văn\nAn', 1970, undefined]]));
    expect(read.registrations[0]?.name).toBe('Nguyễn Văn An');
  });

  it('the duplicate matcher and the ceremony list see the clean name', async () => {
    const { report, lists } = await checkShape(
      withUnits([
        head,
        [1, 'X01', 'Cá nhân', 'Lê Thị Hạnh (Phó Bí thư Đoàn xã)', 1990, undefined],
        // The same unit, which places the two rows together (a namesake elsewhere would not be a duplicate).
        [2, 'X01', 'Cá nhân', '1. Lê Thị Hạnh', 1990, 'Phó Bí thư Đoàn xã'],
      ]),
    );
    const dup = report.findings.find((f) => f.code === 'DUPLICATE');
    expect(dup?.rows?.map((r) => r.row)).toEqual([2, 3]);
    expect(lists['2023']?.individuals.map((e) => e.name)).toEqual(expect.arrayContaining(['Lê Thị Hạnh']));
    expect(lists['2023']?.individuals.every((e) => e.name === 'Lê Thị Hạnh')).toBe(true);
  });
});

describe('any wrap of a person’s name (property)', () => {
  const surname = fc.constantFrom('Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi');
  const middle = fc.constantFrom('Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Hữu');
  const given = fc.constantFrom('An', 'Bình', 'Hạnh', 'Tuấn', 'Lan', 'Khải', 'Ngọc', 'Thủy');
  const name = fc.tuple(surname, fc.array(middle, { minLength: 0, maxLength: 2 }), given).map(([s, m, g]) => [s, ...m, g]);

  it('joins back to the one name, which names one person', () => {
    fc.assert(
      fc.property(name, fc.nat(), (words, at) => {
        const cut = 1 + (at % (words.length - 1));
        const lines = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
        const whole = words.join(' ');
        const read = readNameCell(lines, 'individual');
        expect(read.name).toBe(whole);
        expect(subjectsIn(read.name, 'individual', false)).toEqual([whole]);
      }),
    );
  });

  it('two full names on two lines are two people', () => {
    const full = fc.tuple(surname, fc.constantFrom('Văn', 'Thị'), given).map((w) => w.join(' '));
    fc.assert(
      fc.property(full, full, (a, b) => {
        const read = readNameCell([a, b], 'individual');
        expect(subjectsIn(read.name, 'individual', false)).toEqual([a, b]);
      }),
    );
  });
});

describe('a one-line cell of only words reads as the general path reads it', () => {
  const word = fc.constantFrom('Nguyễn', 'Văn', 'Thị', 'An', 'Bà', 'Ông', 'Đ', 'Thượng', 'tá', 'Bác', 'sĩ', 'TS', 'Chi', 'bộ', 'Hội', 'a', 'Nhà', 'giáo', 'ưu', 'tú',
    // Words the general path acts on: a fast path too wide would read them differently.
    'Họ', 'tên:', 'Bà:', '-', '1.', '(SN', '1975)', 'Chủ', 'tịch,', 'SN', '1980', 'Xã;',
    // Letters outside the fast path's Latin ones, and decomposed marks.
    'Δημήτρης', 'Ƀ', 'Ɏ', 'ǀ', 'Nguyê\u0303n', 'Ṭ', '×', 'Đ/c');
  const kind = fc.constantFrom(undefined, 'individual' as const, 'collective' as const);
  it('with and without an empty second line (which takes the general path)', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), kind, (words, k) => {
        const line = words.join(' ');
        expect(readNameCell([line], k)).toEqual(readNameCell([line, ''], k));
      }),
    );
  });
});
