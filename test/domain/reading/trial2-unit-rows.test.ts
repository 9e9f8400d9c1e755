/**
 * Trial 2, items 1 and 13: group rows naming a unit, however written, give the unit to the rows under them until the
 * next unit row; kind rows under a unit keep it and end with it. Near misses: real exemplars that only look alike.
 */
import { unitLabel } from '../../../src/domain/reading/group-rows';
import type { Row } from '../../fixtures/workbooks';
import { byName, checkBooks, codes, oneSheet, person, PERSON_HEADER, unitsBook, unitsByName, wordList } from '../../fixtures/trial2-fixgroups-shapes';

const master = (rows: Row[], edit?: Parameters<typeof oneSheet>[3]) => oneSheet('Tong hop.xlsx', [PERSON_HEADER, ...rows], 'Tổng hợp', edit);

describe('unit rows written every way give their unit to the rows under them', () => {
  it.each<[string, Row]>([
    ['numbered', ['2. Đảng ủy xã Tân Lập']],
    ['unnumbered, in capitals', ['ĐẢNG ỦY XÃ TÂN LẬP']],
    ['unnumbered, mixed case', ['Đảng ủy xã Tân Lập']],
    ['after "Đơn vị:"', ['Đơn vị: Đảng ủy xã Tân Lập']],
    ['with its count after it', ['2. Đảng ủy xã Tân Lập (02 điển hình)']],
    ['in the name column', [undefined, 'Đảng bộ xã Tân Lập']],
    ['its number in its own cell', [2, 'Đảng bộ xã Tân Lập']],
    ['"Đơn vị:" in the name column', [undefined, 'ĐƠN VỊ: ĐẢNG ỦY XÃ TÂN LẬP']],
    ['its number in its own cell, its count after it', [2, 'Đảng bộ xã Tân Lập (02 điển hình)']],
  ])('%s', async (_, unitRow) => {
    const { read, report } = await checkBooks([
      unitsBook(),
      master([['1. Đảng ủy xã An Bình'], person(1, 'Quách Văn Một'), unitRow, person(1, 'Quách Văn Hai'), person(2, 'Quách Văn Ba')]),
    ]);
    expect(unitsByName(read)).toEqual({ 'Quách Văn Một': 'Đảng bộ xã An Bình', 'Quách Văn Hai': 'Đảng bộ xã Tân Lập', 'Quách Văn Ba': 'Đảng bộ xã Tân Lập' });
    expect(codes(report, 'UNKNOWN_UNIT', 'MISSING_VALUE', 'UNIT_CONFLICT', 'SUBJECT_KIND_MISMATCH')).toEqual([]);
  });

  it('the trial master: six units, each written its own way, each row counted for the unit above it', async () => {
    const { read, report } = await checkBooks([
      unitsBook(),
      master([
        ['1. Đảng ủy xã An Bình (03 điển hình)'],
        person(1, 'Quách Văn Một'),
        ['ĐẢNG ỦY XÃ TÂN LẬP'],
        person(1, 'Quách Văn Hai'),
        ['Đơn vị: Đảng ủy xã Phú Hữu'],
        person(1, 'Quách Văn Ba'),
        ['Hội Nông dân huyện'],
        person(1, 'Quách Văn Bốn'),
        ['2. Huyện đoàn (02 điển hình)'],
        person(1, 'Quách Văn Năm'),
        person(2, 'Quách Văn Sáu'),
        [3, 'Hội LHPN huyện'],
        person(1, 'Quách Thị Bảy'),
      ]),
    ]);
    expect(unitsByName(read)).toEqual({
      'Quách Văn Một': 'Đảng bộ xã An Bình',
      'Quách Văn Hai': 'Đảng bộ xã Tân Lập',
      'Quách Văn Ba': 'Đảng bộ xã Phú Hữu',
      'Quách Văn Bốn': 'Hội Nông dân huyện',
      'Quách Văn Năm': 'Huyện đoàn',
      'Quách Văn Sáu': 'Huyện đoàn',
      'Quách Thị Bảy': 'Hội LHPN huyện',
    });
    expect(report.quota.map((q) => [q.unit, q.registered])).toEqual([
      ['Đảng bộ xã An Bình', 1],
      ['Đảng bộ xã Tân Lập', 1],
      ['Đảng bộ xã Phú Hữu', 1],
      ['Hội Nông dân huyện', 1],
      ['Huyện đoàn', 2],
      ['Hội LHPN huyện', 1],
    ]);
    expect(codes(report, 'UNKNOWN_UNIT', 'MISSING_VALUE', 'UNIT_CONFLICT')).toEqual([]);
  });

  it('rows under an unnumbered unit row at the top get that unit, not the file name', async () => {
    const { read, report } = await checkBooks([unitsBook(), master([['ĐẢNG ỦY XÃ PHÚ HỮU'], person(1, 'Lò Văn Một'), person(2, 'Lò Văn Hai')])]);
    expect(Object.values(unitsByName(read))).toEqual(['Đảng bộ xã Phú Hữu', 'Đảng bộ xã Phú Hữu']);
    expect(codes(report, 'UNKNOWN_UNIT')).toEqual([]);
  });
});

describe('kind rows nested under unit rows (item 13)', () => {
  it.each<[string, Row, Row, Row]>([
    ['numbered units, lettered kinds', ['1. Đảng ủy xã An Bình'], ['a) Tập thể'], ['b) Cá nhân']],
    ['unnumbered unit, numbered kinds', ['ĐẢNG ỦY XÃ AN BÌNH'], ['1. Tập thể'], ['2. Cá nhân']],
    ['"Đơn vị:" unit, bare kinds', ['Đơn vị: Đảng ủy xã An Bình'], ['Tập thể'], ['Cá nhân']],
  ])('%s: the kind rows keep the unit, the next unit row ends the kind', async (_, unitRow, collectives, individuals) => {
    const { read, report } = await checkBooks([
      unitsBook(),
      master([
        unitRow,
        collectives,
        [1, 'Chi bộ ấp 1'],
        individuals,
        person(1, 'Quách Văn Một'),
        ['2. Hội Nông dân huyện'],
        [1, 'Chi hội Nông dân ấp 1'],
        person(2, 'Quách Văn Hai'),
      ]),
    ]);
    expect(unitsByName(read)).toEqual({
      'Chi bộ ấp 1': 'Đảng bộ xã An Bình',
      'Quách Văn Một': 'Đảng bộ xã An Bình',
      'Chi hội Nông dân ấp 1': 'Hội Nông dân huyện',
      'Quách Văn Hai': 'Hội Nông dân huyện',
    });
    expect(read.registrations.map((r) => r.kind)).toEqual(['collective', 'individual', 'collective', 'individual']);
    expect(codes(report, 'UNKNOWN_UNIT', 'MISSING_VALUE', 'SUBJECT_KIND_MISMATCH', 'UNIT_CONFLICT')).toEqual([]);
    expect(report.quota.filter((q) => q.registered).map((q) => [q.unit, q.registered])).toEqual([
      ['Đảng bộ xã An Bình', 2],
      ['Hội Nông dân huyện', 2],
    ]);
  });

  it('near miss: kinds outside units ("I. TẬP THỂ" / "1. Đảng bộ xã …" / "II. CÁ NHÂN" / "1. Đảng bộ xã …") keep their kind across units', async () => {
    const { read } = await checkBooks([
      unitsBook(),
      master([
        ['I. TẬP THỂ'],
        ['1. Đảng ủy xã An Bình'],
        [1, 'Ban Nhân dân ấp 1'],
        ['2. Hội Nông dân huyện'],
        [1, 'Tổ hợp tác rau sạch ấp 2'],
        ['II. CÁ NHÂN'],
        ['1. Đảng ủy xã An Bình'],
        person(1, 'Quách Văn Một'),
        ['2. Hội Nông dân huyện'],
        person(1, 'Quách Văn Hai'),
      ]),
    ]);
    expect(read.registrations.map((r) => [r.name, r.kind, r.kindSource])).toEqual([
      ['Ban Nhân dân ấp 1', 'collective', 'group'],
      ['Tổ hợp tác rau sạch ấp 2', 'collective', 'group'],
      ['Quách Văn Một', 'individual', 'group'],
      ['Quách Văn Hai', 'individual', 'group'],
    ]);
    expect(Object.values(unitsByName(read))).toEqual(['Đảng bộ xã An Bình', 'Hội Nông dân huyện', 'Đảng bộ xã An Bình', 'Hội Nông dân huyện']);
  });
});

describe('near misses: headings that name no unit open no unit level', () => {
  it('a heading typed in the table above kinds outside units keeps the kinds across units', async () => {
    const { read } = await checkBooks([
      unitsBook(),
      master(
        [
          ['DANH SÁCH ĐỀ NGHỊ BIỂU DƯƠNG'],
          ['I. TẬP THỂ'],
          ['1. Đảng ủy xã An Bình'],
          [1, 'Ban Nhân dân ấp 1'],
          ['2. Hội Nông dân huyện'],
          [1, 'Tổ hợp tác rau sạch ấp 2'],
          ['II. CÁ NHÂN'],
          ['1. Đảng ủy xã An Bình'],
          person(1, 'Quách Văn Một'),
          ['2. Hội Nông dân huyện'],
          person(1, 'Quách Văn Hai'),
        ],
        (ws) => ws.mergeCells('A2:D2'),
      ),
    ]);
    expect(read.registrations.map((r) => [r.name, r.kind, r.kindSource])).toEqual([
      ['Ban Nhân dân ấp 1', 'collective', 'group'],
      ['Tổ hợp tác rau sạch ấp 2', 'collective', 'group'],
      ['Quách Văn Một', 'individual', 'group'],
      ['Quách Văn Hai', 'individual', 'group'],
    ]);
    expect(Object.values(unitsByName(read))).toEqual(['Đảng bộ xã An Bình', 'Hội Nông dân huyện', 'Đảng bộ xã An Bình', 'Hội Nông dân huyện']);
  });

  it('a unit whose name holds "GD" is a unit row, not a phase', async () => {
    const units = unitsBook([['STT', 'Tên đơn vị'], [1, 'Đảng bộ xã An Bình'], [2, 'Phòng GD&ĐT huyện']]);
    const { read } = await checkBooks([units, master([['1. Đảng ủy xã An Bình'], person(1, 'Quách Văn Một'), ['2. Phòng GD&ĐT huyện'], person(1, 'Quách Văn Hai')])]);
    expect(unitsByName(read)).toEqual({ 'Quách Văn Một': 'Đảng bộ xã An Bình', 'Quách Văn Hai': 'Phòng GD&ĐT huyện' });
    expect(read.registrations.map((r) => r.phase)).toEqual([1, 1]);
  });

  it('without a units list, kinds under units still end with their unit', async () => {
    const { read, report } = await checkBooks([
      master([['1. Đảng ủy xã An Bình'], ['a) Tập thể'], [1, 'Ban Nhân dân ấp 1'], ['b) Cá nhân'], person(1, 'Quách Văn Một'), ['2. Hội Nông dân huyện'], [1, 'Chi hội Nông dân ấp 1']]),
    ]);
    expect(read.registrations.map((r) => [r.name, r.kind])).toEqual([
      ['Ban Nhân dân ấp 1', 'collective'],
      ['Quách Văn Một', 'individual'],
      ['Chi hội Nông dân ấp 1', 'collective'],
    ]);
    expect(codes(report, 'SUBJECT_KIND_MISMATCH')).toEqual([]);
  });
});

describe('near misses: exemplars that look like unit rows stay exemplars', () => {
  it('a collective named like a unit, with its number and other cells filled, proposed by the unit above it', async () => {
    const { read } = await checkBooks([
      unitsBook(),
      oneSheet('Tong hop.xlsx', [
        ['STT', 'Tên tập thể, cá nhân', 'Năm sinh', 'Chức vụ', 'Thành tích'],
        ['1. Huyện đoàn'],
        [1, 'Hội LHPN huyện', undefined, undefined, 'Hoàn thành xuất sắc nhiệm vụ 3 năm liền'],
        [2, 'Quách Văn Một', 1980, 'Bí thư Chi đoàn', 'Dẫn đầu phong trào'],
      ]),
    ]);
    expect(unitsByName(read)).toEqual({ 'Hội LHPN huyện': 'Huyện đoàn', 'Quách Văn Một': 'Huyện đoàn' });
    expect(byName(read, 'Hội LHPN huyện')?.kind).toBe('collective');
  });

  it('a row holding only a name that is no unit of the list stays an exemplar of the unit above it', async () => {
    const { read } = await checkBooks([unitsBook(), master([['1. Đảng ủy xã An Bình'], [1, 'Chi bộ ấp 1'], [undefined, 'Chi đoàn ấp 2'], person(3, 'Quách Văn Một')])]);
    expect(unitsByName(read)).toEqual({ 'Chi bộ ấp 1': 'Đảng bộ xã An Bình', 'Chi đoàn ấp 2': 'Đảng bộ xã An Bình', 'Quách Văn Một': 'Đảng bộ xã An Bình' });
  });

  it('without a units list, a row holding only a unit-like name is read as before', async () => {
    const { read } = await checkBooks([master([[1, 'Hội Nông dân huyện'], person(2, 'Quách Văn Một')])]);
    expect(read.registrations.map((r) => r.name)).toEqual(['Hội Nông dân huyện', 'Quách Văn Một']);
  });

  it("a unit's own file: a person's row is never taken for a unit row", async () => {
    const { read } = await checkBooks([
      unitsBook(),
      oneSheet('an-binh.xlsx', [['ĐẢNG ỦY XÃ AN BÌNH'], [], PERSON_HEADER, person(1, 'Huỳnh Văn Tân'), [2, 'Lê Thị Phú Hữu']]),
    ]);
    expect(unitsByName(read)).toEqual({ 'Huỳnh Văn Tân': 'Đảng bộ xã An Bình', 'Lê Thị Phú Hữu': 'Đảng bộ xã An Bình' });
  });
});

describe('in a Word table', () => {
  it('unit rows and kind rows in plain cells, and a numeric date line under the table', async () => {
    const doc = await wordList(
      'tong-hop.docx',
      ['BAN TUYÊN GIÁO HUYỆN ỦY', 'DANH SÁCH TỔNG HỢP'],
      [
        ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'],
        ['ĐẢNG ỦY XÃ AN BÌNH'],
        ['a) Tập thể'],
        [1, 'Chi bộ ấp 1'],
        ['b) Cá nhân'],
        person(1, 'Quách Văn Một'),
        [undefined, 'Hội Nông dân huyện'],
        [1, 'Chi hội Nông dân ấp 1'],
      ],
      ['An Phú, ngày 27/02/2023'],
    );
    const { read, report } = await checkBooks([unitsBook(), doc]);
    expect(unitsByName(read)).toEqual({
      'Chi bộ ấp 1': 'Đảng bộ xã An Bình',
      'Quách Văn Một': 'Đảng bộ xã An Bình',
      'Chi hội Nông dân ấp 1': 'Hội Nông dân huyện',
    });
    expect(read.registrations.map((r) => r.kind)).toEqual(['collective', 'individual', 'collective']);
    expect(codes(report, 'UNKNOWN_UNIT', 'MISSING_VALUE', 'SUBJECT_KIND_MISMATCH')).toEqual([]);
  });
});

describe('a unit as a group row writes it', () => {
  it.each([
    ['Đảng ủy xã An Bình (03 điển hình)', 'Đảng ủy xã An Bình'],
    ['Huyện đoàn (02 ĐHTT)', 'Huyện đoàn'],
    ['Hội ND huyện (02 tập thể, 01 cá nhân)', 'Hội ND huyện'],
    ['Đơn vị: Hội LHPN huyện - 03 điển hình', 'Hội LHPN huyện'],
    ['Đơn vị đề xuất: Đảng bộ xã Tân Lập: 02 điển hình', 'Đảng bộ xã Tân Lập'],
  ])('%s → %s', (text, unit) => expect(unitLabel(text)).toBe(unit));

  it.each(['Chi bộ Khu phố (3)', 'Trường THCS An Bình (điểm 2)', 'Đơn vị'])('near miss: %s stays as written', (text) => expect(unitLabel(text)).toBe(text));
});
