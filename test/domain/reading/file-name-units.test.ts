/**
 * A unit's file without a title, named by staff with the unit among other words and in its short form ("03. ĐU xã An
 * Bình_DS điển hình.xlsx"): the unit the name holds proposes its rows. A name that goes on past the unit's ("An Bình
 * Đông") is another unit's, never the shorter one's.
 */
import type { Row } from '../../fixtures/workbooks';
import { checkBooks, person, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';

const UNITS: Row[] = [
  ['STT', 'Tên đơn vị', 'Loại đơn vị'],
  [1, 'Đảng bộ xã An Bình', 'Đảng bộ xã'],
  [2, 'Hội Liên hiệp Phụ nữ huyện', 'Đoàn thể huyện'],
  [3, 'Hội Nông dân huyện', 'Đoàn thể huyện'],
];
const LIST: Row[] = [['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'], person(1, 'Nguyễn Văn An')];

async function unitOfFile(fileName: string): Promise<string | undefined> {
  const { read } = await checkBooks([
    { fileName: 'don-vi.xlsx', sheets: [{ name: 'Đơn vị', rows: UNITS }] },
    { fileName, sheets: [{ name: 'Sheet1', rows: LIST }] },
  ]);
  return unitsByName(read)['Nguyễn Văn An'];
}

describe('a file named with its unit in short form among other words', () => {
  it.each([
    ['03. ĐU xã An Bình_DS điển hình.xlsx', 'Đảng bộ xã An Bình'],
    ['DS ĐHTT - ĐU xã An Bình - gửi BTG.xlsx', 'Đảng bộ xã An Bình'],
    ['HLHPN huyện_đăng ký ĐHTT (sửa lần 2).xlsx', 'Hội Liên hiệp Phụ nữ huyện'],
    ['Hội ND huyện - DS điển hình 2023.xlsx', 'Hội Nông dân huyện'],
    ['Danh sách điển hình Hội Nông dân huyện (bản cuối).xlsx', 'Hội Nông dân huyện'],
  ])('«%s» is %s', async (fileName, unit) => {
    expect(await unitOfFile(fileName)).toBe(unit);
  });

  it.each([['03. ĐU xã An Bình Đông_DS điển hình.xlsx'], ['ĐU xã An Bình Nhất - DS.xlsx'], ['ĐU xã An Bình 2_DS.xlsx']])(
    'near miss: «%s» names another commune, not Đảng bộ xã An Bình',
    async (fileName) => {
      expect(await unitOfFile(fileName)).not.toBe('Đảng bộ xã An Bình');
    },
  );
});
