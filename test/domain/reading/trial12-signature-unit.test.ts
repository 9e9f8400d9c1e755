/**
 * trial12 #15: a list naming its unit only in its signature block («TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN») is that unit's.
 * Evidence in order: letterhead/title, sheet name, file name, the signature's «T/M …» (review 16: an approving
 * body's block, «T/M ĐẢNG ỦY XÃ» under a chi bộ's list, must not take the list from the unit its file names). Near
 * misses: «T/M ỦY BAN NHÂN DÂN» without a place names no unit (under a commune's letterhead, the letterhead's unit);
 * «Người lập biểu» and a signer's title name none; a letterhead or a sheet naming a unit comes first.
 */
import { FORMATS, readWith, sheetList, unitsOf } from '../../fixtures/trial12-fix12-units';

describe('the unit a signature block signs for', () => {
  it.each([
    [['An Phú, ngày 15 tháng 02 năm 2023', 'TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN', 'BÍ THƯ', '', 'Nguyễn Thanh Tùng'], 'HD'],
    [['T/M BAN THƯỜNG VỤ HỘI NÔNG DÂN HUYỆN', 'CHỦ TỊCH', '', 'Trần Văn Ba'], 'ND'],
    [['TM. BAN CHẤP HÀNH HỘI CCB HUYỆN', 'CHỦ TỊCH'], 'CCB'],
    [['T.M BAN THƯỜNG VỤ', 'HUYỆN ĐOÀN', 'BÍ THƯ'], 'HD'],
    [['TM ỦY BAN NHÂN DÂN HUYỆN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], 'UB'],
  ])('%j', async (signature, code) => {
    for (const [, build] of FORMATS) {
      // The file's name names none ("ds1"): the signature names the unit.
      const u = unitsOf(await readWith(await build('ds1', { signature })));
      expect(u.codes).toEqual([code, code]);
      expect(u.unknown).toEqual([]);
      // Review 16: the file's name names a unit, and a signature block may be the approving body's: the file wins.
      const named = unitsOf(await readWith(await build('Hội Cựu chiến binh huyện', { signature })));
      expect(named.codes).toEqual(['CCB', 'CCB']);
    }
  });
});

describe('near misses', () => {
  it('«T/M ỦY BAN NHÂN DÂN» without its place: under a commune\'s letterhead, the letterhead\'s unit; alone, no unit', async () => {
    const signature = ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
    for (const [, build] of FORMATS) {
      const under = unitsOf(await readWith(await build('ds', { letterhead: ['ĐẢNG BỘ HUYỆN AN PHÚ', 'ĐẢNG ỦY XÃ AN BÌNH', '*'], signature })));
      expect(under.codes).toEqual(['X01', 'X01']);
      const alone = unitsOf(await readWith(await build('ds', { signature })));
      expect(alone.codes).toEqual([undefined, undefined]);
    }
  });

  it('«Người lập biểu» and a signer\'s title name no unit', async () => {
    for (const [, build] of FORMATS) {
      const u = unitsOf(await readWith(await build('ds', { signature: ['NGƯỜI LẬP BIỂU', 'HUYỆN ĐOÀN', 'BÍ THƯ HUYỆN ĐOÀN'] })));
      expect(u.codes).toEqual([undefined, undefined]);
    }
  });

  it('a letterhead or a sheet naming a unit comes before the signature', async () => {
    const signature = ['TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN', 'BÍ THƯ'];
    for (const [, build] of FORMATS) {
      const u = unitsOf(await readWith(await build('ds', { letterhead: ['HỘI NÔNG DÂN VIỆT NAM', 'BCH HỘI NÔNG DÂN HUYỆN AN PHÚ'], signature })));
      expect(u.codes).toEqual(['ND', 'ND']);
    }
    const bySheet = unitsOf(await readWith(await sheetList('ds.xlsx', { sheet: 'Hội CCB', signature })));
    expect(bySheet.codes).toEqual(['CCB', 'CCB']);
  });
});
