/**
 * Trial 15, class 7 (function side): UNITTYPE types a name as the check does. A name the unit keys read in another
 * wording («Ủy ban huyện», «UB huyện» as «Ủy ban nhân dân huyện»; «Mặt trận huyện», «Công đoàn huyện») is typed in
 * that wording, by the check's units list too; a name the check matches to a unit of the workbook's list («Ban CHQS
 * huyện», «Ban Chỉ huy Quân sự huyện» for «Đảng bộ Quân sự huyện») has that unit's type. Near misses: a commune's
 * bodies stay untyped, a name already typed keeps its type, a body the list does not have stays #N/A.
 */
import ExcelJS from 'exceljs';
import * as fns from '../../src/functions/functions';
import { checkBooks, unitsBook } from '../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../fixtures/workbooks';
import { registrationRows } from '../fixtures/trial15-fix15-fn';
import { startFunctions } from './function-host';

const LIST: Row[] = [
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã An Bình', ''],
  [2, 'Đảng bộ Quân sự huyện', ''],
  [3, 'Ủy ban nhân dân huyện', ''],
  [4, 'Hội Nông dân huyện', 'Chi bộ cơ sở'],
];

function open(units?: Row[]) {
  const wb = new ExcelJS.Workbook();
  if (units) wb.addWorksheet('Đơn vị').addRows(units);
  wb.addWorksheet('Đăng ký').addRows(registrationRows(['Đảng bộ xã An Bình']));
  startFunctions(wb);
}

async function unitType(name: string): Promise<string> {
  try {
    return await fns.unitType(name);
  } catch (e) {
    return (e as { code: string }).code;
  }
}

describe('UNITTYPE reads a name in the wording the unit keys read it', () => {
  it.each<[string, string, number]>([
    ['Ủy ban huyện', 'UBND huyện', 1],
    ['UB huyện', 'UBND huyện', 1],
    ['Ủy ban thị xã', 'UBND huyện', 1],
    ['Mặt trận huyện', 'MTTQ huyện', 1],
    ['Công đoàn huyện', 'Đoàn thể huyện', 1],
    ['Đoàn huyện', 'Đoàn thể huyện', 1],
  ])('«%s» → %s, in any workbook (QUOTA %d)', async (name, type, quota) => {
    open();
    await expect(unitType(name)).resolves.toBe(type);
    await expect(fns.quota(name)).resolves.toBe(quota);
  });

  it('the check types these names in a units list as UNITTYPE does (no UNKNOWN_UNIT_TYPE)', async () => {
    // («UB huyện» beside «Ủy ban huyện» would be the same unit listed twice.)
    const names = ['Ủy ban huyện', 'Mặt trận huyện', 'Công đoàn huyện', 'Đoàn huyện', 'Đảng bộ xã Tân Lập', 'Hội ND huyện'];
    const { read, report } = await checkBooks([unitsBook([['STT', 'Tên đơn vị'], ...names.map((n, i): Row => [i + 1, n])])]);
    expect(report.findings.filter((f) => f.code === 'UNKNOWN_UNIT_TYPE').map((f) => f.unit)).toEqual([]);
    open();
    for (const n of names) expect([n, read.units.find((u) => u.name === n)?.type]).toEqual([n, await unitType(n)]);
  });

  it.each(['Ủy ban xã An Bình', 'UB xã An Bình', 'Ban CHQS xã An Bình', 'Công đoàn xã An Bình', 'Mặt trận xã An Bình', 'Đoàn xã An Bình'])(
    'near miss: «%s», a commune’s body or no unit, stays #N/A',
    async (name) => {
      open(LIST);
      await expect(unitType(name)).resolves.toBe('#N/A');
    },
  );
});

describe('UNITTYPE of a name the check matches to a unit of the workbook’s list', () => {
  it.each(['Ban CHQS huyện', 'Ban Chỉ huy Quân sự huyện', 'BCHQS huyện', 'Quân sự huyện'])('«%s» is the list’s «Đảng bộ Quân sự huyện»', async (name) => {
    open(LIST);
    await expect(unitType(name)).resolves.toBe('Đảng bộ cơ sở');
    await expect(fns.quota(name)).resolves.toBe(1);
  });

  it('the check counts a row of «Ban CHQS huyện» for that unit, whose type UNITTYPE gives', async () => {
    const { read, report } = await checkBooks([
      { fileName: 'tong-hop.xlsx', sheets: [...unitsBook(LIST).sheets, { name: 'Đăng ký', rows: registrationRows(['Ban CHQS huyện', 'Ủy ban huyện']) }] },
    ]);
    expect(report.findings.filter((f) => f.code === 'UNKNOWN_UNIT')).toEqual([]);
    const military = read.units.find((u) => u.name === 'Đảng bộ Quân sự huyện');
    expect(report.quota.find((q) => q.unit === 'Đảng bộ Quân sự huyện')?.registered).toBe(1);
    open(LIST);
    await expect(unitType('Ban CHQS huyện')).resolves.toBe(military?.type);
  });

  it('near miss: without that unit in the list the name says no type (#N/A), as the check finds no unit for it', async () => {
    open([['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình']]);
    await expect(unitType('Ban CHQS huyện')).resolves.toBe('#N/A');
    open();
    await expect(unitType('Ban Chỉ huy Quân sự huyện')).resolves.toBe('#N/A');
  });

  it('near miss: a name the profile types keeps its type, whatever the list types its unit', async () => {
    open(LIST);
    await expect(unitType('Hội ND huyện')).resolves.toBe('Đoàn thể huyện');
    await expect(unitType('Đảng ủy xã An Bình')).resolves.toBe('Đảng bộ xã');
  });
});
