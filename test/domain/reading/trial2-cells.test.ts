/**
 * The second new-user trial's wrong answers in single cells: bodies the kind inference took for people, titles
 * before a name, punctuation after it, birth years as people write them, names in capitals and placeholders on the
 * ceremony list, and a township's committee abbreviated in the units list. Each with its near misses.
 */
import { checkShape, withUnits } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';

const noKindColumn = (names: (string | number)[][]): Row[] => [
  ['STT', 'Đơn vị', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Thành tích'],
  ...names.map(([name, year], i): Row => [i + 1, 'X01', name, year, 'Hoàn thành xuất sắc nhiệm vụ']),
];

describe('bodies whose names the kind inference did not know', () => {
  it.each(['Lực lượng Dân quân xã', 'Lực lượng Công an xã', 'Chùa Phước Long', 'Giáo xứ An Bình', 'Điểm trường ấp 2', 'Dòng họ Nguyễn ấp 1', 'Công đoàn cơ sở Trường Tiểu học A', 'Mô hình "Dân vận khéo" ấp 4', 'Liên đội Trường Tiểu học An Bình', 'Chi đội 9A', 'Liên chi hội Nông dân ấp 2', 'Phân hội Cựu chiến binh ấp 3'])(
    '%p, with no kind column, is a collective and counts',
    async (name) => {
      const { read, report, lists } = await checkShape(withUnits(noKindColumn([[name, ''], ['Lê Văn Tám', 1970]])));
      expect(read.registrations.map((r) => [r.name, r.kind])).toEqual([
        [name, 'collective'],
        ['Lê Văn Tám', 'individual'],
      ]);
      expect(report.findings.filter((f) => f.severity === 'error' && f.sheet === 'Đăng ký')).toEqual([]);
      expect(lists['2023']?.collectives.map((e) => e.name)).toEqual([name]);
    },
  );
});

describe('what a person is, written before the name', () => {
  it.each([
    ['Thầy giáo Nguyễn Văn An', 'Thầy giáo'],
    ['Cô giáo Lê Thị Bình', 'Cô giáo'],
    ['Hội viên Trần Văn Cường', 'Hội viên'],
    ['Cựu chiến binh Lê Văn Mạnh', 'Cựu chiến binh'],
    ['CCB Lê Văn Mạnh', 'CCB'],
    ['Mẹ Việt Nam anh hùng Phạm Thị Dung', 'Mẹ Việt Nam anh hùng'],
    ['Bà mẹ Việt Nam anh hùng Phạm Thị Dung', 'Bà mẹ Việt Nam anh hùng'],
    ['Bs. Võ Văn Giang', 'Bs.'],
    ['Nhà giáo Ngô Thị Hải', 'Nhà giáo'],
    ['Đoàn viên Đặng Văn Khánh', 'Đoàn viên'],
    ['Giáo viên Bùi Thị Lan', 'Giáo viên'],
    ['Nông dân Lý Văn Minh', 'Nông dân'],
    ['YS. Lê Văn Cường', 'YS.'],
    ['ĐD Phạm Thị Dung', 'ĐD'],
    ['Lương y Đinh Văn Phú', 'Lương y'],
    ['Nữ hộ sinh Trần Thị Mơ', 'Nữ hộ sinh'],
  ])('%p is a person; the title goes to the position', async (cell, title) => {
    const { read, report } = await checkShape(withUnits(noKindColumn([[cell, 1970]])));
    const [reg] = read.registrations;
    expect([reg?.name.split(' ').length, reg?.kind, reg?.position]).toEqual([3, 'individual', title]);
    expect(cell.endsWith(reg?.name ?? '?')).toBe(true);
    expect(report.findings.filter((f) => f.severity === 'error' && f.sheet === 'Đăng ký')).toEqual([]);
  });

  it.each([
    ['Cụ ông Trần Văn Tư', 'Trần Văn Tư'],
    ['Cụ bà Lê Thị Năm', 'Lê Thị Năm'],
  ])('%p loses the honorific', async (cell, name) => {
    const { read } = await checkShape(withUnits(noKindColumn([[cell, 1930]])));
    expect(read.registrations.map((r) => [r.name, r.kind])).toEqual([[name, 'individual']]);
  });

  it.each([
    // People whose surname or first words look like a title, and bodies that begin with one.
    ['Đoàn Văn Hậu', 'Đoàn Văn Hậu', 'individual'],
    ['Nông Văn Dân', 'Nông Văn Dân', 'individual'],
    ['Ông Văn Năm', 'Ông Văn Năm', 'individual'],
    ['Hội Nông dân xã An Bình', 'Hội Nông dân xã An Bình', 'collective'],
    ['Dân quân xã An Bình', 'Dân quân xã An Bình', 'collective'],
    ['Chi hội Cựu chiến binh ấp 3', 'Chi hội Cựu chiến binh ấp 3', 'collective'],
  ])('near miss: %p stays %p', async (cell, name, kind) => {
    const { read } = await checkShape(withUnits(noKindColumn([[cell, '']])));
    expect(read.registrations.map((r) => [r.name, r.kind, r.position])).toEqual([[name, kind, undefined]]);
  });
});

describe('punctuation typed after a name', () => {
  it('is no part of the name, with or without a kind column', async () => {
    const { read, report } = await checkShape(withUnits(noKindColumn([['Nguyễn Thị Mai.', 1980], ['Trần Thị Tám -', 1962], ['Lê Văn Chín…', 1990], ['Chi đoàn Thanh niên ấp 3.', '']])));
    expect(read.registrations.map((r) => [r.name, r.kind])).toEqual([
      ['Nguyễn Thị Mai', 'individual'],
      ['Trần Thị Tám', 'individual'],
      ['Lê Văn Chín', 'individual'],
      ['Chi đoàn Thanh niên ấp 3', 'collective'],
    ]);
    expect(report.findings.filter((f) => f.severity === 'error' && f.sheet === 'Đăng ký')).toEqual([]);
  });

  it('near miss: a dash between a name and a position still splits them', async () => {
    const { read } = await checkShape(withUnits(noKindColumn([['Nguyễn Văn An - Bí thư Chi bộ', 1970]])));
    expect(read.registrations.map((r) => [r.name, r.position])).toEqual([['Nguyễn Văn An', 'Bí thư Chi bộ']]);
  });
});

describe('birth years as people write them', () => {
  it('reads "năm 1985", "05/1992", "\'1994", "1997 (Nam)" as years, and refuses what is no year', async () => {
    const cells = ['năm 1985', '05/1992', "'1994", '1997 (Nam)', 'SN 1975', '13/1992'];
    const { read, report } = await checkShape(withUnits(noKindColumn(cells.map((y, i) => [`Nguyễn Văn ${['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải'][i]}`, y]))));
    expect(read.registrations.map((r) => r.birthYear)).toEqual([1985, 1992, 1994, 1997, 1975, undefined]);
    expect(report.findings.filter((f) => f.code === 'INVALID_DATE').map((f) => f.row)).toEqual([7]);
  });
});

describe('the ceremony list', () => {
  const kindRows = (rows: [string, string, number | string, string][]): Row[] => [
    ['STT', 'Đơn vị', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Thành tích'],
    ...rows.map(([unit, name, year, achievements], i): Row => [i + 1, unit, name.startsWith('Chi') ? 'Tập thể' : 'Cá nhân', name, year, achievements]),
  ];

  it('prints a person\'s name typed in capitals as a name, and a body\'s as written', async () => {
    const { lists } = await checkShape(withUnits(kindRows([['X01', 'NGUYỄN VĂN TƯ', 1970, 'Tốt'], ['X01', 'Chi bộ ẤP 3', '', 'Tốt'], ['X02', 'Lê Thị Hoa', 1971, 'Tốt']])));
    expect(lists['2023']?.individuals.map((e) => e.name)).toEqual(['Nguyễn Văn Tư', 'Lê Thị Hoa']);
    expect(lists['2023']?.collectives.map((e) => e.name)).toEqual(['Chi bộ ẤP 3']);
  });

  it('merges one person listed twice under the spelling that is not in capitals, without a placeholder "x"', async () => {
    const { lists } = await checkShape(withUnits(kindRows([['X01', 'TRẦN VĂN HÙNG', 1965, 'x'], ['X01', 'Trần Văn Hùng', 1965, 'Hiến đất làm đường']])));
    const entries = lists['2023']?.individuals ?? [];
    expect(entries.map((e) => [e.name, e.achievements, e.rows.length])).toEqual([['Trần Văn Hùng', 'Hiến đất làm đường', 2]]);
  });
});

describe('an exemplar written over two rows', () => {
  const head: Row = ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Thành tích'];

  it('is one registration when its cells are merged down over the second row, the second row\'s own texts added', async () => {
    const rows: Row[] = [head, [1, 'X01', 'Lưu Văn An', 1970, 'Trưởng ấp 1', '- Vận động hiến đất'], [null, null, null, null, null, '- Xây cầu'], [2, 'X01', 'Lê Văn Bình', 1971, 'Trưởng ấp 2', 'Tốt']];
    const { read, report } = await checkShape(withUnits(rows, (ws) => ['A', 'B', 'C', 'D', 'E'].forEach((c) => ws.mergeCells(`${c}2:${c}3`))));
    expect(read.registrations.map((r) => [r.name, r.source.row, r.achievements])).toEqual([
      ['Lưu Văn An', 2, '- Vận động hiến đất\n- Xây cầu'],
      ['Lê Văn Bình', 4, 'Tốt'],
    ]);
    expect(report.findings.filter((f) => f.code === 'DUPLICATE')).toEqual([]);
  });

  it('near miss: rows under a unit merged down over them are each their own exemplar', async () => {
    const rows: Row[] = [head, [1, 'X01', 'Lưu Văn An', 1970, 'Trưởng ấp 1', 'Tốt'], [2, null, 'Lê Văn Bình', 1971, 'Trưởng ấp 2', 'Tốt']];
    const { read } = await checkShape(withUnits(rows, (ws) => ws.mergeCells('B2:B3')));
    expect(read.registrations.map((r) => [r.name, r.source.row, r.unitText])).toEqual([
      ['Lưu Văn An', 2, 'X01'],
      ['Lê Văn Bình', 3, 'X01'],
    ]);
  });
});

