/** Unit names as a district's own staff write them, against a units list of names only (issue 14 trial). */
import { defaultProfile } from '../../../src/domain/profile';
import { unitResolver } from '../../../src/domain/units/resolve-unit';
import { CHAU_THANH, checkWithList, codesAt, plainFile, unitNamesOfRows } from '../../fixtures/trial-shapes';

const units = CHAU_THANH.map((name, i) => ({ id: `U${i}`, name }));
const resolverFor = (list = units, district = '') => unitResolver(list, district, defaultProfile().unitAbbreviations);

describe('spellings of one unit resolve to it', () => {
  it.each([
    ['UBMTTQ VN huyện', 'Ủy ban MTTQ Việt Nam huyện'],
    ['UBMTTQVN huyện', 'Ủy ban MTTQ Việt Nam huyện'],
    ['Mặt trận huyện', 'Ủy ban MTTQ Việt Nam huyện'],
    ['Hội LHPN VN huyện', 'Hội Liên hiệp Phụ nữ huyện'],
    ['Hội CCB VN huyện', 'Hội Cựu chiến binh huyện'],
    ['Hội Cựu chiến binh Việt Nam huyện', 'Hội Cựu chiến binh huyện'],
    ['Hội Nông dân Việt Nam huyện Châu Thành', 'Hội Nông dân huyện'],
    ['Đoàn TNCS HCM huyện', 'Huyện đoàn'],
    ['ĐTN huyện', 'Huyện đoàn'],
    ['Chi bộ Ngân hàng CSXH huyện', 'Chi bộ Ngân hàng Chính sách xã hội huyện'],
    ['Chi bộ trường THCS xã Tân Lập', 'Chi bộ Trường THCS Tân Lập'],
    ['CB Trường THCS xã Tân Lập', 'Chi bộ Trường THCS Tân Lập'],
  ])('%s → %s', (text, name) => {
    for (const district of ['', 'Châu Thành']) expect(resolverFor(units, district).resolve(text)?.name).toBe(name);
  });

  it.each(['Đảng ủy xã Phú Hữu', 'ĐU xã Phú Hữu', 'Đảng bộ xã Phú Hữu', 'ĐB xã Phú Hữu', 'Đảng ủy thị trấn Phú Mỹ', 'ĐU TT Phú Mỹ'])(
    'a unit listed by its commune alone answers to its party committee: %s',
    (text) => {
      const u = resolverFor().resolve(text);
      expect(u?.name).toBe(text.includes('Phú Hữu') ? 'Xã Phú Hữu' : 'Thị trấn Phú Mỹ');
    },
  );
});

describe('near misses: other units keep other names', () => {
  it.each([
    'Hội Nông dân xã Tân Lập',
    'Hội Liên hiệp Phụ nữ xã Phú Hữu',
    'Ủy ban nhân dân xã Phú Hữu',
    'Đảng ủy xã Tân Lập',
    'Đảng ủy xã Phú Hòa',
    'Chi bộ Trường THCS Phú Hữu',
    'Chi bộ Trường THPT Tân Lập',
    'Hội Chữ thập đỏ huyện',
  ])('%s resolves to no unit', (text) => {
    expect(resolverFor().resolve(text)).toBeUndefined();
  });

  it('a list holding both "Xã Phú Hữu" and "Đảng bộ xã Phú Hữu" keeps each name to its own unit', () => {
    const list = [...units, { id: 'DB', name: 'Đảng bộ xã Phú Hữu' }];
    const r = resolverFor(list);
    expect(r.resolve('Xã Phú Hữu')?.name).toBe('Xã Phú Hữu');
    expect(r.resolve('Đảng ủy xã Phú Hữu')?.name).toBe('Đảng bộ xã Phú Hữu');
  });

  it('a commune\'s own committee in a place word is kept: "Ủy ban nhân dân xã Phú Hữu" is not "Ủy ban nhân dân Phú Hữu"', () => {
    const list = [...units, { id: 'UBPH', name: 'Ủy ban nhân dân Phú Hữu' }];
    expect(resolverFor(list).resolve('Ủy ban nhân dân xã Phú Hữu')).toBeUndefined();
  });
});

describe('through files: a unit column and a units list of names only', () => {
  const head = ['STT', 'Mã đơn vị', 'Đơn vị đề xuất', 'Họ và tên', 'Năm sinh', 'Giai đoạn'];

  it('rows naming a commune\'s party committee, a district body without "huyện", abbreviations, count for the unit listed', async () => {
    const { read, report } = await checkWithList([
      plainFile('tong-hop.xlsx', head, [
        [1, '', 'ĐU xã Phú Hữu', 'Chi bộ ấp Phú Thạnh', undefined, '1'],
        [2, 'X05', 'Đảng ủy xã Phú Hữu', 'Đỗ Văn Lực', 1978, '1'],
        [3, '', 'Chi bộ KBNN', 'Võ Văn Tám', 1976, '1'],
        [4, '', 'Hội Nông dân', 'Ngô Văn Tài', 1950, '1'],
        [5, '', 'UBMTTQ VN huyện', 'Huỳnh Văn Chín', 1958, '1'],
        [6, '', 'Hội CCB VN huyện Châu Thành', 'Lâm Văn Mười', 1955, '1'],
      ]),
    ]);
    expect(unitNamesOfRows(read)).toEqual([
      ['Chi bộ ấp Phú Thạnh', 'Xã Phú Hữu'],
      ['Đỗ Văn Lực', 'Xã Phú Hữu'],
      ['Võ Văn Tám', 'Chi bộ Kho bạc Nhà nước huyện'],
      ['Ngô Văn Tài', 'Hội Nông dân huyện'],
      ['Huỳnh Văn Chín', 'Ủy ban MTTQ Việt Nam huyện'],
      ['Lâm Văn Mười', 'Hội Cựu chiến binh huyện'],
    ]);
    expect(codesAt(report, 'UNKNOWN_UNIT')).toEqual([]);
    expect(codesAt(report, 'UNIT_CONFLICT')).toEqual([]);
    const quota = (name: string) => report.quota.find((q) => q.unit === name);
    expect(quota('Xã Phú Hữu')?.registered).toBe(2);
  });

  it('a commune named alone in the unit column is its party committee, whichever way the list names it', async () => {
    const list = ['Đảng bộ thị trấn Phú Mỹ', 'Đảng ủy xã An Bình', 'Hội Nông dân huyện'];
    const { read, report } = await checkWithList(
      [
        plainFile('tong-hop.xlsx', head, [
          [1, '', 'Thị trấn Phú Mỹ', 'Khu phố 2', undefined, '1'],
          [2, '', 'TT Phú Mỹ', 'Lê Văn Tám', 1970, '1'],
          [3, '', 'Xã An Bình', 'Chi bộ ấp 3', undefined, '1'],
          [4, '', 'TT Phú Mỹ', 'Trần Văn Chín', 1971, '1'],
        ]),
      ],
      list,
    );
    expect(unitNamesOfRows(read).map(([, u]) => u)).toEqual(['Đảng bộ thị trấn Phú Mỹ', 'Đảng bộ thị trấn Phú Mỹ', 'Đảng ủy xã An Bình', 'Đảng bộ thị trấn Phú Mỹ']);
    expect(codesAt(report, 'UNKNOWN_UNIT')).toEqual([]);
  });

  it('a commune\'s party committee written without "xã" ("Đảng ủy An Bình", "ĐU An Bình") is the listed "Đảng ủy xã An Bình"', async () => {
    const { read, report } = await checkWithList([
      plainFile('tong-hop.xlsx', head, [
        [1, '', 'Đảng ủy An Bình', 'Lê Văn Tám', 1970, '1'],
        [2, '', 'ĐU An Bình', 'Trần Văn Chín', 1971, '1'],
        [3, '', 'Dang uy An Binh', 'Phạm Văn Mười', 1972, '1'],
      ]),
    ]);
    expect(unitNamesOfRows(read).map(([, u]) => u)).toEqual(['Đảng ủy xã An Bình', 'Đảng ủy xã An Bình', 'Đảng ủy xã An Bình']);
    expect(codesAt(report, 'UNKNOWN_UNIT')).toEqual([]);
  });

  it('near miss: "Đảng ủy An Bình" is no unit when a commune and a township are both called An Bình', async () => {
    const list = ['Đảng ủy xã An Bình', 'Đảng ủy thị trấn An Bình', 'Hội Nông dân huyện'];
    const { read } = await checkWithList([plainFile('tong-hop.xlsx', head, [[1, '', 'Đảng ủy An Bình', 'Lê Văn Tám', 1970, '1']])], list);
    expect(unitNamesOfRows(read).map(([, u]) => u)).toEqual([undefined]);
    // Nor does a body of the commune take its committee's place.
    expect(resolverFor().resolve('Chi bộ An Bình')).toBeUndefined();
  });

  const lettered = (fileName: string, letterhead: string, rows: (string | number | undefined)[][]) => ({
    fileName,
    sheets: [{ name: 'Sheet1', rows: [[letterhead], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [], head, ...rows] }],
  });

  it('another district\'s body of the same name is not ours, when the letterheads say which district is ours', async () => {
    const { read, report } = await checkWithList([
      lettered('tong-hop-1.xlsx', 'UBND HUYỆN CHÂU THÀNH', [
        [1, '', 'Hội Nông dân huyện Long Hồ', 'Ngô Văn Tài', 1950, '1'],
        [2, '', 'Hội Nông dân huyện Châu Thành', 'Lê Văn Tư', 1960, '1'],
      ]),
      lettered('tong-hop-2.xlsx', 'ĐẢNG BỘ HUYỆN CHÂU THÀNH', [[1, '', 'Hội ND huyện', 'Trần Văn Năm', 1961, '1']]),
    ]);
    expect(unitNamesOfRows(read).map(([, u]) => u)).toEqual([undefined, 'Hội Nông dân huyện', 'Hội Nông dân huyện']);
    expect(codesAt(report, 'UNKNOWN_UNIT')).toEqual([5]);
  });

  it('… or when the units list names our district', async () => {
    const list = ['Hội Nông dân huyện An Phú', 'Huyện đoàn An Phú', 'Đảng ủy xã An Bình'];
    const { read } = await checkWithList(
      [
        plainFile('tong-hop.xlsx', head, [
          [1, '', 'Hội Nông dân huyện Long Hồ', 'Ngô Văn Tài', 1950, '1'],
          [2, '', 'Hội ND huyện', 'Lê Văn Tư', 1960, '1'],
          [3, '', 'Huyện đoàn Long Hồ', 'Lý Văn Tí', 1999, '1'],
          [4, '', 'Huyện đoàn', 'Lý Văn Tèo', 1998, '1'],
        ]),
      ],
      list,
    );
    expect(unitNamesOfRows(read).map(([, u]) => u)).toEqual([undefined, 'Hội Nông dân huyện An Phú', undefined, 'Huyện đoàn An Phú']);
  });

  it('near miss: with nothing saying which district is ours, a district body answers to any district\'s name', async () => {
    const { read } = await checkWithList([plainFile('tong-hop.xlsx', head, [[1, '', 'Hội Nông dân huyện Long Hồ', 'Ngô Văn Tài', 1950, '1']])]);
    expect(unitNamesOfRows(read).map(([, u]) => u)).toEqual(['Hội Nông dân huyện']);
  });

  it('near miss: a commune\'s own body in the unit column is no district unit', async () => {
    const { read, report } = await checkWithList([
      plainFile('tong-hop.xlsx', head, [
        [1, '', 'Hội Nông dân xã Tân Lập', 'Ngô Văn Tài', 1950, '1'],
        [2, '', 'Đảng ủy xã Phú Hòa', 'Lê Văn Tư', 1960, '1'],
      ]),
    ]);
    expect(unitNamesOfRows(read).map(([, u]) => u)).toEqual([undefined, undefined]);
    expect(codesAt(report, 'UNKNOWN_UNIT')).toEqual([4, 5]);
  });

  it('a sheet named by an abbreviated unit ("UBMTTQ VN huyện") gives the unit to a table without one', async () => {
    const sheetHead = ['STT', 'Đối tượng', 'Họ tên / Tên tập thể', 'Năm sinh'];
    const { read, report } = await checkWithList([
      {
        fileName: 'Tong hop khoi doan the.xlsx',
        sheets: [
          { name: 'UBMTTQ VN huyện', rows: [['DANH SÁCH'], [], sheetHead, [1, 'Cá nhân', 'Huỳnh Văn Chín', 1958]] },
          { name: 'Hội CCB VN', rows: [['DANH SÁCH'], [], sheetHead, [1, 'Cá nhân', 'Lâm Văn Mười', 1955]] },
          { name: 'Đoàn TNCS HCM', rows: [['DANH SÁCH'], [], sheetHead, [1, 'Cá nhân', 'Lý Văn Tí', 1999]] },
        ],
      },
    ]);
    expect(unitNamesOfRows(read)).toEqual([
      ['Huỳnh Văn Chín', 'Ủy ban MTTQ Việt Nam huyện'],
      ['Lâm Văn Mười', 'Hội Cựu chiến binh huyện'],
      ['Lý Văn Tí', 'Huyện đoàn'],
    ]);
    expect(read.registrations.map((r) => r.unitSource)).toEqual(['sheet', 'sheet', 'sheet']);
    expect(codesAt(report, 'UNKNOWN_UNIT')).toEqual([]);
  });
});
