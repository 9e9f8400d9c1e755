/** A registrations table with both a unit-code column and a unit-name column (issue 14). */
import { buildReport } from '../../../src/domain/report/report';
import { readBooks, unitsBook, unitsOfRows } from '../../fixtures/unit-shapes';
import type { Row } from '../../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 1 };

function master(head: Row, rows: Row[]) {
  return readBooks([unitsBook(), { fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đăng ký', rows: [head, ...rows] }] }]);
}

const codes = (read: Awaited<ReturnType<typeof master>>) => read.findings.map((f) => [f.code, f.row]);

describe.each([
  ['Mã đơn vị | Đơn vị đề xuất', ['STT', 'Mã đơn vị', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên']],
  ['Mã ĐV | Tên đơn vị đề xuất', ['STT', 'Mã ĐV', 'Tên đơn vị đề xuất', 'Đối tượng', 'Họ và tên']],
  ['Đơn vị | Mã đơn vị (name first)', ['STT', 'Đơn vị', 'Mã đơn vị', 'Đối tượng', 'Họ và tên']],
])('code and name columns: %s', (_label, head) => {
  // Cells in the head's order: code and name swapped when the name comes first.
  const nameFirst = head[1] === 'Đơn vị';
  const row = (n: number, code: string | undefined, name: string | undefined, who: string): Row =>
    nameFirst ? [n, name, code, 'Cá nhân', who] : [n, code, name, 'Cá nhân', who];

  it('takes the unit from the name when the code column is empty on every row (the template nobody fills)', async () => {
    const read = await master(head, [row(1, undefined, 'Đảng bộ xã An Bình', 'Nguyễn Văn A'), row(2, undefined, 'Hội ND huyện', 'Lê Thị B')]);
    expect(unitsOfRows(read)).toEqual([
      ['Nguyễn Văn A', 'X01'],
      ['Lê Thị B', 'ND'],
    ]);
    expect(read.findings).toEqual([]);
  });

  it('takes the unit from the code when the name is empty, row by row', async () => {
    const read = await master(head, [row(1, 'X02', undefined, 'Nguyễn Văn A'), row(2, undefined, 'Huyện đoàn', 'Lê Thị B'), row(3, 'x01', '', 'Trần Văn C')]);
    expect(unitsOfRows(read)).toEqual([
      ['Nguyễn Văn A', 'X02'],
      ['Lê Thị B', 'HD'],
      ['Trần Văn C', 'X01'],
    ]);
    expect(read.findings).toEqual([]);
  });

  it('lets the name decide when the code matches no unit (no finding)', async () => {
    const read = await master(head, [row(1, 'X99', 'Đảng ủy xã Tân Lập', 'Nguyễn Văn A')]);
    expect(unitsOfRows(read)).toEqual([['Nguyễn Văn A', 'X02']]);
    expect(read.findings).toEqual([]);
  });

  it('reports UNIT_CONFLICT when code and name name different units; the row counts for the name', async () => {
    const read = await master(head, [row(1, 'X02', 'Đảng bộ xã An Bình', 'Nguyễn Văn A'), row(2, 'ND', 'Hội LHPN huyện', 'Lê Thị B')]);
    expect(unitsOfRows(read)).toEqual([
      ['Nguyễn Văn A', 'X01'],
      ['Lê Thị B', 'PN'],
    ]);
    expect(read.findings.map((f) => [f.code, f.severity, f.row, f.unit, f.unitCode])).toEqual([
      ['UNIT_CONFLICT', 'warning', 2, 'Đảng bộ xã An Bình', 'X01'],
      ['UNIT_CONFLICT', 'warning', 3, 'Hội Liên hiệp Phụ nữ huyện', 'PN'],
    ]);
    const m = read.findings[0]?.message ?? '';
    expect(m).toContain('«X02» là Đảng bộ xã Tân Lập');
    expect(m).toContain('«Đảng bộ xã An Bình» là Đảng bộ xã An Bình');
    expect(m).toContain('được tính cho Đảng bộ xã An Bình');
    // The quota counts the row for the name's unit.
    const q = buildReport(read, AS_OF, 2).quota;
    expect(q.find((r) => r.unitCode === 'X01')?.registered).toBe(1);
    expect(q.find((r) => r.unitCode === 'X02')?.registered).toBe(0);
  });

  it('near miss: a code and another spelling of the same unit agree', async () => {
    const read = await master(head, [row(1, 'X01', 'ĐU xã An Bình', 'Nguyễn Văn A'), row(2, 'MT', 'UB MTTQ huyện', 'Lê Thị B')]);
    expect(unitsOfRows(read)).toEqual([
      ['Nguyễn Văn A', 'X01'],
      ['Lê Thị B', 'MT'],
    ]);
    expect(read.findings).toEqual([]);
  });

  it('a name and a code that both match nothing: UNKNOWN_UNIT names the name as written', async () => {
    const read = await master(head, [row(1, 'X99', 'Đảng bộ xã Xuân Lộc', 'Nguyễn Văn A'), row(2, 'X98', undefined, 'Lê Thị B')]);
    const report = buildReport(read, AS_OF, 2);
    const unknown = report.findings.filter((f) => f.code === 'UNKNOWN_UNIT');
    expect(unknown.map((f) => [f.row, f.unit])).toEqual([
      [2, 'Đảng bộ xã Xuân Lộc'],
      [3, 'X98'],
    ]);
    expect(unknown[1]?.message).toContain('(lấy từ cột mã đơn vị)');
    expect(codes(read)).toEqual([]);
  });
});

describe('a code column under group rows naming the unit', () => {
  it('the group row\'s unit and the code agree, or UNIT_CONFLICT names both and the group decides', async () => {
    const read = await master(
      ['STT', 'Mã đơn vị', 'Đối tượng', 'Họ và tên'],
      [['1. Đảng bộ xã An Bình'], [1, 'X01', 'Cá nhân', 'Nguyễn Văn A'], [2, 'X02', 'Cá nhân', 'Lê Thị B'], [3, undefined, 'Cá nhân', 'Trần Văn C']],
    );
    expect(unitsOfRows(read)).toEqual([
      ['Nguyễn Văn A', 'X01'],
      ['Lê Thị B', 'X01'],
      ['Trần Văn C', 'X01'],
    ]);
    expect(read.findings.map((f) => [f.code, f.row, f.column])).toEqual([['UNIT_CONFLICT', 4, 'B']]);
    expect(read.findings[0]?.message).toContain('nhưng dòng nhóm «Đảng bộ xã An Bình» là Đảng bộ xã An Bình');
  });
});

describe('invisible characters in the code column', () => {
  it('are removed before matching, and the cell is named (HIDDEN_CHARACTERS)', async () => {
    const read = await master(['STT', 'Mã ĐV', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên'], [[1, 'X0\u200B2', undefined, 'Cá nhân', 'Nguyễn Văn A']]);
    expect(unitsOfRows(read)).toEqual([['Nguyễn Văn A', 'X02']]);
    expect(read.findings.map((f) => [f.code, f.column, f.unitCode])).toEqual([['HIDDEN_CHARACTERS', 'B', 'X02']]);
  });
});
