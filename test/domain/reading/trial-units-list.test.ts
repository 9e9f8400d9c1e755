/**
 * A district's units list of names, as staff keep it: often with a column the product has no use for ("Số điện
 * thoại", "Bí thư / Thủ trưởng") beside "STT | Tên đơn vị" (issue 14 trial). Near miss: a registrations table is
 * never taken for one.
 */
import { readBooks } from '../../fixtures/unit-shapes';
import { plainFile } from '../../fixtures/trial-shapes';
import type { Row } from '../../fixtures/workbooks';

const NAMES = ['Đảng ủy xã An Bình', 'Hội Nông dân huyện', 'Huyện đoàn'];
const REG = plainFile('dang-ky.xlsx', ['STT', 'Đơn vị', 'Họ và tên', 'Năm sinh'], [[1, 'Hội Nông dân huyện', 'Lê Văn An', 1970]]);

const list = (head: Row, extra: (n: string) => Row = () => []) => ({
  fileName: 'don-vi.xlsx',
  sheets: [{ name: 'Sheet1', rows: [['DANH SÁCH ĐƠN VỊ'], head, ...NAMES.map((n, i): Row => [i + 1, n, ...extra(n)])] }],
});

describe('a units list of names with columns of no use here', () => {
  it.each([
    ['a phone column and a note', ['STT', 'Tên đơn vị', 'Số điện thoại', 'Ghi chú'], () => ['0290 3850 123']],
    ['the head of the unit', ['STT', 'Tên cơ quan, đơn vị', 'Bí thư / Thủ trưởng'], () => ['Nguyễn Văn A']],
    ['a phone number and an e-mail', ['TT', 'Đơn vị', 'Điện thoại', 'Thư điện tử'], () => ['0290 3850 123', 'a@b.vn']],
    ['nothing else', ['STT', 'Tên đơn vị'], () => []],
  ] as [string, Row, (n: string) => Row][])('%s', async (_label, head, extra) => {
    const read = await readBooks([list(head, extra), REG]);
    expect(read.units.map((u) => [u.name, u.type])).toEqual([
      ['Đảng ủy xã An Bình', 'Đảng bộ xã'],
      ['Hội Nông dân huyện', 'Đoàn thể huyện'],
      ['Huyện đoàn', 'Đoàn thể huyện'],
    ]);
    expect(read.registrations.map((r) => r.unitId)).toEqual([read.units[1]?.id]);
  });
});

describe('near misses: registration tables and summaries are no units list', () => {
  it.each([
    [['STT', 'Đơn vị', 'Họ và tên', 'Số điện thoại']],
    [['STT', 'Tên đơn vị', 'Năm sinh', 'Ghi chú']],
    [['STT', 'Đơn vị', 'Chức vụ', 'Số điện thoại']],
    [['STT', 'Tên đơn vị', 'Số lượng điển hình', 'Số điện thoại']],
    [['STT', 'Tên đơn vị', 'Tổng số', 'Ghi chú']],
  ] as [Row][])('%j', async (head) => {
    const other = { fileName: 'khac.xlsx', sheets: [...list(head, () => [1970, 'x']).sheets, ...REG.sheets.map((s) => ({ ...s, name: 'Đăng ký' }))] };
    const read = await readBooks([other]);
    expect(read.units).toEqual([]);
  });
});
