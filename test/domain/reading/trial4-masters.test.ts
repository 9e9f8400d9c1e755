/**
 * Trial 4: a master that writes each unit once, on the first row of its block, and leaves the unit cells below it
 * blank: those rows are that unit's. Near misses: a one-unit file's title still gives its blank rows their unit; a
 * code beside a blank name still decides.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS: Row[] = [['STT', 'Mã ĐV', 'Tên đơn vị'], [1, 'X01', 'Đảng ủy xã An Bình'], [2, 'X02', 'Đảng ủy xã Phú Hữu'], [3, 'ND', 'Hội Nông dân huyện']];

async function unitsOf(rows: Row[], title: Row[] = []) {
  const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows: [...title, ...rows] }] }]);
  const nameOf = new Map(read.units.map((u) => [u.id, u.name]));
  return { units: read.registrations.map((r) => nameOf.get(r.unitId ?? '') ?? r.unitText), codes: codes(report, 'UNKNOWN_UNIT', 'QUOTA_SHORT') };
}

describe('unit cells left blank under the first row of a block', () => {
  it('take the unit above them', async () => {
    const r = await unitsOf([
      ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'],
      [1, 'Đảng ủy xã An Bình', 'Nguyễn Văn Tâm', 1968],
      [2, null, 'Lê Thị Hoa', 1975],
      [3, 'Đảng ủy xã Phú Hữu', 'Trần Văn Ba', 1960],
      [4, null, 'Võ Thị Ba', 1980],
      [5, 'Hội Nông dân huyện', 'Đỗ Văn Út', 1965],
    ]);
    expect(r.units).toEqual(['Đảng ủy xã An Bình', 'Đảng ủy xã An Bình', 'Đảng ủy xã Phú Hữu', 'Đảng ủy xã Phú Hữu', 'Hội Nông dân huyện']);
    expect(r.codes).toEqual([]);
  });

  it('near miss: a code beside a blank name still decides', async () => {
    const r = await unitsOf([
      ['STT', 'Mã đơn vị', 'Đơn vị đề xuất', 'Họ và tên'],
      [1, null, 'Đảng ủy xã An Bình', 'Nguyễn Văn Tâm'],
      [2, 'X02', null, 'Lê Thị Hoa'],
      [3, null, 'Hội Nông dân huyện', 'Đỗ Văn Út'],
    ]);
    expect(r.units).toEqual(['Đảng ủy xã An Bình', 'Đảng ủy xã Phú Hữu', 'Hội Nông dân huyện']);
  });
});

describe('template rows a form prefills (number, unit, kind, phase) and nobody filled', () => {
  const HEAD: Row = ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên', 'Năm sinh', 'Giai đoạn'];
  it('are no rows of the list', async () => {
    const { read, report } = await checkBooks([
      { fileName: 'th.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows: [HEAD, [1, 'Đảng ủy xã An Bình', 'Cá nhân', 'Nguyễn Văn Tâm', 1968, 1], [2, 'Đảng ủy xã An Bình', 'Cá nhân', null, null, 1], [3, 'Đảng ủy xã An Bình', null, null, null, 1]] }] },
    ]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm']);
    expect(codes(report, 'MISSING_VALUE')).toEqual([]);
  });

  it('near miss: a row with a birth year or a position but no name is still one to fix', async () => {
    const { report } = await checkBooks([
      { fileName: 'th.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows: [HEAD, [1, 'Đảng ủy xã An Bình', 'Cá nhân', 'Nguyễn Văn Tâm', 1968, 1], [2, 'Đảng ủy xã An Bình', 'Cá nhân', null, 1975, 1]] }] },
    ]);
    expect(codes(report, 'MISSING_VALUE')).toEqual(['MISSING_VALUE']);
  });
});

describe('sheets and files named by a commune or a code among other words', () => {
  const rows: Row[] = [['STT', 'Họ và tên', 'Năm sinh'], [1, 'Ngô Văn Một', 1970]];
  const unitOf = async (fileName: string, sheet: string) => {
    const { read } = await checkBooks([{ fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }] }, { fileName, sheets: [{ name: sheet, rows }] }]);
    return read.units.find((u) => u.id === read.registrations[0]?.unitId)?.name;
  };

  it.each<[string, string, string]>([
    ['tong-hop.xlsx', 'Phú Hữu', 'Đảng ủy xã Phú Hữu'],
    ['tong-hop.xlsx', 'X. Phú Hữu', 'Đảng ủy xã Phú Hữu'],
    ['X02 - Phu Huu.xlsx', 'DS', 'Đảng ủy xã Phú Hữu'],
    ['DU_X01.xlsx', 'DS', 'Đảng ủy xã An Bình'],
  ])('%s, sheet «%s»: %s', async (file, sheet, unit) => {
    expect(await unitOf(file, sheet)).toBe(unit);
  });

  it.each<[string, string]>([
    ['tong-hop.xlsx', 'Danh sách chung'],
    ['X01 X02.xlsx', 'DS'],
  ])('near miss: %s, sheet «%s», names no one unit', async (file, sheet) => {
    expect(await unitOf(file, sheet)).toBeUndefined();
  });
});

describe('a units list over the registrations on one sheet', () => {
  const REGS: Row[] = [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'], [1, 'Đảng ủy xã An Bình', 'Nguyễn Văn Tâm', 1968], [2, 'Đảng ủy xã An Bình', 'Lê Thị Hoa', 1975], [3, 'Đảng ủy xã Phú Hữu', 'Trần Văn Ba', 1960]];
  const LIST: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng ủy xã An Bình'], [2, 'Đảng ủy xã Phú Hữu'], [3, 'Hội Nông dân huyện']];

  it('is read as the units list, and the quotas are checked', async () => {
    const { read, report } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Tổng hợp', rows: [['DANH SÁCH ĐƠN VỊ'], ...LIST, [], ...REGS] }] }]);
    expect(read.units.map((u) => u.name)).toEqual(['Đảng ủy xã An Bình', 'Đảng ủy xã Phú Hữu', 'Hội Nông dân huyện']);
    expect(read.registrations.map((r) => r.name)).toEqual(['Nguyễn Văn Tâm', 'Lê Thị Hoa', 'Trần Văn Ba']);
    expect(report.quota.map((q) => [q.unit, q.registered, q.status])).toEqual([
      ['Đảng ủy xã An Bình', 2, 'ok'],
      ['Đảng ủy xã Phú Hữu', 1, 'short'],
      ['Hội Nông dân huyện', 0, 'short'],
    ]);
  });

  it('near miss: registrations alone on a sheet read no units', async () => {
    const { read } = await checkBooks([{ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Tổng hợp', rows: REGS }] }]);
    expect([read.units.length, read.registrations.length]).toEqual([0, 3]);
  });
});

describe('a unit file in which no table can be read', () => {
  const units: Row[] = [['STT', 'Tên đơn vị'], [1, 'Đảng ủy xã An Bình'], [2, 'Đảng ủy xã Phú Hữu']];
  const phuHuu: Row[] = [['ĐẢNG ỦY XÃ PHÚ HỮU'], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Ngô Văn Một', 1970], [2, 'Ngô Văn Hai', 1971]];
  const prose = (unit: string): Row[] => [['ĐẢNG BỘ HUYỆN AN PHÚ'], [unit], ['DANH SÁCH'], ['1. Ông Nguyễn Văn Tâm, sinh năm 1968, Bí thư Chi bộ ấp 1'], ['2. Bà Lê Thị Hoa, sinh năm 1975, Chi hội trưởng']];

  it('is reported for the unit its letterhead names, which is not said to have sent nothing', async () => {
    const { read, report } = await checkBooks([{ fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: units }] }, { fileName: 'phu-huu.xlsx', sheets: [{ name: 'DS', rows: phuHuu }] }, { fileName: 'an-binh.xlsx', sheets: [{ name: 'DS', rows: prose('ĐẢNG ỦY XÃ AN BÌNH') }] }]);
    const unreadable = report.findings.filter((f) => f.code === 'FILE_UNREADABLE');
    expect(unreadable.map((f) => [f.file, f.unit])).toEqual([['an-binh.xlsx', 'Đảng ủy xã An Bình']]);
    expect(codes(report, 'REGISTRATION_MISSING')).toEqual([]);
    expect(read.unreadableUnits).toHaveLength(1);
  });

  it('near miss: a letterhead that names no unit of the list leaves the unit missing', async () => {
    const { report } = await checkBooks([{ fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: units }] }, { fileName: 'phu-huu.xlsx', sheets: [{ name: 'DS', rows: phuHuu }] }, { fileName: 'x.xlsx', sheets: [{ name: 'DS', rows: prose('ĐẢNG ỦY XÃ TÂN LẬP') }] }]);
    expect(report.findings.filter((f) => f.code === 'FILE_UNREADABLE').map((f) => f.unit)).toEqual([undefined]);
    expect(codes(report, 'REGISTRATION_MISSING')).toEqual(['REGISTRATION_MISSING']);
  });
});

describe('review: near misses of the unit rules', () => {
  it('a blank unit cell under a unit name the list lacks takes no unit from further up', async () => {
    const r = await unitsOf([
      ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'],
      [1, 'Đảng ủy xã An Bình', 'Nguyễn Văn Tâm', 1968],
      [2, 'Trường Mầm non Hoa Sen', 'Lê Thị Hoa', 1975],
      [3, null, 'Võ Thị Ba', 1980],
      [4, 'Hội Nông dân huyện', 'Đỗ Văn Út', 1965],
    ]);
    expect(r.units[2]).not.toBe('Đảng ủy xã An Bình');
  });

  it('a numbered sheet name ("Bảng 1") is no unit code', async () => {
    const numbered: Row[] = [['STT', 'Mã ĐV', 'Tên đơn vị'], [1, '01', 'Đảng ủy xã An Bình'], [2, '02', 'Đảng ủy xã Phú Hữu']];
    const { read } = await checkBooks([{ fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: numbered }] }, { fileName: 'danh-sach.xlsx', sheets: [{ name: 'Bảng 1', rows: [['STT', 'Họ và tên', 'Năm sinh'], [1, 'Ngô Văn Một', 1970]] }] }]);
    expect(read.registrations[0]?.unitId).toBeUndefined();
  });
});
