/**
 * A body's own list saying where its members are from: rows grouped under a commune or a ward named alone («1 |
 * Phường An Lạc», «PHƯỜNG AN LẠC», «I | Xã An Điền»), or one sheet per commune: the body proposes them, the place
 * goes with their workplace. A numbered row of one text with unnumbered people under it («1 | Khu phố 1», «1 | Hội
 * LHPN phường An Lạc») is their heading, no exemplar. Near misses: a district master grouped by the communes'
 * committees, a numbered collective among numbered rows, a collective with its text typed on below it.
 */
import ExcelJS from 'exceljs';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { titleCase } from '../../../src/domain/units/district';
import { roundTrip, Row, sheetWith } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Hội LHPN thị xã'],
  [2, 'Đảng ủy phường An Lạc'],
  [3, 'Đảng ủy phường Bình Trị'],
  [4, 'Đảng ủy xã An Điền'],
  [5, 'Thị đoàn'],
  [6, 'Ủy ban nhân dân thị xã'],
  [7, 'Ủy ban MTTQ Việt Nam thị xã'],
];
const HEAD: Row = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Thành tích'];
const LHPN: Row[] = [['HỘI LHPN TỈNH BÌNH DƯƠNG'], ['HỘI LHPN THỊ XÃ BẾN CÁT'], [], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], HEAD];

async function read(sheets: { name: string; rows: Row[] }[]) {
  const units = new ExcelJS.Workbook();
  sheetWith(units, 'Đơn vị', UNITS);
  const file = new ExcelJS.Workbook();
  for (const s of sheets) sheetWith(file, s.name, s.rows);
  const r = readWorkbooks([await roundTrip(units, 'don-vi.xlsx'), await roundTrip(file, 'ds.xlsx')], { profile: defaultProfile() });
  return {
    rows: r.registrations.map((x) => [x.name, r.units.find((u) => u.id === x.unitId)?.name, x.workplace]),
    conflicts: r.findings.filter((f) => f.code === 'UNIT_CONFLICT').length,
  };
}

describe('a body\'s list grouped by the places its members are from', () => {
  it.each([
    ['numbered «1 | Phường An Lạc»', [1, 'Phường An Lạc'], [2, 'Phường Bình Trị']],
    ['in capitals', [1, 'PHƯỜNG AN LẠC'], [2, 'PHƯỜNG BÌNH TRỊ']],
    ['Roman-numbered communes', ['I', 'Xã An Điền'], ['II', 'Phường Bình Trị']],
  ])('%s: the body proposes them, the place goes with their workplace', async (_, first, second) => {
    const out = await read([
      {
        name: 'DS',
        rows: [...LHPN, first as Row, [undefined, 'Trần Thị Cúc', 1980, 'Chủ tịch Hội LHPN', 'Tốt'], second as Row, [undefined, 'Ngô Thị Hồng', 1982, 'Chi hội trưởng', 'Tốt']],
      },
    ]);
    expect(out).toEqual({
      rows: [
        ['Trần Thị Cúc', 'Hội LHPN thị xã', titleCase(String((first as Row)[1]))],
        ['Ngô Thị Hồng', 'Hội LHPN thị xã', titleCase(String((second as Row)[1]))],
      ],
      conflicts: 0,
    });
  });

  it('one sheet per ward under the body\'s letterhead: the body\'s', async () => {
    const sheet = (name: string, person: string): { name: string; rows: Row[] } => ({
      name,
      rows: [['BCH ĐOÀN TNCS HỒ CHÍ MINH'], ['THỊ ĐOÀN BẾN CÁT'], [], HEAD, [1, person, 1995, 'Bí thư Chi đoàn', 'Tốt']],
    });
    const out = await read([sheet('Phường An Lạc', 'Lê Văn Tư'), sheet('P. Bình Trị', 'Võ Văn Năm')]);
    expect(out.rows.map(([name, unit]) => [name, unit])).toEqual([
      ['Lê Văn Tư', 'Thị đoàn'],
      ['Võ Văn Năm', 'Thị đoàn'],
    ]);
  });

  it.each([['1 | Khu phố 1', 'Khu phố 1'], ['1 | Hội LHPN phường An Lạc', 'Hội LHPN phường An Lạc']])(
    '%s with unnumbered people under it: their heading, no exemplar',
    async (_, heading) => {
      const out = await read([{ name: 'DS', rows: [...LHPN, [1, heading], [undefined, 'Trần Thị Cúc', 1980, 'Tổ trưởng', 'Tốt'], [undefined, 'Lê Thị Bé', 1975, 'Hội viên', 'Tốt']] }]);
      expect(out.rows.map(([name, unit]) => [name, unit])).toEqual([
        ['Trần Thị Cúc', 'Hội LHPN thị xã'],
        ['Lê Thị Bé', 'Hội LHPN thị xã'],
      ]);
    },
  );
});

describe('near misses', () => {
  it.each([
    [['ỦY BAN NHÂN DÂN', 'THỊ XÃ BẾN CÁT', 'DANH SÁCH TỔNG HỢP CÁC ĐƠN VỊ']],
    [['ỦY BAN MTTQ VIỆT NAM', 'THỊ XÃ BẾN CÁT']],
    [['HỘI LHPN THỊ XÃ BẾN CÁT']],
  ])('a master under %j grouped by the communes and another body: each group\'s rows are its unit\'s', async (title) => {
    const out = await read([
      {
        name: 'Tổng hợp',
        rows: [
          ...title.map((t): Row => [t]),
          [],
          HEAD,
          ['I', 'Phường An Lạc'],
          [1, 'Trần Thị Cúc', 1980, 'Trưởng khu phố', 'Tốt'],
          ['II', 'Xã An Điền'],
          [1, 'Ngô Thị Hồng', 1982, 'Trưởng ấp', 'Tốt'],
          ['III', 'Thị đoàn'],
          [1, 'Lê Văn Tư', 1995, 'Bí thư Chi đoàn', 'Tốt'],
        ],
      },
    ]);
    expect(out.rows.map(([name, unit]) => [name, unit])).toEqual([
      ['Trần Thị Cúc', 'Đảng ủy phường An Lạc'],
      ['Ngô Thị Hồng', 'Đảng ủy xã An Điền'],
      ['Lê Văn Tư', 'Thị đoàn'],
    ]);
  });

  it('the People\'s Committee\'s master with a sheet per commune: each commune\'s rows are its committee\'s', async () => {
    const sheet = (name: string, person: string): { name: string; rows: Row[] } => ({
      name,
      rows: [['ỦY BAN NHÂN DÂN'], ['THỊ XÃ BẾN CÁT'], [], HEAD, [1, person, 1980, 'Trưởng khu phố', 'Tốt']],
    });
    const out = await read([sheet('Phường An Lạc', 'Lê Văn Tư'), sheet('Xã An Điền', 'Võ Văn Năm')]);
    expect(out.rows.map(([, unit]) => unit)).toEqual(['Đảng ủy phường An Lạc', 'Đảng ủy xã An Điền']);
  });

  it('the People\'s Committee\'s master grouped by the communes alone: each commune\'s rows are its committee\'s', async () => {
    const out = await read([
      {
        name: 'Tổng hợp',
        rows: [['ỦY BAN NHÂN DÂN'], ['THỊ XÃ BẾN CÁT'], [], HEAD, ['I', 'Phường An Lạc'], [1, 'Trần Thị Cúc', 1980, 'Trưởng khu phố', 'Tốt'], ['II', 'Xã An Điền'], [1, 'Ngô Thị Hồng', 1982, 'Trưởng ấp', 'Tốt']],
      },
    ]);
    expect(out.rows.map(([, unit]) => unit)).toEqual(['Đảng ủy phường An Lạc', 'Đảng ủy xã An Điền']);
  });

  it('a district master grouped by the communes\' committees gives each its rows', async () => {
    const out = await read([
      {
        name: 'Tổng hợp',
        rows: [['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], HEAD, [1, 'Đảng ủy phường An Lạc'], [undefined, 'Trần Thị Cúc', 1980, 'Trưởng khu phố', 'Tốt'], [2, 'Đảng ủy xã An Điền'], [undefined, 'Ngô Thị Hồng', 1982, 'Trưởng ấp', 'Tốt']],
      },
    ]);
    expect(out.rows.map(([name, unit]) => [name, unit])).toEqual([
      ['Trần Thị Cúc', 'Đảng ủy phường An Lạc'],
      ['Ngô Thị Hồng', 'Đảng ủy xã An Điền'],
    ]);
  });

  it('a numbered collective among numbered rows, and one with its text typed on below it, are exemplars', async () => {
    const out = await read([
      {
        name: 'DS',
        rows: [...LHPN, [1, 'Chi hội Phụ nữ khu phố 2'], [2, 'Trần Thị Cúc', 1980, 'Tổ trưởng', 'Tốt'], [3, 'Chi hội Phụ nữ khu phố 5'], [undefined, undefined, undefined, undefined, 'Ba năm liền hoàn thành xuất sắc nhiệm vụ']],
      },
    ]);
    expect(out.rows.map(([name]) => name)).toEqual(['Chi hội Phụ nữ khu phố 2', 'Trần Thị Cúc', 'Chi hội Phụ nữ khu phố 5']);
  });
});
