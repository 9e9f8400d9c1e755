/** One subject per row (R1) through the reader: lines of a cell, "/", parent bodies, and their near misses. */
import type { Finding } from '../../../src/domain/findings/finding';
import { checkShape, withUnits } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';

const HEAD: Row = ['STT', 'Đơn vị', 'Tập thể/Cá nhân', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Thành tích'];
const codes = (findings: Finding[], code: string) => findings.filter((f) => f.code === code).map((f) => f.row);

describe('two subjects in one cell', () => {
  it('fires on two names on separate lines, around "/", and on two bodies on two lines', async () => {
    const { report, lists } = await checkShape(
      withUnits([
        HEAD,
        [1, 'X01', 'Cá nhân', 'Nguyễn Văn An\nTrần Minh Tuấn', 1970, undefined, 'Tốt'],
        [2, 'X01', 'Cá nhân', 'Nguyễn Văn Bình/Lê Thị Cúc', 1971, undefined, 'Tốt'],
        [3, 'X01', 'Tập thể', 'Chi bộ Thôn 1\nChi bộ Thôn 2', undefined, undefined, 'Tốt'],
        [4, 'X01', 'Cá nhân', '- Võ Văn Đức\n- Phạm Thị Hoa', 1972, undefined, 'Tốt'],
        [5, 'X01', 'Tập thể', 'Hội Nông dân xã/Hội Cựu chiến binh xã', undefined, undefined, 'Tốt'],
      ]),
    );
    expect(codes(report.findings, 'NOT_SINGLE_SUBJECT')).toEqual([2, 3, 4, 5, 6]);
    const first = report.findings.find((f) => f.code === 'NOT_SINGLE_SUBJECT');
    expect(first?.message).toContain('«Nguyễn Văn An», «Trần Minh Tuấn»');
    // An error row is on no list.
    expect(lists['2023']?.individuals).toEqual([]);
    expect(lists['2023']?.collectives).toEqual([]);
  });
});

describe('one subject (near misses)', () => {
  it('a wrapped name, a position with "/", a collective and its parent body, a person with a position line', async () => {
    const { report, read, lists } = await checkShape(
      withUnits([
        HEAD,
        [1, 'X01', 'Cá nhân', 'Nguyễn Văn\nAn', 1970, 'Hội viên/Chi hội trưởng', 'Tốt'],
        [2, 'X01', 'Tập thể', 'Phòng Khám đa khoa, Trung tâm Y tế huyện', undefined, undefined, 'Tốt'],
        [3, 'X01', 'Tập thể', 'Tổ Tổng hợp - Hành chính, Văn phòng UBND huyện', undefined, undefined, 'Tốt'],
        [4, 'X01', 'Tập thể', 'Khoa Dược,\nTrung tâm Y tế huyện', undefined, undefined, 'Tốt'],
        [5, 'X01', 'Cá nhân', 'Lê Thị Hạnh\nPhó Bí thư Đoàn xã', 1991, undefined, 'Tốt'],
        [6, 'X01', 'Cá nhân', 'Trần Thị\nBích Ngọc', 1992, undefined, 'Tốt'],
        [7, 'X01', 'Tập thể', 'Trường Tiểu học 30/4', undefined, undefined, 'Tốt'],
      ]),
    );
    expect(codes(report.findings, 'NOT_SINGLE_SUBJECT')).toEqual([]);
    expect(read.registrations.map((r) => r.name)).toEqual([
      'Nguyễn Văn An',
      'Phòng Khám đa khoa, Trung tâm Y tế huyện',
      'Tổ Tổng hợp - Hành chính, Văn phòng UBND huyện',
      'Khoa Dược, Trung tâm Y tế huyện',
      'Lê Thị Hạnh',
      'Trần Thị Bích Ngọc',
      'Trường Tiểu học 30/4',
    ]);
    expect(read.registrations[4]?.position).toBe('Phó Bí thư Đoàn xã');
    expect(lists['2023']?.collectives.map((e) => e.name)).toHaveLength(4);
    expect(lists['2023']?.individuals.map((e) => e.name)).toEqual(['Nguyễn Văn An', 'Lê Thị Hạnh', 'Trần Thị Bích Ngọc']);
  });

  it('a real person under "Tập thể" is one subject of the wrong kind, not two', async () => {
    const { report } = await checkShape(
      withUnits([
        HEAD,
        [1, 'X01', 'Tập thể', 'Nguyễn Văn An', 1970, undefined, 'Tốt'],
        [2, 'X01', 'Tập thể', 'Lê Thị Hạnh (Phó Bí thư Đoàn xã)', 1990, undefined, 'Tốt'],
      ]),
    );
    expect(codes(report.findings, 'NOT_SINGLE_SUBJECT')).toEqual([]);
    expect(codes(report.findings, 'SUBJECT_KIND_MISMATCH')).toEqual([2, 3]);
  });

  it('"Tập thể/Cá nhân" is read as the header, not as data', async () => {
    const { read } = await checkShape(withUnits([HEAD, [1, 'X01', 'Cá nhân', 'Nguyễn Văn An', 1970, undefined, 'Tốt']]));
    expect(read.tables.find((t) => t.kind === 'registrations')?.headerRow).toBe(1);
    expect(read.registrations).toHaveLength(1);
  });
});
