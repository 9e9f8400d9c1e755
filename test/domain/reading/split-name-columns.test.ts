/**
 * Trial 18a class 2: a name split over the two columns one merged «Họ và tên» header spans (surname and middle name |
 * given name, as HR exports sort by «Tên»), with no sub-headers or «Tên» alone over the second, is one name: three
 * women «Nguyễn Thị | Thúy/Lan/Hoa» are not one «Nguyễn Thị». Near misses: the merged header over name | year or
 * name | gender marks, and a single name column beside an unrelated column.
 */
import type ExcelJS from 'exceljs';
import { checkBooks, codes, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
  ['DT01', 'Hội Liên hiệp Phụ nữ huyện', 'Đoàn thể huyện'],
  ['DBX01', 'Đảng bộ xã Hòa Bình', 'Đảng bộ xã'],
];

/** A one-sheet list: header rows, then rows; `edit` merges. */
async function read(head: Row[], rows: Row[], edit: (ws: ExcelJS.Worksheet) => void) {
  return checkBooks([unitsBook(UNITS), oneSheet('tong-hop.xlsx', [...head, ...rows], 'Đăng ký', edit)]);
}

const SPLIT: Row[] = [
  [1, 'Hội Liên hiệp Phụ nữ huyện', 'Cá nhân', 'Nguyễn Thị', 'Thúy', 1980, 'Hội viên, xã Hòa Bình'],
  [2, 'Hội Liên hiệp Phụ nữ huyện', 'Cá nhân', 'Nguyễn Thị', 'Lan', 1980, 'Hội viên, xã Hòa Bình'],
  [3, 'Đảng bộ xã Hòa Bình', 'Cá nhân', 'Nguyễn Thị', 'Hoa', 1980, 'Hội viên, xã Hòa Bình'],
  [4, 'Đảng bộ xã Hòa Bình', 'Cá nhân', 'Trần Văn', 'An', 1975, 'Hội viên, xã Hòa Bình'],
];
const JOINED = ['Nguyễn Thị Thúy', 'Nguyễn Thị Lan', 'Nguyễn Thị Hoa', 'Trần Văn An'];

describe('a name split over the two columns of a merged «Họ và tên» header', () => {
  it.each(['Họ và tên', 'Họ tên', 'HỌ VÀ TÊN'])('no sub-headers under «%s»: the two columns are one name', async (label) => {
    const { read: r, report } = await read([['STT', 'Đơn vị đề xuất', 'Đối tượng', label, '', 'Năm sinh', 'Chức vụ, đơn vị công tác']], SPLIT, (ws) => ws.mergeCells('D1:E1'));
    expect(r.registrations.map((x) => x.name)).toEqual(JOINED);
    expect(codes(report, 'DUPLICATE')).toEqual([]);
  });

  it('«Tên» alone over the second column', async () => {
    const head: Row[] = [
      ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên', '', 'Năm sinh', 'Chức vụ, đơn vị công tác'],
      ['', '', '', '', 'Tên', '', ''],
    ];
    const { read: r } = await read(head, SPLIT, (ws) => {
      ws.mergeCells('D1:E1');
      for (const c of ['A', 'B', 'C', 'F', 'G']) ws.mergeCells(`${c}1:${c}2`);
    });
    expect(r.registrations.map((x) => x.name)).toEqual(JOINED);
  });

  it('a collective merged across both columns and a group row are read as they were', async () => {
    const rows: Row[] = [
      ['I. TẬP THỂ'],
      [1, 'Đảng bộ xã Hòa Bình', 'Tập thể', 'Chi bộ ấp 3', '', '', 'xã Hòa Bình'],
      ['II. CÁ NHÂN'],
      ...SPLIT.slice(2).map((x, i): Row => [i + 1, ...x.slice(1)]),
    ];
    const { read: r } = await read([['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên', '', 'Năm sinh', 'Chức vụ, đơn vị công tác']], rows, (ws) => {
      ws.mergeCells('D1:E1');
      ws.mergeCells('A2:G2');
      ws.mergeCells('D3:E3');
      ws.mergeCells('A4:G4');
    });
    expect(r.registrations.map((x) => x.name)).toEqual(['Chi bộ ấp 3', 'Nguyễn Thị Hoa', 'Trần Văn An']);
  });
});

describe('near misses: not a split name', () => {
  const whole: Row[] = [
    [1, 'Hội Liên hiệp Phụ nữ huyện', 'Cá nhân', 'Nguyễn Thị Thúy'],
    [2, 'Đảng bộ xã Hòa Bình', 'Cá nhân', 'Trần Văn An'],
  ];
  const names = async (head: Row[], second: (string | number)[], edit: (ws: ExcelJS.Worksheet) => void) => {
    const rows = whole.map((x, i): Row => [...x, second[i], 'Hội viên, xã Hòa Bình']);
    const { read: r } = await read(head, rows, edit);
    return r.registrations.map((x) => x.name);
  };

  it('a merged «Họ và tên» over name | year', async () => {
    expect(await names([['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên', '', 'Chức vụ']], [1980, 1975], (ws) => ws.mergeCells('D1:E1'))).toEqual(['Nguyễn Thị Thúy', 'Trần Văn An']);
  });

  it('a merged «Họ và tên» over name | «Năm sinh» sub-header', async () => {
    const head: Row[] = [
      ['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên', '', 'Chức vụ'],
      ['', '', '', '', 'Năm sinh', ''],
    ];
    const got = await names(head, ['1980', '1975'], (ws) => {
      ws.mergeCells('D1:E1');
      for (const c of ['A', 'B', 'C', 'F']) ws.mergeCells(`${c}1:${c}2`);
    });
    expect(got).toEqual(['Nguyễn Thị Thúy', 'Trần Văn An']);
  });

  it.each([
    ['Nữ', 'Nam'],
    ['x', ''],
    ['X', 'x'],
  ])('a merged «Họ và tên» over name | gender marks «%s», «%s»', async (a, b) => {
    expect(await names([['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên', '', 'Chức vụ']], [a, b], (ws) => ws.mergeCells('D1:E1'))).toEqual(['Nguyễn Thị Thúy', 'Trần Văn An']);
  });

  it('a merged «Họ và tên» over name | a longer text', async () => {
    expect(await names([['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên', '', 'Chức vụ']], ['Hội viên giỏi', 'Nông dân'], (ws) => ws.mergeCells('D1:E1'))).toEqual(['Nguyễn Thị Thúy', 'Trần Văn An']);
  });

  it('an ordinary single name column beside an unrelated column', async () => {
    expect(await names([['STT', 'Đơn vị đề xuất', 'Đối tượng', 'Họ và tên', 'Dân tộc', 'Chức vụ']], ['Kinh', 'Tày'], () => undefined)).toEqual(['Nguyễn Thị Thúy', 'Trần Văn An']);
  });
});
