/**
 * Trial 12 #5: a data cell merged across columns («Chi bộ ấp Phú Hòa» over the name, year and position columns; a
 * position merged over an empty achievements column) holds one value, for the column it starts in. Near misses: a
 * unit cell merged down several rows still names every row's unit; a header merged across its sub-columns is read.
 */
import type ExcelJS from 'exceljs';
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, codes, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS = unitsBook([
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
  [2, 'Đảng bộ xã Tân Lập', 'Đảng bộ xã'],
]);
const HEADER: Row = ['STT', 'Đơn vị', 'Họ và tên / Tên tập thể', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Tóm tắt thành tích'];

async function read(rows: Row[], edit: (ws: ExcelJS.Worksheet) => void) {
  const { read: r, report } = await checkBooks([UNITS, { fileName: 'tong-hop.xlsx', sheets: [{ name: 'DS', rows: [HEADER, ...rows], edit }] }]);
  return { rows: r.registrations.map((x) => [x.name, x.birthYear ?? null, x.position ?? null, x.achievements ?? null, x.unitText ?? null]), report };
}

describe('a data cell merged across columns', () => {
  it('a collective’s name over the name, year and position columns is its name only', async () => {
    const { rows, report } = await read([[1, 'Đảng bộ xã An Bình', 'Chi bộ ấp Phú Hòa', '', '', 'TSVM 3 năm liền']], (ws) => ws.mergeCells('C2:E2'));
    expect(rows).toEqual([['Chi bộ ấp Phú Hòa', null, null, 'TSVM 3 năm liền', 'Đảng bộ xã An Bình']]);
    expect(codes(report, 'INVALID_DATE', 'SUBJECT_KIND_MISMATCH')).toEqual([]);
  });

  it('a position merged over the empty achievements column is the position only', async () => {
    const { rows } = await read([[1, 'Đảng bộ xã An Bình', 'Lê Thị Hoa', 1975, 'Chi hội trưởng phụ nữ ấp 2', '']], (ws) => ws.mergeCells('E2:F2'));
    expect(rows).toEqual([['Lê Thị Hoa', 1975, 'Chi hội trưởng phụ nữ ấp 2', null, 'Đảng bộ xã An Bình']]);
  });
});

describe('near misses', () => {
  it('a unit cell merged down several rows names each row’s unit', async () => {
    const { rows } = await read(
      [
        [1, 'Đảng bộ xã Tân Lập', 'Nguyễn Văn Tâm', 1968, 'Bí thư', 'NTM'],
        [2, '', 'Trần Thị Mai', 1980, 'Hội viên', 'Tiết kiệm'],
      ],
      (ws) => ws.mergeCells('B2:B3'),
    );
    expect(rows.map((r) => r[4])).toEqual(['Đảng bộ xã Tân Lập', 'Đảng bộ xã Tân Lập']);
  });

  it('a header merged across its sub-columns is read as before', async () => {
    const { read: r } = await checkBooks([
      UNITS,
      {
        fileName: 'an-binh.xlsx',
        sheets: [
          {
            name: 'DS',
            rows: [['ĐẢNG ỦY XÃ AN BÌNH'], ['STT', 'Họ và tên', 'Năm sinh', ''], ['', '', 'Nam', 'Nữ'], [1, 'Nguyễn Văn Tâm', 1968, ''], [2, 'Trần Thị Mai', '', 1980]],
            edit: (ws) => {
              ws.mergeCells('C2:D2');
              ws.mergeCells('A2:A3');
              ws.mergeCells('B2:B3');
            },
          },
        ],
      },
    ]);
    expect(r.registrations.map((x) => [x.name, x.birthYear, x.gender])).toEqual([
      ['Nguyễn Văn Tâm', 1968, 'male'],
      ['Trần Thị Mai', 1980, 'female'],
    ]);
  });
});
