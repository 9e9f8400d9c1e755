/**
 * Trial 16: a file with one sheet per unit names each sheet after its unit, and Excel keeps at most 31 characters of
 * a sheet's name («Chi bộ Viện Kiểm sát nhân dân h»). Such a sheet was matched to no unit, and its exemplars counted
 * for none. A name cut at 31 characters now names the one unit whose name begins so.
 */
import ExcelJS from 'exceljs';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { readXlsx, sheetWith, toBytes } from '../../fixtures/workbooks';

const UNITS = [
  'Chi bộ Viện Kiểm sát nhân dân huyện',
  'Chi bộ Ngân hàng Chính sách xã hội huyện',
  'Chi bộ Trường Tiểu học Nguyễn Văn Trỗi A',
  'Chi bộ Trường Tiểu học Nguyễn Văn Trỗi B',
  'Chi bộ Trường THPT Vĩnh Lộc',
];

async function unitsOf(sheets: string[]): Promise<Map<string, string | undefined>> {
  const units = new ExcelJS.Workbook();
  sheetWith(units, 'Đơn vị', [['STT', 'Tên đơn vị', 'Loại đơn vị'], ...UNITS.map((u, i) => [i + 1, u, 'Chi bộ cơ sở'])]);
  const file = new ExcelJS.Workbook();
  sheets.forEach((name, i) => sheetWith(file, name, [['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác'], [1, `Nguyễn Văn ${'ABCDE'[i]}`, 1980 + i, 'Cán bộ']]));
  const read = readWorkbooks([await readXlsx(await toBytes(units), 'don-vi.xlsx'), await readXlsx(await toBytes(file), 'DS theo don vi.xlsx')], { profile: defaultProfile() });
  const name = new Map(read.units.map((u) => [u.id, u.name]));
  return new Map(read.registrations.map((r) => [r.source.sheet, r.unitId ? name.get(r.unitId) : undefined]));
}

const cut = (name: string) => name.slice(0, 31);

it('sheets named by their units as Excel cut them count for those units', async () => {
  const sheets = [cut(UNITS[0] as string), cut(UNITS[1] as string), UNITS[4] as string];
  expect(sheets.map((s) => s.length)).toEqual([31, 31, 27]);
  const byUnit = await unitsOf(sheets);
  expect([...byUnit.values()]).toEqual([UNITS[0], UNITS[1], UNITS[4]]);
});

it('a cut name written without diacritics, in capitals', async () => {
  const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toUpperCase();
  const byUnit = await unitsOf([cut(plain(UNITS[0] as string)), cut(plain(UNITS[1] as string))]);
  expect([...byUnit.values()]).toEqual([UNITS[0], UNITS[1]]);
});

it('near miss: a cut name two units begin with names neither', async () => {
  const sheets = [cut(UNITS[2] as string), UNITS[4] as string];
  expect(sheets[0]).toBe('Chi bộ Trường Tiểu học Nguyễn V');
  const byUnit = await unitsOf(sheets);
  expect(byUnit.get(sheets[0] as string)).toBeUndefined();
});

it('near miss: a short name is no cut name: the start of a unit\'s name alone names no unit', async () => {
  const byUnit = await unitsOf(['Chi bộ Viện Kiểm sát', UNITS[4] as string]);
  expect(byUnit.get('Chi bộ Viện Kiểm sát')).toBeUndefined();
});
