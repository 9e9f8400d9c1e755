/**
 * Trial 10, items 6 and 10: in a district's master grouped by units, a heading over a unit's rows that the units list
 * does not know as written («Hội ND», «Hội Khuyến học huyện», «2 | …» over «2.1 | …») starts that unit's rows: the
 * rows are never left with the unit above it. Without a units list, headings naming a unit by its type still name
 * the rows' unit. Near misses: a unit's own list grouped by its own bodies, headings that name no unit, a collective
 * typed without a number in the run of rows.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes, oneSheet, person, PERSON_HEADER, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';

const master = (rows: Row[], fileName = 'Tong hop.xlsx') => oneSheet(fileName, [PERSON_HEADER, ...rows], 'Khối');

describe('a heading the units list does not know as written still starts its unit', () => {
  it.each<[string, Row, Row, string]>([
    ['a short form without «huyện», in the STT column', ['Đảng bộ xã Tân Lập'], ['Hội ND'], 'Hội Nông dân huyện'],
    ['the full name without «huyện»', ['Đảng bộ xã Tân Lập'], ['Hội Nông dân'], 'Hội Nông dân huyện'],
    ['in the name column', [undefined, 'Đảng bộ xã Tân Lập'], [undefined, 'Hội Liên hiệp Phụ nữ'], 'Hội LHPN huyện'],
    ['numbered as a group', ['II. Đảng bộ xã Tân Lập'], ['III. Hội ND'], 'Hội Nông dân huyện'],
    ['its number in its own cell', ['II', 'Đảng bộ xã Tân Lập'], ['III', 'Hội Nông dân'], 'Hội Nông dân huyện'],
    ['in capitals', ['ĐẢNG BỘ XÃ TÂN LẬP'], ['HỘI NÔNG DÂN'], 'Hội Nông dân huyện'],
  ])('%s', async (_, known, heading, unit) => {
    const { read, report } = await checkBooks([
      unitsBook(),
      master([known, person(1, 'Quách Văn Một'), person(2, 'Quách Văn Hai'), heading, person(1, 'Quách Văn Ba'), person(2, 'Quách Văn Bốn')]),
    ]);
    expect(unitsByName(read)).toEqual({
      'Quách Văn Một': 'Đảng bộ xã Tân Lập',
      'Quách Văn Hai': 'Đảng bộ xã Tân Lập',
      'Quách Văn Ba': unit,
      'Quách Văn Bốn': unit,
    });
    expect(read.registrations).toHaveLength(4);
    expect(codes(report, 'UNKNOWN_UNIT', 'MISSING_VALUE')).toEqual([]);
  });

  it.each<[string, Row, Row[]]>([
    ['unnumbered', ['Đảng bộ xã An Bình'], [['Hội Khuyến học huyện'], person(1, 'Quách Văn Ba'), person(2, 'Quách Văn Bốn')]],
    ['numbered as a group', ['I. Đảng bộ xã An Bình'], [['II. Hội Khuyến học huyện'], person(1, 'Quách Văn Ba'), person(2, 'Quách Văn Bốn')]],
    [
      'numbered in the run, its rows numbered under its number',
      [1, 'Đảng bộ xã An Bình'],
      [[2, 'Hội Khuyến học huyện'], ['2.1', 'Quách Văn Ba', 1970, 'Hội viên'], ['2.2', 'Quách Văn Bốn', 1970, 'Hội viên']],
    ],
  ])('a unit missing from the list (%s): its rows are UNKNOWN_UNIT naming it, not the unit above', async (_, known, rows) => {
    const { read, report } = await checkBooks([unitsBook(), master([known, person(1, 'Quách Văn Một'), ...rows])]);
    expect(unitsByName(read)).toEqual({ 'Quách Văn Một': 'Đảng bộ xã An Bình', 'Quách Văn Ba': '?Hội Khuyến học huyện', 'Quách Văn Bốn': '?Hội Khuyến học huyện' });
    const unknown = report.findings.filter((f) => f.code === 'UNKNOWN_UNIT');
    expect(unknown).toHaveLength(2);
    expect(unknown[0]?.message).toContain('«Hội Khuyến học huyện» (lấy từ dòng nhóm)');
    expect(report.quota.find((q) => q.unit === 'Đảng bộ xã An Bình')?.registered).toBe(1);
  });

  it('the same in a Word master, its headings as rows of the table', async () => {
    const { wordList } = await import('../../fixtures/trial2-fixgroups-shapes');
    const word = await wordList(
      'tong hop khoi.docx',
      ['BAN TUYÊN GIÁO HUYỆN ỦY', 'DANH SÁCH TỔNG HỢP'],
      [PERSON_HEADER, ['I. Đảng bộ xã An Bình (02)'], person(1, 'Quách Văn Một'), person(2, 'Quách Văn Hai'), ['II. Hội ND'], person(1, 'Quách Văn Ba')],
      [],
    );
    const { read } = await checkBooks([unitsBook(), word]);
    expect(unitsByName(read)).toEqual({ 'Quách Văn Một': 'Đảng bộ xã An Bình', 'Quách Văn Hai': 'Đảng bộ xã An Bình', 'Quách Văn Ba': 'Hội Nông dân huyện' });
  });
});

describe('without a units list, headings naming units by their type name the rows’ units', () => {
  it.each<[string, (n: string, name: string) => Row]>([
    ['number and name in two cells', (n, name) => [n, name]],
    ['numbered in one cell', (n, name) => [`${n}. ${name}`]],
    ['numbered in the name column', (n, name) => [undefined, `${n}. ${name}`]],
    ['unnumbered in the name column', (_, name) => [undefined, name]],
    ['with its count after it', (n, name) => [n, `${name} (02)`]],
  ])('%s', async (_, heading) => {
    const { read } = await checkBooks([
      master([heading('I', 'Đảng bộ xã An Bình'), person(1, 'Quách Văn Một'), person(2, 'Quách Văn Hai'), heading('II', 'Đảng bộ xã Tân Lập'), person(1, 'Quách Văn Ba')]),
    ]);
    expect(read.registrations.map((r) => [r.name, r.unitText])).toEqual([
      ['Quách Văn Một', 'Đảng bộ xã An Bình'],
      ['Quách Văn Hai', 'Đảng bộ xã An Bình'],
      ['Quách Văn Ba', 'Đảng bộ xã Tân Lập'],
    ]);
  });
});

describe('near misses: the rows keep their unit', () => {
  it('a unit’s own list grouped by its own bodies stays the unit’s, its title naming it', async () => {
    const own = oneSheet('danh sach.xlsx', [
      ['ĐẢNG ỦY XÃ AN BÌNH'],
      ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'],
      PERSON_HEADER,
      ['Hội Nông dân'],
      person(1, 'Quách Văn Một'),
      ['Đoàn Thanh niên'],
      person(1, 'Quách Văn Hai'),
      ['Chi bộ ấp 1'],
      person(1, 'Quách Văn Ba'),
    ]);
    const { read, report } = await checkBooks([unitsBook(), own]);
    expect(new Set(Object.values(unitsByName(read)))).toEqual(new Set(['Đảng bộ xã An Bình']));
    expect(codes(report, 'UNKNOWN_UNIT')).toEqual([]);
  });

  it('a hamlet’s body over rows numbered from 1 in a master is no unit', async () => {
    const { read } = await checkBooks([unitsBook(), master([['Đảng bộ xã An Bình'], person(1, 'Quách Văn Một'), ['Chi bộ ấp 3'], person(1, 'Quách Văn Hai')])]);
    expect(unitsByName(read)).toEqual({ 'Quách Văn Một': 'Đảng bộ xã An Bình', 'Quách Văn Hai': 'Đảng bộ xã An Bình' });
  });

  it('a collective typed without a number, the run of rows going on under it, is an exemplar of the unit above', async () => {
    const { read } = await checkBooks([
      unitsBook(),
      master([['Đảng bộ xã An Bình'], person(1, 'Quách Văn Một'), [undefined, 'Hội Nông dân ấp 2'], person(2, 'Quách Văn Hai')]),
    ]);
    expect(unitsByName(read)).toEqual({ 'Quách Văn Một': 'Đảng bộ xã An Bình', 'Hội Nông dân ấp 2': 'Đảng bộ xã An Bình', 'Quách Văn Hai': 'Đảng bộ xã An Bình' });
  });

  // Review 13: headings inside a unit's section, numbered otherwise than the master's unit headings.
  it.each<[string, Row[], Record<string, string>]>([
    [
      'a school and a body, unnumbered, under «I | Đảng bộ xã An Bình»',
      [['I', 'Đảng bộ xã An Bình'], [undefined, 'Trường Tiểu học An Bình'], person(1, 'Quách Văn Một'), person(2, 'Quách Văn Hai'), [undefined, 'Hội Nông dân'], person(1, 'Quách Văn Ba')],
      { 'Quách Văn Một': 'Đảng bộ xã An Bình', 'Quách Văn Hai': 'Đảng bộ xã An Bình', 'Quách Văn Ba': 'Đảng bộ xã An Bình' },
    ],
    [
      'its chi bộ numbered 1, 2 over rows numbered under them',
      [['I', 'Đảng bộ xã An Bình'], [1, 'Chi bộ Trạm Y tế xã An Bình'], ['1.1', 'Quách Văn Một', 1970, 'Y sĩ'], [2, 'Hội Nông dân xã An Bình'], ['2.1', 'Quách Văn Hai', 1970, 'Hội viên']],
      { 'Quách Văn Một': 'Đảng bộ xã An Bình', 'Quách Văn Hai': 'Đảng bộ xã An Bình' },
    ],
    [
      'a district body’s commune chapters',
      [['I', 'Hội Nông dân huyện'], [undefined, 'Hội Nông dân xã An Bình'], person(1, 'Quách Văn Một'), [undefined, 'Hội Nông dân xã Tân Lập'], person(1, 'Quách Văn Hai')],
      { 'Quách Văn Một': 'Hội Nông dân huyện', 'Quách Văn Hai': 'Hội Nông dân huyện' },
    ],
  ])('%s: the rows stay the unit’s', async (_, rows, units) => {
    const { read, report } = await checkBooks([unitsBook(), master(rows)]);
    for (const [name, unit] of Object.entries(units)) expect(unitsByName(read)[name]).toBe(unit);
    expect(codes(report, 'UNKNOWN_UNIT')).toEqual([]);
  });

  // Review 14.
  it('headings lettered A, B, C, D name their units (C is no roman numeral there)', async () => {
    const rows: Row[] = [['A', 'Đảng bộ xã An Bình'], person(1, 'Quách Văn Một'), ['B', 'Đảng bộ xã Tân Lập'], person(1, 'Quách Văn Hai'), ['C', 'Hội Nông dân huyện'], person(1, 'Quách Văn Ba'), ['D', 'Hội LHPN huyện'], person(1, 'Quách Văn Bốn')];
    const { read } = await checkBooks([master(rows)]);
    expect(read.registrations.map((r) => r.unitText)).toEqual(['Đảng bộ xã An Bình', 'Đảng bộ xã Tân Lập', 'Hội Nông dân huyện', 'Hội LHPN huyện']);
  });

  it('under a bloc’s heading, a unit heading numbered otherwise still starts its unit (one the list lacks: UNKNOWN_UNIT)', async () => {
    const rows: Row[] = [
      ['I', 'KHỐI XÃ, THỊ TRẤN'],
      [1, 'Đảng bộ xã An Bình'],
      ['1.1', 'Quách Văn Một', 1970, 'Hội viên'],
      [2, 'Đảng bộ xã Tân Lập'],
      ['2.1', 'Quách Văn Hai', 1970, 'Hội viên'],
      ['II', 'KHỐI ĐOÀN THỂ'],
      [undefined, 'Hội Người cao tuổi huyện'],
      person(1, 'Quách Văn Ba'),
    ];
    const { read, report } = await checkBooks([unitsBook(), master(rows)]);
    expect(unitsByName(read)).toEqual({ 'Quách Văn Một': 'Đảng bộ xã An Bình', 'Quách Văn Hai': 'Đảng bộ xã Tân Lập', 'Quách Văn Ba': '?Hội Người cao tuổi huyện' });
    expect(codes(report, 'UNKNOWN_UNIT')).toEqual(['UNKNOWN_UNIT']);
  });

  it('a unit’s sub-headings over its rows numbered from 1 are no collectives', async () => {
    const rows: Row[] = [['I', 'Đảng bộ xã An Bình'], [undefined, 'Hội Nông dân'], person(1, 'Quách Văn Một'), [undefined, 'Trường Tiểu học An Bình'], person(1, 'Quách Văn Hai')];
    const { read } = await checkBooks([unitsBook(), master(rows)]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Quách Văn Một', 'Quách Văn Hai']);
  });

  it('lettered sub-groups inside a unit’s section keep its unit', async () => {
    const rows: Row[] = [['I', 'Đảng bộ xã An Bình'], ['a)', 'Trường Tiểu học An Bình'], person(1, 'Quách Văn Một'), ['b)', 'Phòng khám đa khoa khu vực'], person(1, 'Quách Văn Hai'), ['II', 'Đảng bộ xã Tân Lập'], person(1, 'Quách Văn Ba')];
    const { read, report } = await checkBooks([unitsBook(), master(rows)]);
    expect(unitsByName(read)).toEqual({ 'Quách Văn Một': 'Đảng bộ xã An Bình', 'Quách Văn Hai': 'Đảng bộ xã An Bình', 'Quách Văn Ba': 'Đảng bộ xã Tân Lập' });
    expect(codes(report, 'UNKNOWN_UNIT')).toEqual([]);
  });

  it('a heading of the list, not of a unit, opens no unit', async () => {
    const { read } = await checkBooks([
      unitsBook(),
      master([['Đảng bộ xã An Bình'], person(1, 'Quách Văn Một'), ['DANH SÁCH ĐỀ NGHỊ BỔ SUNG THÊM'], person(1, 'Quách Văn Hai')]),
    ]);
    expect(unitsByName(read)['Quách Văn Hai']).not.toBe('?DANH SÁCH ĐỀ NGHỊ BỔ SUNG THÊM');
  });
});
