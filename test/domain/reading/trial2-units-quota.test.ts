/**
 * A district's units list with a quota column beside the names ("Chỉ tiêu", "Số lượng tối thiểu"): still the units
 * list (trial2 item 14). Near misses: a summary counting registrations per unit is none, quota column or not.
 */
import { readBooks } from '../../fixtures/unit-shapes';
import { plainFile } from '../../fixtures/trial-shapes';
import type { Row } from '../../fixtures/workbooks';

const NAMES = ['Đảng bộ xã An Bình', 'Đảng bộ xã Tân Lập', 'Huyện đoàn'];
const REG = plainFile('dang-ky.xlsx', ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh'], [[1, 'Huyện đoàn', 'Lê Văn An', 1970]]);

const list = (head: Row, extra: (i: number) => Row) => ({
  fileName: 'don-vi.xlsx',
  sheets: [{ name: 'Đơn vị', rows: [['DANH SÁCH ĐƠN VỊ'], head, ...NAMES.map((n, i): Row => [i + 1, n, ...extra(i)])] }],
});
const QUOTAS = [2, 2, 1];

describe('a units list with a quota column', () => {
  it.each([
    [['STT', 'Tên đơn vị', 'Chỉ tiêu'], (i: number) => [QUOTAS[i]]],
    [['STT', 'Tên đơn vị', 'Chỉ tiêu đăng ký'], (i: number) => [QUOTAS[i]]],
    [['STT', 'Tên đơn vị', 'Số lượng tối thiểu'], (i: number) => [QUOTAS[i]]],
    [['TT', 'Đơn vị', 'Chỉ tiêu tối thiểu', 'Ghi chú'], (i: number) => [QUOTAS[i], i === 2 ? 'Khối đoàn thể' : undefined]],
    [['STT', 'Tên cơ quan, đơn vị', 'Chỉ tiêu (điển hình)', 'Số điện thoại'], (i: number) => [`0${QUOTAS[i]}`, '0290 3850 123']],
    [['STT', 'Tên đơn vị', 'Số điển hình tối thiểu'], (i: number) => [QUOTAS[i]]],
  ] as [Row, (i: number) => Row][])('%j', async (head, extra) => {
    const read = await readBooks([list(head, extra), REG]);
    expect(read.units.map((u) => [u.name, u.type, u.quota])).toEqual([
      ['Đảng bộ xã An Bình', 'Đảng bộ xã', 2],
      ['Đảng bộ xã Tân Lập', 'Đảng bộ xã', 2],
      ['Huyện đoàn', 'Đoàn thể huyện', 1],
    ]);
    expect(read.registrations.map((r) => r.unitId)).toEqual([read.units[2]?.id]);
    expect(read.findings.filter((f) => f.code === 'FILE_UNREADABLE' || f.code === 'SHEET_SKIPPED')).toEqual([]);
  });
});

describe('near misses: a summary per unit is no units list, with a quota column or not', () => {
  it.each([
    [['STT', 'Tên đơn vị', 'Chỉ tiêu', 'Đã đăng ký']],
    [['STT', 'Tên đơn vị', 'Chỉ tiêu', 'Kết quả']],
    [['STT', 'Tên đơn vị', 'Số lượng tối thiểu', 'Số lượng đăng ký']],
    [['STT', 'Tên đơn vị', 'Số lượng']],
    [['STT', 'Tên đơn vị', 'Đăng ký']],
    [['STT', 'Tên đơn vị', 'Chỉ tiêu', 'Tổng số']],
  ] as [Row][])('%j', async (head) => {
    const other = { fileName: 'khac.xlsx', sheets: [...list(head, () => [2, 1]).sheets, ...REG.sheets.map((s) => ({ ...s, name: 'Đăng ký' }))] };
    const read = await readBooks([other]);
    expect(read.units).toEqual([]);
  });
});
