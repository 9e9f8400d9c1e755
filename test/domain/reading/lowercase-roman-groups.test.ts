/**
 * Trial 18a class 8: a kind's heading numbered by a roman number in lower or mixed case («ii. cá nhân», «Ii. Cá nhân»,
 * «i. tập thể»; what a .VnTimeH «II. CÁ NHÂN» becomes when its font is lost) is a group row: the rows under it are of
 * that kind. Near misses: «ii) ghi chú …» is no heading, nor is a roman-looking word before a text that names no kind.
 */
import { groupLabel } from '../../../src/domain/recognition/rows';
import { checkBooks, codes, oneSheet, unitsBook } from '../../fixtures/trial2-fixgroups-shapes';
import type { Row } from '../../fixtures/workbooks';

const UNITS: Row[] = [
  ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
  ['DBX01', 'Đảng bộ xã Hòa Bình', 'Đảng bộ xã'],
];
const HEAD: Row = ['STT', 'Tên tập thể / Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ, đơn vị công tác'];

/** The kinds of the rows read from a unit file of these rows; `merge` merges the heading rows across. */
async function kinds(rows: Row[], merge: boolean) {
  const top: Row[] = [['ĐẢNG ỦY XÃ HÒA BÌNH'], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], [], HEAD];
  const all = [...top, ...rows, [], ['', '', '', 'Hòa Bình, ngày 20 tháng 02 năm 2023']];
  const { read, report } = await checkBooks([
    unitsBook(UNITS),
    oneSheet('dang-uy-xa-hoa-binh.xlsx', all, 'Sheet1', (ws) => {
      if (!merge) return;
      all.forEach((r, i) => {
        if (r.length === 1 && i >= top.length) ws.mergeCells(i + 1, 1, i + 1, 5);
      });
    }),
  ]);
  return { kinds: read.registrations.map((r) => [r.name, r.kind]), mismatches: codes(report, 'SUBJECT_KIND_MISMATCH') };
}

const collective: Row = [1, 'Chi bộ ấp Hòa Thuận', '', '', 'xã Hòa Bình'];
const people: Row[] = [
  [1, 'Nguyễn Văn Tư', 1962, 'Nam', 'Nông dân ấp Hòa Thuận'],
  [2, 'Lê Thị Mai', 1980, 'Nữ', 'Hội viên ấp Hòa Thuận'],
];
const EXPECTED = [
  ['Chi bộ ấp Hòa Thuận', 'collective'],
  ['Nguyễn Văn Tư', 'individual'],
  ['Lê Thị Mai', 'individual'],
];

describe('a kind heading numbered in lower or mixed case roman', () => {
  it.each([
    ['i. tập thể', 'ii. cá nhân'],
    ['I. TẬP THỂ', 'ii. cá nhân'],
    ['I. Tập thể', 'Ii. Cá nhân'],
    ['i) tập thể', 'ii) cá nhân'],
    ['I. TẬP THỂ', 'ii - cá nhân'],
  ])('«%s» … «%s», merged or not', async (first, second) => {
    for (const merge of [true, false]) {
      const got = await kinds([[first], collective, [second], ...people], merge);
      expect(got.kinds).toEqual(EXPECTED);
      expect(got.mismatches).toEqual([]);
    }
  });

  it('«ii» in the STT cell beside «cá nhân» (as it was)', async () => {
    const got = await kinds([['I', 'TẬP THỂ'], collective, ['ii', 'cá nhân'], ...people], false);
    expect(got.kinds).toEqual(EXPECTED);
  });

  it('the label is the kind', () => {
    expect(groupLabel('ii. cá nhân')).toBe('cá nhân');
    expect(groupLabel('Ii. Cá nhân')).toBe('Cá nhân');
    expect(groupLabel('iii. hộ gia đình')).toBe('hộ gia đình');
  });
});

describe('near misses', () => {
  it.each(['ii) ghi chú: danh sách gồm 3 điển hình', 'ii. Nguyễn Văn Tư', 'vi. tập trung sản xuất', 'iiii. cá nhân', 'Ii'])('«%s» is no numbered heading', (text) => {
    expect(groupLabel(text)).toBeUndefined();
  });

  it('upper-case headings are read as before', () => {
    expect(groupLabel('II. CÁ NHÂN')).toBe('CÁ NHÂN');
    expect(groupLabel('II) Ghi chú')).toBe('Ghi chú');
  });
});
