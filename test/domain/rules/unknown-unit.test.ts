import { unknownUnit } from '../../../src/domain/rules/unknown-unit';
import { unitResolver } from '../../../src/domain/units/resolve-unit';
import { ctx, reg, unit } from './helpers';

describe('UNKNOWN_UNIT (R2)', () => {
  const anBinh = unit('Đảng bộ xã An Bình', { code: 'X01' });

  it('fires on a row whose proposing unit matches no unit of the list, naming the unit as written', () => {
    const r = reg('Nguyễn Văn Hùng', undefined, { unitText: 'Đảng bộ xã Xuân Lộc' });
    const findings = unknownUnit(ctx({ units: [anBinh], registrations: [r] }));
    expect(findings).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_UNIT', severity: 'error', rule: 'R2', row: r.source.row, unit: 'Đảng bộ xã Xuân Lộc' }),
    ]);
    expect(findings[0]?.message).toContain('«Đảng bộ xã Xuân Lộc» không có trong danh sách đơn vị');
  });

  it('says where a unit taken from the file name came from', () => {
    const r = reg('Nguyễn Văn Hùng', undefined, { unitText: 'Dang Bo Xa Moi', unitSource: 'file' });
    expect(unknownUnit(ctx({ units: [anBinh], registrations: [r] }))[0]?.message).toContain('(lấy từ tên tệp)');
  });

  it('does not fire for a resolved row, nor when there is no units list to match against', () => {
    expect(unknownUnit(ctx({ units: [anBinh], registrations: [reg('Nguyễn Văn Hùng', anBinh)] }))).toEqual([]);
    expect(unknownUnit(ctx({ units: [], registrations: [reg('Nguyễn Văn Hùng', undefined)] }))).toEqual([]);
  });
});

describe('unit matching tolerances (src/domain/units), as UNKNOWN_UNIT relies on them', () => {
  const units = [
    unit('Đảng bộ xã An Bình', { code: 'X01' }),
    unit('Đảng bộ xã Tân Hòa', { code: 'X02' }),
    unit('Đảng bộ xã Thanh Xuân', { code: 'X03' }),
    unit('Hội Nông dân huyện', { code: 'ND' }),
    unit('Ủy ban MTTQ Việt Nam huyện', { code: 'MT' }),
  ];
  const resolver = unitResolver(units, 'An Phú');
  const codeOf = (text: string) => resolver.resolve(text)?.code;

  it.each([
    ['x01', 'X01'], // code, any case
    ['  đảng  BỘ xã   an bình ', 'X01'], // case and spacing
    ['Đảng bộ xã An Bình'.normalize('NFD'), 'X01'], // decomposed Unicode
    ['Đảng bộ xã Tân Hoà', 'X02'], // tone placement
    ['Đảng ủy xã An Bình', 'X01'], // "Đảng ủy" for "Đảng bộ"
    ['Hội Nông dân huyện An Phú', 'ND'], // trailing district name
    ['Dang bo xa An Binh', 'X01'], // no diacritics, unambiguous
    ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện', 'MT'], // abbreviation expanded
  ])('%p resolves to %p', (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('never matches a different place fuzzily: "Xuân Lộc" is not "Thanh Xuân"', () => {
    expect(resolver.resolve('Đảng bộ xã Xuân Lộc')).toBeUndefined();
    expect(resolver.resolve('Đảng bộ xã Thanh')).toBeUndefined();
  });
});
