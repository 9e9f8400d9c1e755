/**
 * Trial 21b #3: a unit's list made from another unit's file keeps that unit's title block («ĐẢNG ỦY XÃ TÂN LẬP») while
 * its file's name, sheet's name and date line name the sender. Every source naming the unit is evidence: two of the
 * sender's names outweigh the copied title; else the title decides. Either way UNIT_CONFLICT names both units and where
 * each comes from, and the unit not credited is told of the list in its QUOTA_SHORT, never that it sent nothing.
 * Near misses: names that agree, a generic file with a title, a sheet per unit under one copied title, a commune's
 * sheet named by its own body, a date line's place alone, a district's sheet of many units.
 */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import type { WorkbookGrid } from '../../../src/domain/grid';
import { readXls } from '../../../src/workbook/sheetjs/read-xls';
import { checkBooks, person, PERSON_HEADER, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';
import { roundTrip, Row, sheetWith, toBytes } from '../../fixtures/workbooks';

const AN_BINH = 'Đảng bộ xã An Bình';
const TAN_LAP = 'Đảng bộ xã Tân Lập';
const PEOPLE = [person(1, 'Nguyễn Văn Hùng', 1970, 'Trưởng ấp 1'), person(2, 'Lê Thị Mai', 1982, 'Chi hội trưởng Phụ nữ')];

/** A commune's list under the letterhead `title`, dated at `place`. */
const list = (title: string, place: string, rows: Row[] = PEOPLE): Row[] => [
  ['ĐẢNG BỘ HUYỆN AN PHÚ'],
  [title],
  ['*'],
  [],
  ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
  PERSON_HEADER,
  ...rows,
  [],
  [undefined, undefined, `${place}, ngày 22 tháng 02 năm 2023`],
];

/** The sheets as a file of the given name: .xlsx through ExcelJS, .xls through SheetJS (biff8). */
async function file(fileName: string, sheets: [string, Row[]][]): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) sheetWith(wb, name, rows);
  if (!fileName.endsWith('.xls')) return roundTrip(wb, fileName);
  const x = XLSX.read(await toBytes(wb), { type: 'array' });
  return readXls(new Uint8Array(XLSX.write(x, { type: 'array', bookType: 'biff8' }) as ArrayBuffer), fileName);
}

async function check(...grids: WorkbookGrid[]) {
  const { read, report } = await checkBooks([unitsBook(), ...grids]);
  const of = (code: string, unit?: string) => report.findings.filter((f) => f.code === code && (!unit || f.unit === unit));
  return { read, of };
}

describe('a list whose title names another unit than its sender’s names', () => {
  it.each([
    // A bare place as the sheet's name («An Bình») is no evidence: a hamlet's, an officer's, the district town's (review 30).
    ['Đảng ủy xã An Bình.xlsx', 'An Bình', ['tên tệp «Đảng ủy xã An Bình.xlsx»', 'dòng ngày tháng «An Bình, ngày 22 tháng 02 năm 2023»']],
    ['Đảng ủy xã An Bình.xls', 'An Bình', ['tên tệp «Đảng ủy xã An Bình.xls»', 'dòng ngày tháng']],
    ['DU xa An Binh - Sheet1.xls', 'Sheet1', ['tên tệp «DU xa An Binh - Sheet1.xls»', 'dòng ngày tháng «An Bình, ngày 22 tháng 02 năm 2023»']],
    ['danh-sach.xlsx', 'ĐU xã An Bình', ['tên trang «ĐU xã An Bình»', 'dòng ngày tháng']],
  ])('%s, sheet %s, dated at An Bình: counted for An Bình, said with both units', async (fileName, sheet, named) => {
    const { read, of } = await check(await file(fileName, [[sheet, list('ĐẢNG ỦY XÃ TÂN LẬP', 'An Bình')]]));
    expect(unitsByName(read)).toEqual({ 'Nguyễn Văn Hùng': AN_BINH, 'Lê Thị Mai': AN_BINH });
    const [conflict, ...more] = of('UNIT_CONFLICT');
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({ unit: AN_BINH, sheet, row: 7 });
    for (const n of named) expect(conflict?.message).toContain(n);
    expect(conflict?.message).toContain(`tiêu đề trang «ĐẢNG ỦY XÃ TÂN LẬP» ghi ${TAN_LAP}`);
    expect(conflict?.message).toContain(`2 dòng của danh sách được tính cho ${AN_BINH}, không tính cho ${TAN_LAP}`);
    // Tân Lập, whose title it kept, is told where the list went; An Bình is no longer short.
    expect(of('QUOTA_SHORT', AN_BINH)).toEqual([]);
    expect(of('QUOTA_SHORT', TAN_LAP)[0]?.message).toContain(`(2 dòng) có ghi tên đơn vị này nhưng được tính cho ${AN_BINH}`);
  });

  it.each([
    ['danh-sach.xlsx', 'ĐU xã An Bình', 'tên trang «ĐU xã An Bình»'],
    ['danh-sach.xls', 'ĐU xã An Bình', 'tên trang «ĐU xã An Bình»'],
    ['dang-uy-xa-an-binh.xls', 'Sheet1', 'tên tệp «dang-uy-xa-an-binh.xls»'],
    ['Đảng ủy xã An Bình.xlsx', 'DS', 'tên tệp «Đảng ủy xã An Bình.xlsx»'],
  ])('%s, sheet %s, title and date line Tân Lập: counted for Tân Lập, said, and An Bình told of it', async (fileName, sheet, named) => {
    const { read, of } = await check(await file(fileName, [[sheet, list('ĐẢNG ỦY XÃ TÂN LẬP', 'Tân Lập')]]));
    expect(unitsByName(read)).toEqual({ 'Nguyễn Văn Hùng': TAN_LAP, 'Lê Thị Mai': TAN_LAP });
    const conflicts = of('UNIT_CONFLICT');
    expect(conflicts.map((f) => f.unit)).toEqual([TAN_LAP]);
    expect(conflicts[0]?.message).toContain(`tiêu đề trang «ĐẢNG ỦY XÃ TÂN LẬP» và dòng ngày tháng «Tân Lập, ngày 22 tháng 02 năm 2023» ghi ${TAN_LAP}`);
    expect(conflicts[0]?.message).toContain(`${named} ghi ${AN_BINH}`);
    const short = of('QUOTA_SHORT', AN_BINH);
    expect(short[0]?.message).toContain(`(2 dòng) có ghi tên đơn vị này nhưng được tính cho ${TAN_LAP}`);
    // Never told it sent nothing.
    expect(of('REGISTRATION_MISSING', AN_BINH)).toEqual([]);
  });

  it('beside the real unit’s own list: each unit counts its own people', async () => {
    const own = await file('Đảng ủy xã Tân Lập.xlsx', [['Tân Lập', list('ĐẢNG ỦY XÃ TÂN LẬP', 'Tân Lập', [person(1, 'Trần Văn Tư', 1965, 'Bí thư Chi bộ ấp 2')])]]);
    const copied = await file('Đảng ủy xã An Bình.xls', [['An Bình', list('ĐẢNG ỦY XÃ TÂN LẬP', 'An Bình')]]);
    const { read, of } = await check(own, copied);
    expect(unitsByName(read)).toEqual({ 'Trần Văn Tư': TAN_LAP, 'Nguyễn Văn Hùng': AN_BINH, 'Lê Thị Mai': AN_BINH });
    expect(of('UNIT_CONFLICT').map((f) => [f.file, f.unit])).toEqual([['Đảng ủy xã An Bình.xls', AN_BINH]]);
  });
});

describe('near misses', () => {
  it.each([
    ['Đảng ủy xã Tân Lập.xlsx', 'Tân Lập', 'Tân Lập'],
    ['dang-uy-xa-tan-lap.xls', 'Sheet1', 'Tân Lập'],
    ['danh-sach.xlsx', 'Sheet1', 'Tân Lập'],
    ['danh-sach.xls', 'Sheet1', 'Tân Lập'],
    // A date line's place alone: a district's bodies date their lists at a commune's name too.
    ['danh-sach.xlsx', 'Sheet1', 'An Bình'],
    // A commune's sheet named by its own body, which shares the district body's bare name.
    ['danh-sach.xlsx', 'Hội Nông dân', 'Tân Lập'],
    // Bare places as the sheet's and the file's names, the date line too (review 30: a hamlet, an officer, the
    // district's town, all names of units): no kind said, no unit named.
    ['An Binh.xlsx', 'An Bình', 'Tân Lập'],
    ['DS dien hinh An Binh.xlsx', 'An Bình', 'An Bình'],
    ['An Bình.xls', 'An Bình', 'An Bình'],
  ])('%s, sheet %s, dated at %s, title Tân Lập: Tân Lập’s, nothing said', async (fileName, sheet, place) => {
    const { read, of } = await check(await file(fileName, [[sheet, list('ĐẢNG ỦY XÃ TÂN LẬP', place)]]));
    expect(unitsByName(read)).toEqual({ 'Nguyễn Văn Hùng': TAN_LAP, 'Lê Thị Mai': TAN_LAP });
    expect(of('UNIT_CONFLICT')).toEqual([]);
  });

  it.each([['tong-hop.xlsx'], ['tong-hop.xls']])('%s: a sheet per unit under one copied title goes by the sheets’ names, nothing said', async (fileName) => {
    const { read, of } = await check(
      await file(fileName, [
        ['ĐU xã Tân Lập', list('ĐẢNG ỦY XÃ TÂN LẬP', 'Tân Lập', [person(1, 'Trần Văn Tư', 1965)])],
        ['ĐU xã An Bình', list('ĐẢNG ỦY XÃ TÂN LẬP', 'Tân Lập')],
      ]),
    );
    expect(unitsByName(read)).toEqual({ 'Trần Văn Tư': TAN_LAP, 'Nguyễn Văn Hùng': AN_BINH, 'Lê Thị Mai': AN_BINH });
    expect(of('UNIT_CONFLICT')).toEqual([]);
  });

  it('a district’s sheet of many units, in a file named by one of them: each row its own unit, nothing said', async () => {
    const rows: Row[] = [
      ['BAN TUYÊN GIÁO HUYỆN ỦY'],
      ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
      ['STT', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh'],
      [1, AN_BINH, 'Nguyễn Văn Hùng', 1970],
      [2, TAN_LAP, 'Lê Thị Mai', 1982],
      [3, 'Hội Nông dân huyện', 'Phạm Văn Ba', 1975],
      [],
      [undefined, undefined, 'An Bình, ngày 22 tháng 02 năm 2023'],
    ];
    const { read, of } = await check(await file('Đảng ủy xã An Bình.xlsx', [['Tổng hợp', rows]]));
    expect(unitsByName(read)).toEqual({ 'Nguyễn Văn Hùng': AN_BINH, 'Lê Thị Mai': TAN_LAP, 'Phạm Văn Ba': 'Hội Nông dân huyện' });
    expect(of('UNIT_CONFLICT')).toEqual([]);
  });
});

describe('a file named for the body that forwarded it («… chuyển»)', () => {
  it.each([
    ['Hoi ND huyen chuyen.xlsx', 'Sheet1'],
    ['Hội Nông dân huyện chuyển.xlsx', 'Sheet1'],
    ['HLHPN huyen chuyen tiep.xls', 'Sheet1'],
    ['Huyen doan chuyen len.xlsx', 'DS'],
    ['Hội LHPN huyện nhờ chuyển.xlsx', 'Sheet1'],
  ])('%s holding Tân Lập’s list: Tân Lập’s, nothing said, the forwarder not told it sent this list', async (fileName, sheet) => {
    const { read, of } = await check(await file(fileName, [[sheet, list('ĐẢNG ỦY XÃ TÂN LẬP', 'Tân Lập')]]));
    expect(unitsByName(read)).toEqual({ 'Nguyễn Văn Hùng': TAN_LAP, 'Lê Thị Mai': TAN_LAP });
    expect(of('UNIT_CONFLICT')).toEqual([]);
    for (const f of of('QUOTA_SHORT')) expect(f.message).not.toContain(fileName);
  });

  it.each([
    // «chuyên đề» (a theme) and «gửi» (sent) forward nothing: the file names its sender as before.
    ['Đảng ủy xã An Bình - chuyên đề 2023.xlsx', AN_BINH],
    ['Dang uy xa An Binh chuyen de.xlsx', AN_BINH],
    ['Đảng ủy xã An Bình gửi.xlsx', AN_BINH],
  ])('%s: the file’s name still weighs against the title', async (fileName, unit) => {
    const { of } = await check(await file(fileName, [['Sheet1', list('ĐẢNG ỦY XÃ TÂN LẬP', 'An Bình')]]));
    expect(of('UNIT_CONFLICT').map((f) => f.unit)).toEqual([unit]);
  });
});
