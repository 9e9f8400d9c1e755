/**
 * The date line of a unit's own list ("An Phú, ngày 27 tháng 02 năm 2023"), under a Word table or in a workbook's
 * signature block, is the evidence of when the list was made where the units list gives no date.
 */
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../src/domain/grid';
import { defaultProfile } from '../../src/domain/profile';
import { dateLineDate } from '../../src/domain/reading/date-line';
import { readWorkbooks } from '../../src/domain/reading/read-workbooks';
import { buildReport } from '../../src/domain/report/report';
import { readDocx } from '../../src/workbook/docx/read-docx';
import { UNITS } from '../fixtures/district';
import { messyUnitFile } from '../fixtures/layouts';
import { WordListOptions, wordUnitFile } from '../fixtures/word-lists';
import { roundTrip, sheetWith } from '../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 10 };

/** The units list without dates, or with the list dates of the fixture. */
async function unitsList(withDates: boolean): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, 'Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', ...(withDates ? ['Ngày nộp danh sách đăng ký'] : [])],
    ...UNITS.map((u) => [u.code, u.name, u.type, ...(withDates && u.listDate ? [new Date(Date.UTC(u.listDate.y, u.listDate.m - 1, u.listDate.d))] : [])]),
  ]);
  return roundTrip(wb, 'don-vi.xlsx');
}

/** The deadline findings of the units that sent a list (the others of the units list sent nothing in these tests). */
const late = (grids: WorkbookGrid[], senders = ['X01']) =>
  buildReport(readWorkbooks(grids, { profile: defaultProfile() }), AS_OF, grids.length).findings.filter(
    (f) => f.code.startsWith('REGISTRATION_') && senders.includes(f.unitCode ?? ''),
  );

const word = async (unit: string, options: WordListOptions) => readDocx(await wordUnitFile(unit, options), `${unit}.docx`);

/** A unit's own workbook whose signature block carries this date line. */
async function workbook(unit: string, line: string): Promise<WorkbookGrid> {
  const wb = messyUnitFile(unit);
  const ws = wb.getWorksheet('DangKy');
  ws?.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && cell.value.startsWith('An Phú, ngày')) cell.value = line;
    }),
  );
  return roundTrip(wb, `${unit}.xlsx`);
}

describe('the date line as the evidence of when a list was made', () => {
  it.each([
    ['a Word list', () => word('X01', { dateLine: 'An Phú, ngày 27 tháng 02 năm 2023' })],
    ['a Word list in .VnTime, two tables', () => word('X01', { encoding: 'tcvn3', twoTables: true, dateLine: 'An Phú, ngày 27 tháng 02 năm 2023' })],
    ['a Word list whose letterhead and signature are laid out in tables', () => word('X01', { layoutTables: true, dateLine: 'An Phú, ngày 27 tháng 02 năm 2023' })],
    ['a Word list with "ngày 27/02/2023"', () => word('X01', { dateLine: 'An Phú, ngày 27/02/2023' })],
    ['a workbook signature block', () => workbook('X01', 'An Phú, ngày 27 tháng 02 năm 2023')],
  ])('%s dated after the deadline is late, and the finding says where the date comes from', async (_name, make) => {
    const file = await make();
    const found = late([await unitsList(false), file]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'REGISTRATION_LATE', unitCode: 'X01' });
    expect(found[0]?.message).toContain('27/02/2023');
    expect(found[0]?.message).toContain(`dòng ngày tháng của tệp ${file.fileName}`);
  });

  it('a list dated before the deadline is on time', async () => {
    expect(late([await unitsList(false), await word('X01', { dateLine: 'An Phú, ngày 20 tháng 02 năm 2023' })])).toEqual([]);
    expect(late([await unitsList(false), await workbook('X01', 'An Phú, ngày 20 tháng 02 năm 2023')])).toEqual([]);
  });

  it('the units list, where it has the date, wins over the date line', async () => {
    // X01's list date in the units list is 20/02/2023.
    expect(late([await unitsList(true), await word('X01', { dateLine: 'An Phú, ngày 27 tháng 02 năm 2023' })])).toEqual([]);
  });

  it('no date line, a blank one or an impossible one gives no evidence (and no "missing": the unit sent its list)', async () => {
    for (const dateLine of [null, 'An Phú, ngày … tháng … năm 2023', 'An Phú, ngày 30 tháng 02 năm 2023']) {
      expect(late([await unitsList(false), await word('X01', { dateLine })])).toEqual([]);
    }
  });

  it('a date line under rows of several units is no unit’s evidence', async () => {
    const wb = new ExcelJS.Workbook();
    sheetWith(wb, 'Đăng ký', [
      ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên / Tên tập thể', 'Tóm tắt thành tích'],
      [1, 'X01', 'Tập thể', 'Chi bộ Thôn 3', 'Trong sạch, vững mạnh'],
      [2, 'X02', 'Tập thể', 'Hội Nông dân xã Tân Lập', 'Kinh tế tập thể'],
      [],
      [undefined, undefined, 'An Phú, ngày 27 tháng 02 năm 2023'],
    ]);
    expect(late([await unitsList(false), await roundTrip(wb, 'tong-hop.xlsx')], ['X01', 'X02'])).toEqual([]);
  });
});

describe('dateLineDate', () => {
  it.each([
    ['An Bình, ngày 20 tháng 02 năm 2023', { y: 2023, m: 2, d: 20 }],
    ['Phú Hòa, ngày 5 tháng 3 năm 2023', { y: 2023, m: 3, d: 5 }],
    ['An Phú, ngày 27/02/2023', { y: 2023, m: 2, d: 27 }],
    ['ngày 01 tháng 02 năm 2023', { y: 2023, m: 2, d: 1 }],
  ])('%s', (text, date) => expect(dateLineDate(text)).toEqual(date));

  it.each([
    'An Bình, ngày … tháng … năm 2023',
    'An Bình, ngày 31 tháng 02 năm 2023',
    '12. Trao ngày 20 tháng 02 năm 2023',
    'DANH SÁCH ĐĂNG KÝ NĂM 2023',
    'Quyết định số 12 ngày 2023',
  ])('not a date line: %s', (text) => expect(dateLineDate(text)).toBeUndefined());
});
