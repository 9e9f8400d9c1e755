/**
 * Several «Cấu hình» sheets: a unit's file may carry the template's copy with the defaults. The district's own (in the
 * workbook with its units list) decides, whatever the order of the files; two sheets of units' files apply in order.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks } from '../../fixtures/trial2-fixgroups-shapes';

const CONFIG = (deadline: string, quota: number): Row[] => [
  ['Khóa', 'Giá trị'],
  ['Hạn gửi danh sách đăng ký', deadline],
  ['Chỉ tiêu: Đảng bộ xã', quota],
];
const UNITS: Row[] = [
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
];
const LIST: Row[] = [['ĐẢNG ỦY XÃ AN BÌNH'], ['DANH SÁCH ĐĂNG KÝ'], [], ['STT', 'Họ và tên', 'Năm sinh'], [1, 'Nguyễn Văn Hùng', 1970]];

const district = { fileName: 'tong-hop.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }, { name: 'Cấu hình', rows: CONFIG('28/02/2023', 3) }] };
const unitFile = { fileName: 'an-binh.xlsx', sheets: [{ name: 'Đăng ký', rows: LIST }, { name: 'Cấu hình', rows: CONFIG('25/02/2023', 2) }] };

async function settings(books: Parameters<typeof checkBooks>[0]) {
  const { read } = await checkBooks(books);
  const quota = read.profile.unitTypes.find((t) => t.name === 'Đảng bộ xã')?.quota;
  return { deadline: read.profile.deadlines.list, quota };
}

describe('several «Cấu hình» sheets', () => {
  it.each([
    ['district first', [district, unitFile]],
    ['unit first', [unitFile, district]],
  ])("%s: the district's own decides", async (_, books) => {
    expect(await settings(books)).toEqual({ deadline: '2023-02-28', quota: 3 });
  });

  it("near miss: without the district's, a unit's copy still applies", async () => {
    const units = { fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }] };
    expect(await settings([units, unitFile])).toEqual({ deadline: '2023-02-25', quota: 2 });
  });
});
