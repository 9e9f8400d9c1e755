/**
 * A Unicode cell holding words typed in TCVN3, with no font to say so (trial 10 #13): a compiler typed the start and
 * pasted the rest from an old .VnTime file («Phó Chủ tịch Héi N«ng d©n x·», «Lê Văn §øc»). Those words are decoded,
 * each only where that makes it Vietnamese (a TCVN3 word that reads as Vietnamese too, «bé» for «bộ», stays). Near
 * misses: Unicode text with «» quotes or a middle dot stays as typed.
 */
import type { Cell, SheetGrid } from '../../../src/domain/grid';
import { viewSheet } from '../../../src/domain/recognition/sheet-view';
import { encodeLegacy } from '../../../src/domain/text/legacy';

const textOf = (v: string) => {
  const grid: SheetGrid = { name: 'DS', rows: [[{ t: 's', v } as Cell]], merges: [] };
  return viewSheet(grid).text(1, 1);
};
const t3 = (s: string) => encodeLegacy(s, 'tcvn3');

describe('TCVN3 words inside a Unicode cell', () => {
  it.each([
    [`Phó Chủ tịch ${t3('Hội Nông dân xã')}`, 'Phó Chủ tịch Hội Nông dân xã'],
    [`Lê Văn ${t3('Đức')}`, 'Lê Văn Đức'],
    [`${t3('Chủ tịch Hội Nông dân')} ấp 3`, 'Chủ tịch Hội Nông dân ấp 3'],
    [`Bí thư Chi bộ ${t3('thôn Đông')}, xã An Bình`, 'Bí thư Chi bộ thôn Đông, xã An Bình'],
  ])('%p → %p', (cell, expected) => {
    expect(textOf(cell)).toBe(expected);
  });

  it.each([
    'Danh hiệu «Chiến sĩ thi đua» năm 2022',
    'Giáo viên Toán · Tin, Trường THCS An Bình',
    'Đạt 100% chỉ tiêu, ½ số hộ',
    'Nguyễn Văn Hùng',
    'Xây dựng mô hình «Dân vận khéo» trên 2.000 m² đất',
    'Câu lạc bộ «Ông bà cháu» ©',
  ])(
    'near miss: %p stays as typed',
    (cell) => {
      expect(textOf(cell)).toBe(cell);
    },
  );

  it('near miss: a soft hyphen from a web page is dropped, the words stay', () => {
    expect(textOf('Phó Chủ tịch Hội Nông\u00ADdân xã')).toBe('Phó Chủ tịch Hội Nôngdân xã');
  });
});
