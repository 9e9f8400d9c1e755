/** The unit of a one-unit file: title blocks of several rows, sheet names, file names (issue 14). */
import { readBooks, REG_HEAD, person, unitFile, unitsBook, unitsOfRows, BookSpec } from '../../fixtures/unit-shapes';

const rows = [person(1, 'Nguyễn Văn A'), person(2, 'Lê Thị B', 1985)];
const DISTRICT = { district: 'An Phú' };

describe('title blocks of several rows', () => {
  it.each([
    ['"ỦY BAN NHÂN DÂN" over "HUYỆN AN PHÚ"', ['ỦY BAN NHÂN DÂN', 'HUYỆN AN PHÚ'], 'UB'],
    ['"ĐẢNG BỘ HUYỆN AN PHÚ" over "ĐẢNG ỦY XÃ AN BÌNH" over "*"', ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH', '*'], 'X01'],
    ['"ĐOÀN TNCS HỒ CHÍ MINH" over "BCH ĐOÀN HUYỆN AN PHÚ"', ['ĐOÀN TNCS HỒ CHÍ MINH', 'BCH ĐOÀN HUYỆN AN PHÚ'], 'HD'],
    ['"HỘI NÔNG DÂN VIỆT NAM" over "BCH HỘI NÔNG DÂN HUYỆN AN PHÚ"', ['HỘI NÔNG DÂN VIỆT NAM', 'BCH HỘI NÔNG DÂN HUYỆN AN PHÚ'], 'ND'],
    ['"ĐẢNG BỘ HUYỆN AN PHÚ" over "CHI BỘ KHO BẠC NHÀ NƯỚC HUYỆN"', ['ĐẢNG BỘ HUYỆN AN PHÚ', 'CHI BỘ KHO BẠC NHÀ NƯỚC HUYỆN'], 'CB02'],
    ['"ỦY BAN MTTQ VIỆT NAM" over "HUYỆN AN PHÚ"', ['ỦY BAN MTTQ VIỆT NAM', 'HUYỆN AN PHÚ'], 'MT'],
  ])('%s', async (_label, letterhead, code) => {
    for (const override of [undefined, DISTRICT]) {
      const read = await readBooks([unitsBook(), unitFile('danh-sach.xlsx', letterhead, REG_HEAD, rows)], override);
      expect(unitsOfRows(read)).toEqual([
        ['Nguyễn Văn A', code],
        ['Lê Thị B', code],
      ]);
      expect(read.registrations.map((r) => r.unitSource)).toEqual(['title', 'title']);
      expect(read.findings).toEqual([]);
    }
  });

  it('a title line "CỦA …" under "DANH SÁCH ĐĂNG KÝ" names the unit', async () => {
    const spec = unitFile('danh-sach.xlsx', ['HUYỆN ỦY AN PHÚ'], REG_HEAD, rows);
    const sheet = spec.sheets[0] as (typeof spec.sheets)[number];
    sheet.rows[5] = ['CỦA HỘI CỰU CHIẾN BINH HUYỆN'];
    const read = await readBooks([unitsBook(), spec]);
    expect(unitsOfRows(read).map(([, c]) => c)).toEqual(['CCB', 'CCB']);
  });

  it('near miss: a title naming only the district bodies leaves the unit to the file name', async () => {
    const read = await readBooks([unitsBook(), unitFile('Hội Nông dân huyện.xlsx', ['HUYỆN ỦY AN PHÚ', 'BAN TUYÊN GIÁO', '*'], REG_HEAD, rows)]);
    expect(unitsOfRows(read).map(([, c]) => c)).toEqual(['ND', 'ND']);
    expect(read.registrations[0]?.unitSource).toBe('file');
  });

  it('near miss: "ỦY BAN NHÂN DÂN" over "XÃ AN BÌNH" is a commune body, not the district People\'s Committee', async () => {
    const read = await readBooks([unitsBook(), unitFile('danh-sach.xlsx', ['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH'], REG_HEAD, rows)]);
    expect(unitsOfRows(read).map(([, c]) => c)).not.toContain('UB');
  });

  it('a group row naming no unit ("1. Khối cơ quan") gives way to the title', async () => {
    const read = await readBooks([
      unitsBook(),
      unitFile('x.xlsx', ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ TÂN LẬP'], REG_HEAD, [['1. Khối cơ quan'], person(1, 'Nguyễn Văn A')]),
    ]);
    expect(unitsOfRows(read)).toEqual([['Nguyễn Văn A', 'X02']]);
  });
});

describe('sheet names and file names', () => {
  it('reads one sheet per unit, named by the unit or by its code', async () => {
    const spec: BookSpec = {
      fileName: 'tong-hop-cac-don-vi.xlsx',
      sheets: [
        { name: 'Đảng bộ xã An Bình', rows: [REG_HEAD, person(1, 'Nguyễn Văn A')] },
        { name: 'X02', rows: [REG_HEAD, person(1, 'Lê Thị B')] },
        { name: 'Hội LHPN', rows: [REG_HEAD, person(1, 'Trần Thị C')] },
      ],
    };
    const read = await readBooks([unitsBook(), spec]);
    expect(unitsOfRows(read)).toEqual([
      ['Nguyễn Văn A', 'X01'],
      ['Lê Thị B', 'X02'],
      ['Trần Thị C', 'PN'],
    ]);
    expect(read.registrations.map((r) => r.unitSource)).toEqual(['sheet', 'sheet', 'sheet']);
  });

  it.each([
    ['Hội Nông dân huyện.xlsx', 'ND'],
    ['UBND huyện - danh sách.xlsx', 'UB'],
    ['Hội Cựu chiến binh huyện.xlsx'.normalize('NFD'), 'CCB'],
    ['03_DangUyXaTanLap.xlsx', 'X02'],
    ['DS dang ky - LĐLĐ huyện.xlsx', 'LD'],
  ])('file name %p names %p', async (fileName, code) => {
    const read = await readBooks([unitsBook(), { fileName, sheets: [{ name: 'Sheet1', rows: [REG_HEAD, person(1, 'Nguyễn Văn A')] }] }]);
    expect(unitsOfRows(read)).toEqual([['Nguyễn Văn A', code]]);
    expect(read.registrations[0]?.unitSource).toBe('file');
  });

  it('near miss: a file name naming no unit gives UNKNOWN_UNIT from the file name', async () => {
    const read = await readBooks([unitsBook(), { fileName: 'danh sach moi.xlsx', sheets: [{ name: 'Sheet1', rows: [REG_HEAD, person(1, 'Nguyễn Văn A')] }] }]);
    expect(unitsOfRows(read)).toEqual([['Nguyễn Văn A', undefined]]);
    expect(read.registrations[0]).toMatchObject({ unitText: 'danh sach moi', unitSource: 'file' });
  });
});

describe('a row naming a unit other than its title or sheet', () => {
  const head = ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên'];

  it('reports UNIT_CONFLICT on that row; the row counts for the unit it names', async () => {
    const read = await readBooks([
      unitsBook(),
      unitFile('an-binh.xlsx', ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH'], head, [
        [1, 'Đảng bộ xã An Bình', 'Cá nhân', 'Nguyễn Văn A'],
        [2, 'Đảng bộ xã Tân Lập', 'Cá nhân', 'Lê Thị B'],
        [3, undefined, 'Cá nhân', 'Trần Văn C'],
      ]),
    ]);
    expect(unitsOfRows(read)).toEqual([
      ['Nguyễn Văn A', 'X01'],
      ['Lê Thị B', 'X02'],
      ['Trần Văn C', 'X01'],
    ]);
    const conflicts = read.findings.filter((f) => f.code === 'UNIT_CONFLICT');
    expect(conflicts.map((f) => [f.row, f.column, f.unitCode])).toEqual([[9, 'B', 'X02']]);
    expect(conflicts[0]?.message).toContain('Tiêu đề trang «ĐẢNG ỦY XÃ AN BÌNH» là Đảng bộ xã An Bình');
    expect(conflicts[0]?.message).toContain('«Đảng bộ xã Tân Lập» là Đảng bộ xã Tân Lập');
  });

  it('reports a sheet named by one unit whose rows all name another', async () => {
    const read = await readBooks([
      unitsBook(),
      { fileName: 'tong-hop.xlsx', sheets: [{ name: 'Huyện đoàn', rows: [head, [1, 'Hội Nông dân huyện', 'Cá nhân', 'Nguyễn Văn A']] }] },
    ]);
    expect(unitsOfRows(read)).toEqual([['Nguyễn Văn A', 'ND']]);
    expect(read.findings.map((f) => [f.code, f.unitCode])).toEqual([['UNIT_CONFLICT', 'ND']]);
    expect(read.findings[0]?.message).toContain('Tên trang «Huyện đoàn»');
  });

  it('says "Mã đơn vị" when the unit column holds a code other than the sheet\'s', async () => {
    const read = await readBooks([unitsBook(), { fileName: 't.xlsx', sheets: [{ name: 'X01', rows: [head, [1, 'X02', 'Cá nhân', 'Nguyễn Văn A']] }] }]);
    expect(unitsOfRows(read)).toEqual([['Nguyễn Văn A', 'X02']]);
    expect(read.findings[0]?.message).toContain('Tên trang «X01» là Đảng bộ xã An Bình, nhưng mã đơn vị «X02» là Đảng bộ xã Tân Lập');
  });

  it('near miss: a compiled list whose rows name many units is not checked against its title', async () => {
    const read = await readBooks([
      unitsBook(),
      unitFile('tong-hop.xlsx', ['ỦY BAN NHÂN DÂN', 'HUYỆN AN PHÚ'], head, [
        [1, 'Đảng bộ xã An Bình', 'Cá nhân', 'Nguyễn Văn A'],
        [2, 'Đảng bộ xã Tân Lập', 'Cá nhân', 'Lê Thị B'],
        [3, 'Hội Nông dân huyện', 'Cá nhân', 'Trần Văn C'],
      ]),
    ]);
    expect(unitsOfRows(read).map(([, c]) => c)).toEqual(['X01', 'X02', 'ND']);
    expect(read.findings).toEqual([]);
  });

  it('near miss: a file name naming another unit is weak evidence, never a conflict', async () => {
    const read = await readBooks([unitsBook(), { fileName: 'Hội Nông dân huyện.xlsx', sheets: [{ name: 'Sheet1', rows: [head, [1, 'Huyện đoàn', 'Cá nhân', 'Nguyễn Văn A']] }] }]);
    expect(unitsOfRows(read)).toEqual([['Nguyễn Văn A', 'HD']]);
    expect(read.findings).toEqual([]);
  });
});

describe('a "Đơn vị" column in a one-unit file', () => {
  const letterhead = ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH'];

  it.each([['Đơn vị'], ['ĐƠN VỊ']])('holding workplaces (header %p) is the workplace; the title gives the unit', async (header) => {
    const head = ['STT', 'Đối tượng', 'Họ và tên', header];
    const read = await readBooks([
      unitsBook(),
      unitFile('an-binh.xlsx', letterhead, head, [
        [1, 'Cá nhân', 'Nguyễn Văn A', 'Trường Tiểu học An Bình'],
        [2, 'Cá nhân', 'Lê Thị B', 'Công an xã An Bình'],
        [3, 'Cá nhân', 'Trần Văn C', undefined],
      ]),
    ]);
    expect(unitsOfRows(read)).toEqual([
      ['Nguyễn Văn A', 'X01'],
      ['Lê Thị B', 'X01'],
      ['Trần Văn C', 'X01'],
    ]);
    expect(read.registrations.map((r) => r.workplace)).toEqual(['Trường Tiểu học An Bình', 'Công an xã An Bình', undefined]);
    expect(read.findings).toEqual([]);
  });

  it('without a units list, workplaces are told from units by their names', async () => {
    const head = ['STT', 'Đối tượng', 'Họ và tên', 'Đơn vị'];
    const read = await readBooks([unitFile('an-binh.xlsx', letterhead, head, [[1, 'Cá nhân', 'Nguyễn Văn A', 'Trường Tiểu học An Bình']])]);
    expect(read.registrations[0]).toMatchObject({ workplace: 'Trường Tiểu học An Bình', unitText: 'Đảng ủy xã An Bình', unitSource: 'title' });
  });

  it('near miss: holding units of the list, it stays the proposing unit', async () => {
    const head = ['STT', 'Đối tượng', 'Họ và tên', 'Đơn vị'];
    const read = await readBooks([
      unitsBook(),
      unitFile('an-binh.xlsx', letterhead, head, [
        [1, 'Cá nhân', 'Nguyễn Văn A', 'Đảng bộ xã An Bình'],
        [2, 'Cá nhân', 'Lê Thị B', 'Đảng bộ xã An Bình'],
      ]),
    ]);
    expect(unitsOfRows(read).map(([, c]) => c)).toEqual(['X01', 'X01']);
    expect(read.registrations.map((r) => r.workplace)).toEqual([undefined, undefined]);
  });

  it('near miss: a "Đơn vị đề xuất" column is always the proposing unit (unknown values stay UNKNOWN_UNIT)', async () => {
    const head = ['STT', 'Đối tượng', 'Họ và tên', 'Đơn vị đề xuất'];
    const read = await readBooks([unitsBook(), unitFile('an-binh.xlsx', letterhead, head, [[1, 'Cá nhân', 'Nguyễn Văn A', 'Trường Tiểu học An Bình']])]);
    expect(read.registrations[0]).toMatchObject({ unitText: 'Trường Tiểu học An Bình', unitSource: 'column', unitId: undefined });
  });

  it('near miss: in a master without a title naming a unit, a "Đơn vị" column is the proposing unit', async () => {
    const head = ['STT', 'Đối tượng', 'Họ và tên', 'Đơn vị'];
    const read = await readBooks([unitsBook(), unitFile('tong-hop.xlsx', ['HUYỆN ỦY AN PHÚ', 'BAN TUYÊN GIÁO'], head, [[1, 'Cá nhân', 'Nguyễn Văn A', 'Trường Tiểu học An Bình']])]);
    expect(read.registrations[0]).toMatchObject({ unitText: 'Trường Tiểu học An Bình', unitSource: 'column', workplace: undefined });
  });
});
