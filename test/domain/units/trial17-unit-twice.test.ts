/**
 * trial17b #3: one body entered twice in the district's units list — one name under two codes, or a name and its
 * abbreviation («UBMTTQ huyện» beside «Ủy ban MTTQ Việt Nam huyện») — is one unit: rows naming it (or either code)
 * count for it, one quota, one phiếu, and UNIT_CONFLICT on the second row tells the district (never the unit's phiếu).
 * Near misses: two different units with close names stay two; a name repeated without codes stays silently merged.
 */
import type { CalendarDate } from '../../../src/domain/dates';
import { feedbackSheets, unitsWithFindings } from '../../../src/domain/feedback/feedback-sheet';
import { unitsView } from '../../../src/domain/report/by-unit';
import { buildReport } from '../../../src/domain/report/report';
import { unitStatusFromRange } from '../../../src/functions/quota';
import { checkUnits, codes, quotaOf, REG_HEAD, regRows } from '../../fixtures/trial5-fixc-shapes';
import { readBooks, unitsBook } from '../../fixtures/unit-shapes';
import type { Row } from '../../fixtures/workbooks';

const AS_OF: CalendarDate = { y: 2023, m: 3, d: 1 };
const HEAD: Row = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Ngày nộp danh sách'];
const unit = (n: number, code: string | null, name: string, type: string | null = null, date = '20/02/2023'): Row => [n, code, name, type, date];

async function phieuUnits(units: Row[], regs: Row[]): Promise<string[]> {
  const { read, report } = await checkUnits([HEAD, ...units], regs);
  return feedbackSheets(read.profile, AS_OF, unitsWithFindings(unitsView(read, report, AS_OF), report.findings, read)).map((s) => s.unit);
}

describe('one body under two codes', () => {
  it.each([
    ['the same name', 'Hội Nông dân huyện', 'Hội Nông dân huyện', 'Đoàn thể huyện'],
    ['the abbreviation second', 'Ủy ban MTTQ Việt Nam huyện', 'UBMTTQ huyện', 'MTTQ huyện'],
    ['the abbreviation first', 'UBMTTQ huyện', 'Ủy ban MTTQ Việt Nam huyện', 'MTTQ huyện'],
    ['a district name after it', 'Hội Cựu chiến binh huyện', 'Hội Cựu chiến binh huyện An Phú', 'Đoàn thể huyện'],
    ['written without diacritics', 'Hội Liên hiệp Phụ nữ huyện', 'Hoi Lien hiep Phu nu huyen', 'Đoàn thể huyện'],
  ])('%s: rows written with either name or either code count for the first row, one quota', async (_, a, b, type) => {
    const { read, report } = await checkUnits(
      [HEAD, unit(1, 'M1', a, type), unit(2, 'M2', b, type), unit(3, 'X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã')],
      regRows([a, b, 'M2', 'M1', 'X01', 'Đảng bộ xã An Bình']),
    );
    expect(codes(report, 'UNKNOWN_UNIT')).toEqual([]);
    expect(quotaOf(report)).toEqual([
      [a, type, 1, 4],
      ['Đảng bộ xã An Bình', 'Đảng bộ xã', 2, 2],
    ]);
    expect(codes(report, 'QUOTA_SHORT')).toEqual([]);
    const conflict = codes(report, 'UNIT_CONFLICT');
    expect(conflict.map((f) => [f.row, f.unit])).toEqual([[3, a]]);
    expect(conflict[0]?.message).toContain('Danh sách đơn vị ghi');
    expect(conflict[0]?.message).toContain('«M1»');
    expect(conflict[0]?.message).toContain('«M2»');
    expect(conflict[0]?.message).toContain('một đơn vị, một chỉ tiêu');
    expect(read.units.find((u) => u.name === a)).toMatchObject({ code: 'M1', otherCodes: ['M2'] });
  });

  it('the rows go on the ceremony list, none on the excluded one', async () => {
    const { report } = await checkUnits(
      [HEAD, unit(1, 'M1', 'Ủy ban MTTQ Việt Nam huyện', 'MTTQ huyện'), unit(2, 'M2', 'UBMTTQ huyện', 'MTTQ huyện')],
      regRows(['Ủy ban MTTQ Việt Nam huyện', 'UBMTTQ huyện']),
    );
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a unit that sent nothing is short once and gets one phiếu; the units-list conflict is in no phiếu', async () => {
    const units = [unit(1, 'D1', 'Hội Nông dân huyện', 'Đoàn thể huyện'), unit(2, 'D2', 'Hội Nông dân huyện', 'Đoàn thể huyện'), unit(3, 'HD', 'Huyện đoàn', 'Đoàn thể huyện')];
    const { report } = await checkUnits([HEAD, ...units], regRows(['Huyện đoàn']));
    expect(codes(report, 'QUOTA_SHORT').map((f) => f.unit)).toEqual(['Hội Nông dân huyện']);
    expect(await phieuUnits(units, regRows(['Huyện đoàn']))).toEqual(['Hội Nông dân huyện']);
    expect(await phieuUnits(units, regRows(['Huyện đoàn', 'Hội Nông dân huyện']))).toEqual([]);
  });

  it('CHECKQUOTA(unit, range) over the workbook’s list counts a row written with the second code, as the check does', async () => {
    const { read, report } = await checkUnits(
      [HEAD, unit(1, 'M1', 'Ủy ban MTTQ Việt Nam huyện', 'MTTQ huyện'), unit(2, 'M2', 'UBMTTQ huyện', 'MTTQ huyện'), unit(3, 'HD', 'Huyện đoàn', 'Đoàn thể huyện')],
      regRows(['M2']),
    );
    expect(report.quota[0]).toMatchObject({ unitCode: 'M1', otherCodes: ['M2'], registered: 1 });
    expect(unitStatusFromRange(read.profile, 'M1', [['M2'], ['HD'], ['M1']], undefined, report.quota)).toBe('Đạt (2/1)');
    expect(unitStatusFromRange(read.profile, 'UBMTTQ huyện', [['M2']], undefined, report.quota)).toBe('Đạt (1/1)');
  });

  it('the later row’s later date decides the deadline, as for a unit listed twice under one code', async () => {
    const { report } = await checkUnits(
      [HEAD, unit(1, 'D1', 'Hội Nông dân huyện', 'Đoàn thể huyện', '20/02/2023'), unit(2, 'D2', 'Hội Nông dân huyện', 'Đoàn thể huyện', '27/02/2023')],
      regRows(['Hội Nông dân huyện']),
    );
    expect(codes(report, 'REGISTRATION_LATE').map((f) => [f.unit, f.row])).toEqual([['Hội Nông dân huyện', 3]]);
  });
});

describe('one body with a code on one row and none on the other', () => {
  it.each([
    ['code first', 'M1', null],
    ['code second', null, 'M1'],
  ])('%s: one unit, silently, answering to the code', async (_, c1, c2) => {
    const { read, report } = await checkUnits(
      [HEAD, unit(1, c1, 'Ủy ban MTTQ Việt Nam huyện', 'MTTQ huyện'), unit(2, c2, 'Ủy ban MTTQ Việt Nam huyện', 'MTTQ huyện')],
      regRows(['Ủy ban MTTQ Việt Nam huyện', 'M1']),
    );
    expect(read.units.map((u) => [u.name, u.code])).toEqual([['Ủy ban MTTQ Việt Nam huyện', 'M1']]);
    expect(quotaOf(report)).toEqual([['Ủy ban MTTQ Việt Nam huyện', 'MTTQ huyện', 1, 2]]);
    expect(report.findings.map((f) => f.code)).toEqual([]);
  });
});

describe('near misses: different units stay two', () => {
  it.each([
    ['Chi bộ Ấp 1 xã An Bình', 'Chi bộ Ấp 1 xã Tân Lập', 'Chi bộ cơ sở'],
    ['Hội Nông dân xã An Bình', 'Hội Nông dân huyện', 'Đoàn thể huyện'],
    ['Đảng bộ xã An Bình', 'Đảng bộ thị trấn An Bình', null],
    ['Chi bộ Trường THPT An Phú', 'Chi bộ Trường THCS An Phú', 'Chi bộ cơ sở'],
    ['Đảng bộ xã Tân An', 'Đảng bộ xã Tấn An', null],
    ['Hội Nông dân huyện An Phú', 'Hội Nông dân huyện Châu Thành', 'Đoàn thể huyện'],
  ])('%s / %s', async (a, b, type) => {
    const { read, report } = await checkUnits([HEAD, unit(1, 'A1', a, type), unit(2, 'A2', b, type)], regRows([a, b, 'A2']));
    expect(read.units.map((u) => u.name)).toEqual([a, b]);
    expect(codes(report, 'UNIT_CONFLICT')).toEqual([]);
    expect(codes(report, 'UNKNOWN_UNIT')).toEqual([]);
    expect(quotaOf(report).map((q) => q[3])).toEqual([1, 2]);
  });

  it('the same name twice without codes: one unit, nothing said (as before)', async () => {
    const { read, report } = await checkUnits(
      [['STT', 'Tên đơn vị', 'Loại đơn vị'], [1, 'Hội Nông dân huyện', 'Đoàn thể huyện'], [2, 'Hội Nông dân huyện', 'Đoàn thể huyện']],
      regRows(['Hội Nông dân huyện']),
    );
    expect(read.units).toHaveLength(1);
    expect(report.findings.map((f) => f.code)).toEqual([]);
  });

  it('one code on two different units: still two units and the code’s own conflict', async () => {
    const { read, report } = await checkUnits(
      [HEAD, unit(1, 'X01', 'Đảng bộ xã An Bình', 'Đảng bộ xã'), unit(2, 'X01', 'Đảng bộ xã Phú Hữu', 'Đảng bộ xã')],
      regRows(['X01', 'Đảng bộ xã Phú Hữu']),
    );
    expect(read.units.map((u) => [u.name, u.code])).toEqual([['Đảng bộ xã An Bình', 'X01'], ['Đảng bộ xã Phú Hữu', undefined]]);
    expect(codes(report, 'UNIT_CONFLICT')[0]?.message).toContain('«X01» đã dùng cho Đảng bộ xã An Bình (dòng 2)');
  });
});

describe('one body in two units lists (two files)', () => {
  const master = (units: Row[], regs: Row[]) => ({ fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: [HEAD, ...units] }, { name: 'Đăng ký', rows: [REG_HEAD, ...regs] }] });
  async function check(first: Row[], second: Row[], regs: Row[]) {
    const read = await readBooks([master(first, regs), unitsBook([HEAD, ...second], 'don-vi.xlsx')]);
    return { read, report: buildReport(read, AS_OF, 1) };
  }
  const FRONT = 'Ủy ban MTTQ Việt Nam huyện';
  const FARMERS = 'Hội Nông dân huyện';

  it('one list with codes, the other without: one unit each, rows counted, nothing said', async () => {
    const { read, report } = await check(
      [unit(1, 'M1', FRONT, 'MTTQ huyện'), unit(2, 'D1', FARMERS, 'Đoàn thể huyện')],
      [unit(1, null, FRONT, 'MTTQ huyện'), unit(2, null, FARMERS, 'Đoàn thể huyện')],
      regRows([FRONT, FARMERS]),
    );
    expect(read.units.map((u) => [u.name, u.code])).toEqual([
      [FRONT, 'M1'],
      [FARMERS, 'D1'],
    ]);
    expect(quotaOf(report).map((q) => q[3])).toEqual([1, 1]);
    expect(report.findings.map((f) => f.code)).toEqual([]);
  });

  it('two codes in two lists: one unit answering to both, the second list’s row tells which file holds the first', async () => {
    const { report } = await check([unit(1, 'M1', FRONT, 'MTTQ huyện')], [unit(1, 'MT', 'UBMTTQ huyện', 'MTTQ huyện')], regRows(['UBMTTQ huyện', 'MT', 'M1']));
    expect(quotaOf(report)).toEqual([[FRONT, 'MTTQ huyện', 1, 3]]);
    const conflict = codes(report, 'UNIT_CONFLICT');
    expect(conflict.map((f) => f.unit)).toEqual([FRONT]);
    expect(conflict[0]?.message).toContain('tệp tong-hop.xlsx');
  });

  it('near miss: the same codes in both lists, as before', async () => {
    const { read, report } = await check([unit(1, 'M1', FRONT, 'MTTQ huyện')], [unit(1, 'M1', FRONT, 'MTTQ huyện')], regRows([FRONT]));
    expect(read.units).toHaveLength(1);
    expect(report.findings.map((f) => f.code)).toEqual([]);
  });

  it('near miss: different units in the second list stay their own', async () => {
    const { read } = await check([unit(1, 'M1', FRONT, 'MTTQ huyện')], [unit(1, null, FARMERS, 'Đoàn thể huyện'), unit(2, null, 'Hội Nông dân xã An Bình', null)], []);
    expect(read.units.map((u) => u.name)).toEqual([FRONT, FARMERS, 'Hội Nông dân xã An Bình']);
  });
});
