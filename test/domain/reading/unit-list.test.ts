/** Units lists of names alone, types given as a place, units of unknown type kept with quota "?" (issue 14). */
import { readBooks, REG_HEAD, person, unitFile } from '../../fixtures/unit-shapes';
import { buildReport } from '../../../src/domain/report/report';
import { renderText } from '../../../src/domain/report/render-text';
import { quotaSheet } from '../../../src/domain/ceremony/side-sheets';
import { quotaTable, unitStatusFromTable } from '../../../src/functions/quota';
import { defaultProfile } from '../../../src/domain/profile';
import type { Row } from '../../fixtures/workbooks';

const AS_OF = { y: 2023, m: 3, d: 1 };
const registrations = { fileName: 'dang-ky.xlsx', sheets: [{ name: 'Đăng ký', rows: [['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên'], [1, 'Hội Chữ thập đỏ huyện', 'Cá nhân', 'Nguyễn Văn A']] }] };
const list = (rows: Row[]) => ({ fileName: 'don-vi.xlsx', sheets: [{ name: 'Sheet1', rows }] });

describe('a units list of names alone', () => {
  it.each([
    ['STT | Tên đơn vị', ['STT', 'Tên đơn vị'], (n: number, name: string): Row => [n, name]],
    ['STT | Tên đơn vị | Ghi chú', ['STT', 'Tên đơn vị', 'Ghi chú'], (n: number, name: string): Row => [n, name, n === 1 ? 'Đã nhắc' : undefined]],
    ['TT | Tên cơ quan, đơn vị', ['TT', 'Tên cơ quan, đơn vị'], (n: number, name: string): Row => [n, name]],
  ])('%s is a units list; types come from the names', async (_label, head, row) => {
    const names = ['Đảng ủy xã An Bình', 'Xã Phú Hữu', 'UBND huyện', 'Hội ND huyện', 'Hội Chữ thập đỏ huyện'];
    const read = await readBooks([list([head, ...names.map((n, i) => row(i + 1, n))]), registrations]);
    expect(read.tables.map((t) => t.kind).sort()).toEqual(['registrations', 'units']);
    expect(read.units.map((u) => [u.name, u.type ?? null, u.quota ?? null])).toEqual([
      ['Đảng ủy xã An Bình', 'Đảng bộ xã', 2],
      ['Xã Phú Hữu', 'Đảng bộ xã', 2],
      ['UBND huyện', 'UBND huyện', 1],
      ['Hội ND huyện', 'Đoàn thể huyện', 1],
      ['Hội Chữ thập đỏ huyện', null, null],
    ]);
    // The row proposed by the unit of unknown type still resolves to it.
    expect(read.registrations[0]?.unitId).toBe(read.units[4]?.id);
  });

  it.each([
    ['a third column it does not know', ['STT', 'Tên đơn vị', 'Số lượng'], [1, 'Đảng bộ xã An Bình', 3]],
    ['no STT column', ['Tên đơn vị', 'Ghi chú'], ['Đảng bộ xã An Bình', 'x']],
  ])('near miss: %s is not a units list', async (_label, head, row) => {
    const read = await readBooks([{ fileName: 'khac.xlsx', sheets: [{ name: 'Sheet1', rows: [head, row] }, { name: 'Đăng ký', rows: [REG_HEAD, person(1, 'Nguyễn Văn A')] }] }]);
    expect(read.units).toEqual([]);
  });
});

describe('types given as a place, and the specific type winning', () => {
  const head = ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'];
  it('reads "Xã" / "Thị trấn" as the commune / township party committee, and a commune typed "Đảng bộ cơ sở" keeps quota 2', async () => {
    const read = await readBooks([
      list([
        head,
        ['X1', 'Xã Phú Hữu', 'Xã'],
        ['T1', 'Thị trấn Long Bình', 'Thị trấn'],
        ['X2', 'Đảng bộ xã An Bình', 'Đảng bộ cơ sở'],
        ['X3', 'ĐU xã Tân Lập', 'đảng bộ cơ sở'],
        ['X4', 'Xã Vĩnh Hội', 'Đảng bộ cơ sở'],
        ['C1', 'Đảng bộ Công an huyện', 'Đảng bộ cơ sở'],
        ['H1', 'Hội Chữ thập đỏ huyện', 'Đoàn thể huyện'],
      ]),
      registrations,
    ]);
    expect(read.units.map((u) => [u.code, u.type, u.quota])).toEqual([
      ['X1', 'Đảng bộ xã', 2],
      ['T1', 'Đảng bộ thị trấn', 2],
      ['X2', 'Đảng bộ xã', 2],
      ['X3', 'Đảng bộ xã', 2],
      ['X4', 'Đảng bộ xã', 2],
      // Near misses: a typed "Đảng bộ cơ sở" that is no commune keeps quota 1; a typed unit keeps its type.
      ['C1', 'Đảng bộ cơ sở', 1],
      ['H1', 'Đoàn thể huyện', 1],
    ]);
    expect(buildReport(read, AS_OF, 2).findings.filter((f) => f.code === 'UNKNOWN_UNIT_TYPE')).toEqual([]);
  });
});

describe('UNKNOWN_UNIT_TYPE: never dropped silently', () => {
  async function report() {
    const read = await readBooks([
      list([
        ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
        ['X1', 'Đảng bộ xã An Bình', undefined],
        ['H1', 'Hội Chữ thập đỏ huyện', undefined],
        ['H2', 'Ban Đại diện Hội Người cao tuổi huyện', 'Hội đặc thù'],
      ]),
      registrations,
    ]);
    return buildReport(read, AS_OF, 2);
  }

  it('warns on the unit row, naming the unit and the type cell, and lists the known types', async () => {
    const r = await report();
    const found = r.findings.filter((f) => f.code === 'UNKNOWN_UNIT_TYPE');
    expect(found.map((f) => [f.severity, f.rule, f.sheet, f.row, f.unit, f.unitCode])).toEqual([
      ['warning', 'R2, R3', 'Sheet1', 3, 'Hội Chữ thập đỏ huyện', 'H1'],
      ['warning', 'R2, R3', 'Sheet1', 4, 'Ban Đại diện Hội Người cao tuổi huyện', 'H2'],
    ]);
    expect(found[0]?.message).toContain('«Hội Chữ thập đỏ huyện»');
    expect(found[0]?.message).toContain('từ tên đơn vị');
    expect(found[1]?.message).toContain('«Hội đặc thù»');
    expect(found[1]?.message).toContain('«Đảng bộ xã»');
  });

  it('keeps the unit in the quota table with quota "?" in the JSON, the text report, the quota sheet and CHECKQUOTA', async () => {
    const r = await report();
    expect(r.quota.map((q) => [q.unitCode, q.required, q.registered, q.shortfall, q.status])).toEqual([
      ['X1', 2, 0, 2, 'short'],
      ['H1', null, 1, null, 'unknownType'],
      ['H2', null, 0, null, 'unknownType'],
    ]);
    expect(JSON.parse(JSON.stringify(r)).quota[1]).toMatchObject({ required: null, status: 'unknownType' });
    // No QUOTA_SHORT is made up for them.
    expect(r.findings.filter((f) => f.code === 'QUOTA_SHORT').map((f) => f.unitCode)).toEqual(['X1']);

    const text = renderText(r);
    expect(text).toMatch(/Hội Chữ thập đỏ huyện\s+—\s+\?\s+1\s+Chưa rõ loại/);
    expect(text).toContain('0/3 đơn vị đạt chỉ tiêu (2 đơn vị chưa rõ loại, chưa xét).');

    const sheet = quotaSheet(r.quota);
    expect(JSON.stringify(sheet)).toContain('"Chưa rõ loại"');

    expect(quotaTable(r.quota)[2]).toEqual(['Hội Chữ thập đỏ huyện', '', '?', 1, 'Chưa rõ loại']);
    expect(unitStatusFromTable({ quota: r.quota, profile: defaultProfile() }, 'H1')).toBe('Chưa rõ loại');
    expect(unitStatusFromTable({ quota: r.quota, profile: defaultProfile() }, 'Đảng bộ xã An Bình')).toBe('Thiếu 2 (0/2)');
  });

  it('near miss: a unit typed by its name or its cell gets no warning', async () => {
    const read = await readBooks([list([['STT', 'Tên đơn vị'], [1, 'Hội Nông dân huyện'], [2, 'Xã Phú Hữu']]), unitFile('x.xlsx', ['HỘI NÔNG DÂN VIỆT NAM', 'BCH HỘI NÔNG DÂN HUYỆN'], REG_HEAD, [person(1, 'Lê Văn B')])]);
    const r = buildReport(read, AS_OF, 2);
    expect(r.findings.filter((f) => f.code === 'UNKNOWN_UNIT_TYPE')).toEqual([]);
    expect(r.quota.map((q) => [q.unit, q.required, q.registered])).toEqual([
      ['Hội Nông dân huyện', 1, 1],
      ['Xã Phú Hữu', 2, 0],
    ]);
  });
});
