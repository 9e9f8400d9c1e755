/**
 * Name cells met in units' files (issue 14 trial): a rank or title before a person's name, "1/" and "c/" bullets,
 * two people in one cell without a kind column (NOT_SINGLE_SUBJECT, not a missing kind), and their near misses.
 */
import { readNameCell } from '../../../src/domain/reading/name-cell';
import { checkShape, withUnits } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';

describe('a rank or title before a person\'s name goes to the position', () => {
  it.each([
    ['Thượng tá Nguyễn Văn Bình', 'Nguyễn Văn Bình', 'Thượng tá', undefined],
    ['Đại úy Lê Văn Tám (Đội trưởng)', 'Lê Văn Tám', 'Đại úy, Đội trưởng', undefined],
    ['Đ/c Trung tá Võ Văn Hai', 'Võ Văn Hai', 'Trung tá', 'Đ/c'],
    ['Bác sĩ Phạm Thị Lan', 'Phạm Thị Lan', 'Bác sĩ', undefined],
    ['ThS. Lê Thị Hoa', 'Lê Thị Hoa', 'ThS.', undefined],
    ['BS.CKI Trần Văn Nam, Trưởng khoa Nội', 'Trần Văn Nam', 'BS.CKI, Trưởng khoa Nội', undefined],
    ['Nghệ nhân ưu tú Lê Văn Út', 'Lê Văn Út', 'Nghệ nhân ưu tú', undefined],
    ['Thiếu úy Đặng Minh Khoa', 'Đặng Minh Khoa', 'Thiếu úy', undefined],
    // The force after a rank is the rank's; a soldier's grade and a martyr's title are no part of a name.
    ['Đại úy CA Nguyễn Văn Lâm', 'Nguyễn Văn Lâm', 'Đại úy CA', undefined],
    ['Trung tá QĐND Trần Văn Bình', 'Trần Văn Bình', 'Trung tá QĐND', undefined],
    ['Thiếu tá BĐBP Lê Văn Cường', 'Lê Văn Cường', 'Thiếu tá BĐBP', undefined],
    ['Trung úy CA. Hoàng Văn Em', 'Hoàng Văn Em', 'Trung úy CA', undefined],
    ['QNCN Phạm Văn Dũng', 'Phạm Văn Dũng', 'QNCN', undefined],
    ['Liệt sĩ Nguyễn Văn Trỗi', 'Nguyễn Văn Trỗi', 'Liệt sĩ', undefined],
    // Near miss: a surname after a rank stays the person's.
    ['Đại úy Ca Văn Lâm', 'Ca Văn Lâm', 'Đại úy', undefined],
  ])('%s', (cell, name, position, honorific) => {
    const read = readNameCell([cell], undefined);
    expect(read.name).toBe(name);
    expect(read.position).toBe(position);
    expect(read.honorific).toBe(honorific);
  });

  it.each([
    // Surnames and given names that begin like a rank are names.
    ['Thiếu Thị Hoa', undefined],
    ['Đại Nguyễn Văn', undefined],
    // A rank with no full name after it is left as written.
    ['Tiến sĩ', undefined],
    ['TS Trường', undefined],
    // A collective keeps its words.
    ['Trung tâm Y tế huyện', 'collective'],
    ['Đội Cảnh sát giao thông - Trật tự', 'collective'],
  ] as const)('near miss: %s stays whole', (cell, kind) => {
    expect(readNameCell([cell], kind).name).toBe(cell);
    expect(readNameCell([cell], kind).position).toBeUndefined();
  });

  it('a rank is found whatever its case or composition, and whatever the first letter of a name without one', () => {
    const ranks = ['đại tá', 'thượng úy', 'trung sĩ', 'thiếu tướng', 'hạ sĩ', 'binh nhì', 'tiến sĩ', 'thạc sĩ', 'bác sĩ', 'dược sĩ', 'kỹ sư', 'nhà giáo ưu tú', 'nghệ nhân'];
    const cased = (r: string) => [r, r.toUpperCase(), r.charAt(0).toUpperCase() + r.slice(1), r.normalize('NFD'), r.toUpperCase().normalize('NFD')];
    for (const rank of ranks.flatMap(cased)) {
      const read = readNameCell([`${rank} Lê Văn Tám`], undefined);
      expect([read.name, read.position]).toEqual(['Lê Văn Tám', rank]);
    }
    // The Kelvin sign composes to "K".
    expect(readNameCell(['\u212Aỹ sư Nguyễn Văn An'], undefined)).toEqual({ name: 'Nguyễn Văn An', position: '\u212Aỹ sư' });
    for (const name of ['Lê Văn Tám', 'Phạm Thị Lan', 'Võ Văn Hai', 'Ôn Văn Út', 'Ðại Văn Út', 'Ƌại úy Lê Văn Tám', 'Ấu Văn Út'])
      expect(readNameCell([name], undefined)).toEqual({ name });
  });

  it('"Bà" and "Ông" are still honorifics, "Bác sĩ" is not "Bác"', () => {
    expect(readNameCell(['Bà Lê Thị Hạnh'], undefined)).toEqual({ name: 'Lê Thị Hạnh', honorific: 'Bà' });
    expect(readNameCell(['Bác Nguyễn Văn Sáu'], undefined)).toEqual({ name: 'Nguyễn Văn Sáu', honorific: 'Bác' });
  });
});

describe('bullets "1/" and "c/"', () => {
  it.each([
    ['1/ Trần Thị Mơ', 'Trần Thị Mơ'],
    ['12/ Chi bộ ấp 3', 'Chi bộ ấp 3'],
    ['c/ Lê Văn Tám', 'Lê Văn Tám'],
  ])('%s', (cell, name) => expect(readNameCell([cell], undefined).name).toBe(name));

  it.each(['Tổ 1/ ấp 2', '1/2 Nguyễn'])('near miss: %s keeps its slash', (cell) => expect(readNameCell([cell], undefined).name).toBe(cell));
});

describe('through the reader: no kind column, no group rows', () => {
  const HEAD: Row = ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ'];

  it('two people on two lines or around "/" are NOT_SINGLE_SUBJECT only, never a missing kind', async () => {
    const { report, read } = await checkShape(
      withUnits([
        HEAD,
        [1, 'X01', 'Trần Văn Bình\nLê Thị Cúc', 1999, 'Đoàn viên'],
        [2, 'X01', 'Nguyễn Văn Hòa / Lê Thị Thanh', 1980, 'Cán bộ'],
        [3, 'X01', '1/ Trần Thị Mơ\n2/ Võ Văn Năm', 1975, undefined],
        [4, 'X01', 'Chi bộ ấp 1\nChi bộ ấp 2', undefined, undefined],
      ]),
    );
    const at = (code: string) => report.findings.filter((f) => f.code === code).map((f) => f.row);
    expect(at('NOT_SINGLE_SUBJECT')).toEqual([2, 3, 4, 5]);
    expect(at('MISSING_VALUE')).toEqual([]);
    expect(read.registrations.map((r) => r.kind)).toEqual(['individual', 'individual', 'individual', 'collective']);
  });

  it('near misses: one person with a position line, one ranked officer, one body with its parent are one subject each', async () => {
    const { report, read } = await checkShape(
      withUnits([
        HEAD,
        [1, 'X01', 'Nguyễn Văn An\nBí thư Chi đoàn ấp 2', 1998, undefined],
        [2, 'X01', 'Thượng tá Nguyễn Văn Bình', 1975, 'Phó Trưởng Công an huyện'],
        [3, 'X01', 'Phòng Khám đa khoa, Trung tâm Y tế huyện', undefined, undefined],
        [4, 'X01', '1/ Trần Thị Mơ', 1975, undefined],
      ]),
    );
    expect(report.findings.filter((f) => f.code === 'NOT_SINGLE_SUBJECT' || f.code === 'MISSING_VALUE')).toEqual([]);
    expect(read.registrations.map((r) => [r.name, r.kind, r.position])).toEqual([
      ['Nguyễn Văn An', 'individual', 'Bí thư Chi đoàn ấp 2'],
      ['Nguyễn Văn Bình', 'individual', 'Thượng tá, Phó Trưởng Công an huyện'],
      ['Phòng Khám đa khoa, Trung tâm Y tế huyện', 'collective', undefined],
      ['Trần Thị Mơ', 'individual', undefined],
    ]);
  });

  it('near miss: a person and a body in one cell may be two subjects or a person and a workplace: the kind is asked for', async () => {
    const { report } = await checkShape(withUnits([HEAD, [1, 'X01', 'Nguyễn Văn Tư / Chi bộ ấp 3', undefined, undefined]]));
    expect(report.findings.filter((f) => f.code === 'MISSING_VALUE').map((f) => f.row)).toEqual([2]);
  });

  it('near miss: a cell whose kind nothing tells is still asked for its kind', async () => {
    const { report } = await checkShape(withUnits([HEAD, [1, 'X01', 'Phong trào 3 sạch', undefined, undefined]]));
    expect(report.findings.filter((f) => f.code === 'MISSING_VALUE').map((f) => f.row)).toEqual([2]);
  });
});

describe('the text after a name, a bracket closed before a comma', () => {
  it.each([
    ['Lê Văn Tư (Nông dân), Ấp 2', 'Nông dân, Ấp 2'],
    ['Lê Văn Tư (Nông dân) , Ấp 2', 'Nông dân, Ấp 2'],
    ['Lê Văn Tư, , Nông dân', 'Nông dân'],
  ])('%s: position «%s», no empty piece', (cell, position) => expect(readNameCell([cell], undefined).position).toBe(position));
});
