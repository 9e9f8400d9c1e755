/**
 * Trial 2, item 2: a phase-2 list that says so outside a phase column — its title, its sheet's name, or group rows
 * splitting the phases. Near misses: titles naming the whole period or phase 1, "bổ sung" inside an achievement, and
 * a phase column, which decides per row.
 */
import { defaultProfile } from '../../../src/domain/profile';
import { outsidePhaseReader, phaseYears } from '../../../src/domain/reading/phase';
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, oneSheet, person, PERSON_HEADER, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const read = outsidePhaseReader(phaseYears(defaultProfile()));

describe('the phase a text around the rows names', () => {
  it.each([
    ['DANH SÁCH ĐĂNG KÝ BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN', 2],
    ['Giai đoạn 2023 - 2025', 2],
    ['GĐ 2', 2],
    ['Bổ sung 2024', 2],
    ['II. ĐĂNG KÝ BỔ SUNG (GIAI ĐOẠN 2023 - 2025)', 2],
    ['B. ĐIỂN HÌNH BỔ SUNG NĂM 2024', 2],
    ['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN II (2023 - 2025)', 2],
    ['I. GIAI ĐOẠN 1 (2021 - 2023)', 1],
    ['Giai đoạn 2021 - 2023', 1],
  ])('%s → %s', (text, phase) => expect(read(text)).toBe(phase));

  it.each([
    'DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025',
    'ĐẢNG BỘ HUYỆN AN PHÚ',
    'PHÒNG GD&ĐT HUYỆN AN PHÚ',
    'Giai đoạn 1 và giai đoạn 2',
    'Tổng hợp',
  ])('near miss: %s names no phase', (text) => expect(read(text)).toBeUndefined());
});

const phasesOf = async (books: Parameters<typeof checkBooks>[0]) => (await checkBooks([unitsBook(), ...books])).read.registrations.map((r) => [r.name, r.phase]);

describe('rows of a list whose phase is said outside a column', () => {
  it.each<[string, Row[]]>([
    ['a title "ĐĂNG KÝ BỔ SUNG"', [['ĐẢNG ỦY XÃ AN BÌNH'], [], ['DANH SÁCH ĐĂNG KÝ BỔ SUNG ĐIỂN HÌNH TIÊN TIẾN'], []]],
    ['a title line "Giai đoạn 2023 - 2025"', [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ['Giai đoạn 2023 - 2025'], []]],
    ['a title "… GIAI ĐOẠN 2023 - 2025"', [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2023 - 2025']]],
  ])('%s: phase 2', async (_, title) => {
    expect(await phasesOf([oneSheet('an-binh.xlsx', [...title, PERSON_HEADER, person(1, 'Mã Văn Ba'), person(2, 'Mã Thị Bốn')])])).toEqual([
      ['Mã Văn Ba', 2],
      ['Mã Thị Bốn', 2],
    ]);
  });

  it.each(['Bổ sung 2024', 'GĐ 2', 'Giai đoạn II', 'GĐ2', 'GD2', 'GĐ.2', 'GĐII', '2023-2025', '2024 - 2025'])('a sheet named "%s": phase 2', async (sheet) => {
    expect(await phasesOf([oneSheet('tan-lap.xlsx', [['ĐẢNG ỦY XÃ TÂN LẬP'], [], PERSON_HEADER, person(1, 'Lò Văn Năm')], sheet)])).toEqual([['Lò Văn Năm', 2]]);
  });

  it.each(['GĐ1', '2021-2023', 'GD 1', 'Sheet2', 'Năm 2023', '2021-2025'])('near miss: a sheet named "%s": phase 1', async (sheet) => {
    expect(await phasesOf([oneSheet('tan-lap.xlsx', [['ĐẢNG ỦY XÃ TÂN LẬP'], [], PERSON_HEADER, person(1, 'Lò Văn Năm')], sheet)])).toEqual([['Lò Văn Năm', 1]]);
  });

  it.each<[string, Row, Row]>([
    ['numbered', ['I. GIAI ĐOẠN 1 (2021 - 2023)'], ['II. ĐĂNG KÝ BỔ SUNG (GIAI ĐOẠN 2023 - 2025)']],
    ['unnumbered', ['GIAI ĐOẠN 1'], ['GIAI ĐOẠN 2']],
    ['lettered, the additions by year', ['A. ĐĂNG KÝ ĐẦU GIAI ĐOẠN'], ['B. ĐIỂN HÌNH BỔ SUNG NĂM 2024']],
  ])('group rows splitting the phases (%s): each row its own', async (_, first, second) => {
    const { read, report } = await checkBooks([
      unitsBook(),
      oneSheet('hoi-nd.xlsx', [['HỘI NÔNG DÂN HUYỆN AN PHÚ'], [], PERSON_HEADER, first, person(1, 'Kha Văn Một'), second, person(1, 'Kha Văn Hai')]),
    ]);
    expect(read.registrations.map((r) => [r.name, r.phase, r.unitId !== undefined])).toEqual([
      ['Kha Văn Một', 1, true],
      ['Kha Văn Hai', 2, true],
    ]);
    expect(report.findings.filter((f) => f.code === 'UNKNOWN_UNIT' || f.code === 'PHASE_UNREADABLE')).toEqual([]);
  });

  it('phase-2 rows do not count toward the phase-1 quota', async () => {
    const { report } = await checkBooks([
      unitsBook(),
      oneSheet('an-binh.xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ BỔ SUNG'], [], PERSON_HEADER, person(1, 'Mã Văn Ba'), person(2, 'Mã Thị Bốn')]),
    ]);
    expect(report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered).toBe(0);
  });
});

describe('near misses: phase 1 stays phase 1', () => {
  it.each<[string, Row[]]>([
    ['the whole period in the title', [['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2021 - 2025']]],
    ['phase 1 in the title', [['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ['2021 - 2023']]],
    ['no phase anywhere', [['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN']]],
  ])('%s', async (_, title) => {
    expect(await phasesOf([oneSheet('an-binh.xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], ...title, [], PERSON_HEADER, person(1, 'Mã Văn Ba')])])).toEqual([['Mã Văn Ba', 1]]);
  });

  it('"bổ sung" inside an achievement', async () => {
    const rows: Row[] = [
      ['ĐẢNG ỦY XÃ AN BÌNH'],
      [],
      ['STT', 'Họ và tên', 'Năm sinh', 'Thành tích'],
      [1, 'Mã Văn Ba', 1970, 'Vận động bổ sung quỹ khuyến học'],
      [2, 'Mã Thị Bốn', 1971, 'Bổ sung kinh phí xây nhà tình nghĩa'],
    ];
    expect(await phasesOf([oneSheet('an-binh.xlsx', rows)])).toEqual([
      ['Mã Văn Ba', 1],
      ['Mã Thị Bốn', 1],
    ]);
  });

  it('a phase column decides per row, whatever the title says', async () => {
    const rows: Row[] = [
      ['DANH SÁCH ĐĂNG KÝ BỔ SUNG'],
      [],
      ['STT', 'Họ và tên', 'Năm sinh', 'Giai đoạn'],
      [1, 'Mã Văn Ba', 1970, 1],
      [2, 'Mã Thị Bốn', 1971, undefined],
      [3, 'Mã Văn Năm', 1972, 2],
    ];
    expect(await phasesOf([oneSheet('an-binh.xlsx', rows)])).toEqual([
      ['Mã Văn Ba', 1],
      ['Mã Thị Bốn', 1],
      ['Mã Văn Năm', 2],
    ]);
  });
});

describe("a phase typed after the unit's name in the unit column", () => {
  const rowsWith = async (unit: string, phaseCell?: string) => {
    const header: Row = ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', ...(phaseCell === undefined ? [] : ['Giai đoạn'])];
    const { read, report } = await checkBooks([
      unitsBook(),
      oneSheet('tong-hop.xlsx', [header, [1, unit, 'Kha Văn Một', 1970, ...(phaseCell === undefined ? [] : [phaseCell])]]),
    ]);
    const [reg] = read.registrations;
    return { phase: reg?.phase, unit: read.units.find((u) => u.id === reg?.unitId)?.name, unknown: report.findings.filter((f) => f.code === 'UNKNOWN_UNIT').length };
  };

  it.each<[string, number]>([
    ['Đảng bộ xã An Bình - GĐ2', 2],
    ['Đảng bộ xã An Bình (bổ sung)', 2],
    ['Đảng bộ xã An Bình - Giai đoạn 2', 2],
    ['Đảng bộ xã An Bình, bổ sung năm 2024', 2],
    ['Đảng bộ xã An Bình (GĐ 1)', 1],
  ])('«%s»: the unit, phase %d', async (unit, phase) => {
    expect(await rowsWith(unit)).toEqual({ phase, unit: 'Đảng bộ xã An Bình', unknown: 0 });
  });

  it('near miss: a phase column decides over the unit cell; a name without a phase is read as it is', async () => {
    expect(await rowsWith('Đảng bộ xã An Bình - GĐ2', '1')).toMatchObject({ phase: 1, unit: 'Đảng bộ xã An Bình' });
    expect(await rowsWith('Đảng bộ xã An Bình')).toEqual({ phase: 1, unit: 'Đảng bộ xã An Bình', unknown: 0 });
  });
});
