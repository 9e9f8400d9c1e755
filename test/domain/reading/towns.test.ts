/**
 * A town's (thị xã) or a city's (thành phố) lists: its wards (phường) are its communes, so a ward's party committee
 * selects at least 02 as a commune's does, however the list names or types it; a sheet or file named by the ward
 * alone is the ward's committee. Near misses: a town's other party bodies, a cell of a ward, a commune whose name
 * begins like a short form («Xuân Hòa», «Phú Hữu»).
 */
import ExcelJS from 'exceljs';
import { defaultProfile, Profile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import type { ReadResult } from '../../../src/domain/records';
import { buildReport } from '../../../src/domain/report/report';
import { roundTrip, Row, sheetWith } from '../../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 1 };

type Sheet = { name: string; rows: Row[] };

/** A units list, and one file of the sheets given. */
async function readFile(units: Row[], sheets: Sheet[], profile: Profile = defaultProfile()): Promise<ReadResult> {
  const list = new ExcelJS.Workbook();
  sheetWith(list, 'Đơn vị', units);
  const file = new ExcelJS.Workbook();
  for (const sheet of sheets) sheetWith(file, sheet.name, sheet.rows);
  return readWorkbooks([await roundTrip(list, 'don-vi.xlsx'), await roundTrip(file, 'ds.xlsx')], { profile });
}

/** A unit's list of one person under its title lines ('' an empty one). */
const titled = (title: string[]): Sheet => ({
  name: 'DS',
  rows: [...title.map((t): Row => (t ? [t] : [])), [], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Trần Thị Cúc', 1980]],
});

/** A master: the units list, and a row for each unit text given in its «Đơn vị đề xuất» column. */
async function master(units: Row[], texts: string[], profile: Profile = defaultProfile()): Promise<ReadResult> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', units);
  sheetWith(wb, 'Đăng ký', [['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'], ...texts.map((u, i): Row => [i + 1, u, `Trần Văn ${'ABCDEFGHK'[i]}`, 1970 + i])]);
  return readWorkbooks([await roundTrip(wb, 'tong-hop.xlsx')], { profile });
}

/** The unit each registration is counted for, by name. */
const unitNames = (read: ReadResult) => read.registrations.map((r) => read.units.find((u) => u.id === r.unitId)?.name);

async function quotas(units: Row[]) {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'], ...units]);
  sheetWith(wb, 'Đăng ký', [['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị'], ...units.map((u, i): Row => [i + 1, `Nguyễn Văn ${'ABCDEFGH'[i]}`, 1970 + i, u[1]])]);
  const read = readWorkbooks([await roundTrip(wb, 'thi-xa.xlsx')], { profile: defaultProfile() });
  const report = buildReport(read, AS_OF, 2);
  return report.quota.map((q) => [q.unit, q.type, q.required]);
}

describe('a ward\'s party committee selects at least 02, as a commune\'s does', () => {
  it.each([
    ['named «Đảng bộ phường …», no type', ['P01', 'Đảng bộ phường An Lạc', '']],
    ['named «Đảng ủy phường …», no type', ['P02', 'Đảng ủy phường Bình Trị', '']],
    ['typed «Đảng bộ phường»', ['P03', 'Đảng bộ phường Tân Hưng', 'Đảng bộ phường']],
    ['named by its ward alone, typed «Phường»', ['P04', 'Phường Mỹ Phước', 'Phường']],
    ['a numbered ward', ['P05', 'Đảng bộ Phường 3', '']],
    ['typed «Đảng bộ cơ sở»: its name is more specific', ['P06', 'Đảng ủy phường An Lạc', 'Đảng bộ cơ sở']],
  ])('%s', async (_, unit) => {
    expect(await quotas([unit as Row])).toEqual([[unit[1], 'Đảng bộ phường', 2]]);
  });

  it('near misses: a town\'s other party bodies and a ward\'s cell keep their quota of 01', async () => {
    expect(
      await quotas([
        ['D01', 'Đảng bộ Công an thị xã', ''],
        ['C01', 'Chi bộ Khu phố 3', ''],
        ['C02', 'Chi bộ Trường THCS phường An Lạc', ''],
        ['X01', 'Đảng ủy xã An Điền', ''],
      ]),
    ).toEqual([
      ['Đảng bộ Công an thị xã', 'Đảng bộ cơ sở', 1],
      ['Chi bộ Khu phố 3', 'Chi bộ cơ sở', 1],
      ['Chi bộ Trường THCS phường An Lạc', 'Chi bộ cơ sở', 1],
      ['Đảng ủy xã An Điền', 'Đảng bộ xã', 2],
    ]);
  });
});

describe('a sheet named by its ward or commune alone', () => {
  const UNITS: Row[] = [
    ['STT', 'Tên đơn vị'],
    [1, 'Đảng bộ phường An Lạc'],
    [2, 'Đảng bộ xã Xuân Hòa'],
    [3, 'Đảng bộ xã Phú Hữu'],
    [4, 'Đảng bộ thị trấn Long Điền'],
  ];
  const unitsOf = async (sheets: string[]) =>
    unitNames(await readFile(UNITS, sheets.map((name, i) => ({ name, rows: [['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [1, `Lê Văn ${'ABCD'[i]}`, 1960 + i, 'Đảng viên']] }))));

  it.each([
    [['P. An Lạc', 'Xuân Hòa', 'Phú Hữu', 'TT Long Điền']],
    [['Phường An Lạc', 'X. Xuân Hòa', 'Xã Phú Hữu', 'TT. Long Điền']],
  ])('%j: each sheet is its committee\'s', async (sheets) => {
    expect(await unitsOf(sheets)).toEqual(['Đảng bộ phường An Lạc', 'Đảng bộ xã Xuân Hòa', 'Đảng bộ xã Phú Hữu', 'Đảng bộ thị trấn Long Điền']);
  });
});

describe('a numbered ward, as rows and titles write it', () => {
  const UNITS: Row[] = [['STT', 'Tên đơn vị'], ...[1, 2, 3, 4].map((n): Row => [n, `Đảng ủy Phường ${n}`]), [5, 'Chi bộ Phòng Tư pháp huyện']];
  const unitsOf = async (unitTexts: string[]) => unitNames(await master(UNITS, unitTexts));

  it('«Phường 01», «ĐU Phường 02», «P.3», «Đảng ủy P3», «P 4» name the wards 1 to 4', async () => {
    expect(await unitsOf(['Phường 01', 'ĐU Phường 02', 'P.3', 'Đảng ủy P3', 'P 4'])).toEqual(
      ['Đảng ủy Phường 1', 'Đảng ủy Phường 2', 'Đảng ủy Phường 3', 'Đảng ủy Phường 3', 'Đảng ủy Phường 4'],
    );
  });

  it('near misses: «Phường 10» and «Phường 12» are not ward 1; «Chi bộ P. Tư pháp» is the office\'s cell', async () => {
    expect(await unitsOf(['Phường 10', 'Đảng ủy Phường 12', 'Chi bộ P. Tư pháp'])).toEqual([undefined, undefined, 'Chi bộ Phòng Tư pháp huyện']);
  });
});

describe('a town\'s bodies, as their letterheads and rows name them', () => {
  const UNITS: Row[] = [
    ['STT', 'Tên đơn vị'],
    [1, 'Ủy ban nhân dân thị xã'],
    [2, 'Ủy ban MTTQ Việt Nam thị xã'],
    [3, 'Thị đoàn'],
    [4, 'Hội LHPN thị xã'],
    [5, 'Đảng ủy phường An Lạc'],
    [6, 'Ủy ban nhân dân xã An Điền'],
  ];
  const profile = { ...defaultProfile(), district: 'Bến Cát', superiorBody: 'Thị ủy' };
  async function unitOf(title: string[]) {
    const read = await readFile(UNITS, [titled([...title, '', 'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'])], profile);
    return { units: unitNames(read), skipped: read.findings.filter((f) => f.code === 'SHEET_SKIPPED').length };
  }

  it.each([
    [['ỦY BAN NHÂN DÂN', 'THỊ XÃ BẾN CÁT'], 'Ủy ban nhân dân thị xã'],
    [['UBND TX. BẾN CÁT'], 'Ủy ban nhân dân thị xã'],
    [['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'THỊ XÃ BẾN CÁT'], 'Ủy ban MTTQ Việt Nam thị xã'],
    [['ĐOÀN TNCS HỒ CHÍ MINH', 'BCH ĐOÀN THỊ XÃ BẾN CÁT'], 'Thị đoàn'],
    [['THỊ ĐOÀN BẾN CÁT'], 'Thị đoàn'],
    [['HỘI LHPN TỈNH BÌNH DƯƠNG', 'HỘI LHPN THỊ XÃ BẾN CÁT'], 'Hội LHPN thị xã'],
    [['ĐẢNG BỘ THỊ XÃ BẾN CÁT', 'ĐẢNG ỦY PHƯỜNG AN LẠC'], 'Đảng ủy phường An Lạc'],
  ])('%j: %s', async (title, unit) => {
    expect(await unitOf(title)).toEqual({ units: [unit], skipped: 0 });
  });

  it('near miss: a commune\'s People\'s Committee under the town\'s letterhead is the commune\'s', async () => {
    expect(await unitOf(['UBND THỊ XÃ BẾN CÁT', 'ỦY BAN NHÂN DÂN XÃ AN ĐIỀN'])).toEqual({ units: ['Ủy ban nhân dân xã An Điền'], skipped: 0 });
  });

  it.each([
    [['ĐẢNG BỘ THỊ XÃ DĨ AN', 'ĐẢNG ỦY PHƯỜNG AN LẠC']],
    [['HỘI LHPN TỈNH BÌNH DƯƠNG', 'HỘI LHPN THỊ XÃ DĨ AN']],
    [['ĐẢNG BỘ THÀNH PHỐ THỦ DẦU MỘT', 'ĐẢNG ỦY PHƯỜNG AN LẠC']],
  ])('another town\'s list %j is left unread', async (title) => {
    expect(await unitOf(title)).toEqual({ units: [], skipped: 1 });
  });

  it('the message names both places with their levels', async () => {
    const read = await readFile(UNITS, [titled(['ĐẢNG BỘ THỊ XÃ DĨ AN', 'ĐẢNG ỦY PHƯỜNG AN LẠC'])], profile);
    expect(read.findings.find((f) => f.code === 'SHEET_SKIPPED')?.message).toMatch(/là của thị xã Dĩ An, không phải của thị xã Bến Cát/);
  });
});

describe('a town\'s bodies as a master\'s unit column writes them', () => {
  const UNITS: Row[] = [
    ['STT', 'Tên đơn vị'],
    [1, 'UBND thị xã'],
    [2, 'Hội LHPN thị xã'],
    [3, 'Thị đoàn'],
    [4, 'Ủy ban MTTQ Việt Nam thị xã'],
    [5, 'Đảng bộ Công an thị xã'],
    [6, 'Hội Nông dân thị xã'],
  ];
  it('«UBND TX», «Hội LHPN TX Bến Cát», «Thị đoàn Bến Cát», «UBMTTQ TX», «Công an TX Bến Cát», «Hội Nông dân Bến Cát»', async () => {
    const texts = ['UBND TX', 'UBND TX. Bến Cát', 'Hội LHPN TX Bến Cát', 'Thị đoàn Bến Cát', 'Đoàn TN thị xã', 'UBMTTQ TX', 'Công an TX Bến Cát', 'Hội ND TX', 'Hội Nông dân Bến Cát'];
    expect(unitNames(await master(UNITS, texts, { ...defaultProfile(), district: 'Bến Cát' }))).toEqual([
      'UBND thị xã',
      'UBND thị xã',
      'Hội LHPN thị xã',
      'Thị đoàn',
      'Thị đoàn',
      'Ủy ban MTTQ Việt Nam thị xã',
      'Đảng bộ Công an thị xã',
      'Hội Nông dân thị xã',
      'Hội Nông dân thị xã',
    ]);
  });
});

describe('a units list grouped by type, its names bare', () => {
  const unitsOf = async (units: Row[], texts: string[]) => unitNames(await master([['STT', 'Tên đơn vị'], ...units], texts));

  it('a town\'s: rows naming the units in full are theirs', async () => {
    const units: Row[] = [['I', 'CÁC ĐẢNG BỘ PHƯỜNG'], [1, 'An Lạc'], ['II', 'CÁC ĐẢNG BỘ XÃ'], [2, 'An Điền'], ['III', 'CÁC CHI BỘ CƠ SỞ'], [3, 'Trường THPT Bến Cát'], ['IV', 'MẶT TRẬN, ĐOÀN THỂ'], [4, 'Hội LHPN']];
    expect(await unitsOf(units, ['Đảng ủy phường An Lạc', 'Phường An Lạc', 'Đảng ủy xã An Điền', 'Chi bộ Trường THPT Bến Cát', 'Hội LHPN thị xã'])).toEqual([
      'An Lạc',
      'An Lạc',
      'An Điền',
      'Trường THPT Bến Cát',
      'Hội LHPN',
    ]);
  });

  it('a district\'s «KHỐI XÃ, THỊ TRẤN»: a township and a commune alike', async () => {
    const units: Row[] = [['I', 'KHỐI XÃ, THỊ TRẤN'], [1, 'Phú Mỹ'], [2, 'An Bình']];
    expect(await unitsOf(units, ['Đảng ủy thị trấn Phú Mỹ', 'Thị trấn Phú Mỹ', 'Xã An Bình', 'ĐU xã An Bình'])).toEqual(['Phú Mỹ', 'Phú Mỹ', 'An Bình', 'An Bình']);
  });

  it('near miss: a ward\'s body is not its party committee', async () => {
    const units: Row[] = [['I', 'CÁC ĐẢNG BỘ PHƯỜNG'], [1, 'An Lạc']];
    expect(await unitsOf(units, ['Hội LHPN phường An Lạc', 'Đảng ủy phường An Lạc'])).toEqual([undefined, 'An Lạc']);
  });
});

describe('a huyện of a city run by the centre', () => {
  it.each([
    [['THÀNH ĐOÀN HÀ NỘI', 'BCH ĐOÀN HUYỆN SÓC SƠN'], 'Huyện đoàn'],
    [['HỘI LHPN THÀNH PHỐ HÀ NỘI', 'HỘI LHPN HUYỆN SÓC SƠN'], 'Hội LHPN huyện'],
    [['ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', 'HUYỆN ỦY SÓC SƠN', 'ĐẢNG ỦY XÃ PHÚ MINH'], 'Đảng ủy xã Phú Minh'],
  ])('%j: its own list, not another district\'s', async (title, unit) => {
    const units: Row[] = [['STT', 'Tên đơn vị'], [1, 'Huyện đoàn'], [2, 'Hội LHPN huyện'], [3, 'Đảng ủy xã Phú Minh']];
    const read = await readFile(units, [titled(title)], { ...defaultProfile(), district: 'Sóc Sơn' });
    expect(unitNames(read)).toEqual([unit]);
    expect(read.findings.filter((f) => f.code === 'SHEET_SKIPPED')).toEqual([]);
  });

  it('near miss: another huyện of the city is another district', async () => {
    const read = await readFile([['STT', 'Tên đơn vị'], [1, 'Hội LHPN huyện']], [titled(['HỘI LHPN THÀNH PHỐ HÀ NỘI', 'HỘI LHPN HUYỆN ĐÔNG ANH'])], { ...defaultProfile(), district: 'Sóc Sơn' });
    expect(read.registrations).toEqual([]);
    expect(read.findings.find((f) => f.code === 'SHEET_SKIPPED')?.message).toMatch(/của huyện Đông Anh, không phải của huyện Sóc Sơn/);
  });
});
