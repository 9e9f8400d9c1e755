/**
 * Abbreviations staff write for ordinary units (trial 15): «HTX» for «Hợp tác xã», «TH» for a primary school
 * («Tiểu học») or television («Truyền hình»), «MN» for «Mầm non», «NHNo&PTNT» and «Agribank» for the agricultural
 * bank. A list and a letterhead that write one unit two ways are one unit; near misses stay apart.
 */
import { unitResolver } from '../../../src/domain/units/resolve-unit';

const UNITS = [
  { id: 'HTX', name: 'Chi bộ HTX Nông nghiệp Phú Hữu' },
  { id: 'TH', name: 'Chi bộ Trường Tiểu học An Bình' },
  { id: 'THCS', name: 'Chi bộ Trường THCS An Bình' },
  { id: 'MN', name: 'Chi bộ Trường MN Hoa Sen' },
  { id: 'NH', name: 'Chi bộ Ngân hàng Nông nghiệp và PTNT huyện' },
  { id: 'DAI', name: 'Chi bộ Đài Truyền thanh - Truyền hình huyện' },
];
const resolve = (text: string) => unitResolver(UNITS, 'An Phú').resolve(text)?.id;

describe('everyday abbreviations of unit names', () => {
  it.each([
    ['CHI BỘ HỢP TÁC XÃ NÔNG NGHIỆP PHÚ HỮU', 'HTX'],
    ['Chi bộ HTX Nông nghiệp Phú Hữu', 'HTX'],
    ['Chi bộ Trường TH An Bình', 'TH'],
    ['CB Trường TH An Bình', 'TH'],
    ['Chi bộ Trường Mầm non Hoa Sen', 'MN'],
    ['Chi bộ NHNo&PTNT huyện', 'NH'],
    ['Chi bộ Agribank huyện', 'NH'],
    ['Chi bộ Ngân hàng Nông nghiệp và Phát triển nông thôn huyện', 'NH'],
    ['Chi bộ Đài TT-TH huyện', 'DAI'],
  ])('«%s» is %s', (text, id) => expect(resolve(text)).toBe(id));

  it.each([
    ['Chi bộ HTX Nông nghiệp Phú Hòa', 'another cooperative'],
    ['Chi bộ Trường TH Tân Lập', 'another school'],
    ['Chi bộ Ngân hàng Chính sách xã hội huyện', 'another bank'],
  ])('near miss: «%s» (%s) is no unit of the list', (text) => expect(resolve(text)).toBeUndefined());

  it('near miss: a primary school and a lower secondary school of one commune stay two units', () => {
    expect([resolve('Chi bộ Trường TH An Bình'), resolve('Chi bộ Trường THCS An Bình')]).toEqual(['TH', 'THCS']);
  });
});
