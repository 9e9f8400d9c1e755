/**
 * A sender's file of one sheet per body, every sheet under the sender's own title (the Front's file with a sheet for
 * each mass organisation): each sheet's rows are the body its name gives, when every sheet is named by another unit
 * of the list. Otherwise the title decides, as before.
 */
import ExcelJS from 'exceljs';
import { defaultProfile } from '../../../src/domain/profile';
import { readWorkbooks } from '../../../src/domain/reading/read-workbooks';
import { Row, roundTrip, sheetWith } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị'],
  [1, 'Ủy ban MTTQ Việt Nam huyện'],
  [2, 'Hội Nông dân huyện'],
  [3, 'Hội Cựu chiến binh huyện'],
  [4, 'Huyện đoàn'],
  [5, 'Đảng bộ xã Phú Hữu'],
  [6, 'Đảng bộ xã Hội An'],
];
const TITLE = 'ỦY BAN MTTQ VIỆT NAM HUYỆN AN PHÚ';
const PEOPLE = ['Trần Văn Mười', 'Đinh Văn Lúa', 'Phan Văn Lính', 'Ngô Thị Kiều'];

async function unitsOf(sheets: string[], title = TITLE): Promise<[string, string | undefined][]> {
  const units = new ExcelJS.Workbook();
  sheetWith(units, 'Đơn vị', UNITS);
  const file = new ExcelJS.Workbook();
  sheets.forEach((name, i) =>
    sheetWith(file, name, [[title], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], [1, PEOPLE[i], 1960 + i, 'Hội viên']]),
  );
  const read = readWorkbooks([await roundTrip(units, 'don-vi.xlsx'), await roundTrip(file, 'MTTQ.xlsx')], { profile: defaultProfile() });
  const nameOf = (id: string | undefined) => read.units.find((u) => u.id === id)?.name;
  return read.registrations.map((r) => [r.name, nameOf(r.unitId)]);
}

describe('a file of one sheet per body under the sender\'s title', () => {
  it.each([
    ['abbreviated', ['MTTQ', 'Hội ND', 'Hội CCB', 'Huyện đoàn']],
    ['written out', ['Ủy ban MTTQ', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Huyện đoàn']],
    ['two sheets only', ['Hội ND', 'Hội CCB']],
    // Trial 13 #18: an association named without its «Hội».
    ['without «Hội»', ['MTTQ', 'ND', 'CCB', 'ĐTN']],
    ['without «Hội», written out', ['MTTQ', 'Nông dân', 'Cựu chiến binh', 'Huyện đoàn']],
  ])('sheets named by their bodies, %s: each sheet\'s rows are its body\'s', async (_, sheets) => {
    const expected = sheets.map((s, i) => [PEOPLE[i], /ND|Nông/.test(s) ? 'Hội Nông dân huyện' : /CCB|Cựu/.test(s) ? 'Hội Cựu chiến binh huyện' : /đoàn|ĐTN/.test(s) ? 'Huyện đoàn' : 'Ủy ban MTTQ Việt Nam huyện']);
    expect(await unitsOf(sheets)).toEqual(expected);
  });

  it.each([
    ['sheets named by kind', ['Tập thể', 'Cá nhân']],
    ['one sheet of the two named by a body', ['Hội ND', 'Danh sách']],
    ['two sheets named by the same body', ['Hội ND', 'Hội Nông dân']],
    ['one sheet only, named by another body', ['Hội ND']],
    ['sheets named by no body', ['DS', 'Tổng hợp']],
  ])('near miss: %s: the title\'s unit', async (_, sheets) => {
    expect(await unitsOf(sheets)).toEqual(sheets.map((_s, i) => [PEOPLE[i], 'Ủy ban MTTQ Việt Nam huyện']));
  });

  it.each([
    ['abbreviated', ['Hội ND', 'Hội CCB', 'Đoàn TN']],
    ['written out', ['Hội Nông dân', 'Hội Cựu chiến binh', 'Huyện đoàn']],
    ['without «Hội»', ['ND', 'CCB', 'ĐTN']],
  ])('near miss: a commune\'s file with a sheet per body of its own, %s: the commune\'s', async (_, sheets) => {
    expect(await unitsOf(sheets, 'ĐẢNG ỦY XÃ PHÚ HỮU')).toEqual(sheets.map((_s, i) => [PEOPLE[i], 'Đảng bộ xã Phú Hữu']));
  });

  it('near miss: a commune named «Hội An» is a commune, its bodies its own', async () => {
    expect(await unitsOf(['Hội ND', 'Hội CCB'], 'ĐẢNG ỦY XÃ HỘI AN')).toEqual([
      [PEOPLE[0], 'Đảng bộ xã Hội An'],
      [PEOPLE[1], 'Đảng bộ xã Hội An'],
    ]);
  });
});
