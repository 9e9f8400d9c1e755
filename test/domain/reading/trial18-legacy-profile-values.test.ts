/**
 * Trial 18a #6: a district's old «Cấu hình» sheet typed in TCVN3/VNI had its keys decoded but its values used raw: «An
 * Phó» (TCVN3 for An Phú) became the district, every unit file titled «… HUYỆN AN PHÚ» was skipped. The values go
 * through the same decoding as any cell, with the font or without it (the row's key shows the sheet is legacy).
 * Near misses: Unicode values stay as typed, in a Unicode sheet and beside legacy keys.
 */
import type ExcelJS from 'exceljs';
import { encodeLegacy, LegacyEncoding } from '../../../src/domain/text/legacy';
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS: Row[] = [
  ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
  ['DBX01', 'Đảng bộ xã Hòa Bình', 'Đảng bộ xã'],
];
const LIST = (district: string): Row[] => [
  [`ĐẢNG BỘ HUYỆN ${district.toUpperCase()}`],
  ['ĐẢNG ỦY XÃ HÒA BÌNH'],
  ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
  [],
  ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
  ['II. CÁ NHÂN'],
  [1, 'Hờ A Páo', 1975, 'Trưởng ấp Hòa Thuận'],
  [2, 'Nguyễn Văn Tư', 1962, 'Nông dân ấp Hòa Thuận'],
];

async function district(config: Row[], font?: string) {
  const edit = font
    ? (ws: ExcelJS.Worksheet) => ws.eachRow((row) => row.eachCell((c) => (c.font = { name: font })))
    : undefined;
  const { read, report } = await checkBooks([
    { fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Cấu hình', rows: config, ...(edit ? { edit } : {}) }] },
    { fileName: 'dang-uy-xa-hoa-binh.xlsx', sheets: [{ name: 'DS', rows: LIST('An Phú') }] },
  ]);
  return { profile: read.profile, registrations: read.registrations.length, skipped: codes(report, 'SHEET_SKIPPED').length };
}

const legacyConfig = (enc: LegacyEncoding, values: [string, string][]): Row[] => [
  [encodeLegacy('Khóa', enc), encodeLegacy('Giá trị', enc)],
  ...values.map(([k, v]): Row => [encodeLegacy(k, enc), encodeLegacy(v, enc)]),
];

describe('legacy values in the «Cấu hình» sheet', () => {
  it.each([
    ['tcvn3', '.VnTime'],
    ['tcvn3', undefined],
    ['vni', 'VNI-Times'],
    ['vni', undefined],
  ] as [LegacyEncoding, string | undefined][])('%s, font %s: «An Phú» is the district, the unit file is read', async (enc, font) => {
    const r = await district(legacyConfig(enc, [['Tên huyện', 'An Phú'], ['Địa danh ghi ngày tháng', 'An Phú']]), font);
    expect(r.profile.district).toBe('An Phú');
    expect(r.profile.place).toBe('An Phú');
    expect(r.skipped).toBe(0);
    expect(r.registrations).toBe(2);
  });

  it.each([
    ['tcvn3', '.VnTime', 'Vĩnh Châu'],
    ['tcvn3', undefined, 'Vĩnh Châu'],
    ['vni', 'VNI-Times', 'Vĩnh Châu'],
    ['vni', undefined, 'Vĩnh Châu'],
    ['vni', undefined, 'Tú Sơn'],
    ['tcvn3', undefined, 'Võ Nhai'],
  ] as [LegacyEncoding, string | undefined, string][])('%s, font %s: «%s» read as typed', async (enc, font, name) => {
    const r = await district(legacyConfig(enc, [['Tên huyện', name], ['Cấp ủy cấp trên', 'Tỉnh ủy Sóc Trăng']]), font);
    expect(r.profile.district).toBe(name);
    expect(r.profile.superiorBody).toBe('Tỉnh ủy Sóc Trăng');
  });
});

describe('near misses: Unicode values stay as typed', () => {
  it.each([['An Phú'], ['Tó'], ['Châu Thành'], ['Vò Cóc']])('a Unicode sheet: «%s»', async (name) => {
    const r = await district([['Khóa', 'Giá trị'], ['Tên huyện', name]]);
    expect(r.profile.district).toBe(name);
  });

  it.each([['Vĩnh Châu'], ['Châu Thành']])('a Unicode value «%s» beside a TCVN3 key', async (name) => {
    const r = await district([['Khóa', 'Giá trị'], [encodeLegacy('Tên huyện', 'tcvn3'), name]]);
    expect(r.profile.district).toBe(name);
  });
});
