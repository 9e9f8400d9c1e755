/**
 * A commune's chapter of a mass organisation heads its list under its district organisation's line, naming itself
 * without «xã» ("HỘI NÔNG DÂN HUYỆN AN PHÚ" over "HỘI NÔNG DÂN AN BÌNH", "BCH HỘI NÔNG DÂN AN BÌNH", "CHI HỘI NÔNG
 * DÂN ẤP 3"): the chapter sent it, as with «xã», and its rows are not the district association's (which would fill
 * that unit's quota without a word).
 */
import { checkBooks, codes, oneSheet, person, PERSON_HEADER, unitsBook, unitsByName } from '../../fixtures/trial2-fixgroups-shapes';

async function senderOf(upper: string, lower?: string) {
  const head = lower === undefined ? [[upper, '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']] : [[upper, '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], [lower, '', 'Độc lập - Tự do - Hạnh phúc']];
  const { read, report } = await checkBooks([unitsBook(), oneSheet('ds.xlsx', [...head, [], ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN'], PERSON_HEADER, person(1, 'Lê Văn Tám'), person(2, 'Trần Thị Hoa', 1980)])]);
  return { unit: unitsByName(read)['Lê Văn Tám'], unknown: codes(report, 'UNKNOWN_UNIT').length };
}

describe("a chapter's letterhead under its district organisation", () => {
  it.each(['HỘI NÔNG DÂN AN BÌNH', 'BCH HỘI NÔNG DÂN AN BÌNH', 'CHI HỘI NÔNG DÂN ẤP 3', 'Hội Nông dân An Bình', 'HỘI NÔNG DÂN XÃ AN BÌNH'])(
    '«%s» is the sender, not the district association',
    async (lower) => {
      const { unit, unknown } = await senderOf('HỘI NÔNG DÂN HUYỆN AN PHÚ', lower);
      expect(unit).toBe(`?${lower}`);
      expect(unknown).toBeGreaterThan(0);
    },
  );

  it.each([
    ['HỘI NÔNG DÂN HUYỆN AN PHÚ', undefined],
    ['HỘI NÔNG DÂN VIỆT NAM', 'BCH HỘI NÔNG DÂN HUYỆN AN PHÚ'],
    ['HỘI NÔNG DÂN HUYỆN AN PHÚ', 'BAN THƯỜNG VỤ'],
    ['HỘI NÔNG DÂN HUYỆN AN PHÚ', '*'],
  ])('near miss: «%s» over «%s» is the district association', async (upper, lower) => {
    expect(await senderOf(upper, lower)).toEqual({ unit: 'Hội Nông dân huyện', unknown: 0 });
  });

  it("near miss: a commune's party committee under the district's keeps its own list", async () => {
    expect(await senderOf('ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH')).toEqual({ unit: 'Đảng bộ xã An Bình', unknown: 0 });
  });
});
