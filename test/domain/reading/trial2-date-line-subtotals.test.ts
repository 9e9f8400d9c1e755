/**
 * Trial 2, items 7 and 19: a date line with a numeric date under the table ends it and dates the list, in whatever
 * column it is typed; a units list's bloc subtotals are not units. Near misses: rows that only look alike.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes, oneSheet, person, PERSON_HEADER, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS_NO_DATE: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Đảng bộ xã An Bình'],
  [2, 'Đảng bộ xã Tân Lập'],
];

const unitFile = (line: Row): Row[] => [['ĐẢNG ỦY XÃ AN BÌNH'], [], PERSON_HEADER, person(1, 'Kiều Văn Một'), person(2, 'Kiều Thị Hai', 1971), [], line];

describe('a date line with a numeric date', () => {
  it.each<[string, Row]>([
    ['slashes, column A', ['An Bình, ngày 27/02/2023']],
    ['dashes, column A', ['An Bình, ngày 27-02-2023']],
    ['dots, no place', ['ngày 27.02.2023']],
    ['in the name column', [undefined, 'An Bình, ngày 27/02/2023']],
    ['in the birth-year column', [undefined, undefined, 'An Bình, ngày 27/2/2023']],
    ['in the last column, with the signer beside it', [undefined, 'T/M ĐẢNG ỦY', undefined, 'An Bình, ngày 27/02/2023']],
  ])('%s: ends the table, dates the list (late by 2 days), is no exemplar', async (_, line) => {
    const { read, report } = await checkBooks([unitsBook(UNITS_NO_DATE), oneSheet('an-binh.xlsx', unitFile(line))]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Kiều Văn Một', 'Kiều Thị Hai']);
    expect(read.dateLines?.map((d) => d.date)).toEqual([{ y: 2023, m: 2, d: 27 }]);
    expect(codes(report, 'REGISTRATION_LATE', 'INVALID_DATE', 'MISSING_VALUE')).toEqual(['REGISTRATION_LATE']);
  });

  it('near miss: a person whose name holds "Ngày", and a position holding a date, stay exemplars', async () => {
    const rows: Row[] = [
      ['ĐẢNG ỦY XÃ AN BÌNH'],
      [],
      PERSON_HEADER,
      [undefined, 'Lê Văn Ngày', 1970, 'Trưởng ấp'],
      [2, 'Kiều Thị Hai', 1971, 'Hội viên từ ngày 27/02/2003'],
      [],
      ['An Bình, ngày 20 tháng 02 năm 2023'],
    ];
    const { read, report } = await checkBooks([unitsBook(UNITS_NO_DATE), oneSheet('an-binh.xlsx', rows)]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Lê Văn Ngày', 'Kiều Thị Hai']);
    expect(codes(report, 'REGISTRATION_LATE')).toEqual([]);
  });
});

describe("a units list's bloc subtotals are not units", () => {
  it.each(['Cộng khối Đảng', 'Cộng (II)', 'Cộng I', 'Tổng khối Mặt trận, đoàn thể', 'Cộng khối Đảng: 2', 'Số đơn vị khối Đảng: 2', 'Khối Đảng có 2 đơn vị'])(
    '"%s"',
    async (subtotal) => {
      const units: Row[] = [
        ['STT', 'Tên đơn vị', 'Loại đơn vị'],
        ['I. KHỐI ĐẢNG'],
        [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
        [2, 'Đảng bộ xã Tân Lập', 'Đảng bộ xã'],
        [undefined, subtotal],
        ['II. KHỐI MẶT TRẬN, ĐOÀN THỂ'],
        [3, 'Huyện đoàn', 'Đoàn thể huyện'],
        [undefined, subtotal.replace('Đảng', 'Mặt trận')],
        [undefined, 'Tổng cộng'],
      ];
      const { read, report } = await checkBooks([unitsBook(units), oneSheet('an-binh.xlsx', unitFile(['An Bình, ngày 20 tháng 02 năm 2023']))]);
      expect(read.units.map((u) => u.name)).toEqual(['Đảng bộ xã An Bình', 'Đảng bộ xã Tân Lập', 'Huyện đoàn']);
      expect(codes(report, 'UNKNOWN_UNIT_TYPE', 'MISSING_VALUE')).toEqual([]);
    },
  );

  it('near misses: units named "Công an …", "Công ty …", "Tổng đội …", and a bloc heading, are read as before', async () => {
    const units: Row[] = [
      ['STT', 'Tên đơn vị'],
      ['Khối Đảng'],
      [1, 'Đảng bộ xã An Bình'],
      ['Khối lực lượng vũ trang'],
      [2, 'Công an huyện'],
      [3, 'Đảng bộ Công ty Cấp nước'],
      [undefined, 'Công ty TNHH Một thành viên Xổ số'],
      [undefined, 'Tổng đội Thanh niên xung phong'],
      [undefined, 'Công Lí'],
      [undefined, 'Cộng: 5 đơn vị'],
    ];
    const { read } = await checkBooks([unitsBook(units), oneSheet('an-binh.xlsx', unitFile(['An Bình, ngày 20 tháng 02 năm 2023']))]);
    expect(read.units.map((u) => u.name)).toEqual([
      'Đảng bộ xã An Bình',
      'Công an huyện',
      'Đảng bộ Công ty Cấp nước',
      'Công ty TNHH Một thành viên Xổ số',
      'Tổng đội Thanh niên xung phong',
      'Công Lí',
    ]);
  });
});
