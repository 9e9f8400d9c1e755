/**
 * A unit's file numbered in the inbox's order (trial 15): «I-hoi-lhpn.xlsx», «II. Hội Nông dân.xlsx», «02-hoi-nong-dan»:
 * the number, Arabic or Roman, is no part of the unit's name; «DU Tan Lap» is the commune's party committee. Near
 * misses: «X Tân Lập» is a commune («X» for «xã»).
 */
import { readBooks, REG_HEAD, person, unitFile, unitsBook, unitsOfRows } from '../../fixtures/unit-shapes';

const codeOf = async (fileName: string) => unitsOfRows(await readBooks([unitsBook(), unitFile(fileName, [], REG_HEAD, [person(1, 'Nguyễn Văn A')])]))[0]?.[1];

describe('a file numbered in the inbox', () => {
  it.each([
    ['I-hoi-lhpn.xlsx', 'PN'],
    ['II. Hội Nông dân.xlsx', 'ND'],
    ['iii_hoi_ccb.xlsx', 'CCB'],
    ['IV - Huyện đoàn.xlsx', 'HD'],
    ['02-hoi-nong-dan.xlsx', 'ND'],
    // The commune's party committee by its short name, typed without diacritics.
    ['III - DU Tan Lap.xlsx', 'X02'],
    ['ĐU xã An Bình.xlsx', 'X01'],
    ['dang-uy-an-binh.xlsx', 'X01'],
  ])('«%s» is %s', async (file, code) => expect(await codeOf(file)).toBe(code));

  it.each([
    ['X Tân Lập.xlsx', 'X02'],
    ['X. An Bình.xlsx', 'X01'],
  ])('near miss: «%s», «X» for «xã», is %s', async (file, code) => expect(await codeOf(file)).toBe(code));

  it('near miss: a numbered file naming no unit names none', async () => expect(await codeOf('II-danh-sach.xlsx')).toBeUndefined());

  it('near miss: «DU» before a commune the list lacks names none', async () => expect(await codeOf('DU Vinh Loc.xlsx')).toBeUndefined());
});
