/**
 * Trial 20b #7: a body typed with a lower-case first letter («chi bộ ấp Quốc Hưng», «trường Trung học cơ sở Đa Phước»)
 * was printed so on the signed list. Its first letter is a capital; one typed all in lower case is printed as one in
 * capitals is; a short form first stays one («ubnd xã …» → «UBND xã …»). Near misses: bodies in mixed case with a
 * capital first, and those in capitals, are printed as before.
 */
import { bodyNameWriter } from '../../../src/domain/ceremony/name-case';
import { defaultProfile } from '../../../src/domain/profile';

const write = bodyNameWriter(defaultProfile().unitAbbreviations);

describe('a body typed with a lower-case first letter', () => {
  it.each([
    ['chi bộ ấp Quốc Hưng', 'Chi bộ ấp Quốc Hưng'],
    ['trường Trung học cơ sở Đa Phước', 'Trường Trung học cơ sở Đa Phước'],
    ['đoàn Thanh niên xã Vĩnh Hội', 'Đoàn Thanh niên xã Vĩnh Hội'],
    ['ubnd xã An Bình', 'UBND xã An Bình'],
    ['chi bộ ấp hòa thuận', 'Chi bộ ấp Hòa Thuận'],
    ['hội nông dân xã an bình', 'Hội Nông dân xã An Bình'],
    ['trường thcs lê quý đôn', 'Trường THCS Lê Quý Đôn'],
  ])('%s → %s', (typed, printed) => {
    expect(write(typed)).toBe(printed);
  });

  it.each([
    ['Chi bộ ấp Quốc Hưng', 'Chi bộ ấp Quốc Hưng'],
    ['Phòng VH&TT huyện', 'Phòng VH&TT huyện'],
    ['CHI BỘ ẤP HÒA THUẬN', 'Chi bộ ấp Hòa Thuận'],
    ['HTX Nông nghiệp Tân Lập', 'HTX Nông nghiệp Tân Lập'],
  ])('near miss: %s → %s, as before', (typed, printed) => {
    expect(write(typed)).toBe(printed);
  });
});
