/**
 * The seventh trial's wrong units: a body's own list whose «Đơn vị» column names bodies of another bloc (a commune's
 * associations, the offices where a government body's people work) gives its rows to those bodies; a commune's body
 * written «Hội Nông dân xã» is taken for the district's. Near misses: the Front's joint list of its member bodies, a
 * district master, a body named without its level.
 */
import { checkShape } from '../../fixtures/column-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Đảng ủy xã An Bình'],
  [2, 'Hội Nông dân huyện'],
  [3, 'Hội LHPN huyện'],
  [4, 'Huyện đoàn'],
  [5, 'Hội CCB huyện'],
  [6, 'UBND huyện'],
  [7, 'Ủy ban MTTQ Việt Nam huyện'],
  [8, 'Chi bộ Phòng Tư pháp huyện'],
  [9, 'Chi bộ Trường THCS An Bình'],
];
const PEOPLE = ['Trương Văn Lực', 'Lê Thị Thu', 'Trần Văn Tài', 'Huỳnh Văn Năm'];

async function unitsOf(title: string[], workplaces: string[]) {
  const rows: Row[] = [
    ...title.map((t): Row => [t]),
    [],
    ['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị', 'Thành tích'],
    ...workplaces.map((w, i): Row => [i + 1, PEOPLE[i], 1960 + i, w, 'Tốt']),
  ];
  const { read } = await checkShape({ sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'DS', rows }] });
  const nameOf = (id: string | undefined) => read.units.find((u) => u.id === id)?.name;
  return read.registrations.map((r) => [r.name, nameOf(r.unitId), r.workplace]);
}

describe('a body\'s own list naming bodies of another bloc in its «Đơn vị» column: they are workplaces', () => {
  it.each([
    ['a commune\'s associations', ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH'], ['Hội Nông dân', 'Hội Phụ nữ', 'Đoàn Thanh niên', 'Hội CCB'], 'Đảng ủy xã An Bình'],
    ['a commune\'s associations, with «xã»', ['ĐẢNG ỦY XÃ AN BÌNH'], ['Hội Nông dân xã', 'Hội LHPN xã An Bình', 'Chi đoàn ấp 3', 'Hội CCB'], 'Đảng ủy xã An Bình'],
    ['the offices of a government body', ['ỦY BAN NHÂN DÂN', 'HUYỆN AN PHÚ'], ['Phòng Tư pháp huyện', 'Trường THCS An Bình', 'Phòng Tư pháp huyện'], 'UBND huyện'],
  ])('%s', async (_, title, workplaces, unit) => {
    expect(await unitsOf(title, workplaces)).toEqual(workplaces.map((w, i) => [PEOPLE[i], unit, w]));
  });

  it('near miss: the Front\'s joint list of its member bodies gives each row to its body', async () => {
    const rows = await unitsOf(['ỦY BAN MTTQ VIỆT NAM HUYỆN AN PHÚ'], ['Hội Nông dân huyện', 'Hội CCB huyện', 'Huyện đoàn']);
    expect(rows.map(([name, unit]) => [name, unit])).toEqual([
      [PEOPLE[0], 'Hội Nông dân huyện'],
      [PEOPLE[1], 'Hội CCB huyện'],
      [PEOPLE[2], 'Huyện đoàn'],
    ]);
  });

  it('near miss: a district master without a unit\'s title gives each row to the body its column names', async () => {
    const rows = await unitsOf(['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ['Hội Nông dân huyện', 'Chi bộ Phòng Tư pháp huyện']);
    expect(rows.map(([, unit]) => unit)).toEqual(['Hội Nông dân huyện', 'Chi bộ Phòng Tư pháp huyện']);
  });
});

describe('a commune\'s body in a master\'s unit column is not the district\'s', () => {
  const master = async (texts: string[]) => {
    const rows: Row[] = [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh'], ...texts.map((t, i): Row => [i + 1, t, PEOPLE[i], 1960 + i])];
    const { read, report } = await checkShape({ sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows }] });
    const nameOf = (id: string | undefined) => read.units.find((u) => u.id === id)?.name;
    return { units: read.registrations.map((r) => nameOf(r.unitId)), unknown: report.findings.filter((f) => f.code === 'UNKNOWN_UNIT').map((f) => f.row) };
  };

  it.each(['Hội Nông dân xã', 'Hội LHPN thị trấn', 'Hội CCB phường'])('%p matches no unit: UNKNOWN_UNIT', async (text) => {
    expect(await master([text])).toEqual({ units: [undefined], unknown: [2] });
  });

  it('near miss: a district body written without «huyện» is the district\'s', async () => {
    expect(await master(['Hội Nông dân', 'Hội CCB'])).toEqual({ units: ['Hội Nông dân huyện', 'Hội CCB huyện'], unknown: [] });
  });
});

describe('the police\'s and the army\'s position headers, and a residence column', () => {
  it.each(['Cấp bậc, chức vụ', 'Cấp bậc - Chức vụ', 'Chức vụ, cấp bậc', 'Cấp bậc, chức vụ, đơn vị'])('%p is the position', async (header) => {
    const rows: Row[] = [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', header], [1, 'Hội CCB huyện', 'Nguyễn Văn Hùng', 1980, 'Đại úy, Trưởng Công an xã An Bình']];
    const { read } = await checkShape({ sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows }] });
    expect(read.registrations.map((r) => r.position)).toEqual(['Đại úy, Trưởng Công an xã An Bình']);
  });

  it.each(['Nơi cư trú', 'Nơi thường trú'])('%p is the workplace', async (header) => {
    const rows: Row[] = [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', header], [1, 'Hội CCB huyện', 'Nguyễn Văn Hùng', 1950, 'ấp 3, xã An Bình']];
    const { read } = await checkShape({ sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows }] });
    expect(read.registrations.map((r) => r.workplace)).toEqual(['ấp 3, xã An Bình']);
  });
});

describe('a master of one sheet per unit, sheets named as staff abbreviate the police and the army', () => {
  it('«CA huyện» and «QS huyện» are the police\'s and the army\'s party committees', async () => {
    const units: Row[] = [['STT', 'Tên đơn vị', 'Loại đơn vị'], [1, 'Đảng bộ Công an huyện', 'Đảng bộ cơ sở'], [2, 'Đảng bộ Quân sự huyện', 'Đảng bộ cơ sở']];
    const sheet = (name: string): Row[] => [['STT', 'Họ và tên', 'Năm sinh'], [1, name, 1980]];
    const { read } = await checkShape({ sheets: [{ name: 'Đơn vị', rows: units }, { name: 'CA huyện', rows: sheet('Nguyễn Văn Hùng') }, { name: 'QS huyện', rows: sheet('Phạm Văn Lợi') }] });
    const nameOf = (id: string | undefined) => read.units.find((u) => u.id === id)?.name;
    expect(read.registrations.map((r) => [r.name, nameOf(r.unitId)])).toEqual([
      ['Nguyễn Văn Hùng', 'Đảng bộ Công an huyện'],
      ['Phạm Văn Lợi', 'Đảng bộ Quân sự huyện'],
    ]);
  });
});

describe('a title naming another commune whose name begins with a unit\'s', () => {
  const byTitle = async (title: string) => {
    const rows: Row[] = [['ĐẢNG BỘ HUYỆN AN PHÚ'], [title], ['DANH SÁCH ĐĂNG KÝ'], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Võ Văn Ba', 1979]];
    const { read } = await checkShape({ sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'DS', rows }] });
    return read.units.find((u) => u.id === read.registrations[0]?.unitId)?.name;
  };

  it.each(['ĐẢNG ỦY XÃ AN BÌNH A', 'ĐẢNG ỦY XÃ AN BÌNH ĐÔNG', 'ĐẢNG ỦY XÃ AN BÌNH 2', 'BCH ĐẢNG ỦY XÃ AN BÌNH NAM'])('%p is not An Bình', async (title) => {
    expect(await byTitle(title)).toBeUndefined();
  });

  it.each(['BCH ĐẢNG ỦY XÃ AN BÌNH NHIỆM KỲ 2020 - 2025', 'ĐẢNG ỦY XÃ AN BÌNH NĂM 2023', 'DANH SÁCH CỦA ĐẢNG ỦY XÃ AN BÌNH'])('near miss: %p is An Bình', async (title) => {
    expect(await byTitle(title)).toBe('Đảng ủy xã An Bình');
  });
});

describe('a mass organisation\'s letterhead: its national name over «BCH HUYỆN …»', () => {
  const byLetterhead = async (lines: string[]) => {
    const rows: Row[] = [...lines.map((t): Row => [t]), ['DANH SÁCH ĐĂNG KÝ'], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Ngô Thị Kiều', 1995]];
    const { read } = await checkShape({ sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'DS', rows }] });
    return read.units.find((u) => u.id === read.registrations[0]?.unitId)?.name;
  };

  it.each([
    [['ĐOÀN TNCS HỒ CHÍ MINH', 'BCH HUYỆN AN PHÚ'], 'Huyện đoàn'],
    [['ĐOÀN TNCS HỒ CHÍ MINH', 'BAN CHẤP HÀNH HUYỆN AN PHÚ'], 'Huyện đoàn'],
    [['HỘI NÔNG DÂN VIỆT NAM', 'BCH HUYỆN AN PHÚ'], 'Hội Nông dân huyện'],
    [['HỘI CỰU CHIẾN BINH VIỆT NAM', 'BCH HUYỆN AN PHÚ'], 'Hội CCB huyện'],
  ])('%j is the organisation\'s district committee', async (lines, unit) => {
    expect(await byLetterhead(lines)).toBe(unit);
  });

  it('near miss: its committee of a commune is no district body', async () => {
    expect(await byLetterhead(['ĐOÀN TNCS HỒ CHÍ MINH', 'BCH XÃ PHÚ HỮU'])).toBeUndefined();
  });
});

describe('a list of another district', () => {
  const check = async (titles: string[], district = 'An Phú') => {
    const sheets = titles.map((title, i) => ({
      name: `DS${i + 1}`,
      rows: [['ĐẢNG BỘ HUYỆN ' + title.toUpperCase()], ['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ'], ['STT', 'Họ và tên', 'Năm sinh'], [1, PEOPLE[i], 1970 + i]] as Row[],
    }));
    const { read, report } = await checkShape({
      sheets: [{ name: 'Đơn vị', rows: UNITS }, ...sheets, ...(district ? [{ name: 'Cấu hình', rows: [['Khóa', 'Giá trị'], ['Tên huyện', district]] as Row[] }] : [])],
    });
    return { names: read.registrations.map((r) => r.name), skipped: report.findings.filter((f) => f.code === 'SHEET_SKIPPED').map((f) => f.sheet) };
  };

  it('is left unread and said so, beside this district\'s', async () => {
    expect(await check(['An Phú', 'Châu Phú'])).toEqual({ names: [PEOPLE[0]], skipped: ['DS2'] });
  });

  it('is left unread when the profile names the district, even alone', async () => {
    expect(await check(['Châu Phú'])).toEqual({ names: [], skipped: ['DS1'] });
  });

  it.each([
    ['the district written with «huyện» in the profile', ['An Phú'], 'huyện An Phú'],
    ['no district in the profile, all lists of one district', ['Châu Phú'], ''],
  ])('near miss: %s: read', async (_, titles, district) => {
    expect((await check(titles, district)).names).toEqual([PEOPLE[0]]);
  });
});

describe('review 8: near misses of the trial 7 fixes', () => {
  const unitOfTitled = async (lines: string[], profileDistrict = 'An Phú') => {
    const rows: Row[] = [...lines.map((t): Row => [t]), ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Võ Văn Ba', 1979]];
    const { read } = await checkShape({
      sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'DS', rows }, { name: 'Cấu hình', rows: [['Khóa', 'Giá trị'], ['Tên huyện', profileDistrict]] }],
    });
    return read.units.find((u) => u.id === read.registrations[0]?.unitId)?.name;
  };

  it.each([
    [['ĐẢNG ỦY XÃ AN BÌNH', 'DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN CẤP HUYỆN VÀ CẤP TỈNH'], 'An Phú'],
    [['ĐẢNG ỦY XÃ AN BÌNH', 'DANH SÁCH ĐỀ NGHỊ HUYỆN ỦY TUYÊN DƯƠNG'], 'An Phú'],
    [['ĐẢNG BỘ HUYỆN ĐẮK MIL', 'ĐẢNG ỦY XÃ AN BÌNH'], 'Đăk Mil'],
    [['ĐẢNG BỘ HUYỆN KÌ ANH', 'ĐẢNG ỦY XÃ AN BÌNH'], 'Kỳ Anh'],
    [['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH'], 'H. An Phú'],
    [['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH'], 'An Phú, tỉnh An Giang'],
  ])('a list headed %j with the district %p is read', async (lines, district) => {
    expect(await unitOfTitled(lines, district)).toBe('Đảng ủy xã An Bình');
  });

  it('a title naming a unit before «năm học» names the unit', async () => {
    expect(await unitOfTitled(['DANH SÁCH ĐĂNG KÝ CỦA CHI BỘ TRƯỜNG THCS AN BÌNH NĂM HỌC 2022-2023'])).toBe('Chi bộ Trường THCS An Bình');
  });

  it('a government body\'s list naming chi bộ of the list exactly gives the rows to them', async () => {
    const rows = await unitsOf(['ỦY BAN NHÂN DÂN', 'HUYỆN AN PHÚ'], ['Chi bộ Phòng Tư pháp huyện', 'Chi bộ Trường THCS An Bình']);
    expect(rows.map(([, unit]) => unit)).toEqual(['Chi bộ Phòng Tư pháp huyện', 'Chi bộ Trường THCS An Bình']);
  });

  it('a master of one sheet per unit under a district body\'s letterhead keeps its sheets\' units', async () => {
    const sheet = (name: string): Row[] => [['HUYỆN ỦY AN PHÚ'], ['BAN TUYÊN GIÁO'], ['STT', 'Họ và tên', 'Năm sinh'], [1, name, 1980]];
    const { read } = await checkShape({
      sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Xã An Bình', rows: sheet('Võ Văn Ba') }, { name: 'Hội Nông dân', rows: sheet('Lê Văn Tư') }],
    });
    const nameOf = (id: string | undefined) => read.units.find((u) => u.id === id)?.name;
    expect(read.registrations.map((r) => nameOf(r.unitId))).toEqual(['Đảng ủy xã An Bình', 'Hội Nông dân huyện']);
  });

  it('«Cấp bậc» beside «Chức vụ» leaves the post as the position', async () => {
    const rows: Row[] = [['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh', 'Cấp bậc', 'Chức vụ'], [1, 'Hội CCB huyện', 'Nguyễn Văn Hùng', 1980, 'Thượng úy', 'Đội trưởng']];
    const { read } = await checkShape({ sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Đăng ký', rows }] });
    expect(read.registrations.map((r) => r.position)).toEqual(['Đội trưởng']);
  });
});
