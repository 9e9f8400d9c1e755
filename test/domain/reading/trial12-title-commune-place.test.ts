/**
 * trial12 #13: a list title naming its commune only as a place («danh sách điển hình tiên tiến xã An Bình giai đoạn
 * 2021 - 2023», «… THỊ TRẤN PHÚ MỸ NĂM 2023», «… TT PHÚ MỸ») names that commune's party committee (rules.md), never
 * the title sentence as an unknown unit. Near misses: a body of the commune named in the title keeps that body; a
 * district's or a town's title names no commune; a commune the list lacks is no unit.
 */
import { placeNamedInTitle } from '../../../src/domain/units/title-place';
import { FORMATS, readWith, unitsOf } from '../../fixtures/trial12-fix12-units';

describe('a title naming its commune as a place', () => {
  it.each([
    ['danh sách điển hình tiên tiến xã An Bình giai đoạn 2021 - 2023', 'X01'],
    ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN XÃ AN BÌNH', 'X01'],
    ['Danh sách đề nghị biểu dương xã An Bình, giai đoạn 2021 - 2025', 'X01'],
    ['DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN TT PHÚ MỸ', 'TT01'],
    ['ĐIỂN HÌNH TIÊN TIẾN THỊ TRẤN PHÚ MỸ NĂM 2023', 'TT01'],
    ['Điển hình tiên tiến thị trấn Phú Mỹ (2021 - 2023)', 'TT01'],
  ])('%s', async (title, code) => {
    for (const [, build] of FORMATS) {
      const u = unitsOf(await readWith(await build('ds1', { title: ['DANH SÁCH', title] })));
      expect(u.codes).toEqual([code, code]);
      expect(u.unknown).toEqual([]);
    }
  });
});

describe('near misses', () => {
  it('a body of the commune named in the title keeps that body', async () => {
    for (const [, build] of FORMATS) {
      const u = unitsOf(await readWith(await build('ds1', { title: ['DANH SÁCH', 'điển hình tiên tiến của Hội Nông dân xã An Bình'] })));
      expect(u.codes).toEqual([undefined, undefined]);
      expect(u.texts).toEqual(['Hội Nông dân xã An Bình', 'Hội Nông dân xã An Bình']);
    }
  });

  it('a district\'s title, a town\'s, or a commune the list lacks names no commune of the list', async () => {
    for (const [, build] of FORMATS) {
      for (const title of ['danh sách điển hình tiên tiến huyện An Phú giai đoạn 2021 - 2023', 'DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN THỊ XÃ AN BÌNH', 'danh sách điển hình tiên tiến xã Tân Lập giai đoạn 2021 - 2023']) {
        const u = unitsOf(await readWith(await build('ds1', { title: ['DANH SÁCH', title] })));
        expect(u.codes).toEqual([undefined, undefined]);
      }
    }
  });

  it('reads the place only after the title\'s own words', () => {
    expect(placeNamedInTitle('danh sách điển hình tiên tiến xã An Bình giai đoạn 2021 - 2023')).toBe('xã An Bình');
    expect(placeNamedInTitle('ĐIỂN HÌNH TIÊN TIẾN THỊ TRẤN PHÚ MỸ NĂM 2023')).toBe('THỊ TRẤN PHÚ MỸ');
    expect(placeNamedInTitle('DANH SÁCH ĐĂNG KÝ ĐIỂN HÌNH TIÊN TIẾN TT PHÚ MỸ')).toBe('TT PHÚ MỸ');
    expect(placeNamedInTitle('điển hình tiên tiến của Hội Nông dân xã An Bình')).toBeUndefined();
    expect(placeNamedInTitle('ỦY BAN NHÂN DÂN XÃ AN BÌNH')).toBeUndefined();
    expect(placeNamedInTitle('DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN THỊ XÃ BẾN CÁT')).toBeUndefined();
  });
});
