/**
 * Trial 18a class 4: a units-list row whose name has no letters («…», «...», «-», «–», «*», «?», «""») is a template's
 * filler, no unit: it never takes a unit file (a letterhead's «*» line, a unit missing from the list) nor counts.
 * A name of no letters matches nothing anywhere units are matched. Notes under the units table («Tổng cộng: 6 đơn
 * vị», «Cộng», «Ghi chú: …», «(Kèm theo …)»), even numbered and dated like the rows above, are no units. Near misses:
 * «Chi bộ 1», a unit with a code and a name, «Tổng công ty …».
 */
import { checkBooks, codes, oneSheet, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';
import { unitKeys } from '../../../src/domain/units/unit-key';
import { unitResolver } from '../../../src/domain/units/resolve-unit';

const HEAD: Row = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Ngày nộp danh sách đăng ký'];
const SENT = '20/02/2023';
const REAL: Row[] = [
  [1, 'DBX01', 'Đảng bộ xã Hòa Bình', 'Đảng bộ xã', SENT],
  [2, 'DT02', 'Hội Nông dân huyện', 'Đoàn thể huyện', SENT],
];

/** A unit's file: its letterhead (with the Party's «*» line), the title, a table of people. */
const unitFile = (fileName: string, letterhead: string[], people: [string, number][]) =>
  oneSheet(fileName, [
    ...letterhead.map((l): Row => [l]),
    ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
    [],
    ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
    ['II. CÁ NHÂN'],
    ...people.map(([n, y], i): Row => [i + 1, n, y, 'Hội viên']),
    [],
    ['', '', 'Hòa Bình, ngày 20 tháng 02 năm 2023'],
  ]);
const FILES = [
  unitFile('dang-uy-xa-hoa-binh.xlsx', ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ HÒA BÌNH', '*'], [
    ['Nguyễn Văn Tư', 1962],
    ['Hờ A Páo', 1975],
  ]),
  unitFile('hoi-nong-dan-huyen.xlsx', ['HỘI NÔNG DÂN VIỆT NAM', 'BCH HỘI NÔNG DÂN HUYỆN AN PHÚ', '*'], [['Lê Văn Tám', 1970]]),
  unitFile('hoi-cuu-chien-binh.xlsx', ['HỘI CỰU CHIẾN BINH HUYỆN AN PHÚ', '*'], [['Lê Văn Bảy', 1971]]),
];

async function check(extra: Row[]) {
  return checkBooks([unitsBook([HEAD, ...REAL, ...extra]), ...FILES]);
}

describe('a units-list row whose name has no letters is no unit', () => {
  it.each(['…', '...', '..', '-', '–', '*', '?', '""', '……………', '- - -'])('«%s»', async (filler) => {
    const { read, report } = await check([[3, '', filler, '', SENT]]);
    expect(read.units.map((u) => u.name)).toEqual(['Đảng bộ xã Hòa Bình', 'Hội Nông dân huyện']);
    expect(unitsByName(read)).toEqual({
      'Nguyễn Văn Tư': 'Đảng bộ xã Hòa Bình',
      'Hờ A Páo': 'Đảng bộ xã Hòa Bình',
      'Lê Văn Tám': 'Hội Nông dân huyện',
      'Lê Văn Bảy': expect.stringMatching(/^\?/),
    });
    expect(codes(report, 'QUOTA_SHORT', 'UNKNOWN_UNIT_TYPE')).toEqual([]);
    expect(codes(report, 'UNKNOWN_UNIT')).toEqual(['UNKNOWN_UNIT']);
  });

  it('with a code, it is a unit whose name is missing (as an empty name)', async () => {
    const { read, report } = await check([[3, 'X09', '…', '', SENT]]);
    expect(read.units.map((u) => u.name)).toEqual(['Đảng bộ xã Hòa Bình', 'Hội Nông dân huyện']);
    expect(codes(report, 'MISSING_VALUE')).toEqual(['MISSING_VALUE']);
    expect(unitsByName(read)['Nguyễn Văn Tư']).toBe('Đảng bộ xã Hòa Bình');
  });

  it('a name of no letters resolves to no unit, and no unit answers to it', () => {
    const resolver = unitResolver([{ id: 'a', name: '…' }, { id: 'b', name: 'Hội Nông dân huyện' }], 'An Phú');
    for (const t of ['*', '…', '-', '?', '""', '.']) expect(resolver.resolve(t)).toBeUndefined();
    expect(resolver.resolveLoose('*')).toBeUndefined();
    expect(unitKeys('An Phú').keys('…')).toEqual([]);
  });
});

describe('notes under the units table are no units', () => {
  it.each([
    ['Tổng cộng: 2 đơn vị', ''],
    ['Tổng số', '2'],
    ['Cộng', ''],
    ['Ghi chú: danh sách gồm 2 đơn vị', ''],
    ['(Kèm theo Kế hoạch số 39-KH/HU)', ''],
  ])('«%s», numbered and dated as the rows', async (note, type) => {
    const { read, report } = await check([[3, '', note, type, SENT]]);
    expect(read.units.map((u) => u.name)).toEqual(['Đảng bộ xã Hòa Bình', 'Hội Nông dân huyện']);
    expect(codes(report, 'UNKNOWN_UNIT_TYPE', 'MISSING_VALUE')).toEqual([]);
  });

  it('a bloc total between units: the units under it are read', async () => {
    const { read } = await check([[3, '', 'Cộng khối Đảng', '', ''], [4, 'DT03', 'Huyện đoàn', 'Đoàn thể huyện', SENT]]);
    expect(read.units.map((u) => u.name)).toEqual(['Đảng bộ xã Hòa Bình', 'Hội Nông dân huyện', 'Huyện đoàn']);
  });
});

describe('near misses: real units stay', () => {
  it.each([
    ['X01', 'Chi bộ 1', 'Chi bộ cơ sở'],
    ['', 'Chi bộ 1', ''],
    ['', 'Tổ 3/2', ''],
    ['', 'Tổng công ty Cấp nước An Phú', ''],
    ['X01', 'Hội Cựu chiến binh huyện', 'Đoàn thể huyện'],
  ])('«%s» «%s»', async (code, name, type) => {
    const { read } = await check([[3, code, name, type, SENT]]);
    expect(read.units.map((u) => u.name)).toContain(name);
  });
});
